"""Two dating classes of session 31 (invented text, invented names).

- A headline's 昨日 over a lede that prints the day (开幕式昨日在某市举行 / 11月4日上午…) on a page stamped the day
  after: the article's reference is the lede's day, but the day words were written on the page's day
  (time/statedday.page_today); a repost stamped days later keeps the lede's reading.
- A chronicle's paragraph (2029年，某区…。9月13日，…) on a page of a later year: a month-day without its year that
  would fall months back in a year the text never printed belongs to the year printed before it
  (timeresolve._out_of_frame); a day close before the page's date keeps the page's year.
- A schedule told ahead of the page (page of 6月28日: 7月4日搭机前往…5日上午出席…): a bare day not smaller than the
  day printed last goes on in that day's month (timeresolve._behind_schedule).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.pipeline import Source
from ygraph.text import clean, segment
from ygraph.time import temporal

_HEADED = "江城书画周开幕式昨日在北岸市举行\n时间:2031-11-05 09:12 来源:江城日报\n11月4日上午，江城书画周开幕式在北岸市举行。市长周立新出席。"


def _dates(text: str, day: str | None = None) -> list[str | None]:
    return sorted({e.date for e in facts(text, day).events if e.date})


def test_a_headline_yesterday_names_the_lede_day() -> None:
    assert _dates(_HEADED, None) == ["2031-11-04"]


def test_a_repost_stamped_days_later_keeps_the_lede_day() -> None:
    text = _HEADED.replace("2031-11-05", "2031-11-09")
    assert "2031-11-08" not in _dates(text, None)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "2029年，东港区商务局推进区企合作。9月13日，东港区政府与海岳集团签署战略合作协议。区长吴嘉禾出席签约仪式。",
            "2031-04-20",
            "2029-09-13",
            id="chronicle-year",
        ),
        pytest.param(
            "2030年，东港区商务局推进区企合作。3月30日，东港区政府与海岳集团签署战略合作协议。区长吴嘉禾出席签约仪式。",
            "2031-04-20",
            "2031-03-30",
            id="close-day-keeps-the-page-year",
        ),
        pytest.param(
            "9月13日，东港区政府与海岳集团签署战略合作协议。区长吴嘉禾出席签约仪式。",
            "2031-04-20",
            "2030-09-13",
            id="no-year-printed",
        ),
    ],
)
def test_a_printed_year_frames_a_later_month_day(text: str, day: str, expected: str) -> None:
    assert expected in _dates(text, day)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param("5日上午出席开幕式。", "2031-07-05", id="schedule-goes-on"),
        pytest.param("2日上午出席开幕式。", "2031-06-02", id="smaller-day-keeps-the-page-month"),
    ],
)
def test_a_schedule_told_ahead_keeps_its_month(tail: str, expected: str) -> None:
    text = "新华社江城6月28日电 江城市长周立新将率团访问北岸市。7月4日早上搭机前往北岸市，" + tail
    source = Source("a.txt", text, "utf-8", user_date="2031-06-28")
    doc = temporal.date_document(segment.segment(clean.clean(source)), {})
    values = [t.value for a in doc.articles for t in a.times]
    assert expected in values
