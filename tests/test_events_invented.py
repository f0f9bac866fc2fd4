"""Events end to end: an invented corpus through ``ygraph build`` (every stage), read back from the outputs."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from ygraph import BuildConfig, build

CORPUS = {
    # a newspaper page: the meeting, a forum the next day, a plan for next year
    "page.txt": (
        "本报讯 2031年6月5日至6日，2031年度临江地区合作协商座谈会在临江省江城市举行。"
        "会议审议并原则通过《临江区域合作2031年度工作计划》。"
        "会议确定2032年度临江地区合作协商座谈会在海州省召开。\n\n"
        "本报讯 2031年6月6日上午，临江发展高层论坛在江城举行。\n"
    ),
    # a chronicle: a month-precision report of the same meeting, an opening, a release
    "chronicle.txt": (
        "2031年6月，2031年度临江地区合作协商座谈会在江城举行。"
        "2031年9月，江城数据中心在临江省江城市揭牌运行。"
        "2030年6月，《关于支持江城高质量发展的意见》发布。\n"
    ),
    # last year's forum of the same name: another node
    "old.txt": "本报讯 2030年8月17日，临江发展高层论坛在海州举行。\n",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("invented")
    for name, text in CORPUS.items():
        (root / name).write_text(text, encoding="utf-8")
    target = tmp_path_factory.mktemp("invented-out")
    build(BuildConfig(paths=(root,), out=target))
    return target


def events_of(out: Path) -> dict[str, dict]:
    g = nx.read_graphml(out / "graph.graphml")
    return {n: d for n, d in g.nodes(data=True) if d.get("kind") == "event"}


def test_event_nodes(out: Path) -> None:
    events = events_of(out)
    titles = sorted((d["label"], d["event_type"]) for d in events.values())
    assert ("2031年度临江地区合作协商座谈会", "meeting") in titles
    assert ("2032年度临江地区合作协商座谈会", "meeting") in titles
    assert ("江城数据中心揭牌运行", "opening") in titles
    assert ("《关于支持江城高质量发展的意见》发布", "release") in titles
    assert [t for t in titles if t[0] == "临江发展高层论坛"] == [("临江发展高层论坛", "forum")] * 2


def test_reports_merge_and_plans_stay_planned(out: Path) -> None:
    events = events_of(out)
    held = [d for d in events.values() if d["label"] == "2031年度临江地区合作协商座谈会"]
    assert len(held) == 1
    assert held[0]["n_sources"] == 2 and held[0]["place"] == "江城"
    assert held[0]["date"].startswith("2031-06")
    planned = [d for d in events.values() if d["label"].startswith("2032年度")]
    assert [(d["date"], d["place"], d["planned"]) for d in planned] == [("2032", "海州", True)]


def test_provenance_points_into_the_files(out: Path) -> None:
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert facts["events"]
    for event in facts["events"]:
        for p in event["provenance"] + event["mentioned_in"]:
            assert CORPUS[p["file"]][p["start"] : p["end"]] == p["evidence"]
            assert p["start"] <= p["span_start"] <= p["span_end"] <= p["end"]


# --- issue 13 classes, end to end (invented text) -----------------------------------------------------


def build_graph(tmp_path: Path, text: str) -> nx.MultiDiGraph:
    root, target = tmp_path / "in", tmp_path / "out"
    root.mkdir()
    (root / "page.txt").write_text(text, encoding="utf-8")
    build(BuildConfig(paths=(root,), out=target))
    return nx.read_graphml(target / "graph.graphml")


def edges_of(g: nx.MultiDiGraph, relation: str) -> set[tuple[str, str]]:
    return {
        (g.nodes[u]["label"], g.nodes[v]["label"])
        for u, v, d in g.edges(data=True)
        if d["relation"] == relation
    }


def test_sender_of_a_message_is_sent_not_attended(tmp_path: Path) -> None:
    g = build_graph(tmp_path, "新华社江城3月2日电 临江省省长林晓峰3月1日致电江城大学，祝贺建校100周年。\n")
    sent = edges_of(g, "sent")
    assert [p for p, _ in sent] == ["林晓峰"], sent
    assert not edges_of(g, "attended")
