"""punctuation: the structural marks of Chinese news text, written once for every stage.

Only punctuation lives here, never words (vocabulary is data under ``lexicons/zh/``). Every stage that
cuts a clause uses :data:`CLAUSE_BREAKS`; the events stage also cuts at the spaces ``clean`` leaves between
headline parts (:data:`SPACES`).
"""

from __future__ import annotations

CLAUSE_BREAKS = "，,；;：:。！？!?﹕"  # a clause ends at any of these (and a sentence at the first five)
SENTENCE_ENDS = "。！？!?"  # a sentence is finished (a semicolon only ends a clause of a list)
SEMICOLONS = "；;"  # a list of names split over clauses goes on after one
LINE_BREAK = "\n"  # a break clean kept (paragraph, headline, page field): in the actors' compact view it
# ends a sentence like 。
SPACES = " \u3000\n"  # what clean leaves between headline parts
LIST_MARK = "、"  # the enumeration comma between items of a list
DOT = "·"  # the middle dot inside a minority or foreign name
COMMAS = "，,"
COLONS = "：:﹕"
TITLE_OPEN, TITLE_CLOSE = "《", "》"  # a document title (a title may hold any other mark)
QUOTE_OPEN, QUOTE_CLOSE = "“", "”"
OPENING_QUOTES = '“‘「『"'
CLOSING_QUOTES = '”’」』"'
OPENING_BRACKETS = "（("
CLOSING_BRACKETS = "）)"
ASIDE = "——"  # a dash opens an aside: an act's clause starts after it
ORG_DASHES = "—–－"  # one dash between two parties inside an organisation's name (a bilateral centre)
# Half-width marks as their full-width forms (reprint comparison sees one text however it was typed).
HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
# Marks after which a person's name may start and before which it ends.
NAME_PUNCT = frozenset("，。、；：！？,.;:!?（）()“”‘’\"'《》〈〉【】[]<>—…*#·-|/／　 \t\r\n")


def clause_bounds(text: str, start: int, end: int, breaks: str = CLAUSE_BREAKS) -> tuple[int, int]:
    """The clause around ``[start, end)``: from after the last break before ``start`` to the first break
    at or after ``end`` (the whole text when there is none)."""
    left = max((text.rfind(ch, 0, start) for ch in breaks), default=-1) + 1
    rights = [i for i in (text.find(ch, end) for ch in breaks) if i >= 0]
    return left, min(rights, default=len(text))
