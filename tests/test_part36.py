"""Participation, lane part36. Invented Simplified and Traditional variants with near-misses:

* companions told with the tour's own word (县领导甲、乙一同调研; 甲、乙参加相关活动; 县长甲陪同视察) attend the
  tour (an inspection or visit told before), not the meeting held during it and named in the sentence before
  (…调研，并召开座谈会。): word_uses.tsv ``accompanies`` 一同, 参加 and ``tour_word`` 视察, 检查, 督导, 相关活动,
  上述活动, 有关活动 (events/participants.py ``_accompanied_tour``). Without a tour the verb's event is the usual one.
"""

from __future__ import annotations

import pytest

from test_part22 import _by_event, _on

SCRIPTS = ("simplified", "traditional")
WIRE = "本报讯 2031年3月16日，"

# (text, the words of the tour's title, the words of the meeting's title, a companion)
COMPANIONS = [
    ("临江县委书记龚明远到青禾镇调研乡村道路建设，并召开道路建设座谈会。县领导柴思雨、欧阳青禾一同调研。",
     "调研乡村道路", "座谈会", "柴思雨"),
    ("临江省政协主席龚明远带领调研组到江城市就水源保护进行调研，并召开座谈会。江城市副市长柴思雨、钱小禾参加相关活动。",
     "水源保护", "座谈会", "钱小禾"),
    ("临江市长龚明远到松岩县视察防汛工作，并主持召开防汛工作座谈会。县长柴思雨陪同视察。",
     "视察防汛", "座谈会", "柴思雨"),
    ("临江市长龚明远到松岩县检查消防设施，并召开消防工作座谈会。县领导宁可心、许文澜参加检查。",
     "检查消防设施", "座谈会", "许文澜"),
    ("临江省副省长龚明远到江城督导防汛工作，并主持召开防汛工作座谈会。市领导柴思雨一同督导。",
     "督导防汛", "座谈会", "柴思雨"),
    # 上述活动, 有关活动: the tour told back by a pronoun-like noun (each fails without its row)
    ("临江市长龚明远到青禾镇检查防汛工作，并召开防汛工作座谈会。副镇长柴思雨参加上述活动。",
     "检查防汛", "座谈会", "柴思雨"),
    ("临江省副省长龚明远到江城视察水利工程，并召开水利工作座谈会。市领导柴思雨、许文澜参加有关活动。",
     "视察水利", "座谈会", "许文澜"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "tour", "meeting", "person"), COMPANIONS)
def test_companions_told_with_the_tours_word_attend_the_tour(
    text: str, tour: str, meeting: str, person: str, script: str
) -> None:
    found = _by_event(text, script, WIRE)
    assert (person, "attended") in _on(found, tour), found
    assert person not in {name for name, _ in _on(found, meeting)}, found


# near-misses: no tour told (the meeting keeps them), or the verb names the meeting itself
NO_TOUR = [
    ("江城市委召开项目座谈会，书记龚明远主持会议。区领导柴思雨、欧阳青禾参加相关活动。", "座谈会", "柴思雨"),
    ("临江市长龚明远到松岩县视察防汛工作，并召开防汛工作座谈会。县长柴思雨参加座谈会。", "座谈会", "柴思雨"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "meeting", "person"), NO_TOUR)
def test_without_a_tour_or_with_the_meeting_named_the_meeting_keeps_them(
    text: str, meeting: str, person: str, script: str
) -> None:
    assert (person, "attended") in _on(_by_event(text, script, WIRE), meeting)
