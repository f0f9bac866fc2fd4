"""Event precision (session 20, prec30): predicted events that match no gold event on the studied pages, sorted
into classes (the table: /work/scratch/s20/prec30/classes.md); one class built. Invented text only.

1. A sitting of the meeting reported, printed with an adverb or an act between the meeting word and its verb
   (会议首先举行第一次全体会议, 大会开幕并举行第一次全体会议): the meeting reported, not a second event titled
   会议首先第一次全体会议 (events/sittings.reported_sitting, events/word_uses.tsv sitting_lead).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "江城日报2031年6月26日 "

SESSION = "临江县第十届人大常委会第九次会议26日在县会堂举行。"
CONGRESS = "临江县第十届人民代表大会第三次会议26日在县会堂开幕。"

LED_SITTINGS = [
    # (text, the one event): the meeting word, an adverb or an act, then the verb of a sitting
    (DAY + SESSION + "会议首先举行第一次全体会议，郑立群汇报了全年工作。", "临江县第十届人大常委会第九次会议"),
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
