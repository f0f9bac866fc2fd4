"""report.json and facts.json."""

from __future__ import annotations

import json

from invented_corpus import MINI, mini_corpus
from ygraph.corpus.graph import build_graph
from ygraph.render.report import facts_json, report_json


def test_report_sections() -> None:
    corpus = mini_corpus()
    report = json.loads(report_json(build_graph(corpus), corpus))
    assert set(report) == {"counts", "warnings", "unresolved_dates", "conflicts", "documents", "unread"}
    assert report["counts"]["events"] == 4 and report["counts"]["events_dated"] == 3
    assert report["counts"]["nodes_by_kind"]["person"] == 3
    assert report["warnings"] == [
        {"code": "W040", "message": corpus.warnings[0].message, "file": "jiangbei_notes.txt"}
    ]
    [conflict] = report["conflicts"]
    assert conflict["variants"] == ["2022-05-20", "2022-05"] and len(conflict["evidence"]) == 2
    assert [d["path"] for d in report["documents"]] == ["jiangbei_notes.txt", "linjiang_daily.txt"]
    assert report["documents"][1]["articles"][0]["date"] == "2021-03-16"
    assert report["unresolved_dates"][0]["file"] == "linjiang_daily.txt"


def test_facts_carry_full_provenance_that_points_into_the_text() -> None:
    facts = json.loads(facts_json(mini_corpus()))
    provenances = [p for e in facts["events"] for p in e["provenance"]]
    provenances += [part["provenance"] for e in facts["events"] for part in e["participants"]]
    provenances += [r["provenance"] for r in facts["roles"]]
    assert len(provenances) > 10
    for p in provenances:
        assert set(p) == {"file", "article", "start", "end", "evidence", "rule", "span_start", "span_end"}
        text = (MINI / p["file"]).read_text(encoding="utf-8")
        assert text[p["start"] : p["end"]] == p["evidence"]
