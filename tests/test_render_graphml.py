"""graph.graphml read back by two independent readers (networkx and igraph)."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invented_corpus import injection_corpus, mini_corpus
from ygraph.corpus.graph import build_graph
from ygraph.render.graphml import graphml_bytes

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
CORPORA = {"mini": mini_corpus, "injection": injection_corpus}


@pytest.fixture(params=sorted(CORPORA))
def written(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[nx.MultiDiGraph, Path]:
    g = build_graph(CORPORA[request.param]())
    path = tmp_path / "graph.graphml"
    path.write_bytes(graphml_bytes(g))
    return g, path


def test_networkx_reads_it_back(written) -> None:
    g, path = written
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert all(back.nodes[n]["kind"] and back.nodes[n]["label"] for n in back)


def test_igraph_reads_it_back(written) -> None:
    g, path = written
    back = igraph.Graph.Read_GraphML(str(path))
    assert (back.vcount(), back.ecount()) == (g.number_of_nodes(), g.number_of_edges())
    # igraph (0.11, libxml2) hands back "&" inside an id attribute as "&#38;"; text content is decoded.
    assert sorted(html.unescape(i) for i in back.vs["id"]) == sorted(g.nodes)
    assert sorted(back.vs["label"]) == sorted(label for _, label in g.nodes(data="label"))
    assert all(back.vs["kind"]) and all(back.vs["label"])
    assert sorted(back.es["relation"]) == sorted(r for *_, r in g.edges(data="relation"))


def test_edge_ids_unique_and_key_ids_are_attribute_names(written) -> None:
    _, path = written
    root = ET.parse(path).getroot()
    edge_ids = [e.get("id") for e in root.iterfind(".//g:edge", NS)]
    assert len(edge_ids) == len(set(edge_ids)) and None not in edge_ids
    for key in root.iterfind("g:key", NS):
        assert key.get("id") == key.get("attr.name")


def test_control_characters_never_reach_the_xml(tmp_path: Path) -> None:
    corpus = mini_corpus()
    from dataclasses import replace

    person = replace(corpus.people[0], name="林\x0c晓\x00峰")
    g = build_graph(replace(corpus, people=(person,)))
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(g))
    assert "person:林晓峰" in nx.read_graphml(path)


def test_chinese_is_written_as_utf8_text_not_character_references(written) -> None:
    g, path = written
    data = path.read_bytes()
    assert b"&#" not in data.replace(b"&#38;", b"")
    label = next(label for _, label in g.nodes(data="label") if not label.isascii())
    assert label.encode("utf-8") in data or "&" in label


def test_invented_documents_built_end_to_end_read_by_both(tmp_path: Path) -> None:
    from invented_corpus import MINI
    from ygraph import BuildConfig, build

    build(BuildConfig(paths=(MINI,), out=tmp_path))
    a = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    b = igraph.Graph.Read_GraphML(str(tmp_path / "graph.graphml"))
    assert (a.number_of_nodes(), a.number_of_edges()) == (b.vcount(), b.ecount())
    assert a.number_of_nodes() >= 2


@settings(max_examples=60, deadline=None)
@given(name=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30))
def test_any_text_survives_the_round_trip(name: str) -> None:
    from dataclasses import replace

    from ygraph.corpus.graph import clean_text

    corpus = mini_corpus()
    person = replace(corpus.people[0], name=name)
    g = build_graph(replace(corpus, people=(person,), roles=(), events=(), successions=()))
    back = nx.parse_graphml(graphml_bytes(g).decode("utf-8"), force_multigraph=True)
    assert back.nodes[f"person:{clean_text(name)}"]["label"] == clean_text(name)
