"""events.csv, roles.csv, successions.csv."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from invented_corpus import injection_corpus, mini_corpus
from ygraph.render.tables import cell, events_csv, roles_csv, successions_csv


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("@x", "'@x"),
        ("＝HYPERLINK(1)", "'＝HYPERLINK(1)"),  # full-width formula starters count like ASCII ones
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("﹦1", "'﹦1"),
        ("—破折号开头", "—破折号开头"),
        ("林晓峰", "林晓峰"),
        (None, ""),
        (3, 3),
    ],
)
def test_cells_never_become_formulas(value: object, expected: object) -> None:
    assert cell(value) == expected


def test_events_in_date_order_undated_last() -> None:
    events = rows(events_csv(mini_corpus()))
    assert [e["date"] for e in events] == ["2020-08", "2021-03-15", "2022-05-20", ""]
    meeting = events[1]
    assert meeting["participants"] == "林晓峰:presided;欧阳明远:spoke_at"
    assert meeting["policies"] == "临江湾区发展纲要:adopted"
    assert meeting["evidence"].startswith("3月15日，临江市委书记林晓峰")


def test_roles_per_person_over_time() -> None:
    roles = rows(roles_csv(mini_corpus()))
    assert [(r["person"], r["position"], r["first_seen"]) for r in roles] == [
        ("林晓峰", "临江市委书记", "2021-03-15"),
        ("欧阳明远", "临江市市长", "2021-03-15"),
        ("欧阳明远", "临江市委书记", "2022-05-20"),
        ("苏婉清", "临江市市长", "2019"),
    ]
    assert set(roles[0]) == {
        "person", "position", "organization", "first_seen", "last_seen", "n_sources", "evidence", "sources",
        "start", "end",
    }  # fmt: skip
    assert (roles[3]["start"], roles[3]["end"]) == ("2019-01-01", "2019-12-31")


def test_successions() -> None:
    [row] = rows(successions_csv(mini_corpus()))
    assert (row["position"], row["before"], row["after"]) == ("临江市委书记", "林晓峰", "欧阳明远")
    assert (row["start"], row["end"]) == ("2021-03-15", "2022-05-20")


@pytest.mark.parametrize("table", [events_csv, roles_csv, successions_csv])
def test_tables_open_in_excel_and_pandas(table) -> None:
    """A byte-order mark first (Excel's sign of UTF-8); utf-8-sig readers get the header without it."""
    data = table(mini_corpus())
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header[0].isascii() and header[-2:] == ["start", "end"]


def test_mixed_precisions_sort_on_start_and_end() -> None:
    events = rows(events_csv(mini_corpus()))
    spans = [(e["date"], e["start"], e["end"]) for e in events]
    assert spans == [
        ("2020-08", "2020-08-01", "2020-08-31"),
        ("2021-03-15", "2021-03-15", "2021-03-15"),
        ("2022-05-20", "2022-05-20", "2022-05-20"),
        ("", "", ""),
    ]
    assert all(len(e["start"]) == 10 for e in events if e["date"])


def test_evidence_without_markdown_markup() -> None:
    corpus = mini_corpus()
    first = corpus.events[0]
    marked = replace(first.provenance[0], evidence="**本报讯** 记者" + first.provenance[0].evidence)
    corpus = replace(corpus, events=(replace(first, provenance=(marked,)),))
    [event] = rows(events_csv(corpus))
    assert event["evidence"].startswith("本报讯 记者") and "*" not in event["evidence"]


def test_markup_stays_text() -> None:
    [event] = rows(events_csv(injection_corpus()))
    assert event["title"] == '"><script>alert(2)</script>A&B座谈会'
