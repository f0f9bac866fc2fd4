"""datelines: the opening and closing datelines of news articles (``新华社某市3月4日电``, ``本报讯``,
``（新华社…电）``), patterns in ``lexicons/zh/text/datelines.tsv``. Used by ``cleanlines`` (lines are
never joined across a dateline) and ``segment`` (a dateline opens or closes an article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicons
from ..lexicons import cached
from ..punctuation import CLOSING_BRACKETS
from . import bylines

_UNNAMED = re.compile(r"\(\?P<\w+>")
_DATELINE_MAX = 100  # no dateline (with its byline) is longer
FILED = "filed"  # the date column of a rule whose date is the day the report was filed (…电)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found in the text, with the id of the ``datelines.tsv`` row that matched it."""

    rule: str
    filed: bool  # its date is the day the report was filed, not the date of an event it reports
    text: str
    start: int
    end: int
    place: str | None  # the place it names (group P), None when none


def _dateline(rule_id: str, match: re.Match[str]) -> Dateline:
    return Dateline(rule_id, filed(rule_id), match.group(0), match.start(), match.end(), match.groupdict().get("P"))


@cached
def _rows() -> tuple[tuple[str, ...], ...]:
    return lexicons.load_table("text/datelines.tsv")


@cached
def _filed_rules() -> dict[str, bool]:
    return {row[0]: len(row) > 2 and row[2] == FILED for row in _rows() if not row[0].startswith("=")}


def filed(rule_id: str) -> bool:
    """Whether the dateline rule ``rule_id`` dates the filing of the report (its date column is ``filed``)."""
    return _filed_rules().get(rule_id, False)


@cached
def _dateline_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    blocks: dict[str, str] = {}
    patterns = []
    for rule_id, pattern, *_ in _rows():
        expanded = re.sub(r"\{([a-z]\w*)\}", lambda m: blocks.get(m.group(1), m.group(0)), pattern)
        expanded = bylines.expand(expanded)
        if rule_id.startswith("="):
            blocks[rule_id[1:]] = expanded
        else:
            patterns.append((rule_id, re.compile(expanded)))
    return tuple(patterns)


@cached
def _any_dateline() -> re.Pattern[str]:
    """All dateline rules in one pattern (groups unnamed): a quick test before trying them one by one."""
    return re.compile("|".join(f"(?:{_UNNAMED.sub('(?:', p.pattern)})" for _, p in _dateline_patterns()))


def dateline_at(text: str, pos: int = 0) -> Dateline | None:
    """The dateline that starts at ``text[pos]``, if any (first rule of datelines.tsv that matches)."""
    if not _any_dateline().match(text, pos):
        return None
    for rule_id, pattern in _dateline_patterns():
        match = pattern.match(text, pos)
        if match:
            return _dateline(rule_id, match)
    return None


def closing_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline that is the whole paragraph ``text[start:end]``, or a bracketed closing one
    (a rule whose id ends with ``closing``) that ends it."""
    while end > start and text[end - 1] == " ":
        end -= 1
    if end - start <= _DATELINE_MAX and _any_dateline().fullmatch(text, start, end):
        for rule_id, pattern in _dateline_patterns():
            match = pattern.fullmatch(text, start, end)
            if match:
                return _dateline(rule_id, match)
    if end > start and text[end - 1] in CLOSING_BRACKETS:
        tail = max(start, end - _DATELINE_MAX)
        for rule_id, pattern in _dateline_patterns():
            if rule_id.endswith("closing"):
                for match in pattern.finditer(text, tail, end):
                    if match.end() == end:
                        return _dateline(rule_id, match)
    return None
