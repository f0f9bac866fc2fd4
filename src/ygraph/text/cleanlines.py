"""Line structure for clean: Markdown markup (``markdown.py``), page furniture, OCR line breaks, paragraphs
and headlines.

A printed line that does not end a sentence is joined to the next one (narrow OCR columns break
sentences anywhere, blank lines included). A break is kept, as one ``'\\n'``, after a sentence end, around
Markdown headings and rule lines, before a dateline, after a byline, photo credit or masthead, after a
title much shorter than the lines around it, and between the lines of a headline stack (short lines
without sentence punctuation between a finished paragraph and a dateline, a heading or the end of the
page). Pull quotes inside an unfinished sentence are dropped. Everything here deletes characters, so the
offset map is sliced, never rebuilt. Rules: ``lexicons/zh/text/breaks.tsv`` and ``furniture.tsv``.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from typing import TypeVar

from .. import lexicons, scan
from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, COMMAS, LIST_MARK, SEMICOLONS
from . import bylines, linelists
from .datelines import closing_dateline, dateline_at
from .markdown import line_markup

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{HAN}]")
_DATELINE_PEEK = 40  # characters of the next line that may finish a dateline
_INDENT = 2  # spaces (an ideographic space is one) before a line that opens a paragraph
_SHORT_SHARE = 0.6  # a line shorter than this share of its neighbours' width does not fill its column
_MIN_PARAGRAPHS = 3  # lines ending a sentence before their median width is the page's paragraph width
T = TypeVar("T")
_NON_BLANK_LINE = re.compile(r"^ *([^ \n](?:[^\n]*[^ \n])?) *$", re.MULTILINE)
_MD_LOOKS = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Line:
    spans: tuple[tuple[int, int], ...]  # kept spans of the current text
    text: str  # what is visible
    heading: int  # Markdown heading level, 0 for none
    newline: int  # index of the line break after it (len(text) at the end)
    indented: bool = False  # printed after an indent (two spaces or more): the first line of a paragraph
    after_blank: bool = False  # printed after a blank line


@cached
def _breaks() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicons.load_table("text/breaks.tsv")}


@cached
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = lexicons.load_table("text/furniture.tsv")
    whole = "|".join(f"(?:{p})" for scope, p in rows if scope == "line")
    inline = "|".join(f"(?:{p})" for scope, p in rows if scope == "inline")
    return re.compile(whole or r"(?!)"), re.compile(inline or r"(?!)")


@cached
def _no_join() -> re.Pattern[str]:
    return re.compile(bylines.expand(_breaks()["no_join"]))


def looks_like_markdown(text: str) -> bool:
    return _MD_LOOKS.search(text) is not None


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with a sentence end, closing quotes/brackets after it allowed."""
    marks = _breaks()
    line = _aside().sub("", line)  # …。（实习记者 某某）: the sentence ended before the aside
    stripped = line.rstrip(" " + marks["closing"])
    if stripped and stripped[-1] in marks["han_period"]:
        return _HAN_CHAR.fullmatch(stripped[-2:-1]) is not None
    return bool(stripped) and stripped[-1] in marks["terminal"] + marks["line_end"]


@cached
def _aside() -> re.Pattern[str]:
    return re.compile(_breaks()["aside_end"])


@cached
def _terminal() -> re.Pattern[str]:
    """A sentence end: 。！？；, or a period right after a Chinese character. One character class first (the
    period's condition looked at behind it), so that the engine skips in C to where a match can start."""
    terminal, period = re.escape(_breaks()["terminal"]), re.escape(_breaks()["han_period"])
    return re.compile(f"[{terminal}{period}](?:(?<=[{terminal}])|(?<=[{HAN}][{period}]))")


def _clause_mark(line: str) -> bool:
    """Whether ``line`` has a sentence end or a comma: then it is no title."""
    return has_sentence_end(line) or any(mark in line for mark in CLAUSE_BREAKS + LIST_MARK)


def has_sentence_end(line: str) -> bool:
    return _terminal().search(line) is not None


def _spans(start: int, end: int, deletions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans, pos = [], start
    for d_start, d_end in sorted(deletions):
        if d_start > pos:
            spans.append((pos, min(d_start, end)))
        pos = max(pos, d_end)
    if pos < end:
        spans.append((pos, end))
    return [(a, b) for a, b in spans if b > a]


def split_lines(text: str, markdown: bool) -> list[Line]:
    """The non-empty lines of ``text``, markup and furniture removed."""
    whole, inline = _furniture()
    lines: list[Line] = []
    previous = -1
    for match in _NON_BLANK_LINE.finditer(text):
        start, end = match.span(1)
        indented = start - match.start() >= _INDENT
        blank, previous = previous >= 0 and "\n" in text[previous + 1 : match.start()], match.end()
        level, deletions = 0, []
        if markdown:
            level, start, end, deletions = line_markup(text, start, end)
        deletions += [m.span() for m in inline.finditer(text, start, end)]
        if not deletions and (start, end) == match.span(1):
            line = Line(((start, end),), text[start:end], level, match.end(), indented, blank)
        else:
            spans = _spans(start, end, deletions)
            visible = "".join(text[a:b] for a, b in spans)
            if not visible.strip(" "):
                continue
            line = _trim(Line(tuple(spans), visible, level, match.end(), indented, blank), text)
        if not whole.fullmatch(line.text):
            lines.append(line)
    return lines


def _trim(line: Line, text: str) -> Line:
    """Drop spaces at both ends of a line."""
    spans = list(line.spans)
    while spans and not text[spans[0][0] : spans[0][1]].strip(" "):
        spans.pop(0)
    while spans and not text[spans[-1][0] : spans[-1][1]].strip(" "):
        spans.pop()
    a, b = spans[0]
    spans[0] = (a + len(text[a:b]) - len(text[a:b].lstrip(" ")), b)
    a, b = spans[-1]
    spans[-1] = (a, b - (len(text[a:b]) - len(text[a:b].rstrip(" "))))
    return Line(tuple(spans), line.text.strip(" "), line.heading, line.newline, line.indented)


def headline_lines(lines: list[Line], ends: list[bool], starts_article: list[bool]) -> set[int]:
    """Indexes of the lines of headline stacks: runs of short lines without a sentence end, after a
    finished paragraph (or the start), before a dateline, a Markdown heading or the end of the text."""
    limit = int(_breaks()["headline_max"])
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        if is_separator(line.text):  # like the end of the text
            found.update(run)
            run = []
            continue
        fits = not line.heading and len(line.text) <= limit and not has_sentence_end(line.text)
        after_break = i == 0 or ends[i - 1] or bool(lines[i - 1].heading)
        if fits and not starts_article[i] and (run or after_break):
            run.append(i)
            continue
        if run and (starts_article[i] or line.heading):
            found.update(run)
        run = []
    found.update(run)
    return found


@cached
def _pull_quote() -> re.Pattern[str]:
    return re.compile(_breaks()["pull_quote"])


def drop_pull_quotes(lines: list[Line]) -> list[Line]:
    """Drop runs of pull-quote lines (■ …) printed inside an unfinished sentence, so that the sentence
    joins up again; a pull quote repeats the article's own words. Elsewhere they stay, as paragraphs."""

    bullet = [_pull_quote().match(line.text) is not None for line in lines]
    if not any(bullet):
        return lines
    kept: list[Line] = []
    i = 0
    while i < len(lines):
        if not bullet[i]:
            kept.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and bullet[j]:
            j += 1
        inside = (
            bool(kept)
            and not ends_sentence(kept[-1].text)
            and not kept[-1].heading
            and j < len(lines)
            and not lines[j].heading
            and dateline_at(lines[j].text) is None
        )
        if not inside:
            kept.extend(lines[i:j])
        i = j
    return kept


@cached
def _separator() -> re.Pattern[str]:
    return re.compile(_breaks()["separator"])


def is_separator(line: str) -> bool:
    """A rule line (----, ＝＝＝, ※※※) between articles."""
    return _separator().fullmatch(line) is not None


_CLOCK = re.compile(r"[0-9]:[0-9]")


@cached
def _header() -> re.Pattern[str]:
    return re.compile(_breaks()["header"])


def is_header(line: str) -> bool:
    """A masthead or date line (某某日报 2019年7月8日 星期一)."""
    return (
        len(line) <= int(_breaks()["headline_max"])
        and not _clause_mark(_CLOCK.sub("", line))  # the colon of a time of day (11:27) is no clause mark
        and bool(_header().search(line))
    )


@cached
def _meta_line() -> re.Pattern[str]:
    return re.compile(_breaks()["meta_line"])


def is_meta_line(line: str) -> bool:
    """A short line of the page's own data (来源：…, 时间：…, a date with a clock): never joined."""
    return len(line) <= int(_breaks()["headline_max"]) and _meta_line().search(line) is not None


def paragraph_width(lines: list[Line], ends: list[bool]) -> int:
    """The median width of the lines that end a sentence, when at least three do (else 0). A page saved
    from the web prints each paragraph on one long line, so a short line there without a sentence end is a
    caption or a heading, never a column's wrap; OCR columns end their paragraphs at any width."""
    widths = sorted(_width(line.text) for line, end in zip(lines, ends, strict=True) if end)
    return widths[len(widths) // 2] if len(widths) >= _MIN_PARAGRAPHS else 0


def _short_line(lines: list[Line], ends: list[bool], i: int, limit: int, page_width: int = 0) -> bool:
    """A title, heading or header line over the next one: no sentence end or comma, and much shorter than
    the lines of its paragraph (a line wrapped by the printer or the OCR fills its column) or than the
    page's paragraphs (``paragraph_width``)."""
    line = lines[i]
    if len(line.text) > limit or has_sentence_end(line.text):
        return False
    if (
        _width(line.text) < _SHORT_SHARE * page_width
        and not any(c in line.text for c in COMMAS + SEMICOLONS)
        and line.text[-1] not in CLAUSE_BREAKS + LIST_MARK
    ):
        return True  # a caption (甲、乙…) or a subhead (甲：某某); 某某指出，要加强 goes on in the next line
    if _clause_mark(line.text):
        return False
    width = _width(lines[i + 1].text)
    if i > 0 and not ends[i - 1] and not lines[i - 1].heading:
        width = max(width, _width(lines[i - 1].text))
    return _width(line.text) < _SHORT_SHARE * width


def _web_paragraph(line: Line, page_width: int) -> bool:
    """A web copy's paragraph ending without a sentence mark before a blank line: one line per paragraph, wider
    than any printed column (``web_width``), and this line as wide as they are."""
    return page_width >= int(_breaks()["web_width"]) and _width(line.text) >= _SHORT_SHARE * page_width


def _width(text: str) -> int:
    """Printed width in characters (OCR spaces between characters do not count)."""
    return len(text) - text.count(" ")


def _cut_dateline(line: str, nxt: str) -> bool:

    match = dateline_at(line + nxt[:_DATELINE_PEEK])
    return match is not None and match.end > len(line)


def breaks_after(lines: list[Line]) -> list[bool]:
    """For each line but the last, whether the break after it is a real one (paragraph, heading,
    headline, dateline, byline) rather than an OCR line break inside a sentence."""

    ends = [ends_sentence(line.text) for line in lines]
    starts = [dateline_at(line.text) is not None for line in lines]
    headlines = headline_lines(lines, ends, starts)
    no_join = _no_join()
    limit = int(_breaks()["headline_max"])
    bullets = [_pull_quote().match(line.text) is not None for line in lines]
    separators = [is_separator(line.text) for line in lines]
    texts = [line.text for line in lines]  # the costly tests below run on a line when the loop reads them
    credits = linelists.Lazy(texts, lambda text: scan.search(no_join, text) is not None)
    field = re.compile(_breaks()["field_line"])  # 发布时间：… 点击数： — a web page's fields stand alone
    fields = linelists.Lazy(texts, lambda text: field.search(text) is not None or is_meta_line(text))
    headers = linelists.Lazy(texts, is_header)
    section = re.compile(_breaks()["section_heading"])  # 一、某某情况: a notice's numbered heading stands alone
    sections = linelists.Lazy(texts, lambda text: section.fullmatch(text) is not None)
    photo = re.compile(_breaks()["photo_credit"])
    items = linelists.list_breaks(texts)  # list items: never one sentence
    page_width = paragraph_width(lines, ends)
    keep = []
    for i, line in enumerate(lines[:-1]):
        # (every test is pure: the costly ones, last, run only when the cheap ones leave the break open)
        keep.append(
            ends[i]
            or items[i]
            or bool(line.heading or lines[i + 1].heading)
            or bullets[i]
            or separators[i]
            or separators[i + 1]
            or bullets[i + 1]
            or starts[i + 1]
            or lines[i + 1].indented  # a web copy's paragraph (or a deck line under its headline) opens here
            or (lines[i + 1].after_blank and _web_paragraph(line, page_width))
            or i in headlines
            or i + 1 in headlines
            or credits[i]
            or fields[i]
            or fields[i + 1]
            # a photo caption (a sentence, then 新华社记者 某某摄) printed inside an unfinished sentence
            or (i + 2 < len(lines) and ends[i + 1] and photo.search(lines[i + 2].text) is not None)
            # a title or heading over wider lines (web copies have no dateline to show it); not a dateline
            # cut in two (新华社 / 某市3月4日电 …)
            or (_short_line(lines, ends, i, limit, page_width) and not _cut_dateline(line.text, lines[i + 1].text))
            or headers[i] or headers[i + 1]  # a date line stands alone: nothing is glued before it
            or line.text == lines[i + 1].text  # a headline printed twice over (a page's title, then its own)
            or sections[i]
            or closing_dateline(line.text, 0, len(line.text)) is not None
        )
    return keep


def _split_items(
    lines: list[Line], keep: list[bool], cuts: dict[int, list[tuple[int, int]]]
) -> tuple[list[Line], list[bool]]:
    """Items printed two on a line (after a list lead) as lines of their own, a kept break at each space."""
    if not cuts:
        return lines, keep
    out_lines: list[Line] = []
    out_keep: list[bool] = []
    for i, line in enumerate(lines):
        pieces = [line]
        if i in cuts and len(line.spans) == 1:
            a = line.spans[0][0]
            bounds = [0, *(x for span in cuts[i] for x in span), len(line.text)]
            pieces = [
                Line(((a + s, a + e),), line.text[s:e], line.heading, a + e if e < len(line.text) else line.newline)
                for s, e in zip(bounds[::2], bounds[1::2], strict=True)
            ]
        for k, piece in enumerate(pieces):
            out_lines.append(piece)
            if k + 1 < len(pieces):
                out_keep.append(True)
        if i < len(keep):
            out_keep.append(keep[i])
    return out_lines, out_keep


def rebuild_lines(text: str, offsets: array, markdown: bool) -> tuple[str, array]:
    """Lines joined or separated by one ``'\\n'`` (see the module docstring), with the offset map."""
    lines = drop_pull_quotes(split_lines(text, markdown))
    related = linelists.related_links([line.text for line in lines])  # 相关新闻 and its links: furniture
    lines = [line for i, line in enumerate(lines) if i not in related]
    keep = breaks_after(lines)
    lines, keep = _split_items(lines, keep, linelists.line_cuts([line.text for line in lines]))
    parts: list[str] = []
    new = array("l")
    for i, line in enumerate(lines):
        for a, b in line.spans:
            parts.append(text[a:b])
            new.extend(offsets[a:b])
        if i + 1 == len(lines):
            break
        if keep[i]:
            parts.append("\n")
            new.append(offsets[line.newline])
        elif (
            line.text[-1:].isascii()
            and line.text[-1:].isalnum()
            and lines[i + 1].text[:1].isascii()
            and lines[i + 1].text[:1].isalnum()
        ):
            parts.append(" ")  # a Latin word or number broken across lines keeps a separator
            new.append(offsets[line.newline])
    return "".join(parts), new
