"""datelines: the opening and closing datelines of news articles (``新华社某市3月4日电``, ``本报讯``,
``（新华社…电）``), patterns in ``lexicons/zh/text/datelines.tsv``. Used by ``cleanlines`` (lines are
never joined across a dateline) and ``segment`` (a dateline opens or closes an article).
"""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import cached

_UNNAMED = re.compile(r"\(\?P<\w+>")
_DATELINE_MAX = 100  # no dateline (with its byline) is longer


@cached
def _dateline_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    blocks: dict[str, str] = {}
    patterns = []
    for rule_id, pattern in lexicons.load_table("text/datelines.tsv"):
        expanded = re.sub(r"\{([a-z]\w*)\}", lambda m: blocks[m.group(1)], pattern)
        if rule_id.startswith("="):
            blocks[rule_id[1:]] = expanded
        else:
            patterns.append((rule_id, re.compile(expanded)))
    return tuple(patterns)


@cached
def _any_dateline() -> re.Pattern[str]:
    """All dateline rules in one pattern (groups unnamed): a quick test before trying them one by one."""
    return re.compile("|".join(f"(?:{_UNNAMED.sub('(?:', p.pattern)})" for _, p in _dateline_patterns()))


def dateline_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline that starts at ``text[pos]``, if any (first rule of datelines.tsv that matches)."""
    if not _any_dateline().match(text, pos):
        return None
    for _, pattern in _dateline_patterns():
        match = pattern.match(text, pos)
        if match:
            return match
    return None


def closing_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """A dateline that is the whole paragraph ``text[start:end]``, or a bracketed closing one
    (a rule whose id ends with ``closing``) that ends it."""
    while end > start and text[end - 1] == " ":
        end -= 1
    if end - start <= _DATELINE_MAX and _any_dateline().fullmatch(text, start, end):
        for _, pattern in _dateline_patterns():
            match = pattern.fullmatch(text, start, end)
            if match:
                return match
    if end > start and text[end - 1] in "）)":
        tail = max(start, end - _DATELINE_MAX)
        for rule_id, pattern in _dateline_patterns():
            if rule_id.endswith("closing"):
                for match in pattern.finditer(text, tail, end):
                    if match.end() == end:
                        return match
    return None
