"""Lane evrec31: event recall by general mechanisms, not by one more act word (docs/events.md, "Gatherings
told past the lede on the report's day").

Every page is invented. Each row of the positive table fails without its change; the near misses show what
the change leaves alone.
"""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

# a gathering printed by its name past the lede, with no time word of its own, in a report dated to a day
REPORT_DAY = [
    (
        "江城日报2031年5月8日讯 江城市委书记柴思雨一行到松岩县调研。调研结束后，临江合作推介会在松岩县举行，柴思雨出席。",
        "临江合作推介会",
        "2031-05-08",
    ),
    (
        "江城日报2031年5月8日讯 江城市委书记柴思雨一行到松岩县调研。临江合作推介会上，两地签署了合作协议。",
        "临江合作推介会",
        "2031-05-08",
    ),
]

# the month is kept when the report is told as recent (近日，…), when the sentence prints a habit (每天上午), when
# someone speaks before the gathering, or when it is placed at another occasion (在某县的会议上)
KEEPS_MONTH = [
    (
        "江城日报2031年5月8日讯 江城市委书记柴思雨一行到松岩县调研。考察团每天上午出席临江合作推介会。",
        "临江合作推介会",
        "2031-05",
    ),
    (
        "江城日报2031年5月8日讯 江城市委书记柴思雨一行到松岩县调研。柴思雨表示，临江合作推介会在松岩县举行。",
        "临江合作推介会",
        "2031-05",
    ),
    (
        "江城日报2031年5月8日讯 江城市委书记柴思雨一行到松岩县调研。在青禾县的会议上，两地举行了临江合作推介会。",
        "临江合作推介会",
        "2031-05",
    ),
    (
        "江城日报2031年5月18日讯 近日，江城市委书记柴思雨一行到松岩县调研。调研结束后，临江合作推介会在松岩县举行，柴思雨出席。",
        "临江合作推介会",
        "2031-05",
    ),
]


def _date_of(text: str, title: str) -> str | None:
    events = process_document(Source("t.txt", text, "utf-8")).events
    return next(e.date for e in events if e.title == title)


@pytest.mark.parametrize(("text", "title", "day"), REPORT_DAY)
def test_a_gathering_named_past_the_lede_takes_the_reports_day(text: str, title: str, day: str) -> None:
    assert _date_of(text, title) == day


@pytest.mark.parametrize(("text", "title", "month"), KEEPS_MONTH)
def test_a_report_told_as_recent_keeps_the_month(text: str, title: str, month: str) -> None:
    assert _date_of(text, title) == month
