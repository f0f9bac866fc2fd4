"""Issue 13, lane succ31: a post of several holders handed from one person to one other in one report (invented
text only, Simplified and Traditional).

The golds of the studied sets pair the two holders of a deputy's or an officer's post (副县长, 政务次长, 技监) that a
report hands on one for one, as they pair the holders of a one-holder post; they never pair the members of a
body's seats (委员, 常委) a notice takes from one person and gives to another. ``corpus/postkeys.handed_seat``:
a post of several holders with an organisation, no ``word_uses.tsv`` member_seat head, not printed 前/原, is a
succession inside one report when exactly one person leaves it (a notice's end, the holder a 由乙接任 form
replaces) and exactly one other takes it; never across reports, never by the same-time reading of a one-holder
post (a deputy printed now beside a new deputy is no leaver), never by a move to another post (a reshuffle moving
a deputy does not say whose seat the newcomer takes) nor by a former holder (原副县长甲 may have left any seat):
each of these two readings made a wrong pair on a check set.
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on

HANDED = [  # (text, succession)
    ("江城县副县长柴思雨将离职，新任副县长将由林晓峰接任。", ("江城县副县长", "柴思雨", "林晓峰")),
    ("松巖縣副縣長柴思雨將離職，新任副縣長將由林曉峰接任。", ("松岩县副县长", "柴思雨", "林晓峰")),
    (
        "内政部政务次长柴思雨将接任行政院副秘书长，内政部政务次长由江城副市长林晓峰接任。",
        ("内政部政务次长", "柴思雨", "林晓峰"),
    ),
    ("免去柴思雨的江城市副市长职务，任命林晓峰为江城市副市长。", ("江城市副市长", "柴思雨", "林晓峰")),
]


@pytest.mark.parametrize(("text", "succession"), HANDED)
def test_a_seat_of_several_handed_one_for_one_is_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


NOT_HANDED = [  # (text, no succession between these two)
    ("免去龚明远的江城市委常委职务，任命钱小禾为江城市委常委。", ("龚明远", "钱小禾")),
    ("免去龚明远的江城市委委员职务，任命钱小禾为江城市委委员。", ("龚明远", "钱小禾")),
    ("江城市副市长柴思雨出席会议。任命林晓峰为江城市副市长。", ("柴思雨", "林晓峰")),
    ("免去柴思雨的江城市副市长职务，任命林晓峰、钱小禾为江城市副市长。", ("柴思雨", "林晓峰")),
    ("江城市荣誉副会长柴思雨卸任，新任荣誉副会长由林晓峰接任。", ("柴思雨", "林晓峰")),
    # a former deputy may have left any of the seats: the newcomer's is not said to be his
    ("江城县原副县长柴思雨出席会议。江城县交通局局长林晓峰调任江城县副县长。", ("柴思雨", "林晓峰")),
    ("江城县原副县长柴思雨出席会议。任命林晓峰为江城县副县长。", ("柴思雨", "林晓峰")),
    (  # a reshuffle moving a deputy does not say whose seat the newcomer takes
        "江城市副市长柴思雨调任江城市委秘书长。江城县县长林晓峰调任江城市副市长。",
        ("柴思雨", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NOT_HANDED)
def test_a_body_seat_a_plain_holder_or_several_takers_give_none(text: str, pair: tuple[str, str]) -> None:
    assert not any((s[1], s[2]) == pair for s in handed_on(text))
