"""punctuation: the structural marks of Chinese news text, written once for every stage.

Only punctuation lives here, never words (vocabulary is data under ``lexicons/zh/``). Every stage that
cuts a clause uses :data:`CLAUSE_BREAKS`; the events stage also cuts at the spaces ``clean`` leaves between
headline parts (:data:`SPACES`).
"""

from __future__ import annotations

import re

CLAUSE_BREAKS = "，,；;：:。！？!?﹕"  # a clause ends at any of these (and a sentence at the first five)
SENTENCE_ENDS = "。！？!?"  # a sentence is finished (a semicolon only ends a clause of a list)
SEMICOLONS = "；;"  # a list of names split over clauses goes on after one
LINE_BREAK = "\n"  # a break clean kept (paragraph, headline, page field): in the actors' compact view it
# ends a sentence like 。
SPACES = " \u3000\n"  # what clean leaves between headline parts
INLINE_SPACES = " \t\u3000"  # spaces inside a line (a headline's two halves, a lost mark), not line breaks
LIST_MARK = "、"  # the enumeration comma between items of a list
LOST_MARK = "□"  # a character lost in print or in a conversion (the mark Chinese text uses for it)
QUESTION_MARKS = "?？"  # a conversion that lost a character often prints one of these in its place
DOT = "·"  # the middle dot inside a minority or foreign name
COMMAS = "，,"
COLONS = "：:﹕"
TITLE_OPEN, TITLE_CLOSE = "《", "》"  # a document title (a title may hold any other mark)
QUOTE_OPEN, QUOTE_CLOSE = "“", "”"
OPENING_QUOTES = '“‘「『"'
CLOSING_QUOTES = '”’」』"'
QUOTE_PAIRS = dict(zip(CLOSING_QUOTES, OPENING_QUOTES, strict=True))  # a quotation's closing mark → its opening one
OPENING_BRACKETS = "（("
CLOSING_BRACKETS = "）)"
ASIDE = "——"  # a dash opens an aside: an act's clause starts after it
ORG_DASHES = "—–－"  # one dash between two parties inside an organisation's name (a bilateral centre)
SERIES_DASHES = "-－—–"  # between a series' name and one session of it (某平台-2031年首长会议)
# Half-width marks as their full-width forms (reprint comparison sees one text however it was typed).
HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
# Marks after which a person's name may start and before which it ends.
NAME_PUNCT = frozenset("，。、；：！？,.;:!?（）()“”‘’\"'《》〈〉【】[]<>—…*#·-|/／　 \t\r\n")


_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
_LEFT_WINDOW = 64


def clause_bounds(text: str, start: int, end: int, breaks: str = CLAUSE_BREAKS) -> tuple[int, int]:
    """The clause around ``[start, end)``: from after the last break before ``start`` to the first break
    at or after ``end`` (the whole text when there is none). The clause marks are found in one C search
    each way (leftwards a window at a time), not one scan of the text per mark."""
    if breaks == CLAUSE_BREAKS and start >= 0 and end >= 0:
        right = _BREAK.search(text, end)
        return _last_break(text, start) + 1, right.start() if right is not None else len(text)
    left = max((text.rfind(ch, 0, start) for ch in breaks), default=-1) + 1
    rights = [i for i in (text.find(ch, end) for ch in breaks) if i >= 0]
    return left, min(rights, default=len(text))


def _last_break(text: str, start: int) -> int:
    """Where the last clause mark before ``start`` is printed (-1: none)."""
    right = start
    while True:
        left = max(0, right - _LEFT_WINDOW)
        found = -1
        for m in _BREAK.finditer(text, left, right):
            found = m.start()
        if found >= 0 or left == 0:
            return found
        right = left
