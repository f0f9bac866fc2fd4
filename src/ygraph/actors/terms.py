"""terms: a holder's term of office (第五任, 第十届) and a session's number (十二届), read one way for names and for
posts (``word_uses.tsv`` ordinal, term_suffix, session; the numerals of ``time/numerals.tsv``). Split from
``actorlex`` (thirteenth session's review), which names use through ``is_term``."""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import alternation, cached


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses("actors/word_uses.tsv", use)


@cached
def _term_source() -> str:
    """A holder's term of office: 第五任, 第十届, 第9届 (word_uses.tsv ordinal, then one to three numerals of
    time/numerals.tsv or digits, then term_suffix). The one reading of a term, for names and for posts."""
    from ..time.numerals import numeral_characters

    numerals = re.escape(numeral_characters(("digit", "ten")))
    ordinal, suffix = alternation(_uses("ordinal")), alternation(_uses("term_suffix"))
    return rf"(?:{ordinal})[{numerals}0-9０-９]{{1,3}}(?:{suffix})"


@cached
def _term() -> re.Pattern[str]:
    return re.compile(_term_source())


@cached
def session_source() -> str:
    """A session's number (十二届, 第十一届: word_uses.tsv ordinal, optional, then one to three numerals of
    time/numerals.tsv, then session): the pattern text positions, chains and appointments build on."""
    from ..time.numerals import numeral_characters

    numerals = re.escape(numeral_characters(("digit", "ten")))
    ordinal, session = alternation(_uses("ordinal")), alternation(_uses("session"))
    return rf"(?:{ordinal})?[{numerals}]{{1,3}}(?:{session})"


@cached
def session_number() -> re.Pattern[str]:
    """``session_source`` compiled: a session's number right after a place (某县N届人大…: that place's own congress)."""
    return re.compile(session_source())


@cached
def congress_count() -> re.Pattern[str]:
    """A party congress's count (第五次党代会, 第十四次代表大会: word_uses.tsv ordinal, optional, one to three numerals
    of time/numerals.tsv, then a congress_count word)."""
    from ..time.numerals import numeral_characters

    numerals = re.escape(numeral_characters(("digit", "ten")))
    ordinal, congress = alternation(_uses("ordinal")), alternation(_uses("congress_count"))
    return re.compile(rf"(?:{ordinal})?[{numerals}]{{1,3}}(?:{congress})")


@cached
def _term_after_han() -> re.Pattern[str]:
    return re.compile(rf"(?<=[\u4e00-\u9fff])(?:{_term_source()})$")


def is_term(word: str) -> bool:
    """The word is a term of office and nothing else (第五任: not a name, though 第五 is a surname)."""
    return _term().fullmatch(word) is not None


def ordinal_given(name: str) -> bool:
    """The given name opens with an ordinal and a numeral (某|第五|任行政长官: 区第五 reads a term, not a name; the
    compound surname 第五 opens a name, never its given part)."""
    return bool(_ordinal_numeral().match(name, 1))


@cached
def _ordinal_numeral() -> re.Pattern[str]:
    from ..time.numerals import numeral_characters

    numerals = re.escape(numeral_characters(("digit", "ten")))
    return re.compile(rf"(?:{alternation(_uses('ordinal'))})[{numerals}0-9]")


def term_start(text: str, end: int, floor: int = 0) -> int:
    """Where a term of office ending at ``end`` starts, when a Han character at or after ``floor`` precedes it
    (某县|第九届, 某市|第5任: printed between an organisation and its title); -1 else."""
    m = _term_after_han().search(text, floor + 1, end)
    return m.start() if m else -1
