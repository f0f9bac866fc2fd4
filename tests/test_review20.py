"""Regressions found reviewing the tenth session (review20). Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import claims


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("临江市另类艺术协会会长龚明远出席。", "龚明远", "临江市另类艺术协会会长"),
        ("臨江市另類藝術協會會長龔明遠出席。", "龚明远", "临江市另类艺术协会会长"),
        ("另外，江城市另类音乐协会会长柴思雨也出席。", "柴思雨", "江城市另类音乐协会会长"),
    ],
)
def test_a_word_holding_the_adverb_another_is_part_of_the_post(text: str, person: str, post: str) -> None:
    """prefix_stops.txt 另 (another: 另某市副市长甲) cuts no organisation whose name holds 另类."""
    assert (person, post) in claims(text)


def test_the_adverb_another_still_opens_no_post() -> None:
    """A near miss: the adverb itself stays out of the post."""
    assert ("柴思雨", "临江市副市长") in claims("另临江市副市长柴思雨也出席了会议。")
