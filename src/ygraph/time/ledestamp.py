"""ledestamp: the page stamp that prints the lede's own day, for ``temporal``: a page may print several dates
(a stamp, a source field, a site clock) and the earliest is taken as the page's (``document_text_date``),
unless exactly one of them is the day the lede prints (时间:2030-02-01 over a lede of 2月1日, beside a
malformed 来源:2028-06-25 field). Also the date the user gives a document in the manifest (``user_point``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document
from .articledate import page_head_dates
from .timeresolve import Point


def page_stamps(raw: str, printed: Sequence[tuple[Point, str]]) -> list[tuple[Point, str]]:
    """Every date the page prints of itself: ``printed`` (the cleaned text's) and its heading furniture lines' (read
    once a document, for all its articles)."""
    return [*printed, *page_head_dates(raw)]


def stamp_of_day(stamps: Sequence[tuple[Point, str]], month_day: tuple[int, int | None] | None) -> tuple[Point, str] | None:
    """The one page date of ``stamps`` whose month and day are the lede's (时间:2030-02-01 over a lede of 2月1日,
    beside a malformed 来源:2028-06-25): the article's, whichever stamp is the earliest; None when no day is
    printed, or none or several days match."""
    if month_day is None or month_day[1] is None:
        return None
    same = {d[0].iso(): d for d in stamps if (d[0].month, d[0].day) == month_day}
    return next(iter(same.values())) if len(same) == 1 else None


def user_point(doc: Document) -> Point | None:
    """The date the user gave the document (manifest), if any."""
    return Point.parse(doc.source.user_date)
