"""Event precision: the start of a period (session 28, evprec38). Invented text only.

An act or a named event told inside a clause that runs from 自/自从 (before a date: 自5月20日, 自去年) to 后, 以后,
之后 or 以来 at the clause's end starts a period (某某自5月20日会见某团后，已三周未露面; 自从某座谈会召开以后，…): the
page recalls it as a reference, no happening it reports (docs/gold-conventions.md A1, as 自…以来). Rule:
``events/patterns.tsv`` ``period_start`` (``events/guards.period_start``, read by ``events/acts.py`` and
``events/events.py``). Near misses keep their event: 亲自 and 来自 before the act, 自某日起 opening a tour still going
on, an act followed by 后 with no 自 before it (an act done, then another: A8).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

PAGE_DAY = "2031-06-09"
DAY = "新华社江城2031年6月9日电 江城市长林晓峰和临江市长龚明远出席江城论坛开幕式。"
OWN_EVENT = "江城论坛开幕式"

PERIOD_START = [
    # (text, the title of the recalled event that must not be built)
    (DAY + "林晓峰自5月20日会见青禾市代表团后，已三周未公开露面。", "林晓峰自会见青禾市代表团"),
    (DAY + "林晓峰自5月20日会晤来访的松岩县考察团后，再未出席公开活动。", "林晓峰自会晤来访的松岩县考察团"),
    (DAY + "自5月20日青禾合作座谈会召开后，两地往来日益密切。", "自5月20日青禾合作座谈会"),
    (DAY + "自从第三届青禾合作座谈会在江城举行以后，两地往来日益密切。", "第三届青禾合作座谈会"),
    (DAY + "龚明远自去年3月考察松岩港区之后，港区建设明显提速。", "龚明远自考察松岩港区"),
]


@pytest.mark.parametrize(("text", "recalled"), PERIOD_START)
def test_an_event_starting_a_period_is_no_event(text: str, recalled: str) -> None:
    titles = [e.title for e in built_events(text, PAGE_DAY)]
    assert titles == [OWN_EVENT], (recalled, titles)


STAYS = [
    # (text, the act that stays an event): no 自 before a date, or the clause goes on after 起
    (DAY + "林晓峰9日会见青禾市代表团后，出席了江城论坛。", "林晓峰会见青禾市代表团"),
    (DAY + "林晓峰9日亲自会见青禾市代表团后，出席了江城论坛。", "林晓峰亲自会见青禾市代表团"),
    (DAY + "林晓峰9日会见来自青禾的代表团后，出席了江城论坛。", "林晓峰会见来自青禾的代表团"),
    (DAY + "龚明远自9日起在松岩县考察，为期三天。", "inspection"),
]


@pytest.mark.parametrize(("text", "kept"), STAYS)
def test_near_misses_keep_their_event(text: str, kept: str) -> None:
    found = built_events(text, PAGE_DAY)
    assert any(kept in (e.title, e.event_type) for e in found), [e.title for e in found]
