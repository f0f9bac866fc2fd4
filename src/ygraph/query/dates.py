"""Dates at their own precision as intervals of days: 2022 is 2022-01-01…2022-12-31, never one day."""

from __future__ import annotations

import calendar


def first_day(value: str) -> str:
    parts = value.split("-")
    return "-".join([parts[0], *(parts[1:] + ["01", "01"])[:2]])


def last_day(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        days = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{days:02d}"
    return value


def overlaps(start: str, end: str, lo: str | None, hi: str | None) -> bool:
    """Does ``[start, end]`` (ISO dates at any precision) meet ``[lo, hi]`` (either side open)?"""
    return (lo is None or last_day(end) >= first_day(lo)) and (hi is None or first_day(start) <= last_day(hi))
