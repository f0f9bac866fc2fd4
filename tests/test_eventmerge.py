"""eventmerge: reports of one invented event across documents, recurring events, year hints.

Every document goes through the real per-document stages (``build.process_document``).
"""

from __future__ import annotations

import pytest

from ygraph.corpus import eventmerge
from ygraph.model import DocumentFacts, Event, Source
from ygraph.pipeline import process_document

LEDE = "新华社江城5月18日电 临江省委书记林晓峰18日上午在江城主持召开推进湾区协同发展座谈会并发表重要讲话。"
REPORTS = {
    "a.txt": (LEDE + "他强调，要加强合作。", "2031-05-18"),
    "b.txt": (
        "本报讯 5月18日，林晓峰在江城主持召开推进湾区协同发展座谈会。会议认为，合作成效明显。",
        "2031-05-19",
    ),
    "c.txt": ("本报讯 5月18日，推进湾区协同发展座谈会在临江省江城市举行。", "2031-05-25"),
}


def facts_of(
    docs: dict[str, tuple[str, str | None]], hints: dict[str, dict[int, int]] | None = None
) -> list[DocumentFacts]:
    hints = hints or {}
    return [
        process_document(Source(path, text, "utf-8", user_date=pub), hints.get(path))
        for path, (text, pub) in sorted(docs.items())
    ]


def merged(docs: dict[str, tuple[str, str | None]]) -> list[Event]:
    events, _ = eventmerge.merge_events(facts_of(docs), [])
    return events


def test_three_reports_one_event() -> None:
    events = merged(REPORTS)
    assert [(e.title, e.date, e.place) for e in events] == [("推进湾区协同发展座谈会", "2031-05-18", "江城")]
    assert events[0].sources == ("a.txt", "b.txt", "c.txt")
    assert events[0].id == "event:2031-05-18:推进湾区协同发展座谈会"


def test_reprint_adds_sources_not_events() -> None:
    events = merged({"a.txt": REPORTS["a.txt"], "a-copy.txt": REPORTS["a.txt"]})
    assert len(events) == 1 and events[0].sources == ("a-copy.txt", "a.txt")


def test_recurring_forum_in_two_years_stays_two() -> None:
    events = merged(
        {
            "d.txt": ("本报讯 8月17日，江城发展高层论坛在江城举行。", "2030-08-18"),
            "e.txt": ("本报讯 6月6日上午，江城发展高层论坛在临江省海州市举行。", "2031-06-07"),
        }
    )
    assert [(e.title, e.date, e.place) for e in events] == [
        ("江城发展高层论坛", "2030-08-17", "江城"),
        ("江城发展高层论坛", "2031-06-06", "海州"),
    ]


def test_planned_event_becomes_announcement_of_the_report() -> None:
    events = merged(
        {
            "plan.txt": (
                "本报讯 8月16日，会议确定2031年度临江地区合作协商座谈会在海州省召开。",
                "2030-08-18",
            ),
            "held.txt": (
                "本报讯 6月5日至6日，2031年度临江地区合作协商座谈会在海州省江城市举行。",
                "2031-06-07",
            ),
        }
    )
    assert len(events) == 1
    event = events[0]
    assert (event.date, event.date_end, event.planned) == ("2031-06-05", "2031-06-06", False)
    assert event.sources == ("held.txt",)
    assert {p.file for p in event.mentioned_in} == {"plan.txt"}


def test_unmatched_plan_stays_planned() -> None:
    events = merged(
        {"plan.txt": ("本报讯 8月16日，会议确定2031年度临江地区合作协商座谈会在海州省召开。", "2030-08-18")}
    )
    assert [(e.date, e.place, e.planned) for e in events] == [("2031", "海州", True)]


def test_same_name_other_type_or_day_stays_apart() -> None:
    events = merged(
        {
            "a.txt": REPORTS["a.txt"],
            "f.txt": ("本报讯 3月2日，推进湾区协同发展座谈会在江城举行。", "2031-03-03"),
        }
    )
    assert [e.date for e in events] == ["2031-03-02", "2031-05-18"]


def test_year_hint_from_another_document() -> None:
    """An article with 5月18日 and no year anywhere takes the year of a dated report of the same event."""
    docs = {"a.txt": REPORTS["a.txt"], "g.txt": (LEDE, None)}
    first = facts_of(docs)
    undated = [e for f in first for e in f.events if e.date is None]
    assert len(undated) == 1
    hints = eventmerge.infer_year_hints(first)
    assert hints == {"g.txt": {0: 2031}}
    second = facts_of(docs, hints)
    assert [(e.date, e.date_source) for e in second[1].events] == [("2031-05-18", "cross_document")]
    events, warnings = eventmerge.merge_events(second, [])
    assert [(e.date, e.sources) for e in events] == [("2031-05-18", ("a.txt", "g.txt"))]
    assert not [w for w in warnings if w.code == "W040"]


def test_no_hint_when_nothing_matches_and_w040() -> None:
    docs = {"g.txt": (LEDE, None)}
    first = facts_of(docs)
    assert eventmerge.infer_year_hints(first) == {}
    events, warnings = eventmerge.merge_events(first, [])
    assert [e.date for e in events] == [None]
    assert [w.code for w in warnings] == ["W040"]


def test_merge_is_independent_of_document_order() -> None:
    facts = facts_of(REPORTS)
    forward, _ = eventmerge.merge_events(facts, [])
    backward, _ = eventmerge.merge_events(facts[::-1], [])
    assert forward == backward


def test_range_and_day_reports_merge() -> None:
    events = merged(
        {
            "r.txt": ("本报讯 6月5日至6日，江城发展协商座谈会在江城举行。", "2031-06-07"),
            "s.txt": ("本报讯 6月6日上午，江城发展协商座谈会在江城闭幕。", "2031-06-07"),
        }
    )
    assert [(e.date, e.date_end, e.sources) for e in events] == [
        ("2031-06-05", "2031-06-06", ("r.txt", "s.txt"))
    ]


def test_participants_under_the_settled_name() -> None:
    from dataclasses import replace

    from ygraph.model import Participation, Person

    facts = facts_of({"a.txt": REPORTS["a.txt"]})
    event = facts[0].events[0]
    prov = event.provenance[0]
    variant = replace(event, participants=(Participation("林晓锋", "attended", prov),))
    facts = [replace(facts[0], events=(variant,))]
    events, _ = eventmerge.merge_events(facts, [Person("林晓峰", (prov,), aliases=("林晓锋",))])
    assert [p.person for p in events[0].participants] == ["林晓峰"]


def test_ids_stay_unique() -> None:
    facts = facts_of({"a.txt": REPORTS["a.txt"]})
    event = facts[0].events[0]
    twin = replace_type(event, "forum")
    events, _ = eventmerge.merge_events([facts[0], replace_events(facts[0], twin)], [])
    assert len({e.id for e in events}) == len(events) == 2


def replace_type(event: Event, event_type: str) -> Event:
    from dataclasses import replace

    return replace(event, event_type=event_type)


def replace_events(facts: DocumentFacts, *events: Event) -> DocumentFacts:
    from dataclasses import replace

    return replace(facts, events=events)


def test_editions_stay_apart() -> None:
    events = merged(
        {
            "x.txt": ("本报讯 2030年，第九届海州论坛在海州举行。", "2030-12-01"),
            "y.txt": ("本报讯 2030年，第十届海州论坛在海州举行。", "2030-12-01"),
        }
    )
    assert sorted(e.title for e in events) == ["第九届海州论坛", "第十届海州论坛"]


def test_year_hint_for_a_full_width_dateline() -> None:
    """A dateline printed with full-width digits learns its year from another document like an ASCII one
    (the corpus step reads the stored underspecified value, never the original text again)."""
    wide = LEDE.replace("5月18日电", "５月１８日电")
    docs = {"a.txt": REPORTS["a.txt"], "w.txt": (wide, None)}
    assert eventmerge.infer_year_hints(facts_of(docs)) == {"w.txt": {0: 2031}}


def test_same_day_meetings_in_different_places_and_first_sittings_of_two_bodies_stay_apart() -> None:
    events = merged(
        {
            "a.txt": ("本报讯 6月5日，临江发展座谈会在江城举行。", "2031-06-07"),
            "b.txt": ("本报讯 6月5日，临江发展座谈会在海州举行。", "2031-06-07"),
            "c.txt": (
                "本报讯 6月26日，中共江城市第十一届委员会第一次全体会议选举林晓峰为市委书记。",
                "2031-06-30",
            ),
            "d.txt": (
                "本报讯 6月26日，中共海州市第十一届委员会第一次全体会议选举王立群为市委书记。",
                "2031-06-30",
            ),
            "e.txt": (
                "本报讯 6月26日，中共临川市第六届委员会第一次全体会议选举赵文为市委书记。",
                "2031-06-30",
            ),
        }
    )
    assert sorted((e.title, e.place or "") for e in events) == [
        ("中共临川市第六届委员会第一次全体会议", ""),
        ("中共江城市第十一届委员会第一次全体会议", ""),
        ("中共海州市第十一届委员会第一次全体会议", ""),
        ("临江发展座谈会", "江城"),
        ("临江发展座谈会", "海州"),
    ]


def test_one_generic_meeting_of_two_bodies_on_one_day_stays_two_in_the_corpus() -> None:
    text = "本报讯 8月27日上午，青禾区召开全区领导干部大会。8月27日下午，江城开发区召开领导干部大会。"
    titles = sorted(e.title for e in merged({"g.txt": (text, "2031-08-28")}))
    assert len(titles) == 2 and titles[0] == "江城开发区领导干部大会"
    assert titles[1].startswith("青禾区全区")  # each named by its convener (nmain27)


@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        ("2031年3月18日，江城市市长林晓峰主持召开新一届市政府第一次常务会议。", "3月14日，江城市市长龚明远主持召开新一届市政府第一次常务会议。"),
        ("2031年3月18日，江城市市長林曉峰主持召開新一屆市政府第一次常務會議。", "3月14日，江城市市長龔明遠主持召開新一屆市政府第一次常務會議。"),
        ("2030年5月6日，临江省省长柴思雨主持召开省政府第一次全体会议。", "5月9日，临江省省长林晓峰主持召开省政府第一次全体会议。"),
    ],
)
def test_an_undated_sitting_chaired_by_another_stays_apart(dated: str, undated: str) -> None:
    """A name that recurs sitting after sitting (新一届…第一次常务会议): an undated page's report, chaired by
    someone else, is another sitting, not the dated one."""
    events = merged({"a.txt": (dated, None), "b.txt": (undated, None)})
    assert len([e for e in events if "会议" in e.title]) == 2, [(e.title, e.date, e.sources) for e in events]
