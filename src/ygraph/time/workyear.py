"""workyear: whether an article's year is only a work year its text prints (2030年度某总结会议15日召开), for
``temporal``: such a year names when the work was done, not the page's, so a day told against it is not given
that year (``timeresolve._within_period`` is off)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import TimeExpr
from .calendarpoints import Point

WORK_YEAR_RULES = ("y_fiscal",)  # time/rules.tsv: a work or budget year (2030年度)


def work_year(source: str, point: Point | None, times: Sequence[Sequence[TimeExpr]]) -> bool:
    """Whether the article's year was inferred from its text (``dateline_inferred``) and every explicit
    expression of that year is a work year."""
    if source != "dateline_inferred" or point is None:
        return False
    year = f"{point.year:04d}"
    printed = [t for ts in times for t in ts if t.kind == "date" and t.underspecified[:4] == year]
    return bool(printed) and all(t.rule in WORK_YEAR_RULES for t in printed)
