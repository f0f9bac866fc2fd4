"""framing: the dates printed with their year before an article's lede, which frame the lede's month-day
(``temporal._against``: 2030年，…。9月13日，… on a page of a later year; timeresolve._out_of_frame), and the months
printed without a year in the sentence of a date printed with one (2028年某事…，1月…)."""

from __future__ import annotations

from ..model import TimeExpr
from .articledate import Lede


def years_before(times: list[list[TimeExpr]], lede: Lede) -> list[TimeExpr]:
    """The dates printed with their year (2030年) before the lede's month-day, in text order."""
    if lede.sentence is None:
        return []
    before = []
    for expr in (e for sentence_times in times[: lede.sentence + 1] for e in sentence_times):
        if expr.underspecified.startswith("UNDEF-year-"):
            break
        if expr.kind == "date" and expr.underspecified[:4].isdigit():
            before.append(expr)
    return before


def framed_in_sentence(times: list[list[TimeExpr]]) -> frozenset[int]:
    """The starts of the month (and month-day) expressions printed without a year after a date printed with its
    year in the same sentence: the sentence's year is theirs (timeresolve._story_frame)."""
    out = set()
    for sentence_times in times:
        printed = False
        for expr in sentence_times:
            if printed and expr.underspecified.startswith("UNDEF-year-"):
                out.add(expr.start)
            printed = printed or (expr.kind == "date" and expr.underspecified[:4].isdigit())
    return frozenset(out)
