"""ledeparts: what a time expression gives the search for an article's lede date (articledate.find_lede): the
full date or the month[/day] it prints, or a day of the month printed alone; that month[/day] placed in a year; a
filed dateline's bare day resolved; and whether a position lies inside quotation marks."""

from __future__ import annotations

from ..model import TimeExpr
from ..punctuation import CLOSING_QUOTES, OPENING_QUOTES
from .statedday import STATED_RULES
from .timeresolve import Point, resolve_times
from .timerules import meanings
from .timespec import Spec, impossible, parse_spec


def dated_parts(expr: TimeExpr) -> tuple[Point | None, tuple[int, int | None] | None]:
    """A full date, or the month[/day] of a date printed without its year; of a range, its last day
    (an article reporting 6月5日至6日 is written on the 6th at the earliest), but its first when a relative day
    opens it (明日(9月22日)至9月28日: the day stated). Nothing of a date that names no calendar day (2月30日)."""
    first, _, last = expr.underspecified.partition("/")
    spec, end = parse_spec(first), parse_spec(last) if last else None
    if expr.kind != "date" or spec is None or impossible(spec):
        return None, None
    numbers = list(spec.numbers)
    if expr.rule in STATED_RULES:  # 明日(9月22日)至9月28日: a relative day states the article's, not the range's end
        end = None
    if end is not None and end.base == "day" and len(numbers) >= 2:
        numbers[-1] = end.numbers[0]
    elif end is not None and end.base == "year" and spec.base == "year":
        numbers = list(end.numbers)
    if impossible(Spec(spec.base, tuple(numbers), None)):
        return None, None
    if spec.base is None and len(numbers) >= 2:
        return Point(*numbers[:3]), None
    if spec.base == "year" and numbers:
        return None, (numbers[0], numbers[1] if len(numbers) > 1 else None)
    return None, None


def bare_day(expr: TimeExpr) -> bool:
    """A day of the month printed alone (10日), outside a quotation's date words."""
    spec = parse_spec(expr.underspecified.partition("/")[0])
    return expr.kind == "date" and spec is not None and spec.base == "day" and bool(spec.numbers)


def page_day(expr: TimeExpr) -> bool:
    """A day counted from the page's own (今天, 昨天下午, 前天: a ``reference day`` word of normalization.tsv)."""
    spec = parse_spec(expr.underspecified.partition("/")[0])
    meaning = meanings().relative.get(spec.base or "") if spec is not None else None
    return expr.kind == "date" and meaning is not None and meaning.anchor == "reference" and meaning.unit == "day"


def recent_day(expr: TimeExpr) -> bool:
    """A word of a recent day (近日, 日前: the ``VAGUE-RECENT`` base of rules.tsv), a day of the page's recent past."""
    return expr.kind == "vague" and expr.underspecified == "VAGUE-RECENT"


def place_in_year(year: int, month_day: tuple[int, int | None] | None) -> Point:
    return Point(year, *month_day) if month_day else Point(year)


def nearest_to(sibling: Point, month_day: tuple[int, int | None] | None) -> Point:
    """The month/day placed in the year (sibling's year ±1) nearest to a sibling article's date."""
    if not month_day or sibling.month is None:
        return place_in_year(sibling.year, month_day)
    target = sibling.year * 12 + sibling.month
    best = min((sibling.year + d for d in (-1, 0, 1)), key=lambda y: abs(y * 12 + month_day[0] - target))
    return place_in_year(best, month_day)


def filed_on(day: TimeExpr, page: Point) -> Point:
    """The day a filed dateline prints without its month (某社台北9日电), resolved against the page's date as any
    bare day is; the page's date when it names no calendar day."""
    return Point.parse(resolve_times([day], page.iso())[0].value) or page


def quoted(text: str, position: int) -> bool:
    """Whether ``position`` lies inside quotation marks (quoted speech, history, titles of slogans)."""
    depth = 0
    for char in text[:position]:
        if char in OPENING_QUOTES and (char != '"' or depth == 0):
            depth += 1
        elif char in CLOSING_QUOTES and depth:
            depth -= 1
    return depth > 0
