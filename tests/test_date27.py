"""Lane date27 (issue 13): event dates, every genre, classes counted on 18 fresh pages annotated before any
build (/work/scratch/s17/fresh-date27) and on the judges' misdated events. Invented text only, both scripts.

1. A relative word printed with its value in brackets (今天(6月9日), 昨日（7月14日）, 本(5)月8日, 上(9)月初,
   今(118)年): the bracketed value is the expression's (time/rules.tsv ``dw_paren_*``, ``paren_month*``,
   ``paren_roc_*``).
2. A stated today (今天(6月9日) on a page stamped the 10th): the article's other day words are read against
   the stated day, not the stamp (time/statedday.py).
3. A year or month dating a noun's modifier (考察前年落成的某港) is not the lede's time: the lede's own day
   after it dates the report, and a photo caption takes that day (events/reported.lede_day, dating._act_day).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.model import TimeExpr
from ygraph.time.numerals import normalize_date_numerals
from ygraph.time.statedday import reread, stated_today
from ygraph.time.temporal import resolve_times
from ygraph.time.timerules import extract_times as extract_raw


def extract_times(text: str) -> list[TimeExpr]:
    """The expressions of ``text`` after its date numerals are written in digits (as clean does)."""
    return extract_raw(normalize_date_numerals(text)[0])


# --- 1. bracketed values ----------------------------------------------------------------------------------

BRACKETED = [
    ("临江湿地公园于今天(6月9日)对外开放", "UNDEF-year-06-09"),
    ("臨江濕地公園於今天（6月9日）對外開放", "UNDEF-year-06-09"),
    ("今日(十二月五日)下午召开座谈会", "UNDEF-year-12-05"),
    ("今日（十二月五日）下午召開座談會", "UNDEF-year-12-05"),
    ("柴思雨昨日(7月14日)会见访问团", "UNDEF-year-07-14"),
    ("柴思雨昨天（7月14日）下午會見訪問團", "UNDEF-year-07-14"),
    ("明日（4月12日）赴海州出席博览会", "UNDEF-year-04-12"),
    ("前日(6月3日)抵达松岩", "UNDEF-year-06-03"),
    ("日前(3月8日)走访青禾县农场", "UNDEF-year-03-08"),
    ("近日（5月6日）舉辦論壇", "UNDEF-year-05-06"),
    ("今日（2031年5月6日）上午", "2031-05-06"),
    ("于本(5)月8日启程前往松岩", "UNDEF-year-05-08"),
    ("於本（5）月8日啟程前往松岩", "UNDEF-year-05-08"),
    ("上(10)月5日上午签署协议", "UNDEF-year-10-05"),
    ("下(7)月3日將舉行", "UNDEF-next-month-03"),
    ("港區上（9）月初完工", "UNDEF-year-09-START"),
    ("本(6)月底完工", "UNDEF-year-06-END"),
    ("本（6）月份", "UNDEF-year-06"),
    ("今(118)年計畫擴建港區", "2029"),
    ("去（116）年5月啟用", "2027-05"),
    ("明(119)年", "2030"),
]


@pytest.mark.parametrize(("text", "value"), BRACKETED)
def test_a_bracketed_value_is_the_expression(text: str, value: str) -> None:
    found = [t for t in extract_times(text) if t.kind == "date"]
    assert [t.underspecified for t in found] == [value], [(t.text, t.underspecified) for t in found]


NOT_BRACKETED = [
    ("今天（星期三）江城天晴", "dw"),  # a weekday aside: 今天 itself
    ("今日(完)", "dw"),
    ("本(届)会议选举产生", None),
    ("今(113)年度預算", None),  # a budget year: no date
    ("上(市)公司年报", None),
]


@pytest.mark.parametrize(("text", "rule"), NOT_BRACKETED)
def test_other_brackets_are_no_value(text: str, rule: str | None) -> None:
    dates = [t for t in extract_times(text) if t.kind == "date"]
    assert [t.rule for t in dates] == ([rule] if rule else [])


def test_a_month_in_brackets_is_placed_in_the_page_year() -> None:
    found = resolve_times(extract_times("青禾县考察组本(5)月8日启程，昨(10)日参观海州港"), "2031-05-11")
    assert [t.value for t in found] == ["2031-05-08", "2031-05-10"]


# --- 2. a stated today ------------------------------------------------------------------------------------


def _resolved(text: str, reference: str) -> list[TimeExpr]:
    return resolve_times(extract_times(text), reference)


STATED = [
    ("导读：海州港今天迎来首航。首航仪式于今天(6月9日)上午举行。", "2031-06-10", "2031-06-09"),
    ("導讀：海州港今天迎來首航。首航儀式於今天（6月9日）上午舉行。", "2031-06-10", "2031-06-09"),
    ("柴思雨一行昨日(7月14日)飞抵海州，今天上午参观港区。", "2031-07-16", "2031-07-15"),
]


@pytest.mark.parametrize(("text", "reference", "today"), STATED)
def test_a_stated_today_moves_the_day_words(text: str, reference: str, today: str) -> None:
    first = _resolved(text, reference)
    assert stated_today(first, reference) == today
    again = reread(first, _resolved(text, today))
    bare = [t.value for t in again if t.rule == "dw"]
    assert bare and set(bare) == {today}


NOT_STATED = [
    ("首航仪式于今天(6月9日)举行。", "2031-06-09"),  # the stamp's own day: nothing to move
    ("首航仪式于今天(5月30日)举行，今天上午…", "2031-06-10"),  # far from the stamp: another story's day
    ("首航仪式于6月9日举行，今天上午…", "2031-06-10"),  # no day word stated with its date
    ("首航仪式于今天(6月9日)举行。", "2031-06"),  # a month reference
]


@pytest.mark.parametrize(("text", "reference"), NOT_STATED)
def test_no_stated_today(text: str, reference: str) -> None:
    assert stated_today(_resolved(text, reference), reference) is None


def test_the_teaser_and_the_lede_take_the_stated_day() -> None:
    text = (
        "发布日期：2031-06-10\n导读：海州港二期码头启用仪式今天举行。\n"
        "海州港二期码头启用仪式于今天(6月9日)上午举行，海州市长钱小禾出席。"
    )
    dates = {e.date for e in facts(text, "2031-06-10").events if "启用" in e.title}
    assert dates == {"2031-06-09"}


# --- 3. a modifier's year before the lede's day -----------------------------------------------------------

CAPTION = [
    (
        "date 2031-01-17 林晓峰在海州与宁可心签署合作备忘录。（新闻处提供）\n记者钱小禾∕江城报导\n"
        "江城市长林晓峰此次出访松岩，先后考察了前年落成的青禾港，并于16日同海州副市长宁可心举行会谈，"
        "两地约定互设办事处。"
    ),
    (
        "date 2031-01-17 林曉峰在海州與寧可心簽署合作備忘錄。（新聞處提供）\n記者錢小禾∕江城報導\n"
        "江城市長林曉峰此次出訪松岩，先後考察了前年落成的青禾港，並於16日同海州副市長寧可心舉行會談，"
        "兩地約定互設辦事處。"
    ),
]


@pytest.mark.parametrize("text", CAPTION)
def test_a_caption_takes_the_lede_day_past_a_modifier_year(text: str) -> None:
    found = {e.title: e.date for e in facts(text, "2031-01-17").events}
    caption = [d for t, d in found.items() if "合作备忘录" in t]
    assert caption == ["2031-01-16"], found


def test_a_year_opening_the_lede_still_keeps_the_page_day() -> None:
    text = (
        "date 2031-01-17 林晓峰在海州与宁可心签署合作备忘录。（新闻处提供）\n记者钱小禾∕江城报导\n"
        "去年12月，江城与松岩两市互设办事处，16日林晓峰又同海州副市长宁可心举行会谈。"
    )
    found = {e.title: e.date for e in facts(text, "2031-01-17").events}
    assert [d for t, d in found.items() if "合作备忘录" in t] in ([], ["2031-01-17"]), found
