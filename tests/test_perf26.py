"""Issue 17, sixteenth session (branch perf26): the extraction's hot helpers, each exactly what it replaced.

Every shortcut is checked against the plain loop it stands for, on invented text (临江省, 龚明远, 林晓峰).
"""

from __future__ import annotations

import random

import pytest

from ygraph import scan
from ygraph.actors import actorlex, transfers


def _plain_word_at(words: tuple[str, ...], text: str, start: int, end: int | None) -> str:
    return next((w for w in words if text.startswith(w, start, end)), "")


WORDS = [("新任", "新"), ("与", "和", "及"), ("", "某"), (), ("另外", "另")]


@pytest.mark.parametrize("words", WORDS)
def test_word_at_is_the_first_word_in_order(words: tuple[str, ...]) -> None:
    text = "另外新任临江省某局局长龚明远与林晓峰及某县县长"
    for start in range(len(text) + 2):
        for end in (None, start, start + 1, start + 2, len(text)):
            assert scan.word_at(words, text, start, end) == _plain_word_at(words, text, start, end)


def _plain_suffix_title(text: str) -> str:
    heads = actorlex.titles()
    longest = max(map(len, heads))
    return next((text[-n:] for n in range(min(len(text), longest), 0, -1) if text[-n:] in heads), "")


def test_longest_suffix_title_reads_only_the_lengths_of_its_last_character() -> None:
    heads = sorted(actorlex.titles())
    rng = random.Random(26)
    texts = ["", "长", "龚明远", "临江省", *heads]
    pieces = ["临江省", "某局", "副", "常务", "龚", "明远", *heads]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    texts += [t[: rng.randint(0, len(t))] for t in list(texts)]
    for text in texts:
        assert actorlex.longest_suffix_title(text) == _plain_suffix_title(text), text


def _plain_moves(text: str, a: int, b: int) -> bool:
    piece = text[a:b]
    if any(w in piece for w in actorlex.uses("transfer_verb")):
        return True
    opens, not_opens = tuple(actorlex.uses("transfer_opening")), tuple(actorlex.uses("transfer_opening_not"))
    return any(
        piece.startswith(opens, k)
        and not piece.startswith(not_opens, k)
        and (k == 0 or any(k - n > 1 and actorlex.longest_suffix_title(piece[: k - n]) for n in (2, 3, 4)))
        for k in range(len(piece))
    )


def test_moves_without_an_opening_verb_is_the_plain_scan() -> None:
    opening = actorlex.uses("transfer_opening")
    rng = random.Random(17)
    pieces = ["临江省", "某局局长", "龚明远", "林晓峰", "、", "副县长", *opening, *actorlex.uses("transfer_opening_not")]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert transfers.moves(text, a, b) == _plain_moves(text, a, b), (text, a, b)


@pytest.mark.parametrize("words", [("临江省", "江城", "龚"), ("", "某局"), (), ("某",), ("局长", "长")])
def test_printed_is_any_word_in_the_text(words: tuple[str, ...]) -> None:
    printed = scan.Printed(words)
    rng = random.Random(16)
    pieces = ["临", "江", "省", "某", "局", "长", "龚明远", "，"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert printed(text) == any(w in text for w in words), text
