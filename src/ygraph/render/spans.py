"""Dates of any precision as the days they cover: ``2020`` is a year, ``2020-08`` a month, a range its days.

The pages place items on a time axis by day numbers (days since 1970-01-01, end exclusive); the spreadsheets
get the first and last day as full ISO dates, so rows of mixed precision sort as one type of value.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

EPOCH = date(1970, 1, 1).toordinal()
UNDATED = "日期不详"
# A corpus prints a few thousand distinct dates, read tens of thousands of times by the writers: the pure
# functions below remember their last answers (immutable values only).
_MEMO = 1 << 14


@lru_cache(maxsize=_MEMO)
def display_date(value: str | None) -> str:
    """A date at the precision it is known: 2020 → 2020年, 2020-08 → 2020年8月, never an invented day."""
    if not value:
        return UNDATED
    parts = [int(p) for p in value.split("-")]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, ("年", "月", "日"), strict=False))


def display_span(start: str | None, end: str | None) -> str:
    if end and end != start:
        return f"{display_date(start)}至{display_date(end)}"
    return display_date(start)


@lru_cache(maxsize=_MEMO)
def first_day(value: str) -> date | None:
    """The first day ``value`` covers: ``2020-08`` → 2020-08-01; ``None`` for an empty or malformed date."""
    try:
        parts = [int(p) for p in value.split("-")][:3]
        return date(parts[0], *(parts[1:] + [1, 1])[:2])
    except (ValueError, IndexError):
        return None


def last_day(value: str) -> date | None:
    """The last day ``value`` covers: ``2020`` → 2020-12-31, ``2020-02`` → 2020-02-29."""
    start = first_day(value)
    if start is None:
        return None
    precision = value.count("-")
    if precision >= 2:
        return start
    if precision == 1:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start.replace(month=12, day=31)


@lru_cache(maxsize=_MEMO)
def iso_span(start: str | None, end: str | None = None) -> tuple[str, str]:
    """First and last day as ``YYYY-MM-DD`` (``("", "")`` when undated); ``end`` closes a range."""
    first = first_day(start or "")
    last = last_day(end or start or "") if first else None
    if first is None or last is None or last < first:
        last = last_day(start or "") if first else None
    return (first.isoformat(), last.isoformat()) if first and last else ("", "")


@lru_cache(maxsize=_MEMO)
def day_span(start: str | None, end: str | None = None) -> tuple[int, int] | None:
    """Day numbers ``[first, last + 1)`` of a date or range, ``None`` when undated."""
    first, last = iso_span(start, end)
    if not first:
        return None
    return date.fromisoformat(first).toordinal() - EPOCH, date.fromisoformat(last).toordinal() - EPOCH + 1


def merge_spans(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Overlapping or touching day spans joined, in order (a compact ``when`` for the page's date filter)."""
    merged: list[list[int]] = []
    for first, end in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([first, end])
    return merged
