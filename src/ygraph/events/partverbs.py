"""partverbs: participation verbs printed around a title (作了《…报告》) besides the literal ones.

A row of ``lexicons/zh/events/participation.tsv`` holding ``…`` matches its parts with up to ``_GAP``
characters between them, none a clause break or a title mark (向大会作了《某某委员会工作报告》); the row, not
the printed words, is the verb the participants stage looks up and the rule id (participation:作了《…报告》).
Literal rows are tried first at each place, so a literal verb keeps its own row.
"""

from __future__ import annotations

import re

from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, TITLE_CLOSE, TITLE_OPEN
from . import eventrules as rules

GAP_MARK = "…"
_GAP = 60  # at most this many characters between the parts of a gapped verb (a document's title)


def _gapped(verb: str) -> str:
    gap = f"[^{re.escape(CLAUSE_BREAKS + TITLE_OPEN + TITLE_CLOSE)}]{{1,{_GAP}}}?"
    return gap.join(re.escape(part) for part in verb.split(GAP_MARK))


@cached
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    gapped = sorted(v for v in rules.participation_verbs() if GAP_MARK in v)
    return tuple((v, re.compile(_gapped(v))) for v in gapped)


@cached
def pattern() -> re.Pattern[str]:
    """Every participation verb: the literal ones (longest first), then the gapped rows."""
    literal = [v for v in rules.participation_verbs() if GAP_MARK not in v]
    return re.compile("|".join([alternation(literal), *(p.pattern for _, p in _rows())]))


def row(printed: str) -> str:
    """The participation.tsv row a match of :func:`pattern` printed."""
    if printed in rules.participation_verbs():
        return printed
    return next((v for v, p in _rows() if p.fullmatch(printed)), printed)
