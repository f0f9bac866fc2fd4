"""A page's first date after its publication date names a plan, not the day it reports (time/temporal.py).

Invented text only. The user gives the publication date (a manifest, the page's address); the lede
announces what will happen on a later day: the article stays dated by its publication.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.model import Source
from ygraph.pipeline import process_document

PLANS = [
    (
        "2031-07-04",
        "行政长官林晓峰今日(4日)出席行政会议前见记者时透露，明日(5日)将率领代表团前往江城，"
        "出席7月7日举行的2031年江城区域合作联席会议。",
    ),
    (
        "2031-07-04",
        "行政長官林曉峰今日(4日)出席行政會議前見記者時透露，明日(5日)將率領代表團前往江城，"
        "出席7月7日舉行的2031年江城區域合作聯席會議。",
    ),
    (
        "2031-04-25",
        "政府今日宣布，现任江城市政府秘书长龚明远将于2031年5月14日出任江城市交通局局长，接替将于同日退休的柴思雨。",
    ),
    (
        "2031-04-25",
        "政府今日宣布，現任江城市政府秘書長龔明遠將於2031年5月14日出任江城市交通局局長，接替將於同日退休的柴思雨。",
    ),
]


@pytest.mark.parametrize(("day", "text"), PLANS)
def test_a_planned_day_in_the_lede_does_not_date_the_article(day: str, text: str) -> None:
    assert [a.date for a in facts(text, day).document.articles] == [day]


@pytest.mark.parametrize(
    ("day", "text", "dated"),
    [
        (  # a dateline is filed on its own day: it stands even after the given date
            "2031-07-03",
            "新华社江城7月4日电 江城市委常委会昨日召开会议。",
            "2031-07-04",
        ),
        (  # a lede's day before the publication date is the day it reports
            "2031-07-04",
            "7月2日，江城市委常委会召开会议。",
            "2031-07-02",
        ),
    ],
)
def test_a_dateline_or_an_earlier_lede_still_dates_the_article(day: str, text: str, dated: str) -> None:
    assert [a.date for a in facts(text, day).document.articles] == [dated]


STAMPED = [  # a press release: headline, body announcing a visit, the page's stamp at its foot
    "江城代表团下周访问临江\n****\n江城市交通局局长林晓峰将率领江城代表团，于五月十二日至十五日访问临江。\n"
    "代表团将与临江官员会面交流。\n完\n2031年5月10日(星期五)\n江城时间18时00分\n",
    "江城代表團下周訪問臨江\n****\n江城市交通局局長林曉峰將率領江城代表團，於五月十二日至十五日訪問臨江。\n"
    "代表團將與臨江官員會面交流。\n完\n2031年5月10日(星期五)\n江城時間18時00分\n",
]


@pytest.mark.parametrize("text", STAMPED)
def test_a_plan_lede_after_the_stamp_of_the_page_takes_the_stamp_day(text: str) -> None:
    found = process_document(Source("t.txt", text, "utf-8"))
    assert found.document.articles[1].date == "2031-05-10"
    assert {r.date for r in found.roles if r.person == "林晓峰"} == {"2031-05-10"}
