"""windowed.Window.iter_long returns exactly what pyahocorasick's iter_long returns over the whole text."""

from __future__ import annotations

import random

import ahocorasick
import pytest

from ygraph.actors import actorlex
from ygraph.actors.windowed import Window

# Invented words ending with three characters; words inside words, words crossing an ending character,
# prefixes of one word that end another (the cases where iter_long's restarts and look-ahead matter).
INVENTED = ("江城区", "城区", "临江县", "临江市区", "江县", "明远旗", "远旗", "临江市江城区", "市区", "县",
            "晓峰县城区", "江城县", "城县", "峰县")  # fmt: skip
FILLER = "临江城市县区旗晓峰明远林柴思雨的在和。，"


def _automaton(words: tuple[str, ...] | list[str]) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, w)
    a.make_automaton()
    return a


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    """Random texts of whole words, their prefixes and suffixes, and filler characters."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 30)):
            w = rng.choice(words)
            cut = rng.randint(0, len(w))
            parts.append(rng.choice((w, w[:cut], w[cut:], rng.choice(FILLER) * rng.randint(1, 20))))
        out.append("".join(parts))
    return out


def test_invented_vocabulary_is_windowed() -> None:
    window = Window(_automaton(INVENTED), INVENTED)
    assert window.windowed and window.longest == 6
    assert window.stretches("林" * 40 + INVENTED[0] + "林" * 40) == [[37, 49]]


@pytest.mark.parametrize("seed", range(4))
def test_invented_vocabulary_matches_whole_scan(seed: int) -> None:
    a = _automaton(INVENTED)
    window = Window(a, INVENTED)
    for text in _texts(list(INVENTED), 3000, seed):
        assert list(window.iter_long(text)) == list(a.iter_long(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "林晓峰在临江市江城区调研",  # the longest word, and the words inside it
        "臨江市江城區：龔明遠",  # Traditional: no ending character of the vocabulary, nothing found
        "柴思雨到临江市区和江城县城区",  # a path through an ending character that dies after it
        "晓峰县城区" * 3 + "江",  # repeated, then a prefix at the end of the text
    ],
)
def test_invented_sentences(text: str) -> None:
    a = _automaton(INVENTED)
    assert list(Window(a, INVENTED).iter_long(text)) == list(a.iter_long(text))


@pytest.mark.parametrize("kind", ["counties", "cities"])
def test_gazetteer_scans_match_whole_scan(kind: str) -> None:
    window = actorlex._window(kind)
    assert window.windowed  # the vocabulary ends with a few level characters: the windowed path is taken
    words = sorted(actorlex.automaton(kind).keys())
    for text in _texts(words, 1500, 18):
        assert actorlex.long_hits(kind, text) == list(actorlex.automaton(kind).iter_long(text)), text


def test_many_endings_scan_the_whole_text() -> None:
    words = [c + "江" + d for c, d in zip("甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉", strict=True)]
    window = Window(_automaton(words), words)
    assert not window.windowed
    text = "".join(words) + "林晓峰"
    assert list(window.iter_long(text)) == list(_automaton(words).iter_long(text))
