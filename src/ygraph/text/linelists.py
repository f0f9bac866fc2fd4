"""linelists: printed lines that are items of a list, never one sentence run over several lines.

``cleanlines`` joins a line that does not end a sentence to the next one (a narrow column wraps sentences
anywhere). Two kinds of lines are items instead, and the break between them is kept:

* the short lines without clause punctuation (``item_stops``) after a short line ending with a colon (a list
  lead: 任免如下： / 北京： / 甲任某职 / 乙任某职), up to the first line with clauses or longer than a headline;
* the short lines after a related-links heading (``list_header``: 相关新闻, 视频更多 …), likewise.

A headline stack over an article (a title, then its subtitle) is not a list: its lines stay as before.

Rules: ``lexicons/zh/text/breaks.tsv`` (``item_stops``, ``list_lead_end``, ``list_header``, ``headline_max``).
"""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import cached
from .datelines import dateline_at

_DATELINE_PEEK = 40  # characters of the next line that may finish a dateline


@cached
def _rows() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.load_table("text/breaks.tsv")}


@cached
def _header() -> re.Pattern[str]:
    return re.compile(_rows()["list_header"])


def _bare(text: str, limit: int) -> bool:
    """A short line without clause punctuation: a headline or a list item, if the next line is one too."""
    return len(text) <= limit and not any(c in _rows()["item_stops"] for c in text)


def list_breaks(lines: list[str]) -> list[bool]:
    """For each line but the last, whether the break after it separates two items of a list."""
    limit = int(_rows()["headline_max"])
    colons = _rows()["list_lead_end"]
    out = [False] * max(0, len(lines) - 1)
    listing = ""  # "header": related links (any short line); "lead": after a colon (lines without clauses)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if _header().fullmatch(a):
            listing = "header"
        elif len(a) <= limit and a.rstrip(" ")[-1:] in colons and listing != "header":
            listing = "lead"
        elif len(a) > limit:
            listing = ""
        if listing == "header" and len(b) <= limit:
            out[i] = True
        elif listing == "lead" and _bare(b, limit):
            out[i] = not _cut_dateline(a, b)
        elif listing == "lead":
            listing = ""  # a line with clauses: the list has ended (or never began: 各单位： / 经研究，…)
    return out


def _cut_dateline(line: str, nxt: str) -> bool:
    """新华社 / 某市3月4日电: a dateline printed over two lines is one."""
    match = dateline_at(line + nxt[:_DATELINE_PEEK])
    return match is not None and match.end > len(line)
