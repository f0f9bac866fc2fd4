"""Session 22, lane evrec32: event dates by general mechanisms. Invented text only.

1. A gathering printed by its name that the body tells past the lede with no time word of its own takes the
   report's day, not only its month (events/toldday.py; docs/events.md).
2. A day told relative to a page dated only by its year or month (昨日上午, 21日, 周五) takes the period the page
   supports instead of staying unresolved (time/timeresolve.py ``_within_period``; docs/time.md).
"""

from __future__ import annotations

import pytest

from pipeline_probe import month_filter_off
from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text.clean import clean
from ygraph.text.segment import segment
from ygraph.time.temporal import date_document
from ygraph.time.timeresolve import resolve_times
from ygraph.time.timerules import extract_times

DAY = "2031-04-16"
HEAD = "江城日报 2031年4月16日\n"
TOUR = "临江省考察团抵达江城，开展经贸交流。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。团员们对港区发展印象深刻。"


def _dates(text: str, user_date: str | None = None) -> dict[str, str | None]:
    doc = Source("t.txt", text, "utf-8", user_date=user_date)
    return {e.title: e.date for e in process_document(doc).events}


TOLD = [  # (tail after the tour, the gathering): told past the lede, no time word → the report's day
    ("青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会"),
    ("考察团出席了江城市政府举办的欢迎晚宴。", "欢迎晚宴"),
    ("钱小禾随即主持召开青禾港区招商推介会，并安排在本月20日举行签约仪式。", "青禾港区招商推介会"),
    ("江城市商务局举行了港区合作洽谈会。", "港区合作洽谈会"),
]


@pytest.mark.parametrize(("tail", "title"), TOLD)
def test_a_gathering_told_past_the_lede_takes_the_report_day(tail: str, title: str) -> None:
    dates = _dates(HEAD + TOUR + tail)
    assert dates.get(title) == DAY, dates


NOT_TOLD = [  # (tail, the gathering): placed against another happening, a speaker's, a habit or a frame → no report's
    # day; left at the month of a report dated to the day, no event since session 24 (evprec34, events/monthonly.py)
    ("钱小禾说，青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会"),
    ("考察结束之后，青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会"),
    ("春节前，青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会"),
    ("在港区的揭牌仪式上，青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会"),
    ("考察团每晚出席江城市政府举办的欢迎晚宴。", "欢迎晚宴"),
    ("考察团在江城市政府举办的欢迎晚宴上品尝了特色菜。", "欢迎晚宴"),
]


@pytest.mark.parametrize(("tail", "title"), NOT_TOLD)
def test_a_gathering_placed_against_another_keeps_the_month(
    tail: str, title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dates = _dates(HEAD + TOUR + tail)
    assert title not in dates, dates  # left at the month of a report dated to the day: no event (monthonly)
    month_filter_off(monkeypatch)
    dates = _dates(HEAD + TOUR + tail)
    assert dates.get(title) == "2031-04", dates  # the month the dating code gives it, not the report's day


def test_a_report_told_as_recent_keeps_its_period() -> None:
    text = "江城日报 2031年4月16日\n近日，临江省考察团抵达江城，开展经贸交流。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。团员们对港区发展印象深刻。青禾县经贸座谈会在县政府召开。"
    assert _dates(text).get("青禾县经贸座谈会") != DAY


def test_the_lede_own_day_when_the_page_is_later() -> None:
    """A page dated the 16th whose lede tells its report on the 15th (昨天): the report's day is the 15th."""
    text = HEAD + "临江省考察团昨天抵达江城，开展经贸交流。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。团员们对港区发展印象深刻。青禾县经贸座谈会在县政府召开。"
    assert _dates(text).get("青禾县经贸座谈会") == "2031-04-15"


COARSE = [  # (text, the page's date, the value): a day relative to a page dated by a year or a month
    ("昨日上午，青禾县第五次代表大会开幕。", "2031", "2031"),
    ("21日上午，江海合作论坛在青禾开幕。", "2031", "2031"),
    ("周五，江海合作论坛在青禾开幕。", "2031", "2031"),
    ("今(18)日上午，林晓峰会见柴思雨。", "2031", "2031"),
    ("一行人昨拜会青禾县长林晓峰。", "2031-05", "2031-05"),
    ("今天，江海合作论坛在青禾开幕。", "2031-05", "2031-05"),
]


@pytest.mark.parametrize(("text", "reference", "value"), COARSE)
def test_a_relative_day_takes_the_period_the_page_supports(text: str, reference: str, value: str) -> None:
    first = resolve_times(extract_times(text), reference)[0]
    assert first.value == value


NOT_COARSE = [  # (text, the page's date, the value): moves by months or weeks may leave the page's period
    ("上月28日，江海合作论坛在青禾开幕。", "2031"),
    ("下周，江海合作论坛将在青禾开幕。", "2031"),
]


@pytest.mark.parametrize(("text", "reference"), NOT_COARSE)
def test_a_move_by_months_or_weeks_stays_unresolved(text: str, reference: str) -> None:
    assert resolve_times(extract_times(text), reference)[0].value is None


def test_a_bare_day_in_a_page_dated_by_its_month_keeps_its_day() -> None:
    assert resolve_times(extract_times("21日上午，江海合作论坛在青禾开幕。"), "2031-05")[0].value == "2031-05-21"


def test_an_event_of_a_page_dated_by_its_year_is_dated() -> None:
    dates = _dates("青禾在线 2031年\n林晓峰致辞。\n\n江海合作论坛21日上午在青禾开幕，林晓峰出席并致辞。", "2031")
    assert dates.get("江海合作论坛") == "2031", dates


NAME_YEAR = [  # (text, the gathering, its date): no year printed with a date, the lede's name prints its edition's
    ("江城日报讯 由临江省政府主办的2031江海合作论坛，6月8日在江城开幕。自2029年以来，论坛已举办三届。", "2031江海合作论坛", "2031-06-08"),
    ("“2031临江·江城合作伙伴行动”开幕式暨签约仪式6月8日在江城举行。林晓峰表示，自2028年起两地合作不断深化。", "2031临江·江城合作伙伴行动开幕式暨签约仪式", "2031-06-08"),
]


@pytest.mark.parametrize(("text", "title", "date"), NAME_YEAR)
def test_the_edition_year_of_the_lede_name_dates_the_report(text: str, title: str, date: str) -> None:
    dates = _dates(text)
    assert any(d == date for t, d in dates.items() if title in t or t in title), dates
    assert _article_dates(text)[0] == date


def _article_dates(text: str) -> list[str | None]:
    doc = date_document(segment(clean(Source("t.txt", text, "utf-8"))), {})
    return [a.date for a in doc.articles]


NOT_NAME_YEAR = [  # a count, a year with 年, a name later than the lede: no edition year of the lede
    "江城日报讯 临江江海合作论坛6月8日在江城开幕，2031人参加。自2029年以来，论坛已举办三届。",
    "江城日报讯 临江江海合作论坛6月8日在江城开幕。论坛已举办三届。2031江海青年论坛将同期举行。",
]


@pytest.mark.parametrize("text", NOT_NAME_YEAR)
def test_no_edition_year_no_2031(text: str) -> None:
    assert not any((d or "").startswith("2031") for d in _dates(text).values())
