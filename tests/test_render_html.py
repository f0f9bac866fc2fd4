"""graph.html / timeline.html as files: self-contained, vis-network once, document text only as escaped JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invented_corpus import IMG, SCRIPT, injection_corpus, mini_corpus
from ygraph.render.html import graph_data, graph_html, script_json, stabilization_iterations
from ygraph.render.timeline import timeline_html
from ygraph.stages.graph import build_graph

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
    assert len(re.findall(r"^<script", html, re.MULTILINE)) == (3 if page == "graph" else 2)


def test_tooltips_are_text_lines() -> None:
    data = graph_data(build_graph(mini_corpus()))
    person = next(n for n in data["nodes"] if n["id"] == "person:欧阳明远")
    assert ["职务", "临江市市长 2021-03-15\n临江市委书记 2022-05-20"] in person["tip"]
    event = next(n for n in data["nodes"] if n["id"] == "event:2020-08:欧阳明远考察港口建设")
    captions = [c for c, _ in event["tip"]]
    assert {"日期", "类型", "来源", "证据"} <= set(captions)
    assert data["options"]["seed"] == 7 and data["options"]["iterations"] > 0


@pytest.mark.parametrize(
    "n_nodes, iterations", [(10, 400), (500, 400), (800, 250), (2000, 100), (100_000, 100)]
)
def test_stabilization_is_bounded(n_nodes: int, iterations: int) -> None:
    assert stabilization_iterations(n_nodes) == iterations


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
