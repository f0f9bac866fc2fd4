"""Resolution of underspecified time values (HeidelTime style) against a reference or a narrative anchor.

News style: ``UNDEF-this-year-09``, ``UNDEF-year-11-30``, ``UNDEF-day-30`` against the article's reference
date. Narrative style: ``UNDEF-same-year-07`` (同年7月), ``UNDEF-following-day`` (次日) against the last date
mentioned before them. Nothing is ever filled from the build date: without the parts it needs, a value
stays ``None``. A value that names no calendar day (2月30日, 2022年2月29日, 明天 after 9999-12-31) never raises:
it stays ``None`` with precision ``impossible`` (warning W013).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import MAXYEAR, date, timedelta

from ..lexicons import cached
from ..model import TimeExpr, precision_of
from .calendarpoints import (
    Point,
    day_of_report,
    nearest_day,
    nearest_year,
    shift_month,
    week_point,
    weekday_point,
    year_not_after,
)
from .timerules import Relative, expand, meanings
from .timespec import Spec, impossible, parse_spec

_NARRATIVE_COUNTS = {"months-later": "month"}  # a count after the last date the story printed at that precision


def _moved(meaning: Relative, anchor: Point, numbers: tuple[int, ...]) -> Point | None:
    """A relative word's point: the anchor moved by its offset in its unit, then the printed parts."""
    if meaning.unit == "year":
        return Point(anchor.year + meaning.offset, *numbers[:2])
    if anchor.month is None:
        return None
    if meaning.unit == "month":
        return Point(*shift_month(anchor.year, anchor.month, meaning.offset), *numbers[:1])
    if meaning.unit == "week":
        return week_point(anchor, meaning.offset, numbers)
    if anchor.day is None:
        # 今(2)日 against a page dated to its month only: the day it prints, of that month (another offset's
        # printed day could lie in the month before)
        return Point(anchor.year, anchor.month, numbers[0]) if numbers and meaning.offset == 0 else None
    moved = date(anchor.year, anchor.month, anchor.day) + timedelta(days=meaning.offset)
    point = Point(moved.year, moved.month, moved.day)
    # 今(18)日 printed against a reference two days off: the printed day, nearest the word's day, wins
    return nearest_day(numbers[0], point) if numbers and numbers[0] != moved.day else point


def _relative(spec: Spec, anchor: Point, nearest: bool = False) -> Point | None:
    """A value relative to ``anchor`` (reference or narrative) from the base word and the printed parts."""
    base, numbers = spec.base or "", spec.numbers
    meaning = meanings().relative.get(base)
    if meaning is not None:
        return _moved(meaning, anchor, numbers)
    if base == "months-later" and numbers and numbers[0] and anchor.month is not None:  # 4个月后: that month
        return Point(*shift_month(anchor.year, anchor.month, numbers[0]))
    if base == "years-ago" and numbers:  # 45年前: the anchor's year less the number, a year
        return Point(anchor.year - numbers[0])
    if base == "weekday" and numbers:
        return weekday_point(anchor, numbers[0], nearest)
    if base == "year" and numbers:
        choose_year = nearest_year if nearest else year_not_after
        return Point(choose_year(numbers[0], numbers[1] if len(numbers) > 1 else None, anchor), *numbers[:2])
    if base == "day" and numbers:
        return (nearest_day if nearest else day_of_report)(numbers[0], anchor)
    return None


def _forward(spec: Spec, start: Point) -> Point | None:
    """The end of a range, read forward from its start (6月5日至6日, 11月30日至12月2日)."""
    if spec.base == "day" and spec.numbers and start.month is not None:
        year, month = start.year, start.month
        if start.day is not None and spec.numbers[0] < start.day:
            year, month = shift_month(year, month, 1)
        return Point(year, month, spec.numbers[0])
    if spec.base == "year" and spec.numbers:
        month = spec.numbers[0]
        year = start.year + (1 if start.month is not None and month < start.month else 0)
        return Point(year, *spec.numbers[:2])
    return None


def _interval(point: Point, part: str | None) -> tuple[str, str | None, str] | None:
    """ISO value, end and precision of a point with an optional year or month part."""
    if not point.valid():
        return None
    if part is None:
        return point.iso(), None, precision_of(point.iso())
    meaning = meanings().parts.get(part)
    unit = meaning.unit if meaning else "-"
    if point.month is None and unit == "months":
        return Point(point.year, meaning.first).iso(), Point(point.year, meaning.last).iso(), "month"
    if point.month is not None and point.day is None and unit == "days":
        last = min(meaning.last, calendar.monthrange(point.year, point.month)[1])
        first = Point(point.year, point.month, meaning.first)
        return first.iso(), Point(point.year, point.month, last).iso(), "day"
    if unit == "after" and point.month is not None and point.day is not None:
        end = date(point.year, point.month, point.day) + timedelta(days=meaning.last)
        return point.iso(), end.isoformat(), "day"
    # 年初/年中/年底, 月初/月底: the text does not say which days; keep the precision it supports
    return point.iso(), None, precision_of(point.iso())


def _point(
    spec: Spec, reference: Point | None, narrative: Point | None, nearest: bool, coarse: bool
) -> tuple[Point | None, str | None]:
    if spec.base is None:
        return Point(*spec.numbers[:3]), None
    meaning = meanings().relative.get(spec.base)
    if meaning is not None and meaning.anchor == "narrative" and narrative is not None:
        return _relative(spec, narrative), f"narrative:{narrative.iso()}"
    if spec.base in _NARRATIVE_COUNTS:  # 4个月后: after the story's last month, never the page's (no guess)
        return (_relative(spec, narrative), f"narrative:{narrative.iso()}") if narrative else (None, None)
    # a narrative cue before any date (当天 in a lede) refers to the article's own date
    if reference is None:
        return None, None
    point = _relative(spec, reference, nearest)
    if point is None and coarse and _within_period(spec, reference):
        point = reference  # 昨日上午 in a page dated only 2031: that year, the precision the page supports
    return point, f"reference:{reference.iso()}"


def _within_period(spec: Spec, reference: Point) -> bool:
    """Whether a day told relative to a reference coarser than a day (a year, a month: a page dated by its
    year alone) lies in the reference's own period as far as the page can say: a day word (今天, 昨日, 今(18)日),
    a bare day (21日) or a weekday (周五), never a move by months or weeks (上月28日, 下周) that may leave it."""
    if reference.day is not None:
        return False
    meaning = meanings().relative.get(spec.base or "")
    if meaning is not None:
        return meaning.anchor == "reference" and meaning.unit == "day"
    return spec.base in ("day", "weekday") and bool(spec.numbers)


def resolve_one(
    expr: TimeExpr, reference: Point | None, narrative: Point | None, nearest: bool = False, coarse: bool = True
) -> TimeExpr:
    """Fill ``value``/``value_end``/``precision``/``anchor`` of one date expression (others unchanged).

    A value that names no calendar day gets precision ``impossible`` and no value, never an exception. With
    ``coarse`` (the default, as in ``resolve_times``), a day told relative to a reference coarser than a day
    takes the reference's period (``_within_period``).
    """
    if expr.kind != "date":
        return expr
    first, _, second = expr.underspecified.partition("/")
    spec = parse_spec(first)
    if spec is None:
        return _unresolved(expr, "none")
    if impossible(spec):
        return _unresolved(expr, "impossible")
    try:
        point, anchor = _point(spec, reference, narrative, nearest, coarse)
        resolved = _interval(point, spec.part) if point else None
        end = _range_end(second, point) if resolved and second else None
    except OverflowError:  # a reference at the edge of the calendar (0001-01-01 and 昨天)
        return _unresolved(expr, "impossible")
    if resolved is None:
        return _unresolved(expr, "impossible" if point else "none")
    value, value_end, precision = resolved
    if second:  # a range: its end as printed (None if it names no day)
        value_end = end
    return replace(expr, value=value, value_end=value_end, precision=precision, anchor=anchor)


def in_year(expr: TimeExpr, year: int) -> TimeExpr:
    """A month-day printed without a year (``UNDEF-year-…``) placed in ``year`` (a name's own year): value
    and range end as :func:`resolve_one` gives them, no value when that year lacks the day (2月29日)."""
    first, slash, second = expr.underspecified.partition("/")
    explicit = f"{year:04d}{first.removeprefix('UNDEF-year')}{slash}{second}"
    return resolve_one(replace(expr, underspecified=explicit), None, None)


def _unresolved(expr: TimeExpr, precision: str) -> TimeExpr:
    return replace(expr, value=None, value_end=None, precision=precision, anchor=None)


def _range_end(second: str, start: Point) -> str | None:
    """The last day (month, year) of a range whose start is ``start``: 6月5日至6日 → its 6th."""
    end_spec = parse_spec(second)
    if end_spec is None:
        return None
    end_point = _forward(end_spec, start) if end_spec.base else Point(*end_spec.numbers[:3])
    end = _interval(end_point, end_spec.part) if end_point else None
    return (end[1] or end[0]) if end else None


def resolve_times(
    exprs: Iterable[TimeExpr],
    reference: str | None,
    narrative: str | None = None,
    *,
    event_reference: bool = False,
    nearest_at: frozenset[int] = frozenset(),
    stamps: frozenset[int] = frozenset(),
    coarse: bool = True,
    framed_at: frozenset[int] = frozenset(),
    after_date_at: frozenset[int] = frozenset(),
) -> list[TimeExpr]:
    """Resolve expressions in text order: news style against ``reference``, narrative cues against the
    last date resolved before them (or ``narrative``, the date the story starts from, if given).

    ``reference`` is a publication date (a dateline, the user's date): a month-day or a day without more
    is the latest such date not after it. With ``event_reference`` it is only the date of the article's
    first event (no dateline date), which the publication follows: the nearest such date is taken. So is it
    for the expressions starting at ``nearest_at`` (sentences stating a plan: 19日将出席). The page's own
    stamps (the expressions starting at ``stamps``) are no day of the story: no cue refers to them.
    ``coarse`` (the default) lets a day told relative to a reference coarser than a day take
    the reference's period; the caller turns it off when that reference is no page's date (a work year).
    The expressions at ``framed_at`` take the year printed before them in their sentence; a cue at ``after_date_at``
    (29日上午…，当天下午: a date before it in its sentence) the last date printed, reached by the story or not."""
    reference_point = Point.parse(reference)
    start = Point.parse(narrative)
    last = {"year": start, "month": start, "day": start}  # the last date printed at each precision
    told = dict(last)  # ... leaving out dates the story has not reached (a schedule: 3月5日开幕)
    horizon = _horizon(reference_point, event_reference)
    reached = start is not None and start.day is not None  # a day the story has reached was printed
    resolved = []
    weekdays: dict[int, Point] = {}  # the days printed with their weekday (本月25日(周日)), by weekday
    framed: int | None = None  # the year of the last date printed with its year (2030年，…)
    printed_day: Point | None = None  # the last day printed with its month (7月3日), a schedule's
    schedule: dict[int, Point] = {}  # the days printed with their month ahead of the page, by their number
    writers_today: Point | None = None  # the page's day as its writer counts it: 昨(15)日 on a page of the 15th
    for expr in exprs:
        spec = parse_spec(expr.underspecified.partition("/")[0])
        nearest = event_reference or expr.start in nearest_at
        anchors = last if expr.start in nearest_at or expr.start in after_date_at else told  # a plan's 当天 too
        retold = _weekday_told(expr, spec, weekdays)  # a day the story has named: its next cues refer to it
        today = writers_today if writers_today and spec and spec.base == "yesterday" and not spec.numbers else None
        done = retold or resolve_one(expr, today or reference_point, anchors[_cue_precision(spec)], nearest, coarse)
        writers_today = _writers_today(spec, done, reference_point) or writers_today
        if not nearest and not retold:  # a chronicle's year, a schedule's month: the story's frame
            frame = (framed, printed_day, schedule)
            done = _story_frame(expr, done, spec, reference_point, frame, expr.start in framed_at)
        point = Point.parse(done.value) if done.kind == "date" and done.value else None
        if point is not None and point.day is not None and _names_weekday(expr):
            weekdays[_first_day(point).isoweekday()] = point
        if point is not None and expr.start not in stamps:
            framed = point.year if spec is not None and spec.base is None else framed
            printed_day = point if _month_printed(spec) and point.day is not None else printed_day
            printed_day = point if _retold_day(spec, point, schedule) else printed_day
            if _month_printed(spec) and point.day is not None and _ahead(point, reference_point):
                schedule[point.day] = point
            _remember(last, point)
            within = horizon is None or _first_day(point) <= horizon
            # a story told ahead of its days (将于9月26日访问某地…翌日…) has no reached day: its days are told
            reached = reached and retold is None  # back at a day told ahead of the page: the story runs ahead
            if within or not reached:
                _remember(told, point)
            reached = reached or (within and point.day is not None)
        resolved.append(done)
    return resolved


def _writers_today(spec: Spec | None, done: TimeExpr, reference: Point | None) -> Point | None:
    """The day a writer counts 昨 from when a 昨 printed with its day names another day than the page's yesterday
    (昨(十五)日 on a page stamped the 15th): the day after that day, for the bare 昨日 of the same story; None else."""
    point = Point.parse(done.value) if done.value else None
    if not (spec and spec.base == "yesterday" and spec.numbers and point and point.day and reference and reference.day):
        return None
    after = _first_day(point) + timedelta(days=1)
    return None if after == _first_day(reference) else Point(after.year, after.month, after.day)


def _story_frame(
    expr: TimeExpr, done: TimeExpr, spec: Spec | None, reference: Point | None,
    frame: tuple[int | None, Point | None, dict[int, Point]], in_sentence: bool = False,
) -> TimeExpr:
    """``done`` placed in the year the story printed before it (``_out_of_frame``) or in the month of a schedule told
    ahead of the page (``_behind_schedule``); ``done`` itself otherwise. ``frame``: the last year printed with a
    date, the last day printed with its month, the schedule's days printed with their month by number;
    ``in_sentence``: that year was printed in the expression's sentence."""
    framed, printed_day, schedule = frame
    first = expr.underspecified.partition("/")[0]
    if framed is not None and (in_sentence or _out_of_frame(done, spec, reference, framed)):
        return _pinned(expr, f"{framed:04d}{first.removeprefix('UNDEF-year')}", f"{framed:04d}") or done
    if printed_day is not None and spec is not None and _behind_schedule(done, spec, reference, printed_day):
        # a schedule told twice (4月26日启程…5月3日返回; 26日启程…29日…): a day it printed with its month is that day
        printed_day = schedule.get(spec.numbers[0], printed_day)
        month = f"{printed_day.year:04d}-{printed_day.month or 0:02d}"
        day = f"-{spec.numbers[0]:02d}" + (f"-{spec.part}" if spec.part else "")
        return _pinned(expr, month + day, printed_day.iso()) or done
    return done


def _pinned(expr: TimeExpr, explicit: str, anchor: str) -> TimeExpr | None:
    """``expr`` resolved as the explicit value ``explicit`` (its range end read forward from it), keeping its
    underspecified form and naming the narrative anchor; None when that value names no calendar day."""
    _, slash, second = expr.underspecified.partition("/")
    done = resolve_one(replace(expr, underspecified=explicit + slash + second), None, None)
    if done.value is None:
        return None
    return replace(done, underspecified=expr.underspecified, anchor=f"narrative:{anchor}")


def _behind_schedule(done: TimeExpr, spec: Spec, reference: Point | None, last_day: Point) -> bool:
    """A bare day (4日) that the page's date puts before the day printed last with its month, when that day lies
    after the page's date (a schedule told ahead: 7月3日搭机前往…4日上午出席开幕式 on a page of 6月28日) and the bare
    day's number is not smaller: the schedule goes on in its month, it does not jump back to the page's."""
    if spec.base != "day" or not spec.numbers or not done.value or last_day.day is None:
        return False
    return _ahead(last_day, reference) and spec.numbers[0] >= last_day.day and done.value < last_day.iso()


def _ahead(point: Point, reference: Point | None) -> bool:
    return reference is not None and reference.day is not None and _first_day(point) > _first_day(reference)


def _retold_day(spec: Spec | None, point: Point, schedule: dict[int, Point]) -> bool:
    """A bare day placed on a day the schedule printed with its month: the schedule is told again from there."""
    return spec is not None and spec.base == "day" and point.day is not None and schedule.get(point.day) == point


def _month_printed(spec: Spec | None) -> bool:
    """A day printed with its month (7月3日, 2030年7月3日), never a bare day or a day word (明(1)日)."""
    return spec is not None and (spec.base is None or spec.base == "year") and len(spec.numbers) >= 2


FRAME_GAP_DAYS = 92  # a month-day further back than this from the page's date is no news of its days


def _out_of_frame(done: TimeExpr, spec: Spec | None, reference: Point | None, framed: int) -> bool:
    """A month-day printed without its year (9月13日) that, taken latest before the page's date, falls months back
    in a year the text never printed, after the text printed an earlier year (a chronicle's 2030年，…9月13日…
    on a page of 2032-04): the day belongs to the printed year, not to the year before the page's."""
    if spec is None or spec.base != "year" or len(spec.numbers) < 2 or not done.value or reference is None:
        return False
    point = Point.parse(done.value)
    if point is None or reference.day is None or not framed < point.year < reference.year:
        return False
    return (_first_day(reference) - _first_day(point)).days > FRAME_GAP_DAYS


def _weekday_told(expr: TimeExpr, spec: Spec | None, weekdays: dict[int, Point]) -> TimeExpr | None:
    """A bare weekday (周日前往某地) after a day printed with that weekday beside it (本月25日(周日)): that day,
    the story's, not the weekday before the reference; None otherwise."""
    if spec is None or spec.base != "weekday" or not spec.numbers or spec.numbers[0] not in weekdays:
        return None
    told = weekdays[spec.numbers[0]]
    return replace(expr, value=told.iso(), value_end=None, precision="day", anchor=f"narrative:{told.iso()}")


@cached
def _weekday_aside() -> re.Pattern[str]:
    return re.compile(expand("{weekaside}"))  # time/patterns.tsv: a weekday in brackets beside a date


def _names_weekday(expr: TimeExpr) -> bool:
    """Whether a date expression prints its weekday beside it (本月25日(周日), 星期四(3月4日))."""
    both = expr.rule.startswith("weekday_")  # weekday_md, weekday_d (time/rules.tsv)
    return both or any(m.group() for m in _weekday_aside().finditer(expr.text))


SCHEDULE_DAYS = 14  # past an article's own event by more than this, a date is a schedule, not the story's day


def _horizon(reference: Point | None, event_reference: bool) -> date | None:
    """The last day a report can have reached: its publication day, or some days after its first event
    (``event_reference``); None without a day-precision reference."""
    if reference is None or reference.day is None:
        return None
    day = reference.latest_day()
    return day + timedelta(days=SCHEDULE_DAYS) if event_reference and day.year < MAXYEAR else day


def _first_day(point: Point) -> date:
    return date(point.year, point.month or 1, point.day or 1)


def _remember(last: dict[str, Point | None], point: Point) -> None:
    last["year"] = point
    last["month"] = point if point.month is not None else last["month"]
    last["day"] = point if point.day is not None else last["day"]


def _cue_precision(spec: Spec | None) -> str:
    """当天/次日 refer to the last day printed, 同月 to the last month (2030年度… in between is a topic)."""
    if spec is not None and spec.base in _NARRATIVE_COUNTS:
        return _NARRATIVE_COUNTS[spec.base]
    meaning = meanings().relative.get(spec.base or "") if spec else None
    if meaning is None or meaning.anchor != "narrative":
        return "year"
    return meaning.unit if meaning.unit in ("day", "month") else "year"
