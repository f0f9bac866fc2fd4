"""The graph stage: schema of docs/schema.md on an invented corpus."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx
import pytest

from invented_corpus import injection_corpus, mini_corpus
from ygraph.corpus.graph import build_graph, clean_text, normalize_evidence, role_spans
from ygraph.model import RoleClaim

KINDS = {"document", "event", "person", "position", "organization", "place", "policy"}


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return build_graph(mini_corpus())


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("临江市委书记\n林晓峰 主持", "临江市委书记林晓峰主持"),
        ("会议于 2021 年\r\n召开", "会议于 2021 年召开"),
        ("  A&B\t<b>  ", "A&B <b>"),
        ("坏\x00字\x0b符\ufffe", "坏字符"),
        ("长" * 400, "长" * 299 + "…"),
    ],
)
def test_normalize_evidence(raw: str, expected: str) -> None:
    assert normalize_evidence(raw) == expected


def test_clean_text_keeps_tabs_and_newlines_drops_control_characters() -> None:
    assert clean_text("a\tb\nc\x01\x1fd") == "a\tb\ncd"
    assert clean_text(None) == ""


def test_every_node_has_kind_label_and_an_id_of_its_kind(g: nx.MultiDiGraph) -> None:
    for nid, attrs in g.nodes(data=True):
        assert attrs["kind"] in KINDS
        assert attrs["label"]
        assert nid.startswith(attrs["kind"] + ":")


def test_attributes_are_scalars(g: nx.MultiDiGraph) -> None:
    values = [v for _, a in g.nodes(data=True) for v in a.values()]
    values += [v for *_, a in g.edges(data=True) for v in a.values()]
    assert all(isinstance(v, str | int | float | bool) for v in values)


def test_edge_keys_are_unique_and_every_edge_has_evidence(g: nx.MultiDiGraph) -> None:
    keys = [k for _, _, k in g.edges(keys=True)]
    assert len(keys) == len(set(keys))
    for _, _, key, attrs in g.edges(keys=True, data=True):
        assert key.startswith(attrs["relation"] + ":")
        assert attrs["source_file"] and attrs["evidence"] and attrs["rule"]


def test_event_node(g: nx.MultiDiGraph) -> None:
    month = g.nodes["event:2020-08:欧阳明远考察港口建设"]
    assert (month["date"], month["date_precision"], month["event_type"], month["place"]) == (
        "2020-08",
        "month",
        "inspection",
        "江北",
    )
    undated = g.nodes["event:undated:林晓峰江北调研"]
    assert (undated["date"], undated["date_precision"], undated["n_sources"]) == ("", "none", 1)


@pytest.mark.parametrize(
    "u, v, relation",
    [
        ("person:林晓峰", "event:2021-03-15:临江湾区发展座谈会", "presided"),
        ("person:欧阳明远", "event:2021-03-15:临江湾区发展座谈会", "spoke_at"),
        ("event:2021-03-15:临江湾区发展座谈会", "place:临江", "held_in"),
        ("event:2021-03-15:临江湾区发展座谈会", "policy:临江湾区发展纲要", "adopted"),
        ("event:2021-03-15:临江湾区发展座谈会", "document:linjiang_daily.txt", "mentioned_in"),
        ("person:欧阳明远", "person:林晓峰", "succeeded"),
        ("position:临江市委书记", "organization:临江市委", "part_of"),
    ],
)
def test_relations(g: nx.MultiDiGraph, u: str, v: str, relation: str) -> None:
    assert [a["relation"] for a in g.get_edge_data(u, v).values()] == [relation]


def test_holds_position_aggregates_claims_over_time() -> None:
    corpus = mini_corpus()
    base = next(r for r in corpus.roles if r.person == "苏婉清")
    later = replace(base, date="2020-06-30", provenance=replace(base.provenance, file="other.txt"))
    g = build_graph(replace(corpus, roles=(*corpus.roles, later)))
    [edge] = g.get_edge_data("person:苏婉清", "position:临江市市长").values()
    assert (edge["date"], edge["first_seen"], edge["last_seen"], edge["n_sources"]) == (
        "2019",
        "2019",
        "2020-06-30",
        2,
    )
    assert g.nodes["person:苏婉清"]["positions"] == "临江市市长 2019…2020-06-30"


def test_person_positions_one_line_per_position(g: nx.MultiDiGraph) -> None:
    assert g.nodes["person:欧阳明远"]["positions"].splitlines() == [
        "临江市市长 2021-03-15",
        "临江市委书记 2022-05-20",
    ]


def test_role_spans_ignore_undated_claims_for_the_dates() -> None:
    claim = mini_corpus().roles[0]
    [span] = role_spans([claim, replace(claim, date=None)])
    assert (span.first_seen, span.last_seen, span.describe()) == (
        "2021-03-15",
        "2021-03-15",
        "临江市委书记 2021-03-15",
    )
    assert role_spans([replace(claim, date=None)])[0].describe() == "临江市委书记"


def test_people_known_only_from_events_get_every_person_attribute() -> None:
    corpus = mini_corpus()
    g = build_graph(replace(corpus, people=(), roles=()))
    assert g.nodes["person:林晓峰"] == {
        "kind": "person",
        "label": "林晓峰",
        "aliases": "",
        "positions": "",
        "n_sources": 2,
        "bare_titles": "",
    }


def test_insertion_order_does_not_change_the_graph() -> None:
    corpus = mini_corpus()
    shuffled = replace(
        corpus, events=corpus.events[::-1], roles=corpus.roles[::-1], documents=corpus.documents[::-1]
    )
    a, b = build_graph(corpus), build_graph(shuffled)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_markup_in_names_is_kept_as_text() -> None:
    g = build_graph(injection_corpus())
    assert "person:<img src=x onerror=alert(1)>" in g
    assert g.nodes["policy:<b>&amp;</b>纲要"]["label"] == "<b>&amp;</b>纲要"


def test_unknown_role_claim_fields_do_not_break_the_graph() -> None:
    claim = RoleClaim(
        "林晓峰", "临江市委书记", "书记", "", None, "unresolved", mini_corpus().roles[0].provenance
    )
    g = build_graph(replace(mini_corpus(), roles=(claim,)))
    assert g.nodes["position:临江市委书记"]["organization"] == ""
    [edge] = g.get_edge_data("person:林晓峰", "position:临江市委书记").values()
    assert (edge["first_seen"], edge["last_seen"]) == ("", "")
