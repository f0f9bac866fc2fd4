"""Event precision (session 20, prec30): predicted events that match no gold event on the studied pages, sorted
into classes (the table: /work/scratch/s20/prec30/classes.md); two classes built. Invented text only.

1. A planned event the text gives no date at all (将参加某庆典, 届时将举办某酒会): named as a future occasion only,
   no event (docs/gold-conventions.md A3: a future event named with no date falls under A1; events/plandays.dateless).
   A planned event with a printed day stays planned.
2. A sitting of the meeting reported, printed with an adverb or an act between the meeting word and its verb
   (会议首先举行第一次全体会议, 大会开幕并举行第一次全体会议): the meeting reported, not a second event titled
   会议首先第一次全体会议 (events/sittings.reported_sitting, events/word_uses.tsv sitting_lead).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "江城日报2031年6月26日 "

DATELESS_PLANS = [
    # (text, a title no event has)
    (DAY + "临江代表团26日抵达松岩访问。代表团还将参加松岩建市七十周年庆典，与各地代表交流。", "庆典"),
    (DAY + "青禾县女篮赴海州参加交流赛，郑立群县长也将前往海州参加开球仪式。", "开球仪式"),
    (DAY + "今年是江城建市三十周年，市政府将在松岩举办图片展及招待酒会。", "酒会"),
    (DAY + "按照省委部署，督导组将对我市第五次党代会进行全程督导。", "党代会"),
]


@pytest.mark.parametrize(("text", "never"), DATELESS_PLANS)
def test_a_plan_with_no_date_is_no_event(text: str, never: str) -> None:
    assert not [e.title for e in built_events(text, "2031-06-26") if never in e.title]


DATED_PLANS = [
    # near misses: a plan printed with its day is a planned event (A3)
    (DAY + "松岩县第五次党代会将于7月8日召开。", "党代会"),
    (DAY + "市政府将于7月2日在松岩举办招待酒会。", "酒会"),
]


@pytest.mark.parametrize(("text", "title"), DATED_PLANS)
def test_a_plan_with_its_day_stays_planned(text: str, title: str) -> None:
    found = [e for e in built_events(text, "2031-06-26") if title in e.title]
    assert found and all(e.planned and e.date for e in found)


SESSION = "临江县第十届人大常委会第九次会议26日在县会堂举行。"
CONGRESS = "临江县第十届人民代表大会第三次会议26日在县会堂开幕。"

LED_SITTINGS = [
    # (text, the one event): the meeting word, an adverb or an act, then the verb of a sitting
    (DAY + SESSION + "会议首先举行第一次全体会议，通过会议议程后，郑立群作供职发言。", "临江县第十届人大常委会第九次会议"),
    (DAY + SESSION + "会议随后举行第二次全体会议，郑立群主持。", "临江县第十届人大常委会第九次会议"),
    (DAY + CONGRESS + "大会开幕并举行第一次全体会议。县长郑立群作政府工作报告。", "临江县第十届人民代表大会第三次会议"),
]


@pytest.mark.parametrize(("text", "title"), LED_SITTINGS)
def test_a_sitting_led_by_an_adverb_is_the_meeting_reported(text: str, title: str) -> None:
    assert [e.title for e in built_events(text, "2031-06-26")] == [title]


OTHER_SITTINGS = [
    # near misses: a sitting of another body named in full stays its own event
    (DAY + SESSION + "随后，临江县政协第十届委员会举行第一次全体会议。", "临江县政协第十届委员会第一次全体会议"),
]


@pytest.mark.parametrize(("text", "title"), OTHER_SITTINGS)
def test_a_sitting_of_another_body_stays(text: str, title: str) -> None:
    assert title in [e.title for e in built_events(text, "2031-06-26")]
