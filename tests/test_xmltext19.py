"""The graph files' last guard (``xmltext.valid_utf8``): the bytes of removing every character XML 1.0
forbids and encoding, whichever of its checks finds the character."""

from __future__ import annotations

import random

import pytest

from ygraph.render import xmltext

FORBIDDEN = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff"]
ALLOWED = ["\t", "\n", "\r", " ", "\x7f", "\x85", "\u2028", "\ufffd", "\U00020000", "&", "<"]
TEXTS = ["临江省江城市市长林晓峰", "臨江省江城市市長龔明遠", "柴思雨出席港口合作推进会"]  # invented


@pytest.mark.parametrize("char", FORBIDDEN + ALLOWED)
@pytest.mark.parametrize("text", TEXTS)
def test_each_character_is_kept_or_removed_as_the_expression_says(text: str, char: str) -> None:
    for where in (0, 3, len(text)):
        mixed = text[:where] + char + text[where:]
        expected = xmltext._INVALID.sub("", mixed).encode("utf-8")
        assert xmltext.valid_utf8(mixed) == expected
        assert (expected == text.encode("utf-8")) is (char in FORBIDDEN)


def test_random_texts_give_the_expressions_bytes() -> None:
    rng = random.Random(19)
    pool = ["a", "中", "市", *FORBIDDEN, *ALLOWED]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert xmltext.valid_utf8(text) == xmltext._INVALID.sub("", text).encode("utf-8")
