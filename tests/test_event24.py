"""Events dated, lane event24 (fourteenth session): classes counted on the first runs of four held-out judges.

* an event told with a part of the day and no day (上午9时于某厅举行, 晚上出席某晚宴, 中午在某地召开): the day the
  story is at — the last day printed before it in the report's month, else the report's own day — not only its
  month (events/reported.daypart_day, word_uses ``daypart``). Near-misses: a daypart inside a word naming no day
  (每天上午, 下午茶: ``daypart_not``), a daypart in quotation marks, no daypart at all.
* the lede's event told as recent (日前/近日) whose name prints its year (日前，某主办的2031年某论坛在江城举办): the
  period the recent word allows (the report's month) when it is finer and inside that year, not the bare year
  (events/reported.recent_inside). Near-misses: a name of another year, a page in the first days of its month.
* a bare 今 before the act of a report or headline (某某今在江城出席…, 某论坛今登场; time/rules.tsv ``bare_today``):
  today. Near-misses: 至今, 如今, 今后, 今年, 今夏 (words holding 今), 今 before a word the rule does not list.
  (The rule has no rules.tsv EXAMPLE row: such a row must be one whole expression, and the rule matches 今 only
  before an act; these tables are its examples.)
* a visiting group named by its members' league or caucus (议员联盟, 议员连盟, 友台小组, 友好小组, 议员团: word_uses
  ``delegation``) calling on a mayor: talks, like a 访问团's. Near-misses: 联盟 or 小组 alone (a league of firms, a
  working group).
* a name the document established, printed in a headline before a space (某访问团拜会某某 期盼…: actors/mentions
  ``_spaced_at``): the person, so the group's call on them is found. Near-miss: the same headline naming no one
  known.

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts, month_filter_off

DAY = "2031-04-16"
HEAD = "江城日报 2031年4月16日\n"
HEAD_T = "江城晚報 2031年4月16日\n"
TOUR = "临江省考察团抵达江城，开展经贸交流。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。团员们对港区发展印象深刻。"
TOUR_T = "臨江省考察團抵達江城，開展經貿交流。團員們走訪青禾港區。錢小禾講解港區建設情況。雙方表示要加強合作。團員們對港區發展印象深刻。"


def _dates(text: str) -> dict[str, str | None]:
    return {e.title: e.date for e in facts(text, DAY).events}


DAYPART = [  # (text, event, its date): a daypart with no day dates the event on the story's day
    (HEAD + TOUR + "考察团晚上出席了江城市政府举办的欢迎晚宴。", "欢迎晚宴", DAY),
    (HEAD_T + TOUR_T + "考察團晚間出席了江城市政府舉辦的歡迎晚宴。", "欢迎晚宴", DAY),
    (HEAD + TOUR + "青禾县经贸座谈会中午在县政府召开。", "青禾县经贸座谈会", DAY),
    (HEAD_T + TOUR_T + "青禾縣經貿座談會下午在縣政府召開。", "青禾县经贸座谈会", DAY),
    (HEAD + TOUR + "傍晚，青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会", DAY),
    # not the lede's event (the lede's takes the report's day anyway): the tour is told first
    (HEAD + TOUR + "江城市研究室主任交接仪式，上午9时于市府礼堂举行。", "江城市研究室主任交接仪式", DAY),
    (HEAD_T + TOUR_T + "江城市研究室主任交接儀式，上午9時於市府禮堂舉行。", "江城市研究室主任交接仪式", DAY),
    (
        HEAD + "临江省考察团12日抵达江城，开展经贸交流。江城市商务局一名副局长陪同。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。考察团晚上出席了江城市政府举办的欢迎晚宴。",
        "欢迎晚宴",
        "2031-04-12",
    ),
]

NOT_DAYPART = [  # (text, event, its date): no day (no bare daypart: a habit, a snack, a quotation), the month; left at
    # the month of a report dated to the day, no event since session 24 (evprec34, events/monthonly.py; docs/decisions.md)
    (HEAD + TOUR + "考察团每天上午出席江城市政府举办的欢迎晚宴。", "欢迎晚宴", "2031-04"),
    (HEAD + TOUR + "考察团还在江城市政府举办的欢迎晚宴上享用了下午茶。", "欢迎晚宴", "2031-04"),
    (HEAD + TOUR + "钱小禾说，“晚上”江城市政府举办的欢迎晚宴最热闹。", "欢迎晚宴", "2031-04"),
    # a gathering told past the lede with no time word: the report's day since session 22 (evrec32,
    # events/toldday.py; docs/decisions.md), no longer the month
    (HEAD + TOUR + "青禾县经贸座谈会在县政府召开。", "青禾县经贸座谈会", DAY),
    (HEAD_T + TOUR_T + "考察團每晚出席江城市政府舉辦的歡迎晚宴。", "欢迎晚宴", "2031-04"),
]


@pytest.mark.parametrize(("text", "title", "date"), DAYPART + NOT_DAYPART)
def test_daypart_dates_the_story_day(text: str, title: str, date: str, monkeypatch: pytest.MonkeyPatch) -> None:
    month_left = len(date) == len("2031-04")  # left at the month of a report dated to the day: no event (monthonly)
    assert _dates(text).get(title) == (None if month_left else date)
    month_filter_off(monkeypatch)
    assert _dates(text).get(title) == date  # the date the dating code gives it


RECENT_HEAD = "江城日报讯 2031年4月16日 "
RECENT_HEAD_T = "江城晚報訊 2031年4月16日 "

RECENT_NAMED = [  # (text, event, its date)
    (RECENT_HEAD + "日前，由临江省商务厅主办的2031年青禾投资论坛在江城举办。钱小禾到会讲话。", "2031年青禾投资论坛", "2031-04"),
    (RECENT_HEAD_T + "日前，由臨江省商務廳主辦的2031年青禾投資論壇在江城舉辦。錢小禾到會講話。", "2031年青禾投资论坛", "2031-04"),
    (RECENT_HEAD + "近日，2031年青禾投资论坛在江城举行。钱小禾到会讲话。", "2031年青禾投资论坛", "2031-04"),
    # near-misses: another year's edition keeps its year; early in the month 日前 allows no finer period
    (RECENT_HEAD + "日前，2030年青禾投资论坛在江城举行。钱小禾到会讲话。", "2030年青禾投资论坛", "2030"),
    ("江城日报讯 2031年4月6日 日前，2031年青禾投资论坛在江城举行。钱小禾到会讲话。", "2031年青禾投资论坛", "2031"),
]


@pytest.mark.parametrize(("text", "title", "date"), RECENT_NAMED)
def test_recent_lede_dates_a_named_edition_by_its_month(text: str, title: str, date: str) -> None:
    day = text.split(" ")[1].replace("年", "-").replace("月", "-").replace("日", "")
    found = {e.title: e.date for e in facts(text, "-".join(f"{int(p):02d}" for p in day.split("-"))).events}
    assert found.get(title) == date


TODAY = [  # (text, event): a bare 今 before an act is the report's day
    (HEAD + "龚明远今在江城出席2031年青禾投资论坛开幕式。", "2031年青禾投资论坛开幕式"),
    (HEAD_T + "龔明遠今在江城出席2031年青禾投資論壇開幕式。", "2031年青禾投资论坛开幕式"),
    (HEAD + "2031年青禾投资论坛今在江城举行，龚明远出席开幕式。", "2031年青禾投资论坛"),
    (HEAD_T + "2031年青禾投資論壇今舉行，龔明遠出席開幕式。", "2031年青禾投资论坛"),
]

NOT_TODAY = [  # (text, event): 今 inside a word (如今, 今后, 至今, 今夏) dates nothing
    (HEAD + "龚明远说，2031年青禾投资论坛如今举办得更加开放。", "2031年青禾投资论坛"),
    (HEAD + "龚明远说，2031年青禾投资论坛今后举办时将更加开放。", "2031年青禾投资论坛"),
    (HEAD + "龚明远说，2031年青禾投资论坛至今举行了三场分会。", "2031年青禾投资论坛"),
    (HEAD + "龚明远说，2031年青禾投资论坛今夏举行时将更加开放。", "2031年青禾投资论坛"),
]


@pytest.mark.parametrize(("text", "title"), TODAY)
def test_bare_today_before_an_act(text: str, title: str) -> None:
    assert _dates(text).get(title) == DAY


@pytest.mark.parametrize(("text", "title"), NOT_TODAY)
def test_today_inside_a_word_is_no_day(text: str, title: str) -> None:
    assert _dates(text).get(title) != DAY


GROUP_TALKS = [  # (text, event title): a caucus or league calling on a mayor is a visiting group's talks
    ("新华社江城2031年4月16日电 16日，松岩县议会友好议员联盟拜会江城市长林晓峰。", "松岩县议会友好议员联盟拜会江城市长林晓峰"),
    ("江城晚報 2031年4月16日\n松岩縣議會友好議員聯盟今天拜會江城市長林曉峰。", "松岩县议会友好议员联盟拜会江城市长林晓峰"),
    ("江城日报 2031年4月16日\n松岩县议员连盟今天拜会江城市长林晓峰。", "松岩县议员连盟拜会江城市长林晓峰"),
    ("江城日报 2031年4月16日\n海州议会友台小组今天会晤江城市长林晓峰。", "海州议会友台小组会晤江城市长林晓峰"),
    ("江城日报 2031年4月16日\n松岩县议员团今天拜会江城市长林晓峰。", "松岩县议员团拜会江城市长林晓峰"),
]

NOT_GROUP_TALKS = [  # 联盟 or 小组 alone names no visiting group
    "江城日报 2031年4月16日\n松岩县企业联盟今天拜会江城市长林晓峰。",
    "江城日报 2031年4月16日\n江城市防汛工作小组今天拜会江城市长林晓峰。",
]


@pytest.mark.parametrize(("text", "title"), GROUP_TALKS)
def test_a_caucus_calling_on_a_mayor_is_talks(text: str, title: str) -> None:
    found = {e.title: e.event_type for e in facts(text, DAY).events}
    assert found.get(title) == "talks"


@pytest.mark.parametrize("text", NOT_GROUP_TALKS)
def test_a_league_or_working_group_alone_makes_no_talks(text: str) -> None:
    assert not [e for e in facts(text, DAY).events if e.event_type == "talks"]


SPACED_HEADLINE = [  # (text, event title): a known name before a headline's space is the person called on
    ("松岩县访问团拜会林晓峰 期盼深化交流\n江城日报 2031年4月16日\n今(16)日，林晓峰市长出席欢迎访团。", "松岩县访问团拜会林晓峰"),
    (
        "松岩縣議員團拜會林曉峰　期盼深化交流\n江城晚報 2031年4月16日\n今(16)日，林曉峰市長出席歡迎訪團。",
        "松岩县议员团拜会林晓峰",
    ),
]


@pytest.mark.parametrize(("text", "title"), SPACED_HEADLINE)
def test_a_known_name_before_a_headline_space(text: str, title: str) -> None:
    assert title in {e.title for e in facts(text, DAY).events}


def test_a_headline_space_after_an_unknown_name_makes_no_one() -> None:
    text = "松岩县访问团拜会林晓峰 期盼深化交流\n江城日报 2031年4月16日\n今(16)日，江城市政府官员出席欢迎访团。"
    assert "林晓峰" not in {p.name for p in facts(text, DAY).people}
