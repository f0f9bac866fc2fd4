"""Dates at their own precision as intervals of days (``model.date_interval``): 2022 is 2022-01-01…2022-12-31."""

from __future__ import annotations

from ..model import date_interval


def first_day(value: str) -> str:
    return date_interval(value)[0]


def last_day(value: str) -> str:
    return date_interval(value)[1]


def overlaps(start: str, end: str, lo: str | None, hi: str | None) -> bool:
    """Does ``[start, end]`` (ISO dates at any precision) meet ``[lo, hi]`` (either side open)?"""
    return (lo is None or last_day(end) >= first_day(lo)) and (hi is None or first_day(start) <= last_day(hi))
