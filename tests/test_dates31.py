"""Event dates and event precision (session 21, dates31). Invented text only.

1. A plan the text gives no date (the lead's decision of this session: docs/gold-conventions.md A3 wins over the
   undated examples plan_words.txt had): a planned event with no date, no date text, no date expression in its
   clause and no word tying it to the event told before (届时, 期间, 其间: events/word_uses.tsv ``plan_tie``) is a
   future occasion named only, no event (A1; events/plandays.dateless). A plan printed with its day stays planned;
   a plan tied to the event told before stays too.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "江城日报2031年6月26日 "
PAGE_DAY = "2031-06-26"

DATELESS_PLANS = [
    # (text, a title no event has)
    (DAY + "临江代表团26日抵达松岩。代表团还将出席松岩港开港五十周年纪念大会，并与当地商会座谈。", "纪念大会"),
    (DAY + "青禾县龙舟队正在海州集训，郑立群县长也将前往海州参加授旗仪式。", "授旗仪式"),
    (DAY + "为答谢各方支持，市政府将在松岩宾馆举行招待酒会。", "酒会"),
    (DAY + "根据工作安排，省委观察组将列席我县第五次党代会。", "党代会"),
    (DAY + "26日，会议要求认真筹备，确保青禾县政协九届四次会议顺利召开。", "政协"),
]


@pytest.mark.parametrize(("text", "never"), DATELESS_PLANS)
def test_a_plan_with_no_date_is_no_event(text: str, never: str) -> None:
    assert not [e.title for e in built_events(text, PAGE_DAY) if never in e.title]


KEPT_PLANS = [
    # near misses: a plan printed with its day, or tied to the event told before, is a planned event (A3)
    (DAY + "松岩县第五次党代会将于7月8日召开。", "党代会"),
    (DAY + "市商务局将于7月2日在松岩宾馆举行招待酒会。", "酒会"),
    (DAY + "第三届江城论坛将于7月2日开幕，届时将举办招待酒会。", "酒会"),
]


@pytest.mark.parametrize(("text", "title"), KEPT_PLANS)
def test_a_dated_or_tied_plan_stays_planned(text: str, title: str) -> None:
    found = [e for e in built_events(text, PAGE_DAY) if title in e.title]
    assert found and all(e.planned for e in found)
