"""Session 25, lane evdate35: events with the wrong date. Invented text only.

A bare day of the month (17日, 29日上午, 周日(5日)) still to come in the month of the page's day is that day of
the page's month when it lies nearer ahead than the same day of the month before (``calendarpoints.day_of_report``;
docs/time.md "A bare day still to come in the page's month"). Before, it was always the latest such day not after
the page: 17日下午 on a page stamped the 16th was read as the 17th of the month before.
"""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.time.calendarpoints import Point, day_of_report
from ygraph.time.timeresolve import resolve_times
from ygraph.time.timerules import extract_times

AHEAD = [  # (sentence, the page's day, the value): a bare day still to come in the page's month, nearer ahead
    ("临江农协代表大会17日下午在江城体育馆举行。", "2031-07-16", "2031-07-17"),
    ("考察团此行的重头戏是29日上午出席在江城举行的青禾论坛。", "2031-10-28", "2031-10-29"),
    ("青禾县第五次代表大会周日(5日)开幕。", "2031-03-04", "2031-03-05"),
    ("两地交流会21日在江城举行。", "2031-04-07", "2031-04-21"),
    ("人事调整于24日生效。", "2031-06-21", "2031-06-24"),
]


@pytest.mark.parametrize(("sentence", "page", "value"), AHEAD)
def test_a_bare_day_still_to_come_in_the_page_month(sentence: str, page: str, value: str) -> None:
    (expr,) = resolve_times(extract_times(sentence, 0), page)
    assert expr.value == value, expr


PAST = [  # (sentence, the page's day, the value): the past day is nearer, or the day has come: unchanged
    ("青禾县第五次代表大会31日下午闭幕。", "2031-02-01", "2031-01-31"),
    ("两地交流会18日在江城举行。", "2031-02-02", "2031-01-18"),
    ("两地交流会5日在江城举行。", "2031-02-28", "2031-02-05"),
    ("两地交流会16日在江城举行。", "2031-07-16", "2031-07-16"),
]


@pytest.mark.parametrize(("sentence", "page", "value"), PAST)
def test_a_bare_day_nearer_behind_stays_past(sentence: str, page: str, value: str) -> None:
    (expr,) = resolve_times(extract_times(sentence, 0), page)
    assert expr.value == value, expr


@pytest.mark.parametrize(
    ("day", "reference", "value"),
    [
        (17, Point(2031, 7, 16), Point(2031, 7, 17)),
        (31, Point(2031, 2, 1), Point(2031, 1, 31)),
        (31, Point(2031, 4, 20), Point(2031, 3, 31)),  # April has no 31st: the past one
        (17, Point(2031, 7), Point(2031, 7, 17)),  # a page dated by its month: its day, as before
    ],
)
def test_day_of_report(day: int, reference: Point, value: Point) -> None:
    assert day_of_report(day, reference) == value


def test_the_event_of_a_page_stamped_the_day_before() -> None:
    """A page stamped the 16th telling a gathering on the 17th: the event is dated the 17th, not a month back."""
    text = "江城新闻网 2031-07-16 22:15\n临江农协代表大会17日下午在江城体育馆举行，郑立群主持会议并讲话。"
    events = process_document(Source("t.txt", text, "utf-8")).events
    assert [e.date for e in events if "代表大会" in e.title] == ["2031-07-17"], [(e.title, e.date) for e in events]
