"""punctuation.clause_bounds finds the marks in one C search each way (issue 17): the same bounds as one scan
of the text per mark, however far the nearest mark is (past the leftward window) and at the text's edges."""

from __future__ import annotations

import random

import pytest

from ygraph.punctuation import CLAUSE_BREAKS, clause_bounds


def _per_mark(text: str, start: int, end: int, breaks: str = CLAUSE_BREAKS) -> tuple[int, int]:
    left = max((text.rfind(ch, 0, start) for ch in breaks), default=-1) + 1
    rights = [i for i in (text.find(ch, end) for ch in breaks) if i >= 0]
    return left, min(rights, default=len(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("临江省江城市召开会议，林晓峰出席并讲话。", 12, 15),
        ("江城市" * 60 + "，龚明远主持会议" + "柴思雨" * 40 + "。", 200, 205),  # marks beyond the window
        ("龚明远主持会议" * 30, 100, 110),  # no mark at all: the whole text
        ("，林晓峰；", 0, 0),
        ("，林晓峰；", 5, 5),
        ("林晓峰:出席,讲话", 9, 12),  # half-width marks; an end past the text
    ],
)
def test_bounds_are_those_of_a_scan_per_mark(text: str, start: int, end: int) -> None:
    assert clause_bounds(text, start, end) == _per_mark(text, start, end)


def test_random_texts_and_positions() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        n = rng.choice([0, 3, 40, 70, 200, 500])
        density = rng.choice([0.0, 0.005, 0.05, 0.3])
        text = "".join(rng.choice(CLAUSE_BREAKS) if rng.random() < density else rng.choice("林晓峰江城《》 ") for _ in range(n))
        start = rng.randint(0, n + 2)
        end = rng.randint(start, n + 3)
        assert clause_bounds(text, start, end) == _per_mark(text, start, end)
    assert clause_bounds("甲，乙；丙", 3, 3, breaks="；") == _per_mark("甲，乙；丙", 3, 3, breaks="；")
