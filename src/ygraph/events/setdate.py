"""An event's date from the time expression that dates it, completed by the year its name prints."""

from __future__ import annotations

from ..model import TimeExpr
from ..time.numerals import digit_run_value
from ..time.timeresolve import in_year
from ..time.timerules import ROC_EPOCH
from . import eventrules as rules
from .draft import Draft


def set_date(draft: Draft, expr: TimeExpr, source: str) -> None:
    draft.date_text = expr.text
    draft.date, draft.date_end = expr.value, expr.value_end
    year = _name_year(draft.title)
    month_day = not expr.value and year and expr.underspecified.startswith("UNDEF-year-")
    placed = in_year(expr, int(year)) if month_day else None
    if placed is not None and placed.value:
        # 9月26日 in an undated article, the event named 2031大河论坛: the name's year completes the day
        # (a range's end too; a day that year lacks completes nothing)
        draft.date, draft.date_end = placed.value, placed.value_end
        draft.date_source, draft.explicit = source, True
        return
    if not expr.value and year and expr.underspecified.startswith("UNDEF-day-") and not _annual(draft.title):
        # 27日 in an article that prints no month, the event named 2031年某联席会议: held that year, day unknown
        draft.date, draft.date_end = year, None
        draft.date_source, draft.explicit = source, True
        return
    draft.date_source = source if expr.value else "unresolved"
    draft.explicit = expr.anchor is None  # a full date printed in the text needs no reference year


def _annual(title: str) -> bool:
    """Whether an event's name opens with a work year (2031年度…): held after that year as often as in it."""
    return rules.pattern("annual_name").match(rules.compact(title)) is not None


def _name_year(title: str) -> str:
    """The year an event's name opens with: 2031大河论坛, or Taiwan's 120年某典礼 (year of the Republic + 1911);
    else the year after its series' name (某平台-2031年首长会议)."""
    roc = rules.pattern("roc_name_year").match(rules.compact(title))
    if roc:
        return str(int(roc.group(1)) + ROC_EPOCH)
    return rules.name_year(title) or _series_year(title)


def _series_year(title: str) -> str:
    """The year printed after a series' name and a dash (某合作平台-2031年首长会议, Taiwan's 某平台-一二〇年首长
    会议 = 2031 in the Republic's calendar, in digits or in characters): the year of the session named."""
    found = rules.pattern("series_year").search(rules.compact(title))
    value = digit_run_value(found.group(1)) if found else None
    if value is None or not (100 <= value <= 129 or 1900 <= value <= 2099):
        return ""
    return str(value + ROC_EPOCH if value < 1000 else value)
