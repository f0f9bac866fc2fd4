"""graph.gexf: Gephi dynamics, read back by networkx, no date stamp."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from invented_corpus import mini_corpus
from ygraph.corpus.graph import build_graph
from ygraph.model import date_interval
from ygraph.render.gexf import gexf_bytes


@pytest.mark.parametrize(
    "value, interval",
    [
        ("2020", ("2020-01-01", "2020-12-31")),
        ("2020-02", ("2020-02-01", "2020-02-29")),
        ("2021-02", ("2021-02-01", "2021-02-28")),
        ("2023-11-30", ("2023-11-30", "2023-11-30")),
    ],
)
def test_date_interval(value: str, interval: tuple[str, str]) -> None:
    assert date_interval(value) == interval


@pytest.fixture(scope="module")
def gexf(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    g = build_graph(mini_corpus())
    path = tmp_path_factory.mktemp("gexf") / "graph.gexf"
    path.write_bytes(gexf_bytes(g))
    return g, path


def test_networkx_reads_it_back(gexf) -> None:
    g, path = gexf
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert all(back.nodes[n]["kind"] and back.nodes[n]["label"] for n in back)


def test_dynamic_mode_and_no_date_stamp(gexf) -> None:
    _, path = gexf
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert "lastmodifieddate" not in text


@pytest.mark.parametrize(
    "node, start, end",
    [
        ("event:2020-08:欧阳明远考察港口建设", "2020-08-01", "2020-08-31"),
        ("event:2021-03-15:临江湾区发展座谈会", "2021-03-15", "2021-03-15"),
    ],
)
def test_events_live_at_their_dates(gexf, node: str, start: str, end: str) -> None:
    back = nx.read_gexf(gexf[1])
    assert (back.nodes[node]["start"], back.nodes[node]["end"]) == (start, end)


def test_undated_events_have_no_spell(gexf) -> None:
    back = nx.read_gexf(gexf[1])
    assert "start" not in back.nodes["event:undated:林晓峰江北调研"]


def test_holds_position_spans_first_to_last_seen(gexf) -> None:
    back = nx.read_gexf(gexf[1])
    edge = back.get_edge_data("person:苏婉清", "position:临江市市长")
    assert (edge["start"], edge["end"]) == ("2019-01-01", "2019-12-31")
    ids = [i for *_, i in back.edges(data="id")]
    assert len(set(ids)) == len(ids) == back.number_of_edges()


def test_chinese_is_written_as_utf8_text(gexf) -> None:
    _, path = gexf
    data = path.read_bytes()
    # line breaks inside attribute values must stay character references (&#10;), nothing else
    assert "欧阳明远".encode() in data and b"&#" not in data.replace(b"&#10;", b"")
