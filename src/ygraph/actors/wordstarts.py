"""wordstarts: readings that begin like a name but are a word (names23). A surname character also starts words
(才能, 布置, 遇到: ``word_uses.tsv`` surname_word), so a reading that starts with such a word is no name; an
arrival verb that is also a surname (来: ``arrival_verb``) before a place's one-character abbreviation (来京, 来川:
``places.tsv`` abbreviation rows) is a movement, no name."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses("actors/word_uses.tsv", use)


@cached
def _abbreviations() -> frozenset[str]:
    """One-character place abbreviations of ``places.tsv`` (京, 沪, 川)."""
    rows = lexicons.load_table("actors/places.tsv")
    return frozenset(row[0] for row in rows if (row[2:3] or ("",))[0] == "abbreviation" and len(row[0]) == 1)


def word_start(name: str) -> bool:
    """``name`` starts with a word that begins with a surname character, or is an arrival verb and a place's
    abbreviation: no name (市长才能到场, 省长来川出席)."""
    if name.startswith(_uses("surname_word")):
        return True
    return len(name) == 2 and name[0] in _uses("arrival_verb") and name[1] in _abbreviations()
