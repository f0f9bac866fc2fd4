"""ygraph eval on an invented gold and hand-made graphs (names, places and events are made up)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from ygraph.cli import app
from ygraph.eval.evalcore import dice, interval
from ygraph.eval.evalfacts import is_bare_title
from ygraph.eval.evaluate import Evaluation, evaluate

runner = CliRunner()

GOLD: dict[str, Any] = {
    "about": "invented",
    "events": [
        {
            "id": "E1",
            "title": "临江港湾发展推进座谈会",
            "accept_titles": ["港湾发展座谈会"],
            "type": "meeting",
            "date": "2031-04-12",
            "date_end": "2031-04-13",
            "place": "临江",
            "sources": ["001", "002"],
            "adopted": ["临江港湾合作备忘录"],
            "presided": ["柯望舒"],
            "spoke": ["柯望舒", "蒲一帆"],
            "attended": ["蒲一帆", "祁远山"],
        },
        {
            "id": "E2",
            "title": "北岭新区规划展览馆开馆",
            "type": "opening",
            "date": "2030-09",
            "place": "北岭",
            "sources": ["002"],
        },
        {
            "id": "E3",
            "title": "2032年度港湾联席会议",
            "type": "meeting",
            "date": "2032",
            "mentioned_in": ["002"],
            "place": "南屿",
            "sources": ["001"],
            "planned": True,
        },
    ],
    "roles": [
        {"person": "柯望舒", "role": "临江市委书记", "accept": ["中共临江市委书记"], "date": "2031-04-12"},
        {"person": "蒲一帆", "role": "临江市长", "accept": ["临江市市长", "市长"], "date": "2031-04-12"},
        {"person": "祁远山", "role": "临江市委书记", "date": "2029-05-01"},
    ],
    "successions": [
        {
            "role": "临江市委书记",
            "before": "祁远山",
            "after": "柯望舒",
            "between": ["2029-05-01", "2031-04-12"],
        }
    ],
    "conflicts": [{"what": "name of the guide", "variants": ["罗小鹿", "罗晓鹿"], "sources": ["001", "002"]}],
    "not_people": ["港湾", "临江"],
    "other_people": ["罗小鹿", "罗晓鹿", "蔺记者"],
}

RELATION = {"presided": "presided", "spoke": "spoke_at", "attended": "attended"}


def perfect_graph(gold: dict[str, Any]) -> tuple[nx.MultiDiGraph, list[dict[str, Any]]]:
    """The graph (and report conflicts) a perfect build of the gold would write."""
    g = nx.MultiDiGraph()

    def person(name: str) -> str:
        g.add_node(f"person:{name}", kind="person", label=name)
        return f"person:{name}"

    for e in gold["events"]:
        eid = f"event:{e['date']}:{e['title']}"
        g.add_node(
            eid,
            kind="event",
            label=e["title"],
            date=e["date"],
            date_end=e.get("date_end", ""),
            place=e.get("place", ""),
            planned=bool(e.get("planned", False)),
            sources=";".join(f"{source}_page.txt" for source in e.get("sources", [])),
            event_type=e["type"],
        )
        for doc in e.get("mentioned_in", []):
            g.add_node(f"document:{doc}", kind="document", label=f"{doc}_page.txt")
            g.add_edge(eid, f"document:{doc}", relation="announced_in")
        for rel in ("adopted", "reviewed"):
            for title in e.get(rel, []):
                g.add_node(f"policy:{title}", kind="policy", label=title)
                g.add_edge(eid, f"policy:{title}", relation=rel)
        for rel, edge in RELATION.items():
            for name in e.get(rel, []):
                g.add_edge(person(name), eid, relation=edge)
    for r in gold["roles"]:
        g.add_node(f"position:{r['role']}", kind="position", label=r["role"])
        g.add_edge(
            person(r["person"]),
            f"position:{r['role']}",
            relation="holds_position",
            first_seen=r["date"],
            last_seen=r["date"],
        )
    for s in gold["successions"]:
        g.add_edge(person(s["after"]), person(s["before"]), relation="succeeded", position=s["role"])
    return g, [{"kind": "name", "what": c["what"], "variants": c["variants"]} for c in gold["conflicts"]]


def write(tmp_path: Path, g: nx.MultiDiGraph, conflicts: list[dict[str, Any]] | None, gold=GOLD) -> Path:
    nx.write_graphml(g, tmp_path / "graph.graphml", named_key_ids=True)
    if conflicts is not None:
        (tmp_path / "report.json").write_text(json.dumps({"conflicts": conflicts}), encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "graph.graphml"


def run(tmp_path: Path, g: nx.MultiDiGraph, conflicts: list[dict[str, Any]] | None = None) -> Evaluation:
    graph = write(tmp_path, g, conflicts if conflicts is not None else perfect_graph(GOLD)[1])
    return evaluate(tmp_path / "gold.json", graph)


def event_node(g: nx.MultiDiGraph, title: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d.get("label") == title and d["kind"] == "event")


def test_perfect_build_scores_one_everywhere(tmp_path: Path) -> None:
    ev = run(tmp_path, perfect_graph(GOLD)[0])
    for name, s in ev.scores.items():
        assert (s.precision, s.recall) == (1.0, 1.0), (name, s.missing, s.spurious)
    assert ev.scores["events"].extra["duplicates"] == 0
    assert ev.scores["people"].extra["junk"] == 0


def test_missing_event_lowers_recall_and_its_participants(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.remove_node(event_node(g, "临江港湾发展推进座谈会"))
    ev = run(tmp_path, g)
    events = ev.scores["events"]
    assert (events.found, events.n_gold, events.precision) == (2, 3, 1.0)
    assert events.missing == ["E1 2031-04-12 临江港湾发展推进座谈会"]
    assert ev.scores["participation"].recall == 0.0
    assert ev.scores["presided"].missing == ["E1: 柯望舒"]


def test_spurious_event_lowers_precision(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.add_node("event:2031-04-12:座谈", kind="event", label="某某工作会议", date="2031-04-12", place="西湾")
    events = run(tmp_path, g).scores["events"]
    assert (events.recall, events.correct, events.n_pred) == (1.0, 3, 4)
    assert events.spurious == ["2031-04-12 某某工作会议"]


def test_misdated_copy_is_spurious_with_a_hint(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.add_node("event:copy", kind="event", label="临江港湾发展推进座谈会", date="2031-04-20", place="临江")
    events = run(tmp_path, g).scores["events"]
    assert events.extra["duplicates"] == 0
    assert events.spurious == ["2031-04-20 临江港湾发展推进座谈会 (title of E1, gold date 2031-04-12)"]


def test_duplicate_event_is_counted_and_its_participants_still_count(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.add_node("event:dup", kind="event", label="港湾发展座谈会", date="2031-04-13", place="临江")
    g.add_edge("person:祁远山", "event:dup", relation="attended")
    ev = run(tmp_path, g)
    assert ev.scores["events"].extra["duplicates"] == 1
    assert ev.scores["events"].precision == 1.0
    assert ev.scores["participation"].precision == 1.0
    assert ev.scores["event_dates"].recall == 1.0  # the best-dated copy is the match


def test_more_precise_date_is_found_but_not_date_right(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.nodes[event_node(g, "北岭新区规划展览馆开馆")]["date"] = "2030-09-01"  # more precise than the text
    ev = run(tmp_path, g)
    assert ev.scores["events"].recall == 1.0
    dates = ev.scores["event_dates"]
    assert (dates.found, dates.extra["too_precise"]) == (2, 1)
    assert dates.recall == pytest.approx(2 / 3)


@pytest.mark.parametrize("date", ["2031-04", "2031", ""])
def test_less_precise_or_undated_copy_does_not_find_the_event(tmp_path: Path, date: str) -> None:
    g, _ = perfect_graph(GOLD)
    g.nodes[event_node(g, "临江港湾发展推进座谈会")]["date"] = date
    ev = run(tmp_path, g)
    events = ev.scores["events"]
    assert events.missing == ["E1 2031-04-12 临江港湾发展推进座谈会"]
    assert (events.correct, events.n_pred, events.extra["misdated"]) == (2, 3, 1)
    assert events.spurious == [
        f"{date or 'undated'} 临江港湾发展推进座谈会 (title of E1, gold date 2031-04-12)"
    ]
    assert ev.scores["participation"].found == 0  # its participants are not credited either


def test_date_inside_a_range_is_found_and_outside_is_not(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    node = event_node(g, "临江港湾发展推进座谈会")
    g.nodes[node]["date"] = "2031-04-13"  # the second day of 04-12…04-13
    assert run(tmp_path, g).scores["events"].recall == 1.0
    g.nodes[node]["date"] = "2031-04-14"
    assert run(tmp_path, g).scores["events"].missing == ["E1 2031-04-12 临江港湾发展推进座谈会"]


def test_undated_gold_is_found_by_an_undated_or_a_dated_prediction(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD)
    gold["events"][1]["date"] = ""
    g, conflicts = perfect_graph(gold)
    for date in ("", "2030-09"):
        g.nodes[event_node(g, "北岭新区规划展览馆开馆")]["date"] = date
        ev = evaluate(tmp_path / "gold.json", write(tmp_path, g, conflicts, gold))
        assert ev.scores["events"].recall == 1.0, date
        assert ev.scores["event_dates"].found == (3 if not date else 2)


def test_duplicates_are_only_counted_among_compatible_dates(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.add_node("event:dup", kind="event", label="港湾发展座谈会", date="2031-04-12", place="临江")
    g.add_node("event:vague", kind="event", label="港湾发展座谈会", date="2031-04", place="临江")
    events = run(tmp_path, g).scores["events"]
    assert events.extra["duplicate_list"] == ["E1: 2031-04-12 港湾发展座谈会"]
    assert events.spurious == ["2031-04 港湾发展座谈会 (title of E1, gold date 2031-04-12)"]
    assert (events.correct, events.n_pred) == (4, 5)


def test_other_year_is_no_match(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.nodes[event_node(g, "北岭新区规划展览馆开馆")]["date"] = "2029-09"
    assert run(tmp_path, g).scores["events"].missing == ["E2 2030-09 北岭新区规划展览馆开馆"]


def test_accept_spellings_and_width_count_as_the_role(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.remove_edges_from([(u, v) for u, v, r in g.edges(data="relation") if r == "holds_position"])
    for person, position in (
        ("柯望舒", "中共临江市委书记"),
        ("蒲一帆", "临江市市长"),
        ("祁远山", "临江 市委书记"),
    ):
        g.add_edge(f"person:{person}", f"position:{position}", relation="holds_position")
        g.add_node(f"position:{position}", kind="position", label=position)
    g.add_edge("person:祁远山", "position:临江市市长", relation="holds_position")  # not his role
    roles = run(tmp_path, g).scores["roles"]
    assert roles.recall == 1.0
    assert roles.spurious == ["祁远山 临江市市长"]


def test_a_role_of_someone_else_never_counts(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.remove_edges_from([(u, v) for u, v, r in g.edges(data="relation") if r == "holds_position"])
    g.add_edge("person:蒲一帆", "position:临江市委书记", relation="holds_position")  # 柯望舒's and 祁远山's
    roles = run(tmp_path, g).scores["roles"]
    assert (roles.found, roles.correct, roles.n_pred) == (0, 0, 1)
    assert roles.spurious == ["蒲一帆 临江市委书记"]


@pytest.mark.parametrize("bare", ["市长", "临江市长"])
def test_a_bare_title_never_counts_even_when_the_gold_accepts_it(tmp_path: Path, bare: str) -> None:
    g, _ = perfect_graph(GOLD)
    g.remove_edge("person:蒲一帆", "position:临江市长")
    g.add_node(f"position:{bare}", kind="position", label=bare)
    g.add_edge("person:蒲一帆", f"position:{bare}", relation="holds_position")
    roles = run(tmp_path, g).scores["roles"]
    if bare == "市长":  # in the gold's accept list, but it says nothing about whose post it is
        assert roles.extra["bare_title"] == ["蒲一帆 市长"] and roles.missing == ["蒲一帆 临江市长"]
        assert (roles.correct, roles.n_pred) == (2, 3)
    else:
        assert roles.extra["bare_title"] == [] and roles.recall == 1.0


@pytest.mark.parametrize(
    ("label", "bare"),
    [
        ("省长", True),
        ("市委书记", True),
        ("主任", True),
        ("董事长", True),
        ("常务副省长", True),
        ("县人民政府县长", True),
        ("前国务卿", True),
        ("临江市委书记", False),
        ("北岭集团董事长", False),
        ("区域协调发展司司长", False),
        ("总书记", False),  # a title alias: names one post
    ],
)
def test_bare_title_is_decided_by_the_titles_lexicon(label: str, bare: bool) -> None:
    assert is_bare_title(label) is bare


def test_junk_and_unannotated_people_count_against_precision_other_people_do_not(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    for name in ("港湾", "望舒", "柯望", "蔺记者", "葛新人"):
        g.add_node(f"person:{name}", kind="person", label=name)
    people = run(tmp_path, g).scores["people"]
    assert people.spurious == ["望舒", "柯望", "港湾", "葛新人"]
    assert (people.extra["junk"], people.extra["unannotated"]) == (3, ["葛新人"])
    assert (people.correct, people.n_pred) == (3, 7)  # 蔺记者 (other_people) is neither right nor wrong
    assert people.recall == 1.0


def test_successions_and_conflicts(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.add_edge("person:蒲一帆", "person:柯望舒", relation="succeeded", position="临江市委书记")
    conflicts = [{"variants": ["导游罗小鹿", "罗晓鹿"]}, {"variants": ["甲", "乙"]}]
    ev = run(tmp_path, g, conflicts)
    assert ev.scores["successions"].spurious == ["临江市委书记: 柯望舒 → 蒲一帆"]
    assert ev.scores["successions"].recall == 1.0
    assert (ev.scores["conflicts"].recall, ev.scores["conflicts"].precision) == (1.0, 0.5)


def test_without_report_json_conflicts_are_all_missing(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    nx.write_graphml(g, tmp_path / "graph.graphml", named_key_ids=True)
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    conflicts = evaluate(tmp_path / "gold.json", tmp_path / "graph.graphml").scores["conflicts"]
    assert conflicts.recall == 0.0
    assert "report.json" in conflicts.extra["note"]


def test_similarity_helpers() -> None:
    assert dice("长江 论坛", "长江论坛") == 1.0
    assert dice("甲乙丙", "丁戊己") == 0.0
    assert interval("2030") == ("2030-01-01", "2030-12-31")
    assert interval("2030-09", "2030-10") == ("2030-09-01", "2030-10-31")


def test_cli_text_json_and_errors(tmp_path: Path) -> None:
    graph = write(tmp_path, *perfect_graph(GOLD))
    gold = str(tmp_path / "gold.json")
    text = runner.invoke(app, ["eval", gold, "--graph", str(graph)])
    assert text.exit_code == 0, text.output
    assert "events" in text.output and "1.000" in text.output
    as_json = runner.invoke(app, ["eval", gold, "--graph", str(graph), "--json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output)["metrics"]["roles"]["recall"] == 1.0
    missing = runner.invoke(app, ["eval", gold, "--graph", str(tmp_path / "none.graphml")])
    assert missing.exit_code == 2 and "graph not found" in missing.output
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    bad = runner.invoke(app, ["eval", str(tmp_path / "bad.json"), "--graph", str(graph)])
    assert bad.exit_code == 2 and "cannot read gold" in bad.output
    (tmp_path / "odd.json").write_text('{"events": [{"title": "x"}]}', encoding="utf-8")
    odd = runner.invoke(app, ["eval", str(tmp_path / "odd.json"), "--graph", str(graph)])
    assert odd.exit_code == 2 and "events[0] lacks id, date" in odd.output
    (tmp_path / "bad.graphml").write_text("<graphml", encoding="utf-8")
    broken = runner.invoke(app, ["eval", gold, "--graph", str(tmp_path / "bad.graphml")])
    assert broken.exit_code == 2 and "cannot read graph" in broken.output


def test_low_scores_still_exit_zero(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD)
    graph = write(tmp_path, nx.MultiDiGraph(), [], gold)
    result = runner.invoke(app, ["eval", str(tmp_path / "gold.json"), "--graph", str(graph)])
    assert result.exit_code == 0
    assert "missing" in result.output


def test_event_sources_and_policies(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    node = event_node(g, "临江港湾发展推进座谈会")
    g.nodes[node]["sources"] = "001_page.txt;009_other.txt"  # 002 reported it separately
    g.add_node("policy:别的文件", kind="policy", label="别的文件")
    g.add_edge(node, "policy:别的文件", relation="reviewed")
    ev = run(tmp_path, g)
    sources, policies = ev.scores["event_sources"], ev.scores["policies"]
    assert sources.missing == ["E1: 002"] and sources.spurious == ["E1: 009_other.txt"]
    assert (policies.recall, policies.precision) == (1.0, 0.5)


def test_types_announcements_and_role_dates_are_listed(tmp_path: Path) -> None:
    g, _ = perfect_graph(GOLD)
    g.nodes[event_node(g, "北岭新区规划展览馆开馆")]["event_type"] = "release"
    g.remove_node("document:002")
    g.edges["person:祁远山", "position:临江市委书记", 0].update(first_seen="2031-01", last_seen="2031-04-12")
    ev = run(tmp_path, g)
    assert ev.scores["events"].extra["type_wrong"] == ["E2: release, gold opening"]
    assert ev.scores["event_sources"].extra["announced_missing"] == ["E3: 002"]
    assert ev.scores["roles"].extra["date_outside"] == [
        "祁远山 临江市委书记 2029-05-01: seen 2031-01…2031-04-12"
    ]
    assert ev.scores["roles"].recall == 1.0


def _with_sender() -> dict[str, Any]:
    gold = copy.deepcopy(GOLD)
    gold["events"].append(
        {"id": "E4", "title": "柯望舒致信北岭新区", "type": "message", "date": "2031-05", "sent": ["柯望舒"]}
    )
    gold["roles"].append({"person": "柯望舒", "role": "北岭新区工委书记", "date": "", "past": True})
    gold["roles"].append({"person": "祁远山", "role": "临江市长", "date": "2030-01", "removed": True})
    return gold


def test_senders_are_participants_with_their_own_metric(tmp_path: Path) -> None:
    gold = _with_sender()
    g, conflicts = perfect_graph(gold)
    g.add_edge("person:柯望舒", "event:2031-05:柯望舒致信北岭新区", relation="sent")
    ev = evaluate(tmp_path / "gold.json", write(tmp_path, g, conflicts, gold))
    for name in ("participation", "sent", "roles"):
        assert ev.scores[name].recall == 1.0, name  # past and removed roles are roles like the others
    assert ev.scores["sent"].n_gold == 1 and ev.scores["participation"].extra["relation_wrong"] == []


def test_a_sender_predicted_as_attending_counts_once_and_is_listed(tmp_path: Path) -> None:
    gold = _with_sender()
    g, conflicts = perfect_graph(gold)
    g.add_edge("person:柯望舒", "event:2031-05:柯望舒致信北岭新区", relation="attended")
    ev = evaluate(tmp_path / "gold.json", write(tmp_path, g, conflicts, gold))
    assert ev.scores["participation"].recall == 1.0
    assert ev.scores["participation"].extra["relation_wrong"] == ["E4: 柯望舒 attended, gold sent"]
    assert (ev.scores["sent"].found, ev.scores["sent"].n_pred) == (0, 0)


def test_no_sent_metric_without_senders_in_the_gold_or_the_graph(tmp_path: Path) -> None:
    assert "sent" not in run(tmp_path, perfect_graph(GOLD)[0]).scores


def test_a_gold_in_traditional_script_matches_the_simplified_build(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD)
    gold["events"][1]["title"] = "北嶺新區規劃展覽館開館"
    gold["roles"][1] = {"person": "蒲一帆", "role": "臨江市長", "date": "2031-04-12"}
    g, conflicts = perfect_graph(GOLD)  # the build writes Simplified labels
    ev = evaluate(tmp_path / "gold.json", write(tmp_path, g, conflicts, gold))
    assert (ev.scores["events"].recall, ev.scores["roles"].recall) == (1.0, 1.0)
    assert is_bare_title("省委書記")
