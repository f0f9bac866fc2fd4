"""linelists: printed lines that are items of a list, never one sentence run over several lines.

``cleanlines`` joins a line that does not end a sentence to the next one (a narrow column wraps sentences
anywhere). The short lines without clause punctuation (``item_stops``) after a short line ending with a
colon (a list lead: 任免如下： / 北京： / 甲任某职 / 乙任某职) are items instead, up to the first line with clauses
or longer than a headline: the break between them is kept, and a space between two Chinese words of an
item is a break too (two items printed on one line: 甲辞去某职务 乙任代理某职).

A related-links heading (``list_header``: 相关新闻, 视频更多 …) and the short lines after it are page furniture
(the headlines of other pages): ``related_links`` gives them, and ``cleanlines`` drops them.

A headline stack over an article (a title, then its subtitle) is not a list: its lines stay as before; but a
short line holding two statements apart (甲当选为某职 乙当选为某职, ``headline_split``) is two lines.

Rules: ``lexicons/zh/text/breaks.tsv`` (``item_stops``, ``list_lead_end``, ``list_header``, ``list_body_end``,
``headline_max``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicons
from ..lexicons import cached
from .datelines import dateline_at

_STATEMENT_MIN = 7  # characters of the shortest statement of a headline line (甲当选某职)
_DATELINE_PEEK = 40  # characters of the next line that may finish a dateline
# a space between two Chinese words of a list item separates two items printed on one line (甲任某职 乙任某职)
_ITEM_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]{2}) +(?=[\u4e00-\u9fff]{2})")


@cached
def _rows() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.load_table("text/breaks.tsv")}


@cached
def _header() -> re.Pattern[str]:
    return re.compile(_rows()["list_header"])


@cached
def _teaser() -> re.Pattern[str]:
    return re.compile(_rows()["teaser_end"])


def _bare(text: str, limit: int) -> bool:
    """A short line without clause punctuation: a headline or a list item, if the next line is one too."""
    return len(text) <= limit and not any(c in _rows()["item_stops"] for c in text)


def related_links(lines: list[str]) -> set[int]:
    """Indexes of related-links headings and of the short lines after each, up to the first line that is
    long or ends with a full stop (``list_body_end``: a link is a headline); a teaser cut off with an
    ellipsis (``teaser_end``) is a link too, however long."""
    limit = int(_rows()["headline_max"])
    out: set[int] = set()
    listing, linked = False, False  # in a list; the line before was a link (not the heading)
    for i, line in enumerate(lines):
        if _header().fullmatch(line):
            listing, linked = True, False
            out.add(i)
            continue
        if listing and _teaser().search(line):
            pass  # a long line cut off with an ellipsis: another page's teaser (本报讯…每校将得...)
        elif len(line) > limit or line.rstrip(" ")[-1:] in _rows()["list_body_end"]:
            # a paragraph, or a short one finishing its sentence: the article goes on — unless it is the teaser of
            # the link before it, another link (or the page's end) after it (相关推荐 / 某标题 / 某段。 / 某标题)
            listing = listing and linked and (i + 1 == len(lines) or _link(lines[i + 1], limit))
        if listing:
            out.add(i)
        linked = listing and _link(line, limit)
    return out


def _link(line: str, limit: int) -> bool:
    """A short line that finishes no sentence: another page's headline."""
    return len(line) <= limit and line.rstrip(" ")[-1:] not in _rows()["list_body_end"]


@cached
def _split_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """``headline_split``, a sentence end (``terminal``) and ``headline_max`` of breaks.tsv."""
    rows = _rows()
    return (
        re.compile(rows["headline_split"]),
        re.compile(f"[{re.escape(rows['terminal'])}]"),
        int(rows["headline_max"]),
    )


def line_cuts(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Where a line is printed as two: list items two on a line (``item_cuts``), and a short line without a
    sentence end holding two parallel statements apart (甲当选为某职 乙当选为某职, ``headline_split``)."""
    cuts = item_cuts(lines)
    split, ends, limit = _split_patterns()
    for i, line in enumerate(lines):
        if i in cuts:
            continue
        if (headed := _headed_dateline(line, ends, limit)) is not None:
            cuts[i] = [headed]
        elif len(line) <= limit and not ends.search(line):
            spaces = [m.span() for m in split.finditer(line)]
            bounds = [(0, 0), *spaces, (len(line), len(line))]
            halves = [line[a[1] : b[0]] for a, b in zip(bounds, bounds[1:], strict=False)]
            if spaces and all(_parallel(x, y) for x, y in zip(halves, halves[1:], strict=False)):
                cuts[i] = spaces
    return cuts


def _headed_dateline(line: str, ends: re.Pattern[str], limit: int) -> tuple[int, int] | None:
    """The space before a dateline printed on the headline's line (某某会议举行 本报某地1月11日电 (记者某某)某某会议…:
    a page saved as one line), the headline before it no longer than a headline and ending no sentence."""
    for m in _SPACE.finditer(line, 0, limit + 1):
        if ends.search(line, 0, m.start()):
            return None
        if m.start() > 0 and dateline_at(line, m.end()) is not None:
            return m.span()
    return None


_SPACE = re.compile(" +")


def _parallel(left: str, right: str) -> bool:
    """Two statements of one headline line say alike things (甲当选为某职 乙当选为某职: a word pair in common)."""
    if min(len(left), len(right)) < _STATEMENT_MIN:
        return False  # 团长甲 副团长乙: a title and a name each, items of a list
    pairs = {left[k : k + 2] for k in range(len(left) - 1)}
    return any(right[k : k + 2] in pairs for k in range(len(right) - 1))


def item_cuts(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """The list items (after a list lead) printed two on a line: line index → the spaces between them."""
    breaks = list_breaks(lines)
    out: dict[int, list[tuple[int, int]]] = {}
    for i, kept in enumerate(breaks):
        if kept and (spaces := [m.span() for m in _ITEM_SPACE.finditer(lines[i + 1])]):
            out[i + 1] = spaces
    return out


def list_breaks(lines: list[str]) -> list[bool]:
    """For each line but the last, whether the break after it separates two items of a list."""
    limit = int(_rows()["headline_max"])
    colons = _rows()["list_lead_end"]
    out = [False] * max(0, len(lines) - 1)
    listing = False  # after a list lead: lines without clauses are its items
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if len(a) <= limit and a.rstrip(" ")[-1:] in colons:
            listing = True
        elif len(a) > limit:
            listing = False
        if listing and _bare(b, limit):
            out[i] = not _cut_dateline(a, b)
        else:
            listing = False  # a line with clauses: the list has ended (or never began: 各单位： / 经研究，…)
    return out


def _cut_dateline(line: str, nxt: str) -> bool:
    """新华社 / 某市3月4日电: a dateline printed over two lines is one."""
    match = dateline_at(line + nxt[:_DATELINE_PEEK])
    return match is not None and match.end > len(line)


class Lazy:
    """A pure test of each line, made when first read (``cleanlines.breaks_after`` settles most breaks with
    cheaper tests before it reads the costly ones)."""

    def __init__(self, texts: list[str], test: Callable[[str], bool]) -> None:
        self._texts, self._test = texts, test
        self._known: dict[int, bool] = {}

    def __getitem__(self, i: int) -> bool:
        if (known := self._known.get(i)) is None:
            known = self._known[i] = self._test(self._texts[i])
        return known
