"""events.eventrules.clause_bounds visits only break and title characters: the same bounds as a walk over
every character (the reference below), on texts drawn from those characters and a few others."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.events import eventrules as rules
from ygraph.punctuation import TITLE_CLOSE, TITLE_OPEN


def walked(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    hi = len(text) if hi is None else hi
    left, depth = start, 0
    while left > lo:
        ch = text[left - 1]
        depth += (ch == TITLE_CLOSE) - (ch == TITLE_OPEN)
        if depth <= 0 and ch in rules.CLAUSE_BREAKS:
            break
        left -= 1
    right, depth = end, 0
    while right < hi:
        ch = text[right]
        depth += (ch == TITLE_OPEN) - (ch == TITLE_CLOSE)
        if depth <= 0 and ch in rules.CLAUSE_BREAKS:
            break
        right += 1
    return left, right


TEXT = st.text(st.sampled_from(list("临江省林晓峰出席，。；：《》 \n\u3000x")), max_size=200)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.data())
def test_clause_bounds_are_those_of_a_walk_over_every_character(text: str, data: st.DataObject) -> None:
    n = len(text)
    start, end = data.draw(st.integers(0, n)), data.draw(st.integers(0, n))
    lo = data.draw(st.integers(0, n))
    hi = data.draw(st.none() | st.integers(0, n))
    assert rules.clause_bounds(text, start, end, lo, hi) == walked(text, start, end, lo, hi)
    assert rules.clause_bounds(text, start, end) == walked(text, start, end)


def test_a_title_holds_its_breaks_and_a_long_clause_is_read_past_one_window() -> None:
    text = "，" + "林晓峰出席《江城，发展》会议" * 20 + "。柴思雨"
    assert rules.clause_bounds(text, 153, 154) == (1, len(text) - 4)  # 会 of the eleventh 会议
