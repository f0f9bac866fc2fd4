"""calendarpoints: a known date at some precision (``Point``) and the calendar choices a resolution makes
(``timeresolve``): the year or the day of the month nearest to a reference or latest not after it, a month
moved, a week's day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

# A month-day printed a little after the reference date is an announcement ("12月1日起施行" in a
# 28 November article), not last year's date; further ahead, the past year is the better reading.
FUTURE_WINDOW_DAYS = 31


@dataclass(frozen=True, slots=True)
class Point:
    """A known date at some precision (year, month, day); the anchor of a resolution."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Point | None:
        """An ISO value at its precision; ``None`` for no value or one that names no calendar day."""
        if not value:
            return None
        point = cls(*(int(p) for p in value.split("-")[:3]))
        return point if point.valid() else None

    def valid(self) -> bool:
        """A real calendar year, month and day, as far as they are given."""
        if self.month is None:
            return MINYEAR <= self.year <= MAXYEAR and self.day is None
        return valid_day(self.year, self.month, self.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def latest_day(self) -> date:
        """The last calendar day this point may stand for (2023-12 → 2023-12-31)."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


def valid_day(year: int, month: int, day: int | None) -> bool:
    if not (MINYEAR <= year <= MAXYEAR and 1 <= month <= 12):
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def nearest_year(month: int, day: int | None, reference: Point) -> int:
    """The year that puts month[-day] nearest to an event-date reference, in either direction; a
    year-only reference (an article dated by the years it prints) holds its month-days in that year."""
    if reference.month is None:
        return reference.year
    target = reference.latest_day()
    years = [y for y in (reference.year - 1, reference.year, reference.year + 1) if valid_day(y, month, day)]
    if not years:
        return year_not_after(month, day, reference)
    return min(years, key=lambda y: abs((date(y, month, day or 1) - target).days))


def year_not_after(month: int, day: int | None, reference: Point) -> int:
    """The year that puts month[-day] latest at or before the reference (within the future window)."""
    if reference.month is None:
        return reference.year
    latest = reference.latest_day()
    window = timedelta(days=FUTURE_WINDOW_DAYS if reference.day else 0)
    limit = latest + window if latest < date.max - window else date.max
    year = reference.year
    if valid_day(year, month, day) and date(year, month, day or 1) <= limit:
        return year
    year -= 1
    while not valid_day(year, month, day) and year > reference.year - 8:  # 2月29日 waits for a leap year
        year -= 1
    return year


def nearest_day(day: int, reference: Point) -> Point | None:
    """The day-of-month ``day`` nearest to an event-date reference (previous, same or next month)."""
    if reference.month is None or reference.day is None:
        return day_not_after(day, reference)
    target = date(reference.year, reference.month, reference.day)
    options = [shift_month(reference.year, reference.month, d) for d in (-1, 0, 1)]
    dates = [date(y, m, day) for y, m in options if valid_day(y, m, day)]
    return min(
        (Point(d.year, d.month, d.day) for d in dates), key=lambda p: abs((p.latest_day() - target).days)
    )


def day_not_after(day: int, reference: Point) -> Point | None:
    """The most recent day-of-month ``day`` not after the reference (needs the reference's month)."""
    if reference.month is None:
        return None
    year, month = reference.year, reference.month
    if reference.day is not None and day > reference.day:
        year, month = shift_month(year, month, -1)
    for _ in range(3):
        if valid_day(year, month, day):
            return Point(year, month, day)
        year, month = shift_month(year, month, -1)
    return None


def day_of_report(day: int, reference: Point) -> Point | None:
    """The day-of-month ``day`` as a page dated ``reference`` tells it: the most recent such day not after
    the page, unless the day is still to come in the page's own month and nearer ahead than that past one
    (17日 on a page stamped the 16th is tomorrow, not the 17th of the month before; 31日 on the 1st stays
    yesterday). A report names a day a month back by its month (上月17日), never by the day alone."""
    past = day_not_after(day, reference)
    if reference.month is None or reference.day is None or day <= reference.day:
        return past
    if not valid_day(reference.year, reference.month, day):
        return past
    target = date(reference.year, reference.month, reference.day)
    ahead = (date(reference.year, reference.month, day) - target).days
    if past is not None and (target - past.latest_day()).days <= ahead:
        return past
    return Point(reference.year, reference.month, day)


def week_point(anchor: Point, delta: int, numbers: tuple[int, ...]) -> Point | None:
    """上周五 → that day; 上周 → the month holding the whole week (the text names no day), else its year."""
    if anchor.day is None or anchor.month is None:
        return None
    reference = date(anchor.year, anchor.month, anchor.day)
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=delta)
    if numbers:
        day = monday + timedelta(days=numbers[0] - 1)
        return Point(day.year, day.month, day.day)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return Point(monday.year, monday.month)
    return Point(monday.year) if monday.year == sunday.year else None


def weekday_point(anchor: Point, weekday: int, nearest: bool) -> Point | None:
    """周一 alone: the latest Monday not after a publication date (nearest to an event date)."""
    if anchor.day is None or anchor.month is None:
        return None
    reference = date(anchor.year, anchor.month, anchor.day)
    back = (reference.isoweekday() - weekday) % 7
    day = reference - timedelta(days=back)
    if nearest and back > 3:
        day += timedelta(days=7)
    return Point(day.year, day.month, day.day)
