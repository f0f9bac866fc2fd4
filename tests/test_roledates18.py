"""A title printed for someone at a dated event is held on the event's day too (events/roledates.py).

Invented text only. The article's date is its dateline; the events it reports fall days before it.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on, role_overlaps
from ygraph.corpus import merge
from ygraph.corpus.graph import role_spans


def _days(text: str, day: str) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for r in facts(text, day).roles:
        out.setdefault((r.person, r.position), set()).add(r.date or "")
    return out


# the person takes part in the event of the 21st; the plan the sentence before announces (全会决定，4月30日召开…)
# dates neither the title nor the meeting it is printed at (session 31: the plan's clause after 决定，)
TAKES_PART = [
    (
        "2031-04-28",
        "新华社江城4月28日电 中共临江省委十届十四次全体会议21日在江城举行。全会决定，4月30日召开省第十一次党代会。"
        "临江省委副书记、省长龚明远出席会议。",
        ("龚明远", "临江省长"),
        "2031-04-21",
        {"2031-04-21"},
    ),
    (
        "2031-04-28",
        "新華社江城4月28日電 中共臨江省委十屆十四次全體會議21日在江城舉行。全會決定，4月30日召開省第十一次黨代會。"
        "臨江省委副書記、省長龔明遠出席會議。",
        ("龚明远", "临江省委副书记"),
        "2031-04-21",
        {"2031-04-21"},
    ),
    (
        "2031-04-02",
        "新华社江城4月2日电 江城市委常委会3月31日召开会议。江城市委书记林晓峰主持会议。江城市市长龚明远出席。",
        ("林晓峰", "江城市委书记"),
        "2031-03-31",
        {"2031-03-31", "2031-04-02"},
    ),
    (
        "2031-04-02",
        "中新社江城4月2日電 臨江省人大常委會3月31日舉行第五次會議。會議由臨江省人大常委會主任柴思雨主持。",
        ("柴思雨", "临江省人大常委会主任"),
        "2031-03-31",
        {"2031-03-31", "2031-04-02"},
    ),
]


@pytest.mark.parametrize(("day", "text", "role", "held", "seen"), TAKES_PART)
def test_a_title_of_someone_taking_part_is_held_on_the_event_day(
    day: str, text: str, role: tuple[str, str], held: str, seen: set[str]
) -> None:
    days = _days(text, day)
    assert held in days[role]
    assert days[role] == seen  # and on the report's day it was seen on before, never on a plan's day ahead


# the article reports one event, days before its dateline; the list names no participation
ONE_EVENT = [
    (
        "2031-04-02",
        "新华社北京4月2日电 临江省政协十二届一次会议3月30日下午举行第四次全体会议。"
        "会议选出的临江省政协副主席是：林晓峰、龚明远、柴思雨。",
        ("柴思雨", "临江省政协副主席"),
    ),
    (
        "2031-04-02",
        "大公網北京4月2日電 臨江省政協十二屆一次會議3月30日下午舉行第四次全體會議。"
        "會議選出的臨江省政協副主席是：林曉峰、龔明遠、柴思雨。",
        ("林晓峰", "临江省政协副主席"),
    ),
    (
        "2031-04-02",
        "新华社北京4月2日电 江城市人大常委会3月30日举行第三次会议。会议选出的江城市人大常委会副主任是：龚明远、柴思雨。",
        ("龚明远", "江城市人大常委会副主任"),
    ),
]


@pytest.mark.parametrize(("day", "text", "role"), ONE_EVENT)
def test_the_titles_of_a_one_event_report_are_held_on_its_day(day: str, text: str, role: tuple[str, str]) -> None:
    assert _days(text, day)[role] == {day, "2031-03-30"}


def test_the_role_span_covers_the_event_and_the_report() -> None:
    day, text, role, held, _ = TAKES_PART[0]
    corpus = merge.merge([facts(text, day)], ())
    span = next(s for s in role_spans(corpus.roles) if (s.person, s.position) == role)
    assert (span.first_seen, span.last_seen) == (held, held)  # the plan announced (4月30日) is no day it was seen


@pytest.mark.parametrize(
    ("day", "text", "role"),
    [
        (  # a past post keeps its own dating
            "2031-04-02",
            "中新社江城4月2日電 臨江省人大常委會3月31日舉行第五次會議。會議由臨江省人大常委會主任柴思雨主持。原臨江省副省長林曉峰列席。",
            ("林晓峰", "临江省副省长"),
        ),
        (  # an event more than a week before the report: the title may have been another then
            "2031-04-28",
            "新华社江城4月28日电 中共临江省委十届十四次全体会议3月2日在江城举行。全会决定，4月30日召开省第十一次党代会。"
            "临江省委副书记、省长龚明远出席会议。",
            ("龚明远", "临江省长"),
        ),
    ],
)
def test_no_event_day_for_a_past_post_or_a_distant_event(day: str, text: str, role: tuple[str, str]) -> None:
    claims = [r for r in facts(text, day).roles if r.person == role[0] and role[1].endswith(r.position[-3:])]
    assert claims  # the post is read (its spelling may drop the 原)
    assert not any(r.date_source == "event" for r in claims)


@pytest.mark.parametrize(
    "text",
    [
        "本报江城4月28日讯 江城市政府昨天公布人事异动：江城市交通局局长林晓峰请辞后，由现任江城市政府秘书长龚明远接任。"
        "江城市长柴思雨今天主持交接仪式。",
        "本報江城4月28日訊 江城市政府昨天公布人事異動：江城市交通局局長林曉峰請辭後，由現任江城市政府秘書長龔明遠接任。"
        "江城市長柴思雨今天主持交接儀式。",
    ],
)
def test_a_later_event_day_never_extends_a_notice_past_its_change(text: str) -> None:
    """The notice of the 27th ends one holder and starts the next: an event of the report's own day dates
    nobody's title later (the old holder would overlap the new one)."""
    assert not role_overlaps(text, "2031-04-28")
    days = _days(text, "2031-04-28")
    assert days[("林晓峰", "江城市交通局局长")] == {"2031-04-27"}


ELECTED = [
    "新华社江城2月1日电 江城市第十三届人民代表大会第一次会议1月30日举行第三次全体会议。林晓峰、龚明远、柴思雨当选为江城市副市长。",
    "新華社江城2月1日電 江城市第十三屆人民代表大會第一次會議1月30日舉行第三次全體會議。林曉峰、龔明遠、柴思雨當選為江城市副市長。",
]


@pytest.mark.parametrize("text", ELECTED)
def test_an_election_at_the_reported_meeting_starts_on_its_day(text: str) -> None:
    """A notice's change made at the one meeting the report covers moves to the meeting's day."""
    days = _days(text, "2031-02-01")
    assert all(days[(name, "江城市副市长")] == {"2031-01-30"} for name in ("林晓峰", "龚明远", "柴思雨"))


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2月1日电 江城市第十三届人民代表大会第一次会议1月30日举行第三次全体会议。"
        "会议接受柴思雨辞去江城市市长职务，选举龚明远为江城市市长。",
        "新華社江城2月1日電 江城市第十三屆人民代表大會第一次會議1月30日舉行第三次全體會議。"
        "會議接受柴思雨辭去江城市市長職務，選舉龔明遠為江城市市長。",
    ],
)
def test_the_leaver_and_the_new_holder_both_change_on_the_meeting_day(text: str) -> None:
    days = _days(text, "2031-02-01")
    assert days[("柴思雨", "江城市长")] == days[("龚明远", "江城市长")] == {"2031-01-30"}
    assert handed_on(text, "2031-02-01") == {("江城市长", "柴思雨", "龚明远")}
    assert not role_overlaps(text, "2031-02-01")


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城4月2日电 3月30日，临江省召开领导干部会议。中央决定：龚明远任临江省委书记。"
        "新任临江省委书记龚明远曾任江城市市长。临江省委书记柴思雨因年龄原因卸任。",
        "新華社江城4月2日電 3月30日，臨江省召開領導幹部會議。中央決定：龔明遠任臨江省委書記。"
        "新任臨江省委書記龔明遠曾任江城市市長。臨江省委書記柴思雨因年齡原因卸任。",
    ],
)
def test_a_start_is_not_moved_before_a_predecessor_seen_holding_the_post(text: str) -> None:
    """The predecessor is printed holding the post on the report's day: the new holder's start stays there."""
    assert _days(text, "2031-04-02")[("龚明远", "临江省委书记")] == {"2031-04-02"}
    assert handed_on(text, "2031-04-02") == {("临江省委书记", "柴思雨", "龚明远")}
    assert not role_overlaps(text, "2031-04-02")
