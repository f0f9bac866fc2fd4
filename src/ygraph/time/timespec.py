"""An underspecified time value taken apart (``UNDEF-this-year-07-END`` → base, numbers, part), and whether the
numbers it prints can name a calendar day at all."""

from __future__ import annotations

from dataclasses import dataclass

from .calendarpoints import Point, valid_day
from .timerules import meanings


@dataclass(frozen=True, slots=True)
class Spec:
    """An underspecified value taken apart: ``UNDEF-this-year-07-END`` → base, numbers, part."""

    base: str | None  # None for an explicit value ("2021-06")
    numbers: tuple[int, ...]  # explicit: year[, month[, day]]; relative: the parts the text gave
    part: str | None  # H1, Q3, START, END, DEC3, ...


def parse_spec(underspecified: str) -> Spec | None:
    """Take an underspecified value apart; ``None`` for values that are not dates (TARGET-, DURATION)."""
    undefined = underspecified.startswith("UNDEF-")
    tokens = underspecified.removeprefix("UNDEF-").split("-")
    words = [t for t in tokens if t.isalpha() and t.islower()]
    numbers = tuple(int(t) for t in tokens if t.isdigit())
    parts = [t for t in tokens if t.isupper() or (t[:1].isupper() and t[1:].isalnum())]
    if not undefined and (words or not numbers):
        return None
    return Spec("-".join(words) if undefined else None, numbers, parts[0] if parts else None)


def impossible(spec: Spec) -> bool:
    """The numbers the text prints name no calendar day in any year: 2月30日, 4月31日, 2022年2月29日."""
    if spec.base is None:
        return not Point(*spec.numbers[:3]).valid()
    if _yearly(spec.base) and spec.numbers:  # month[-day] of some year; a leap year allows 2月29日
        return not valid_day(2000, spec.numbers[0], spec.numbers[1] if len(spec.numbers) > 1 else None)
    return False


def _yearly(base: str) -> bool:
    """A base whose numbers are month[-day]: 年 without a year, 今年, 去年, 同年…"""
    meaning = meanings().relative.get(base)
    return base == "year" or (meaning is not None and meaning.unit == "year")
