"""Events and names of session 45 (invented text, invented names).

- A name after a title ends before a movement verb and a place's one-character short form, with no visit word
  after them (某书记甲乙丙抵某后, 来某仅一天: actors/guests.short_arrival_at, rule titled:follow.come).
- An act told right after another (抵某后，就与某某会见; 随即与某某会面) opens with an adverb before its partner word
  (events/side_acts.tsv adverb: 就, 即, 随即, 便): the talks are read, the actor is the sentence's subject, and
  the post after the adverb's 与 starts after it (actors/prefix_stops.txt 就与, 即与, 便与).
- Talks held on behalf of someone (代表某主席甲与乙会见) are the speaker's: the one represented is no actor and
  takes no part (events/guards.represented, word_uses.tsv on_behalf; 代表团 is no such word).
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from sweep13 import in_script

_DAY = "新华社江城2031年5月23日电 23日，"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("move", ["抵杭后出席座谈会。", "抵沪仅一个小时，就出席了座谈会。", "来京后出席座谈会。"])
def test_a_titled_name_ends_before_a_move_to_a_short_place(move: str, script: str) -> None:
    found = facts(in_script(_DAY + "临江省委书记龚明远" + move, script), "2031-05-24")
    assert [(r.person, r.position) for r in found.roles] == [("龚明远", "临江省委书记")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "lead",
    ["抵杭仅一个小时，就与", "抵达江城后，即与", "抵达江城后，随即与", "抵达江城后，便与"],
)
def test_talks_right_after_an_arrival(lead: str, script: str) -> None:
    text = _DAY + "临江省委书记龚明远" + lead + "海州省委书记柴思雨进行会见。"
    found = facts(in_script(text, script), "2031-05-24")
    assert {(r.person, r.position) for r in found.roles} == {
        ("龚明远", "临江省委书记"),
        ("柴思雨", "海州省委书记"),
    }
    talks = [e for e in found.events if e.event_type == "talks"]
    assert [(e.title, e.date) for e in talks] == [("龚明远与柴思雨进行会见", "2031-05-23")]
    assert event_people(talks[0]) == {("龚明远", "attended"), ("柴思雨", "attended")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_talks_on_behalf_of_someone_leave_him_out(script: str) -> None:
    text = _DAY + "江城市委副书记柴思雨代表市委书记龚明远与临江省代表团团长林晓峰会见。"
    found = facts(in_script(text, script), "2031-05-24")
    talks = [e for e in found.events if e.event_type == "talks"]
    assert len(talks) == 1
    assert event_people(talks[0]) == {("柴思雨", "attended"), ("林晓峰", "attended")}


def test_a_delegation_leader_before_talks_is_no_one_represented() -> None:
    text = _DAY + "临江省代表团团长林晓峰与江城市委书记龚明远会见。"
    talks = [e for e in facts(text, "2031-05-24").events if e.event_type == "talks"]
    assert len(talks) == 1
    assert event_people(talks[0]) == {("林晓峰", "attended"), ("龚明远", "attended")}


_TRIP = "新华社台北2031年5月9日电 副总统龚明远明天将启程出访海州国，20日返国。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_acts_announced_in_a_trip_s_frame_take_its_days(script: str) -> None:
    text = _TRIP + "龚明远访问海州国期间，将拜会总统柴思雨(Juan Chai)与外长林晓峰(Ricardo Lin)、接受柴思雨午宴。"
    found = facts(in_script(text, script), "2031-05-09")
    talks = sorted((e for e in found.events if e.event_type == "talks"), key=lambda e: e.title)
    assert [(e.date, e.planned) for e in talks] == [("2031-05-10", True)] * 2  # one call per host
    assert {p for e in talks for p, _ in event_people(e)} == {"龚明远", "柴思雨", "林晓峰"}
    assert all("(" not in e.title for e in talks)  # the Latin gloss is no word of the title


def test_a_visit_named_again_in_its_frame_is_the_trip_told() -> None:
    text = _TRIP + "龚明远访问海州国期间，将拜会总统柴思雨。"
    visits = [e for e in facts(text, "2031-05-09").events if e.event_type == "visit"]
    assert len(visits) == 1


def test_a_plan_told_without_a_trip_s_frame_stays_no_event() -> None:
    text = "新华社台北2031年5月9日电 龚明远表示，将拜会总统柴思雨。"
    assert [e for e in facts(text, "2031-05-09").events if e.event_type == "talks"] == []


def test_a_signing_s_object_ends_with_its_quoted_name() -> None:
    text = _TRIP + "访问期间，龚明远将见证两国外长签署“互免签证协定”、接受柴思雨午宴。"
    found = facts(text, "2031-05-09").events
    signings = [e for e in found if e.event_type == "signing"]
    assert len(signings) == 1
    assert signings[0].title.endswith("协定”")
    meals = [e for e in found if e.event_type == "other"]  # the lunch announced in the trip's frame: its days
    assert [(e.date, e.planned) for e in meals] == [("2031-05-10", True)]


_SESSION = "本报江城3月29日讯 省人大常委会第九次会议今天闭会。主任林晓峰主持会议并讲话。他说，这次会议是"


@pytest.mark.parametrize(
    "named",
    ["省九届人大三次会议后召开的首次例会。", "全国人大三次会议与省九届人大三次会议后本会召开的首次例会。"],
)
def test_a_meeting_named_as_a_point_in_time_is_no_event(named: str) -> None:
    found = facts(_SESSION + named + "副主任龚明远、柴思雨出席会议。", "2031-03-30")
    assert [e.title for e in found.events] == ["省人大常委会第九次会议"]
    assert {p for p, r in event_people(found.events[0]) if r == "attended"} == {"龚明远", "柴思雨"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_video_address_is_sent(script: str) -> None:
    text = "新华社江城2030年6月8日电 第九届江城经贸论坛8日在江城开幕。临江省长林禾正出席并致辞，海州市长龚明远作视频致辞。"
    forum = facts(in_script(text, script), "2030-06-08").events[0]
    assert event_people(forum) == {("林禾正", "attended"), ("林禾正", "spoke_at"), ("龚明远", "sent")}


_FORUM = "新华社江城2031年3月24日电 外交部发言人王小明今日宣布：国务院总理龚明远将于30日赴海南出席江城论坛年会开幕仪式并作主旨演讲。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_people_announced_at_a_planned_event_take_part(script: str) -> None:
    text = _FORUM + "海州国总理柴思雨、临江国总理林晓峰将应邀出席年会。"
    forum = facts(in_script(text, script), "2031-03-24").events[0]
    assert forum.planned
    assert event_people(forum) >= {("龚明远", "attended"), ("柴思雨", "attended"), ("林晓峰", "attended")}


def test_people_greeting_elsewhere_take_no_part_in_a_planned_event() -> None:
    text = _FORUM + "海州国总理柴思雨今日抵达广州，副省长张晓新到机场迎接。"
    forum = facts(text, "2031-03-24").events[0]
    assert "张晓新" not in {p for p, _ in event_people(forum)}


_WAKE = "本报讯 2031年8月24日 / 江城商会昨日为已故会长柴思雨在江城殡仪馆设灵，将于今日举殡。数百人昨日到场致祭，市长林晓峰亲临致祭。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_wake_and_its_mourners(script: str) -> None:
    found = facts(in_script(_WAKE, script), "2031-08-24")
    wake = [e for e in found.events if e.date == "2031-08-23"]
    assert len(wake) == 1
    assert event_people(wake[0]) == {("林晓峰", "attended")}  # the deceased takes part in nothing


def test_a_funeral_told_of_the_deceased_is_no_part_of_his() -> None:
    found = facts("江城商会会长柴思雨今早举殡\n" + _WAKE, "2031-08-24")
    assert all(p != "柴思雨" for e in found.events for p, _ in event_people(e))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "named", ["首届「江城论坛：亚洲对话」", "首届“江城论坛：亚洲对话”", "首届「江城论坛：亚洲对话(Jiangcheng Forum: Asian Dialogue)」"]
)
def test_a_quoted_name_with_a_subtitle(named: str, script: str) -> None:
    text = f"新华社台北2017年10月11日电 {named}今天登场，多国外宾与会。副署长柴思雨、副部长林晓峰等官员与会。"
    found = facts(in_script(text, script), "2017-10-11")
    assert [(e.title, e.date) for e in found.events] == [("江城论坛：亚洲对话", "2017-10-11")]
    assert {p for p, _ in event_people(found.events[0])} == {"柴思雨", "林晓峰"}


def test_a_colon_outside_quotes_still_ends_a_clause() -> None:
    found = facts("新华社台北2017年10月11日电 主办方表示：江城论坛今天登场。", "2017-10-11")
    assert [e.title for e in found.events] == ["江城论坛"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("venue", ["江城宾馆", "江城人民大会堂"])
def test_a_sitting_held_at_a_venue_is_its_session_s(venue: str, script: str) -> None:
    text = f"新华社江城12月26日电 江城市议事会第十五次会议26日上午在{venue}举行第三次全体会议。"
    text += "市长林晓峰出席。议事会第十四次会议已经审议通过三个报告。"
    found = facts(in_script(text, script), "2031-12-27")
    assert [e.title for e in found.events] == ["江城市议事会第十五次会议第三次全体会议"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_tibetan_name_opening_with_the_preposition_s_character(script: str) -> None:
    text = "新华社江城12月26日电 江城市议事会第十五次会议26日举行第三次全体会议。向巴多吉副主任主持会议。"
    found = facts(in_script(text, script), "2031-12-27")
    assert event_people(found.events[0]) == {("向巴多吉", "presided")}
