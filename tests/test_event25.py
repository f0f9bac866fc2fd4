"""Events found and dated, lane event25 (fifteenth session): classes counted on the first runs of four held-out judges.

* a Taiwan sitting named 院會 (臨時院會, 行政院會: triggers.tsv 院会): a meeting. Near-misses: a sitting named as a
  point in time (下周院会之前: not_after.txt 之前/之后/以前/以后), a habit (每周四院会), no word of taking place.
* short names of party congresses and standing committees (全代會, 中常會: triggers.tsv 全代会, 中常会), completed by
  the party that convenes them; the long form (黨員代表大會, 黨代表大會) is the same event (short_names.tsv). Near-misses:
  members and delegates (中常委, 全代会代表), a definition (中常会是…机构).
* a clock time printed with a colon (下午3:00, 16:46:00, 9：30) is no part of a name nor of the body convening it, and
  a part of the day after the body is not the body's (某党下午召开…: patterns.tsv ``clock``, events/namewalk.after_clock,
  sittings.convened_body).
* a sitting whose day is printed right after its name, its clause going on (某院会今（8）日通过…, 某常务会议7日研究…):
  it took place that day (events/eventparts.dated_after, a happening signal). Near-misses: the day closing the clause
  (某会议7日，…), a period (今年), no day.
* a name told with who presides over it (某典礼由某某主持, 某交接典礼，23日由某某监交, 某仪式由某某主礼: patterns.tsv
  ``presided_by``, in the name's clause or the next when the name opens its own): it took place. Near-misses: a part
  of it presided over (…的筹备工作由某某主持), a plan word before 由 (将由某某主持).
* a part of the day printed as a recurrence (每天上午, 每周三下午, 逢周五晚上, 每个工作日上午) names no day: one pattern,
  patterns.tsv ``recurring_daypart`` (not phrase rows), and a weekday after 逢 is no date (time/rules.tsv ``weekday``).
  Near-misses: a daypart alone, 当天下午 (the day the story is at).

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts, month_filter_off

DAY = "2031-05-08"


def _events(text: str) -> dict[str, str | None]:
    return {e.title: e.date for e in facts(text, DAY).events}


SITTINGS = [  # (text, title, date): a sitting named 院会 took place
    ("記者林曉峰/江城報導\n江城院長龔明遠7日晚間召開臨時院會，會中通過兩項條例草案。", "临时院会", "2031-05-07"),
    ("本报讯 2031年5月8日，松岩院长柴思雨今天上午主持召开临时院会，审议三项预算案。", "临时院会", DAY),
    ("青禾新聞網 2031年5月8日\n海州院長錢小禾6日下午召開臨時院會，會後宣布內閣改組。", "临时院会", "2031-05-06"),
]

NOT_SITTINGS = [  # a sitting named only: a point in time, a habit
    "本报讯 2031年5月8日，新旧任处长交接将在下周院会之前举行。",
    "臨江日報 2031年5月8日\n新舊任處長交接會在下週院會之前舉行。",
    "本报讯 2031年5月8日，新旧任局长交接安排在市务会议之后进行。",
    "本报讯 2031年5月8日，松岩院长柴思雨说，每周四院会都会审议预算案。",
]


@pytest.mark.parametrize(("text", "title", "date"), SITTINGS)
def test_a_sitting_named_yuanhui_is_a_meeting(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


@pytest.mark.parametrize("text", NOT_SITTINGS)
def test_a_sitting_named_as_a_point_in_time_or_a_habit_is_no_event(text: str) -> None:
    assert not [t for t in _events(text) if "院会" in t or "会议" in t]


PARTY = [  # (text, title, date)
    ("臨江日報 2031年5月8日\n臨江黨今（8）日召開第5屆第2次全代會，主席龔明遠主持會議。", "第5届第2次全代会", DAY),
    ("臨江日報 2031年5月8日\n海州黨中午召開全代會，黨主席柴思雨致詞。", "海州党全代会", DAY),
    ("本报讯 2031年5月8日，海州党今天下午召开中常会，通过两项人事案。", "海州党中常会", DAY),
    ("臨江日報 2031年5月8日\n海州黨中常會7日下午在黨部舉行，主席柴思雨主持會議。", "海州党中常会", "2031-05-07"),
]

NOT_PARTY = [  # members, delegates, a definition: no meeting
    "本报讯 2031年5月8日，海州党中常委林晓峰说，中常会是该党的决策机构。",
    "本报讯 2031年5月8日，海州党全代会代表宁可心说，将提出三项提案。",
]


@pytest.mark.parametrize(("text", "title", "date"), PARTY)
def test_a_party_congress_or_standing_committee_named_short(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


@pytest.mark.parametrize("text", NOT_PARTY)
def test_party_members_and_definitions_name_no_meeting(text: str) -> None:
    assert not _events(text)


def test_the_long_and_short_names_of_one_congress_are_one_event() -> None:
    text = (
        "本报讯 2031年5月8日，海州党今天上午召开全国党代表大会，党主席柴思雨致词。"
        "海州党全代会今天下午选出中央委员。"  # both told as held: two events without short_names.tsv
    )
    assert len([t for t in _events(text) if "代表大会" in t or "全代会" in t]) == 1


CLOCKS = [  # (text, title expected, a glued title that must not be)
    ("新华社江城2031年5月8日电 8日下午，临江省政协会议开幕。下午3:00大会开幕，全体委员起立。", "临江省政协会议", "00大会"),
    ("臨江日報 2031年5月8日 14:35:10\n海州黨中午召開全代會，黨主席柴思雨致詞。", "海州党全代会", "10海州党中午全代会"),
    ("臨江日報 2031年5月8日 09：05\n海州黨上午召開代表大會，黨主席柴思雨致詞。", "海州党代表大会", "05海州党上午代表大会"),
]


@pytest.mark.parametrize(("text", "title", "glued"), CLOCKS)
def test_a_clock_time_is_no_part_of_a_name(text: str, title: str, glued: str) -> None:
    found = _events(text)
    assert title in found
    assert not [t for t in found if t.startswith(("00", "10", "05")) or glued in t]


TOUR = "临江省考察团抵达江城，开展经贸交流。团员们走访青禾港区。钱小禾讲解港区建设情况。双方表示要加强合作。团员们对港区发展印象深刻。"
TOUR_T = "臨江省考察團抵達江城，開展經貿交流。團員們走訪青禾港區。錢小禾講解港區建設情況。雙方表示要加強合作。團員們對港區發展印象深刻。"
HEAD, HEAD_T = "江城日报 2031年5月8日\n", "江城晚報 2031年5月8日\n"

RECURRING = [  # (text, event, its date): a recurrence names no day, the month; left at the month of a report dated to the day,
    # a habit is no event since session 24 (evprec34, events/monthonly.py; docs/decisions.md)
    (HEAD + TOUR + "考察团每天上午出席江城市政府举办的经贸座谈会。", "经贸座谈会", "2031-05"),
    (HEAD + TOUR + "考察团每周三下午出席江城市政府举办的经贸座谈会。", "经贸座谈会", "2031-05"),
    (HEAD_T + TOUR_T + "考察團逢週五晚上出席江城市政府舉辦的經貿座談會。", "经贸座谈会", "2031-05"),
    (HEAD_T + TOUR_T + "考察團每個工作日上午出席江城市政府舉辦的經貿座談會。", "经贸座谈会", "2031-05"),
    (HEAD + TOUR + "考察团每逢星期一晚上出席江城市政府举办的经贸座谈会。", "经贸座谈会", "2031-05"),
]

ONE_DAY = [  # a daypart alone, or the day the story is at: that day
    (HEAD + TOUR + "考察团下午出席江城市政府举办的经贸座谈会。", "经贸座谈会", DAY),
    (HEAD_T + TOUR_T + "考察團晚上出席江城市政府舉辦的經貿座談會。", "经贸座谈会", DAY),
    (HEAD + TOUR + "考察团当天下午出席江城市政府举办的经贸座谈会。", "经贸座谈会", DAY),
]


@pytest.mark.parametrize(("text", "title", "date"), RECURRING)
def test_a_recurring_part_of_the_day_names_no_day(
    text: str, title: str, date: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert title not in _events(text)  # left at the month of a report dated to the day: no event (monthonly)
    month_filter_off(monkeypatch)
    assert _events(text).get(title) == date  # the month the dating code gives it, no day


@pytest.mark.parametrize(("text", "title", "date"), ONE_DAY)
def test_a_part_of_the_day_alone_is_the_story_day(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


DATED_AFTER = [  # (text, title, date): a sitting's day printed right after its name, then what it did
    ("臨江日報 2031年5月8日\n臨江行政院會今（8）日通過青禾港區條例草案，院長錢小禾在會中致詞。", "临江行政院会", DAY),
    ("臨江日報 2031年5月8日\n臨江行政院會今天通過青禾港區條例草案。", "临江行政院会", DAY),
    ("本报讯 2031年5月8日，青禾县政府常务会议7日研究青禾港区建设工作。", "青禾县政府常务会议", "2031-05-07"),
    ("本报讯 2031年5月8日，江城市人大常委会会议昨天表决通过青禾港区条例。", "江城市人大常委会会议", "2031-05-07"),
]

NOT_DATED_AFTER = [  # a day closing the clause, a period, no day at all
    "本报讯 2031年5月8日，青禾县政府常务会议7日，柴思雨说要抓好落实。",
    "本报讯 2031年5月8日，青禾县政府常务会议今年研究青禾港区建设工作五次。",
    "本报讯 2031年5月8日，青禾县政府常务会议讨论青禾港区建设工作的情况很好。",
]


@pytest.mark.parametrize(("text", "title", "date"), DATED_AFTER)
def test_a_sitting_whose_day_follows_its_name_took_place(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


@pytest.mark.parametrize("text", NOT_DATED_AFTER)
def test_a_sitting_with_no_day_after_its_name_is_only_named(text: str) -> None:
    assert not _events(text)


PRESIDED_BY = [  # (text, title, date): a name told with who presides over it took place
    ("江城晚報 2031年5月8日\n江城市義勇警察大隊長交接典禮，7日由市長龔明遠主持授旗。", "江城市义勇警察大队长交接典礼", "2031-05-07"),
    ("本报讯 2031年5月8日，青禾县新旧任局长交接仪式由副县长龚明远监交。", "青禾县新旧任局长交接仪式", DAY),
    ("本报讯 2031年5月8日，青禾县人才工作座谈会由县长龚明远主持，柴思雨发言。", "青禾县人才工作座谈会", DAY),
    ("海州晚報 2031年5月8日\n海州市消防分隊長布達典禮，今天上午由副市長錢小禾主禮。", "海州市消防分队长布达典礼", DAY),
]

NOT_PRESIDED_BY = [  # what the name holds is presided over, or the presiding is still to come
    "本报讯 2031年5月8日，柴思雨说，青禾县人才工作座谈会的会务由县长龚明远主持。",
    "本报讯 2031年5月8日，柴思雨说，青禾县人才工作座谈会将由县长龚明远主持。",
    "本报讯 2031年5月8日，柴思雨说，青禾县人才工作座谈会每年由县长龚明远主持。",
    "本报讯 2031年5月8日，柴思雨说，青禾县人才工作座谈会始创于2019年，座谈会每年由县长龚明远主持。",
]


@pytest.mark.parametrize(("text", "title", "date"), PRESIDED_BY)
def test_a_name_told_with_who_presides_took_place(text: str, title: str, date: str) -> None:
    assert _events(text).get(title) == date


@pytest.mark.parametrize("text", NOT_PRESIDED_BY)
def test_presiding_over_a_part_or_to_come_tells_no_event(text: str) -> None:
    assert not [d for t, d in _events(text).items() if t == "青禾县人才工作座谈会" and d == DAY]
