"""surnamerefs: a person named again by the surname alone (张志军…。张廿六日行程都在某市; 张在廿六日下午与某市长碰面),
as Taiwan's and Hong Kong's pages write a traveller or a speaker named in full before. The surname stands at a clause
start, right before a day or a word that opens what the person does or says (``surname_ref_next``), after the
full name's first mention, and only one person of the article has it. Vocabulary: ``word_uses.tsv``
``surname_ref_next``, ``surname_ref_not`` (surnames that open words too: 高于, 周一)."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, CLOSING_BRACKETS, CLOSING_QUOTES, LINE_BREAK
from ..time.numerals import numeral_characters
from .actorlex import surnames, uses
from .personrules import Found

RULE = "reference:surname"
_EDGES = CLAUSE_BREAKS + CLOSING_BRACKETS + CLOSING_QUOTES + LINE_BREAK + "、 \u3000"


@cached
def _day_after() -> re.Pattern[str]:
    """A day right after the surname (张廿五日, 张25日): digits or the numerals of time/numerals.tsv, then a day
    unit (``post_lead_date_unit``: 日, 号)."""
    digits = re.escape(numeral_characters(("digit", "ten")))
    units = "".join(map(re.escape, uses("post_lead_date_unit")))
    return re.compile(rf"[0-9０-９{digits}]{{1,4}}[{units}]") if units else re.compile("(?!)")


def references(text: str, people: list[Found]) -> list[Found]:
    """The occurrences of a surname alone that name the one person of ``people`` with that surname, after that
    person's first mention (compact offsets, rule ``reference:surname``)."""
    single, compound = surnames()
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for f in people:
        if 2 <= len(f.name) <= 4 and f.name[0] in single and f.name[:2] not in compound:
            owners.setdefault(f.name[0], set()).add(f.name)
            first[f.name[0]] = min(first.get(f.name[0], f.end), f.end)
    taken = [(f.start, f.end) for f in people]
    out: list[Found] = []
    for char, names in owners.items():
        if len(names) != 1 or char in uses("surname_ref_not"):
            continue
        name = next(iter(names))
        at = text.find(char, first[char])
        while at >= 0:
            if _reference_at(text, at, taken):
                out.append(Found(name, at, at + 1, RULE))
            at = text.find(char, at + 1)
    return out


def _reference_at(text: str, at: int, taken: list[tuple[int, int]]) -> bool:
    if at > 0 and text[at - 1] not in _EDGES:
        return False
    if any(a <= at < b for a, b in taken):
        return False
    return text.startswith(uses("surname_ref_next"), at + 1) or _day_after().match(text, at + 1) is not None
