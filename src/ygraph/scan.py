"""scan: exact shortcuts for scanning text with lexicon data, derived from the data itself.

Nothing here knows a word: the words and patterns come from the lexicons, so rows added to them (packaged or
a user's) are covered without code changes. Every shortcut gives exactly what the plain scan gives.

- :func:`starts`: where any of some words starts in a text (one Aho–Corasick pass instead of a test per
  character and word).
"""

from __future__ import annotations

import ahocorasick

from .lexicons import cached


@cached
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    if not any(words):
        return None
    a = ahocorasick.Automaton()
    for w in words:
        if w:
            a.add_word(w, len(w))
    a.make_automaton()
    return a


def starts(words: tuple[str, ...], text: str) -> list[int]:
    """The sorted positions of ``text`` where at least one of ``words`` starts (empty words never start)."""
    a = _automaton(words)
    if a is None:
        return []
    return sorted({end - n + 1 for end, n in a.iter(text)})
