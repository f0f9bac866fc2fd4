"""Talks, calls and visits dated by a relative day printed with its number in brackets, session 19 (lane talks29).
Invented Simplified and Traditional frames with near-misses:

* Hong Kong, Macau and Taiwan reports print the day of a relative word in brackets without the 日 after them
  (今(17)晚, 昨(16)上午, 某院今(23)宣布) or with the 日 inside them (今(17日), 今午（17日）, 明日(18日), 昨晚(16日)):
  the printed day dates the act, a coming day counts forward (a plan's 明日(21日) is never last month's 21st), and
  the brackets leave the act's title (time/rules.tsv paren_*_bare, *_paren_day);
* 今午 alone is today (short_today);
* a month or a coming day printed with its number in brackets (本(4)月19日, 上(3)月19日, 明(21)日) ends the name
  before it after a title, never gives it its first character (actors/name_followers.tsv follow.time);
* near-misses: a year in brackets (今(2031)年) is no day, a bracketed number after a word ending in 明 (声明(1))
  dates nothing, a name ending in 明 before a caption bracket (张晓明(左)) keeps its 明.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import SCRIPTS, simplified_name, traditional, wired

WIRE = "江城日报 2031年4月20日 / "


def _events(text: str) -> list[tuple[str, str, str | None, bool, set[str]]]:
    """(type, title, date, planned, {people}) of each event, names in Simplified form."""
    return [
        (e.event_type, e.title, e.date, e.planned, {simplified_name(p.person) for p in e.participants})
        for e in observe(text).corpus.events
    ]


# (the words of the day, the day they give on a page dated 2031-04-20, planned)
BRACKETED_DAYS = [
    ("今(20)晚", "2031-04-20", False),
    ("今（20）上午", "2031-04-20", False),
    ("昨(19)晚", "2031-04-19", False),
    ("昨（19）下午", "2031-04-19", False),
    ("今(20日)", "2031-04-20", False),
    ("今午(20日)", "2031-04-20", False),
    ("今早（20日）", "2031-04-20", False),
    ("今天(20日)上午", "2031-04-20", False),
    ("昨晚(19日)", "2031-04-19", False),
    ("明日(21日)", "2031-04-21", True),
    ("明(21日)下午", "2031-04-21", True),
    ("明(21)上午", "2031-04-21", True),
    ("本(4)月18日", "2031-04-18", False),
    ("上(3)月28日", "2031-03-28", False),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("words", "day", "planned"), BRACKETED_DAYS)
def test_a_day_in_brackets_dates_the_talks(words: str, day: str, planned: bool, script: str) -> None:
    found = _events(wired(f"海州行政长官柴思雨{words}在礼宾府会见了江城市长龚明远。", script, WIRE))
    talks = [e for e in found if e[0] == "talks"]
    assert len(talks) == 1, found
    kind, title, date, is_plan, people = talks[0]
    assert date == day and is_plan == planned, talks
    assert people == {"柴思雨", "龚明远"}, talks
    assert "(" not in title and "（" not in title and ")" not in title, title


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("words", "day"),
    [("今(17)晚", "2031-04-17"), ("今(17日)", "2031-04-17"), ("昨(16)上午", "2031-04-16")],
)
def test_a_day_in_brackets_dates_the_departure(words: str, day: str, script: str) -> None:
    """A page stamped some days later: the printed day, not the stamp, dates the trip."""
    text = f"江城日报 2031年4月18日 / 海州行政长官柴思雨{words}启程前往松岩，展开为期五天的官式访问。"
    found = _events(text if script == "simplified" else traditional(text))
    visits = [e for e in found if e[0] == "visit"]
    assert [(e[2], "柴思雨" in e[4]) for e in visits] == [(day, True)], found


@pytest.mark.parametrize("script", SCRIPTS)
def test_noon_today_dates_the_talks(script: str) -> None:
    found = _events(wired("海州市长柴思雨今午在市政府与江城市长龚明远会晤。", script, WIRE))
    assert [(e[0], e[2]) for e in found] == [("talks", "2031-04-20")], found


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("words", ["本(4)月18日", "上（3）月28日", "明(21)日", "明（廿一）日上午"])
def test_a_bracketed_month_or_day_ends_the_name(words: str, script: str) -> None:
    found = _events(wired(f"江城市长林晓峰{words}与海州市长龚明远会面。", script, WIRE))
    people = set().union(*(e[4] for e in found)) if found else set()
    assert "林晓峰" in people, found
    assert not any(p.startswith("林晓峰") and p != "林晓峰" for p in people), people


# near-misses: what the new readings must leave alone
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_year_in_brackets_is_no_day(script: str) -> None:
    found = _events(wired("今(2031)年是两市结好十周年。江城市长林晓峰20日会见了海州市长龚明远。", script, WIRE))
    assert [(e[0], e[2]) for e in found] == [("talks", "2031-04-20")], found


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_numbered_item_after_a_word_ending_in_ming_dates_nothing(script: str) -> None:
    found = _events(wired("江城市政府发表声明(1)上午无活动安排。江城市长林晓峰18日会见了海州市长龚明远。", script, WIRE))
    assert [e[2] for e in found if e[0] == "talks"] == ["2031-04-18"], found


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("name", "cut"), [("张晓明", "张晓"), ("钱小上", "钱小"), ("宁可本", "宁可")])
def test_a_caption_bracket_keeps_the_name(name: str, cut: str, script: str) -> None:
    people = {simplified_name(p.name) for p in observe(wired(f"江城市长{name}(左)与海州市长龚明远握手。", script, WIRE)).corpus.people}
    assert name in people or traditional(name) in people, people
    assert cut not in people and traditional(cut) not in people, people


# A married woman's name (two surnames and a given name, Hong Kong and Macau usage) as the subject of talks, closed
# by the time of the clause printed right after it (a time word of name_followers.tsv, or a day's digits)
MARRIED_CLOSERS = ["周五上午", "星期四", "上午", "中午", "22日", "今(22)日", "稍后"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("words", MARRIED_CLOSERS)
def test_a_married_name_before_the_time_acts_in_the_talks(words: str, script: str) -> None:
    found = _events(wired(f"海州行政长官林郑晓峰{words}在江城宾馆同远道而来的江城市长龚明远会面。", script, WIRE))
    talks = [e for e in found if e[0] == "talks"]
    assert len(talks) == 1 and talks[0][4] == {"林郑晓峰", "龚明远"}, found


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_three_character_name_before_a_day_stays_three(script: str) -> None:
    """A usual name before the day is read as before: the married reading is only where no usual name ends."""
    people = {p.name for p in observe(wired("海州市长林陈明22日与江城市长龚明远会面。", script, WIRE)).corpus.people}
    assert "林陈明" in people and "林陈" not in people, people
