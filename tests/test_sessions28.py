"""Named gatherings not detected, lane sessions28 (session 18): classes counted over the studied sets' misses.

* the head of a named gathering no rule read (events/gathering_triggers.tsv): a people's congress session printed
  as 人大会议 (its 大会 is no head), meetings of a kind (协调会, 汇报会, 通报会, 恳谈会, 说明会…),
  the rites that open or close a gathering in Hong Kong and Macau usage (开幕礼, 闭幕礼). The name counts as any
  name trigger's does: only when the text says it took place or is planned. Near-misses: the noun in a habit or
  a system (建立协调会制度), a session's deputies (人大会议代表), the verb before 会议 (通报会议精神, 总结会议经验:
  word_uses.tsv ``yields``), 率团拜会 (a call, no 团拜会).
* a meeting held after or during a dated tour with no day of its own (考察结束后，召开汇报会; 调研期间) is on the
  tour's day (its last day after it), not in the article's month (events/retold._tour_before; gold-conventions
  B3). Near-miss: no dated tour before it, the month stays.

Invented text, Simplified and Traditional."""

from __future__ import annotations

import re

import pytest

from pipeline_probe import facts

DAY = "2031-05-09"


def _events(text: str, day: str = DAY) -> dict[str, str | None]:
    return {e.title: e.date for e in facts(text, day).events}


def _planned(text: str, day: str = DAY) -> dict[str, bool]:
    return {e.title: e.planned for e in facts(text, day).events}


HEADS = [  # (text, title, date): a gathering named by a head of gathering_triggers.tsv, held on its day
    ("江城日报 2031年1月21日\n1月20日上午，临江市人大会议选举龚明远为临江市市长。", "临江市人大会议", "2031-01-20"),
    ("江城日報 2031年1月21日\n1月20日下午，海州市人大會議選舉柴思雨為海州市市長。", "海州市人大会议", "2031-01-20"),
    ("江城日报 2031年1月21日\n1月20日，海州市人大会议表决通过，接受柴思雨辞去市长职务的请求。", "海州市人大会议", "2031-01-20"),
    ("江城日报 2031年5月9日\n8日，江城市召开重点项目协调会，市长林晓峰主持会议并讲话。", "重点项目协调会", "2031-05-08"),
    ("江城日報 2031年5月9日\n8日，江城市召開重點項目協調會，市長林曉峰主持。", "重点项目协调会", "2031-05-08"),
    ("江城日报 2031年5月9日\n8日下午，临江省调研组在青禾县召开工作汇报会，县长柴思雨汇报了有关情况。", "工作汇报会", "2031-05-08"),
    ("江城日报 2031年5月9日\n江城市副市长龚明远8日主持召开防汛工作通报会。", "防汛工作通报会", "2031-05-08"),
    ("江城日报 2031年5月9日\n8日，青禾县召开企业家恳谈会。", "青禾县企业家恳谈会", "2031-05-08"),
    ("江城日報 2031年5月9日\n青禾縣政府8日舉行招商說明會，縣長錢小禾致詞。", "青禾县政府招商说明会", "2031-05-08"),
    ("江城日报 2031年5月9日\n8日，江城市举行安全生产工作讲评会。", "安全生产工作讲评会", "2031-05-08"),
    ("江城日报 2031年5月9日\n8日，松岩区召开乡村振兴现场观摩会。", "乡村振兴现场观摩会", "2031-05-08"),
    ("海州日報 2031年5月9日\n臨江巡迴展覽海州站開幕禮8日在海州舉行，副市長柴思雨主持。", "临江巡回展览海州站开幕礼", "2031-05-08"),
    ("海州日报 2031年3月18日\n全国人大闭幕礼17日在北京举行，行政长官林晓峰列席。", "全国人大闭幕礼", "2031-03-17"),
]


@pytest.mark.parametrize(("text", "title", "date"), HEADS)
def test_a_gathering_head_names_an_event_held(text: str, title: str, date: str) -> None:
    assert _events(text, _dateline_day(text)).get(title) == date


def _dateline_day(text: str) -> str:
    """The day of the invented dateline opening ``text`` (江城日报 2031年1月21日 → 2031-01-21)."""
    year, month, day = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups()  # type: ignore[union-attr]
    return f"{year}-{int(month):02d}-{int(day):02d}"


def test_a_gathering_announced_with_its_day_is_planned() -> None:
    text = "江城日报 2031年5月9日\n江城市招商恳谈会将于6月8日召开。"
    assert _planned(text) == {"江城市招商恳谈会": True}


NOT_HELD = [  # the head with no act of taking place, a habit, or a verb before 会议: no event of the head
    "江城日报 2031年5月9日\n各区县要建立协调会制度，定期研究重大事项。",
    "江城日報 2031年5月9日\n各區縣要建立協調會制度，定期研究重大事項。",
    "江城日报 2031年5月9日\n临江市人大会议代表要密切联系群众。",
    "江城日报 2031年5月9日\n每月召开一次协调会，研究解决重点项目建设中的问题。",
    "江城日报 2031年5月9日\n会上，市长林晓峰通报会议精神，总结会议经验。",
    "江城日报 2031年5月9日\n海州协会会长柴思雨率团拜会江城市政府，市长林晓峰接待。",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_no_gathering_where_none_took_place(text: str) -> None:
    heads = ("协调会", "人大会议", "人大会", "通报会", "总结会", "团拜会")
    assert not [t for t in _events(text) if t.endswith(heads)]


def test_a_round_table_meeting_stays_one_meeting() -> None:
    text = "江城日报 2031年5月9日\n8日，江城市召开圆桌会议，市长林晓峰主持。"
    assert _events(text) == {"江城市圆桌会议": "2031-05-08"}


NO_FESTIVAL_HEAD = [  # games, festivals and fairs stay unread (their heads are the learned layer's only): a
    # row for them found the events held but also invitations and plans with no date (measured, lane sessions28)
    "江城日报 2031年5月9日\n江城灯会不断创新，吸引了大批游客。",
    "江城日报 2031年5月9日\n明年的江城灯会将更加精彩。",
]


@pytest.mark.parametrize("text", NO_FESTIVAL_HEAD)
def test_a_festival_named_with_no_act_is_no_event(text: str) -> None:
    assert not [t for t in _events(text) if t.endswith("灯会")]


AFTER_TOUR = [  # (text, title, date): a meeting held after or during a dated tour, with no day of its own
    ("江城日报 2031年9月11日\n4月2日至5日，临江省交通厅厅长林晓峰带队到江城，调研港口码头建设。"
     "考察结束后，江城市政府举行项目推进汇报会。", "项目推进汇报会", "2031-04-05"),
    ("江城日报 2031年9月11日\n3月8日至9日，临江省副省长林晓峰到青禾县调研乡村振兴工作。\n"
     "林晓峰先后走访了三个村，详细了解了产业发展情况。\n调研结束后，林晓峰主持召开乡村振兴工作座谈会。", "乡村振兴工作座谈会", "2031-03-09"),
    ("江城日報 2031年9月11日\n3月8日至9日，臨江省副省長林曉峰到青禾縣視察防汛工作。\n"
     "林曉峰先後察看了兩處水庫，詳細了解了防汛準備情況。\n視察結束後，縣政府舉行工作匯報會。", "县政府工作汇报会", "2031-03-09"),
]


@pytest.mark.parametrize(("text", "title", "date"), AFTER_TOUR)
def test_a_meeting_after_a_tour_takes_its_day(text: str, title: str, date: str) -> None:
    found = _events(text, _dateline_day(text))
    assert any(t.endswith(title) and d == date for t, d in found.items()), found


def test_after_an_undated_tour_the_meeting_keeps_the_month() -> None:
    text = "江城日报 2031年3月20日\n近日，林晓峰在青禾县参加活动。考察结束后，县政府举行项目推进汇报会。"
    assert [d for t, d in _events(text, "2031-03-20").items() if t.endswith("汇报会")] == ["2031-03"]
