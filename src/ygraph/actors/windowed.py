"""windowed: an Aho-Corasick automaton's ``iter_long`` run only where one of its words can end.

When every word of a vocabulary ends with one of a few characters (the counties and the cities: their level
characters), the longest-match scan of a whole article spends most of its time at the automaton's root, on
characters far from any such ending (pyahocorasick's cost grows with the root's fan-out: the counties have
hundreds of first characters). ``Window.iter_long`` scans only the stretches from ``longest`` characters
before to ``longest`` characters after each ending character (stretches that touch are scanned as one) and
returns exactly what ``iter_long`` over the whole text returns, because:

- no word ends outside the stretches, so the scan finds nothing between them and never restarts there;
- between two stretches it is a plain Aho-Corasick scan, whose state is the longest suffix read that begins
  a word; at a character that ends no word that suffix is shorter than ``longest``, so at the character
  before a stretch's first ending character it begins inside the stretch: a scan from the stretch's start
  is in the same state there;
- a path through the last ending character of a stretch dies within ``longest`` characters without meeting
  another ending character (which would have merged the stretches), so every choice the scan makes there
  (pyahocorasick also looks one character ahead) reads only characters of the stretch.

tests/test_windowed18.py compares both scans on random texts made of a vocabulary's pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

MAX_ENDINGS = 8  # more distinct last characters than this: the stretches would cover most of a text


class Window:
    """``iter_long`` of ``automaton`` (whose words are ``words``), scanning only near their last characters."""

    def __init__(self, automaton: ahocorasick.Automaton, words: Iterable[str]) -> None:
        words = list(words)
        endings = sorted({w[-1] for w in words if w})
        self.automaton = automaton
        self.longest = max(map(len, words), default=0)
        self.endings = re.compile("[" + re.escape("".join(endings)) + "]") if endings else None
        self.windowed = 0 < len(endings) <= MAX_ENDINGS

    def stretches(self, text: str) -> list[list[int]]:
        """[start, end) of each stretch to scan, in text order, never touching one another."""
        out: list[list[int]] = []
        if self.endings is None:
            return out
        n = self.longest
        for m in self.endings.finditer(text):
            start, end = max(0, m.start() - n + 1), m.start() + n + 1
            if out and start <= out[-1][1]:
                out[-1][1] = end
            else:
                out.append([start, end])
        return out

    def iter_long(self, text: str) -> Iterator[tuple[int, str]]:
        """(end offset, word) of each longest, non-overlapping match: ``automaton.iter_long(text)``."""
        if not self.windowed:
            yield from self.automaton.iter_long(text)
            return
        scan = self.automaton.iter_long
        for start, end in self.stretches(text):
            for last, word in scan(text[start:end]):
                yield start + last, word

    def hits(self, text: str) -> list[tuple[int, str]]:
        """``list(self.iter_long(text))``, built without a generator's step per match."""
        if not self.windowed:
            return list(self.automaton.iter_long(text))
        scan, out = self.automaton.iter_long, []
        for start, end in self.stretches(text):
            if start:
                out += [(start + last, word) for last, word in scan(text[start:end])]
            else:
                out += scan(text[:end])
        return out
