"""Session 23, lane succ33: successions (invented text only, Simplified and Traditional).

* A seat of several holders (a deputy's, a spokesman's) handed on one for one by a notice: one leaver and one
  taker of the post in one report are a succession; a body's seat (委员, 常委), two leavers or two takers are none
  (corpus/seats.py).
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on

DAY = "2031-05-08"


# --- a seat of several holders handed on one for one by a notice -------------------------------------------
SEATS = [
    (
        "会议免去龚明远的江城市交通局副局长职务，任命林晓峰为江城市交通局副局长。",
        ("江城市交通局副局长", "龚明远", "林晓峰"),
    ),
    (
        "會議免去龔明遠的江城市交通局副局長職務，任命林曉峰為江城市交通局副局長。",
        ("江城市交通局副局长", "龚明远", "林晓峰"),
    ),
    ("江城市政府发言人龚明远请辞，由林晓峰接任。", ("江城市政府发言人", "龚明远", "林晓峰")),
]


@pytest.mark.parametrize(("text", "succession"), SEATS)
def test_a_seat_handed_on_one_for_one_is_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text, DAY)


NOT_SEATS = [
    "会议免去龚明远的江城市委常委职务，任命林晓峰为江城市委常委。",  # a seat of a body
    "会议免去龚明远、钱小禾的江城市交通局副局长职务，任命林晓峰为江城市交通局副局长。",  # two leavers
    "会议免去龚明远的江城市交通局副局长职务，任命林晓峰、钱小禾为江城市交通局副局长。",  # two takers
    "会议免去龚明远的江城市交通局副局长职务，任命林晓峰为江城市水务局副局长。",  # another body's seat
]


@pytest.mark.parametrize("text", NOT_SEATS)
def test_no_seat_handed_on_without_one_leaver_and_one_taker(text: str) -> None:
    assert ("龚明远", "林晓峰") not in {(b, a) for _, b, a in handed_on(text, DAY)}
