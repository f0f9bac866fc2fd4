"""markdown: the Markdown markup of one line of a ``.md`` source or of a web copy that uses it.

``cleanlines.split_lines`` drops it: heading ``#``s (the level kept), ``>`` quotes and list markers before the
text, ``**``/``__``/`` ` ``, images; a link keeps its text. A rule line (``---``) stays: it separates articles.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"(#{1,6})[ ]+")
_LINE_PREFIX = re.compile(r"(?:>[ ]?)+|(?:[-*+]|[0-9]{1,2}[.)])[ ]+")
_RULE = re.compile(r"(?:[-*_][ ]*){3,}")
_INLINE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|\[(?P<label>[^\]\n]+)\]\([^)\n]*\)|\*\*|__|`")
_TRAILING_HASHES = re.compile(r"[ ]+#+$")


def line_markup(text: str, start: int, end: int) -> tuple[int, int, int, list[tuple[int, int]]]:
    """(heading level, new start, new end, deletions) of the Markdown markup of one line."""
    level = 0
    if _RULE.fullmatch(text, start, end):
        return 0, start, end, []  # a rule stays: it separates articles (segment)
    heading = _HEADING.match(text, start, end)
    if heading:
        level = len(heading.group(1))
        start = heading.end()
        trailing = _TRAILING_HASHES.search(text, start, end)
        end = trailing.start() if trailing else end
    else:
        prefix = _LINE_PREFIX.match(text, start, end)
        start = prefix.end() if prefix else start
    deletions = []
    for m in _INLINE.finditer(text, start, end):
        if m.group("label") is not None:
            deletions += [(m.start(), m.start("label")), (m.end("label"), m.end())]
        else:
            deletions.append(m.span())
    return level, start, end, deletions
