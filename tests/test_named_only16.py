"""A meeting the article first names only (relayed: 传达某会议精神; a reference point: 某全会以来) and LATER
reports (某日，某会议在某地举行，某某出席) is an event of the article: the report's day, place and people.
Only-named meetings stay drafted, not emitted (docs/gold-conventions.md A1, A2). Invented text."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

CASES = [
    (  # relayed, then reported (Simplified)
        "临江省江城市委召开常委会议，传达全省水利工作会议精神。6月9日，全省水利工作会议在江城举行，"
        "市委书记林晓峰出席。",
        "全省水利工作会议",
        "林晓峰",
    ),
    (  # relayed, then reported (Traditional)
        "臨江省江城市委召開常委會議，傳達全省水利工作會議精神。6月9日，全省水利工作會議在江城舉行，"
        "市委書記林曉峰出席。",
        "全省水利工作会议",
        "林晓峰",
    ),
    (  # a reference point, then reported (Simplified)
        "江城市委召开会议。市委十二届五次全会以来，全市上下奋力攻坚。6月9日，市委十二届五次全会在江城召开，"
        "市委书记林晓峰出席。",
        "市委十二届五次全会",
        "林晓峰",
    ),
    (  # a reference point, then reported (Traditional)
        "江城市委召開會議。市委十二屆五次全會以來，全市上下奮力攻堅。6月9日，市委十二屆五次全會在江城召開，"
        "市委書記林曉峰出席。",
        "市委十二届五次全会",
        "林晓峰",
    ),
    (  # other names, day and place: relayed, then reported
        "湖州区政府召开党组会议，传达全区安全生产工作会议精神。3月2日，全区安全生产工作会议在湖州召开，"
        "区长龚明远出席。",
        "全区安全生产工作会议",
        "龚明远",
    ),
]
ALONE = "6月9日，全省水利工作会议在江城举行，市委书记林晓峰出席。"


def _reported(text: str, title: str) -> list:
    return [e for e in facts(text).events if e.title == title]


@pytest.mark.parametrize(("text", "title", "person"), CASES)
def test_named_then_reported_is_an_event(text: str, title: str, person: str) -> None:
    events = _reported(text, title)
    assert len(events) == 1, [e.title for e in facts(text).events]
    event = events[0]
    alone = text[text.rindex("。", 0, len(text) - 1) + 1 :]  # the report alone, without the naming before it
    (fresh,) = _reported(alone, title)
    assert (event.date, event.date_end, event.place) == (fresh.date, fresh.date_end, fresh.place)
    assert event.date is not None and event.date.endswith(fresh.date[-5:])
    assert (person, "attended") in event_people(event)


def test_the_report_alone_is_dated_and_placed() -> None:
    (event,) = _reported(ALONE, "全省水利工作会议")
    assert event.date is not None and event.date.endswith("-06-09")
    assert event.place == "江城"


@pytest.mark.parametrize(
    "text",
    [
        "江城市委召开常委会议，传达全省水利工作会议精神，市委书记林晓峰主持。",
        "江城市委召开会议。市委十二届五次全会以来，全市上下奋力攻坚，市委书记林晓峰主持。",
        # named again with a word of holding but no day of it: described, not reported
        "11月12日，江城市委常委会议举行，传达学习市委十二届五次全会精神。会议指出，市委十二届五次全会是在"
        "关键时期召开的一次重要会议。",
        "11月12日，江城市委常委會議舉行，傳達學習全省水利工作會議精神。會議指出，全省水利工作會議是在"
        "關鍵時期召開的一次重要會議。",
        # a length (成立一百周年) is no day of it
        "11月12日，江城市委常委会议举行，传达学习市委十二届五次全会精神。会议指出，市委十二届五次全会是在"
        "建市一百周年的关键时刻召开的一次重要会议。",
    ],
)
def test_only_named_is_still_not_emitted(text: str) -> None:
    titles = {e.title for e in facts(text).events}
    assert "全省水利工作会议" not in titles and "市委十二届五次全会" not in titles
