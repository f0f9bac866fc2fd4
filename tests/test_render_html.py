"""graph.html / timeline.html as files: self-contained, vis-network once, document text only as escaped JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invented_corpus import IMG, SCRIPT, injection_corpus, mini_corpus
from ygraph.corpus.graph import build_graph
from ygraph.render.graphdata import importance_ranks, node_spans
from ygraph.render.html import graph_data, graph_html, script_json
from ygraph.render.spans import day_span
from ygraph.render.timeline import timeline_html
from ygraph.render.vocabulary import every_code

PAGES = {
    "graph": lambda c: graph_html(build_graph(c)).decode("utf-8"),
    "timeline": lambda c: timeline_html(c).decode("utf-8"),
}


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "a & b", "\u2028", IMG, SCRIPT])
def test_script_json_cannot_close_the_script(text: str) -> None:
    encoded = str(script_json({"x": text}))
    assert not re.search(r"[<>&\u2028]", encoded)
    assert json.loads(encoded) == {"x": text}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_are_self_contained(page: str) -> None:
    html = PAGES[page](mini_corpus())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "bootstrap" not in html
    assert "Content-Security-Policy" in html


def test_vis_network_inlined_once_and_page_size_reasonable() -> None:
    html = PAGES["graph"](mini_corpus())
    assert html.count("@version 9.1.2") == 1
    assert len(html.encode("utf-8")) < 600_000


@pytest.mark.parametrize("page", sorted(PAGES))
def test_payloads_appear_only_escaped(page: str) -> None:
    html = PAGES[page](injection_corpus())
    assert IMG not in html and "<script>alert" not in html
    # our template opens its script blocks at line starts; vis-network's own code mentions "<script" inline
    assert len(re.findall(r"^<script", html, re.MULTILINE)) == (3 if page == "graph" else 4)


def test_tooltips_are_text_lines_in_chinese() -> None:
    data = graph_data(build_graph(mini_corpus()))
    person = next(n for n in data["nodes"] if n["id"] == "person:欧阳明远")
    assert ["职务", "临江市市长 2021-03-15\n临江市委书记 2022-05-20"] in person["tip"]
    event = next(n for n in data["nodes"] if n["id"] == "event:2020-08:欧阳明远考察港口建设")
    assert dict(event["tip"][1:]) | {"证据": ""} == {
        "日期": "2020年8月", "日期精度": "月", "类型": "考察调研", "地点": "江北", "日期来源": "同一句中的日期",
        "来源数": "1", "来源": "jiangbei_notes.txt", "证据": "",
    }  # fmt: skip
    edge_captions = {e["tip"][0][1] for e in data["edges"]}
    assert {"出席", "主持", "讲话", "任职"} <= edge_captions


def test_no_internal_code_in_the_page_data_people_read() -> None:
    """Tooltips, legend names and edge captions: every code of the vocabulary is translated."""
    data = graph_data(build_graph(mini_corpus()))
    shown = [text for entry in data["nodes"] + data["edges"] for _, text in entry["tip"]]
    shown += [k["name"] for k in data["kinds"]]
    words = {w for text in shown for w in re.findall(r"[a-z_]+", text)}
    assert not words & every_code(), words & every_code()


def test_positions_ranks_and_components() -> None:
    g = build_graph(mini_corpus())
    data = graph_data(g)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes.values())
    assert sorted(n["r"] for n in nodes.values()) == list(range(len(nodes)))
    assert min(nodes.values(), key=lambda n: n["r"])["kind"] in ("person", "event")
    largest = [n for n in nodes.values() if n["c"] == 0]
    assert len(largest) == max(sum(1 for n in nodes.values() if n["c"] == c) for c in range(len(nodes)))
    assert data == graph_data(build_graph(mini_corpus()))  # deterministic


def test_date_spans_of_people_positions_and_organisations() -> None:
    g = build_graph(mini_corpus())
    spans = node_spans(g)
    assert spans["event:2020-08:欧阳明远考察港口建设"] == [day_span("2020-08")]
    # a person: the posts observed and the events taken part in
    assert (
        day_span("2020-08") in spans["person:欧阳明远"] and day_span("2022-05-20") in spans["person:欧阳明远"]
    )
    assert sorted(spans["position:临江市市长"]) == sorted([day_span("2021-03-15"), day_span("2019")])
    assert sorted(spans["organization:临江市政府"]) == sorted(spans["position:临江市市长"])
    assert "event:undated:林晓峰江北调研" not in spans or not spans["event:undated:林晓峰江北调研"]
    ranks = importance_ranks(g)
    assert sorted(ranks.values()) == list(range(g.number_of_nodes()))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_script_json_any_text(text: str) -> None:
    encoded = str(script_json([text]))
    assert not re.search(r"[<>&]", encoded)
    assert json.loads(encoded) == [text]


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20))
def test_every_output_renders_any_name(name: str) -> None:
    from dataclasses import replace

    from ygraph.render import render_all

    corpus = mini_corpus()
    participation = replace(corpus.events[0].participants[0], person=name)
    event = replace(corpus.events[0], participants=(participation,), title=name, place=name)
    corpus = replace(corpus, events=(event,), people=(replace(corpus.people[0], name=name),))
    files = render_all(build_graph(corpus), corpus)
    assert len(files) == 11
    assert name in _stored_people(files["ygraph.db"])
    # the name survives every machine-readable file (escaped, never breaking it) and no page loses it
    import io
    import json

    import networkx as nx

    graph = nx.read_graphml(io.BytesIO(files["graph.graphml"]))
    from ygraph.corpus.graph import clean_text

    assert any(data.get("label") == clean_text(name) for _, data in graph.nodes(data=True))
    facts = json.loads(files["facts.json"])
    assert facts["events"][0]["title"] == name
    assert json.loads(files["timeline.json"])


def _stored_people(db: bytes) -> set[str]:
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ygraph.db"
        path.write_bytes(db)
        conn = sqlite3.connect(path)
        try:
            return {name for (name,) in conn.execute("SELECT name FROM people")}
        finally:
            conn.close()
