"""Ceremonies, forums, inspections and press releases, lane cere27 (session 17): classes counted on a fresh sample
of the lane's genres annotated before any build, and on the judges' first runs.

* an ordinal count of years (连续第二年出席, 第三年连续举办, 这已是第五年) is how many times, never the year after the last
  one printed: time/rules.tsv ``ordinal_year`` (a duration). Near-miss: 第二年 alone in a narrative is the following
  year.
* an hour printed with no day (8时整, 9时30分, 10时许, 晚上7点半, 九时三十分) dates an event of its sentence like a bare part
  of the day: the day the story is at (events/patterns.tsv ``clock_hour``, events/reported.daypart_day). Near-misses:
  a duration (24小时), a counter (3点要求), 一时 (a moment), a sentence with no hour (the article's month stays).
* a headline printed as an article of its own above a rule of asterisks (某局长在某典礼致辞全文 / ****** / 以下是…今日
  (九月二十七日)…) is dated by the article it heads (time/temporal._headed_day). Near-miss: an article with a
  sentence of its own keeps the year its sibling lends.
* unveiling and switching on at an opening (揭幕, 共同揭幕启用, 共同按下, 共同启动, 共同点亮) and officiating together
  (共同主礼) attend it (events/participation.tsv); who did not come (未有出席, 没有参加) does not
  (participation_block.txt).
* 勘察, the other spelling of 勘查, is an inspection by a person (triggers.tsv). Near-miss: a survey report
  (勘察报告) names no act.
* a sentence that opens in an event (在5月8日举办的某发布会上，; 在某论坛开幕式上，) makes whoever 表示/说 after it in the
  sentence a speaker there (events/speakers._framed; gold-conventions C2). Near-misses: a plan (在下周将举行的…上，…将),
  an event recalled inside the clause of the verb (他曾在…上发言), a clause that is no frame (在某论坛举行期间，).
* a habit before an act or a meeting (每月开一场发布会，发布…; 每年公布名单; 每月召集乡镇开会): a
  recurring act, no event (events/patterns.tsv ``habit``, events/acts._habit; ``recurring`` with words between the
  habit and the verb). Near-misses: 一年一度/每年一度 before this year's edition, the act's own day in its clause
  (定期召开发布会，今天发布…), a period after the act (发布每月数据).

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts, month_filter_off

DAY = "2031-05-08"


def _events(text: str) -> dict[str, str | None]:
    return {e.title: e.date for e in facts(text, DAY).events}


def _parts(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.relation, e.title) for e in facts(text, DAY).events for p in e.participants}


ORDINAL_YEARS = [  # (text, title, date): an ordinal count of years is no date, nor does it block the report's day
    ("江城日报 2031年5月8日\n市长林晓峰说，很高兴连续第二年出席江城灯会开幕典礼。", "江城灯会开幕典礼", DAY),
    ("江城日報 2031年5月8日\n市長林曉峰表示，很高興連續第三年出席江城燈會開幕典禮。", "江城灯会开幕典礼", DAY),
    ("江城日报 2031年5月8日\n副市长柴思雨说，这是第五年出席青禾书展开幕典礼。", "青禾书展开幕典礼", DAY),
]


@pytest.mark.parametrize(("text", "title", "date"), ORDINAL_YEARS)
def test_an_ordinal_count_of_years_is_no_following_year(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


def test_a_following_year_in_a_narrative_still_counts() -> None:
    text = "江城日报 2031年5月8日\n2029年3月，江城新区启动建设。第二年，新区管委会揭牌成立。"
    assert any(d == "2030" for t, d in _events(text).items() if "揭牌" in t)


HOURS = [  # (text, title, date): an event told with an hour and no day is the story's day
    ("本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。9时30分，市长林晓峰出席在江城宾馆举行的招待酒会。", "招待酒会", DAY),
    ("本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。8时整，副市长柴思雨出席在江城宾馆举行的招待酒会。", "招待酒会", DAY),
    ("本報訊 2031年5月8日，臨江市舉行紀念建市二十週年升旗儀式。九時三十分，市長林曉峰出席在江城賓館舉行的招待酒會。", "招待酒会", DAY),
    ("本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。晚上7点半，市长林晓峰出席在江城宾馆举行的招待酒会。", "招待酒会", DAY),
    ("本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。10时许，市长林晓峰出席在江城宾馆举行的招待酒会。", "招待酒会", DAY),
]

NO_HOURS = [  # no hour: a gathering a speaker tells (no report's day: events/toldday.py) is left at the month of a
    # report dated to the day, hence no event since session 24 (evprec34, events/monthonly.py; docs/decisions.md)
    "本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。林晓峰说，他提出3点要求，出席在江城宾馆举行的招待酒会。",
    "本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。林晓峰说，他连续24小时值守，出席在江城宾馆举行的招待酒会。",
]

# the plain case, no hour and no speaker: the report's day since session 22 (evrec32, events/toldday.py;
# docs/decisions.md), no longer the month
PLAIN = "本报讯 2031年5月8日，临江市举行纪念建市二十周年升旗仪式。市长林晓峰出席在江城宾馆举行的招待酒会。"


def test_a_gathering_told_plainly_takes_the_report_day() -> None:
    assert _events(PLAIN).get("招待酒会") == DAY


@pytest.mark.parametrize(("text", "title", "date"), HOURS)
def test_an_hour_with_no_day_is_the_day_the_story_is_at(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


@pytest.mark.parametrize("text", NO_HOURS)
def test_no_hour_no_day(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "招待酒会" not in _events(text)  # left at the month of a report dated to the day: no event (monthonly)
    month_filter_off(monkeypatch)
    assert _events(text).get("招待酒会") == "2031-05"  # the month the dating code gives it, no day


HEADED = "简体版 寄给朋友 政府新闻网\n商务局局长在江城灯会开幕式讲话全文(只有中文)\n******************\n\n  以下是商务局局长林晓峰今日(五月八日)在江城灯会开幕式的讲话全文:\n\n各位嘉宾:\n\n  大家好!灯会今年更加精彩。谢谢各位。\n\n2031年5月8日(星期四)\n香港时间18时54分\n"
HEADED_TRAD = "簡體版 寄給朋友 政府新聞網\n商務局局長在江城燈會開幕式講話全文(只有中文)\n******************\n\n  以下是商務局局長林曉峰今日(五月八日)在江城燈會開幕式的講話全文:\n\n各位嘉賓:\n\n  大家好!燈會今年更加精彩。謝謝各位。\n\n2031年5月8日(星期四)\n香港時間18時54分\n"


@pytest.mark.parametrize("text", [HEADED, HEADED_TRAD])
def test_a_headline_of_its_own_takes_the_day_of_the_article_it_heads(text: str) -> None:
    found = [e.date for e in facts(text, None).events if e.title == "江城灯会开幕式"]  # no date given: the page's
    assert found and set(found) == {DAY}


UNVEILING = [  # (text, person, title): who unveils or switches on together attends the opening
    ("本报讯 2031年5月8日，青禾乡文康站启用典礼今天登场，县长林晓峰与议长柴思雨、乡长钱小禾等人共同揭幕启用。", "钱小禾", "青禾乡文康站启用典礼"),
    ("本報訊 2031年5月8日，青禾鄉文康站啟用典禮今天登場，縣長林曉峰與議長柴思雨、鄉長錢小禾等人揭幕。", "钱小禾", "青禾乡文康站启用典礼"),
    ("本报讯 2031年5月8日，江城至松岩快速路举行通车仪式，市长林晓峰和副市长柴思雨、钱小禾共同按下启动按钮。", "钱小禾", "江城至松岩快速路通车仪式"),
    ("本报讯 2031年12月8日，江城广场举行亮灯仪式，市长林晓峰和副市长柴思雨、钱小禾共同点亮灯饰。", "柴思雨", "江城广场亮灯仪式"),
    ("本報訊 2031年12月20日，海州市政府當晚舉行建市酒會。市長林曉峰與議長柴思雨共同主禮。", "柴思雨", "海州市政府建市酒会"),
]


@pytest.mark.parametrize(("text", "person", "title"), UNVEILING)
def test_who_unveils_or_officiates_attends(text: str, person: str, title: str) -> None:
    assert (person, "attended", title) in _parts(text)


ABSENT = [  # who did not come takes no part
    "本報訊 2031年5月8日，江城體育館舉行啟用儀式，市長林曉峰出席並致詞，前市長柴思雨則未有出席。",
    "本报讯 2031年5月8日，江城体育馆举行启用仪式，市长林晓峰出席并致辞，前市长柴思雨因事没有参加。",
]


@pytest.mark.parametrize("text", ABSENT)
def test_who_did_not_come_takes_no_part(text: str) -> None:
    parts = _parts(text)
    assert ("林晓峰", "attended", "江城体育馆启用仪式") in parts
    assert not [p for p in parts if p[0] == "柴思雨"]


SURVEYS = [  # (text, title): 勘察 by a person is an inspection
    ("江城晚報 2031年4月9日 9日上午，鄉代表會主席林曉峰在鄉長柴思雨陪同下勘察松岩鄉排水改善工程。", "林晓峰勘察松岩乡排水改善工程"),
    ("江城晚报 2031年4月9日 9日，青禾县县长林晓峰到北山村勘察饮水工程。", "林晓峰到北山村勘察饮水工程"),
]


@pytest.mark.parametrize(("text", "title"), SURVEYS)
def test_kancha_by_a_person_is_an_inspection(text: str, title: str) -> None:
    found = {e.title: e.event_type for e in facts(text, DAY).events}
    assert found.get(title) == "inspection"


def test_a_survey_report_is_no_inspection() -> None:
    found = facts("江城晚报 2031年4月9日 9日，青禾县发布地质勘察报告。", DAY).events
    assert not [e for e in found if e.event_type == "inspection"]


HABITS = [  # a habit is no event
    "新华社江城2031年5月8日电 8日，江城市政府设立新闻发言人，每月1日、15日开一场发布会，发布全市要事。",
    "新華社江城2031年5月8日電 海州市府每年公佈嘉獎名單，表揚各界人士。",
    "新华社江城2031年5月8日电 8日，临江县府表示，县府每月召集乡镇开督导会议，检查排水设施。",
    "新华社江城2031年5月8日电 8日，临江县府表示，县府每周组织召开一次安全例会，通报隐患整改。",
]

ONE_ACT = [  # (text, title): one act told with a habit nearby, or an annual event's edition
    ("新华社江城2031年5月8日电 8日，江城市政府定期召开新闻发布会，今天发布了一季度经济数据。", "江城市政府定期召开新闻发布会发布"),
    ("新华社江城2031年5月8日电 8日，江城市统计局发布每月物价数据。", "江城市统计局发布"),
    ("新华社江城2031年5月8日电 8日，一年一度的江城文化论坛在江城开幕。", "江城文化论坛"),
]


@pytest.mark.parametrize("text", HABITS)
def test_a_habit_is_no_event(text: str) -> None:
    found = facts(text, DAY).events
    assert not [e for e in found if e.event_type in ("release", "meeting")]


@pytest.mark.parametrize(("text", "title"), ONE_ACT)
def test_one_act_near_a_habit_stays(text: str, title: str) -> None:
    assert title in _events(text)


FRAMED = [  # (text, person, title): the speaker of the event the sentence opens in
    ("江城商报 2031-05-09\n    在5月8日舉辦的江城市防汛第十場新聞發佈會上,市府發言人林曉峰表示,防汛形勢平穩。", "林晓峰", "江城市防汛第十场新闻发布会"),
    ("江城商报 2031-05-09\n    在5月8日举行的江城经贸论坛开幕式上，市长林晓峰表示，两地合作前景广阔。", "林晓峰", "江城经贸论坛开幕式"),
    ("江城商报 2031-05-09\n    在江城经贸论坛上，林晓峰表示，两地合作前景广阔。", "林晓峰", "江城经贸论坛"),
]

NOT_FRAMED = [  # no frame: nobody speaks at the forum
    "江城商报 2031-05-09\n    林晓峰说，他曾在2029年举行的江城经贸论坛上发言。",
    "江城商报 2031-05-09\n    在江城经贸论坛举行期间，林晓峰表示，两地合作前景广阔。",
]


@pytest.mark.parametrize(("text", "person", "title"), FRAMED)
def test_who_speaks_in_the_sentence_an_event_opens_speaks_there(text: str, person: str, title: str) -> None:
    assert (person, "spoke_at", title) in {(p.person, p.relation, e.title) for e in facts(text, "2031-05-09").events for p in e.participants}


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_no_frame_no_speaker(text: str) -> None:
    assert not [p for e in facts(text, "2031-05-09").events for p in e.participants if p.relation == "spoke_at"]


def test_a_speech_announced_at_a_planned_forum_is_its_speaker_s() -> None:
    """Session 45: the golds list who is announced at a planned event (a speech to be given: spoke_at)."""
    found = facts("江城商报 2031-05-09\n    在下周将举行的江城经贸论坛上，市长林晓峰将发表演讲。", "2031-05-09")
    assert [(e.planned, {(p.person, p.relation) for p in e.participants}) for e in found.events] == [
        (True, {("林晓峰", "spoke_at")})
    ]
