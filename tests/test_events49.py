"""Events of session 39 (invented text, invented names).

- A round-up of first sessions of several places' people's congresses on one day: an autonomous region's name
  (某某自治区) is the body's place as a province's is, so its session is not merged into another place's
  (events/patterns.tsv body_place; sittings._other_bodies).
- A list of guests after a message (某某发来贺信。甲、乙等出席) attends the event reported before it, never the message,
  whose sender was not there (eventparts.reported_before).
- A lede's tour titled by its headline keeps the headline's object (某某会勘某工程), up to a space.
- A quoted meeting name before 上 (在“某会议”上讲话) is the venue of the act, not a quoted mention
  (guards.quoted_mention, word_uses venue_after).
- A works' start ceremony (开工仪式) is an opening; a bare mention of it after a verb of taking part (参加今天开工仪式的
  还有, 某公司董事长甲出席参加开工仪式) is the ceremony reported, never one named after the verb or the company's
  project (eventparts.convener, worksceremony.subject).
- 随着 before a name is no part of it (name_stops.txt); a kind of events opening with its scope (中国各地省级党代会)
  is no event (patterns.tsv kind).
- 会议决定，某日召开某会: the decision ending the clause before governs the name, which is planned even when no year
  tells the date is ahead (eventparts.plan_window, word_uses decision_lead).
- A forum's main session named by its theme (出席“某主题”主论坛) is the forum reported (sittings.main_session_of).
- A month printed without a year after a date printed with one in the same sentence takes that year.
- A document printed without 《》 but with a draft's mark (某议程(草案), 某报告(稿)) after a policy verb is linked as a
  title would be; a short list item takes the body of the item before it (policylinks._drafts, word_uses draft_mark).
- 主持人为某某: the people named after the word for the chair presided (participation.tsv relation ``chairs``).
- A sentence opening with an act's scene (签署备忘录现场，从左至右列席为…) ties its people to that act told before, not to
  the event named last (eventparts.scene_act, word_uses scene_noun).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on
from sweep13 import in_script

_ROUND_UP = (
    "新华社江城2031年1月28日电 临江省第九届人民代表大会第一次会议27日闭幕，会议选举龚明远为临江省省长。"
    "{region}第九届人民代表大会第一次会议27日闭幕，会议选举柴思雨为{region}主席。"
)


@pytest.mark.parametrize("region", ["青禾山自治区", "海州维吾尔自治区", "青禾山自治州"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_sessions_of_a_province_and_an_autonomous_region_stay_two(region: str, script: str) -> None:
    text = _ROUND_UP.format(region=region)
    text = in_script(text, script)
    titles = {e.title for e in facts(text, "2031-01-28").events}
    assert len(titles) == 2, titles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_guests_after_a_message_attend_the_event_reported_not_the_message(script: str) -> None:
    """某某发来贺信。甲、乙等出席: a message's sender was not there, and nobody attends a message."""
    text = "第九届江城论坛9月7日在江城举行。江城市副市长龚思远发来贺信。临江省副省长柴思雨，江城市长林晓峰等出席。"
    text = in_script(text, script)
    events = {e.title: {(p.person, p.relation) for p in e.participants} for e in facts(text, "2031-09-08").events}
    forum = next(people for title, people in events.items() if "论坛" in title)
    message = next(people for title, people in events.items() if "龚思远" in title)
    assert {("柴思雨", "attended"), ("林晓峰", "attended")} <= forum
    assert message == {("龚思远", "sent")}


def test_guests_after_a_message_alone_attend_nothing() -> None:
    events = facts("江城市副市长龚思远发来贺信。临江省副省长柴思雨等出席。", "2031-09-08").events
    assert all(("柴思雨", "attended") not in {(p.person, p.relation) for p in e.participants} for e in events)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headline_titling_its_leads_tour_keeps_its_object(script: str) -> None:
    """某某会勘某工程 持续提升…: the lede's tour is titled by its headline with the headline's object, up to the space
    (acttitle._headline_object); the words after the space are a second headline."""
    text = (
        "江城县长柴思雨会勘松岩乡排水工程 推动汛前完工\n"
        "本报讯 江城县长柴思雨八日在县议员林晓峰陪同下，前往松岩乡实地会勘排水沟渠修缮工程。"
    )
    text = in_script(text, script)
    titles = {e.title for e in facts(text, "2031-01-09").events}
    assert titles == {"柴思雨会勘松岩乡排水工程"}


def test_a_headline_of_a_message_still_ends_at_its_act() -> None:
    text = "龚明远就江城论坛开幕致贺信\n本报讯 国务院副总理龚明远今天致贺信。"
    assert "龚明远就江城论坛开幕致贺信" in {e.title for e in facts(text, "2031-01-09").events}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_speech_at_a_quoted_meeting_is_given_there(script: str) -> None:
    text = (
        "新华社江城2031年3月4日电 临江省政协十届一次会议4日开幕。"
        "2030年3月3日，临江省委副书记柴思雨在江城召开的“全省防汛抗旱工作会议”上作了讲话。"
    )
    text = in_script(text, script)
    events = {e.title: {(p.person, p.relation) for p in e.participants} for e in facts(text, "2031-03-04").events}
    quoted = next(people for title, people in events.items() if "防汛抗旱" in title)
    assert ("柴思雨", "spoke_at") in quoted
    others = [people for title, people in events.items() if "政协" in title or "政協" in title]
    assert all(("柴思雨", "spoke_at") not in people for people in others)


def test_a_quoted_meeting_named_as_a_topic_is_no_venue() -> None:
    text = "新华社江城2031年3月4日电 临江省政协十届一次会议4日开幕。委员柴思雨就“全省防汛抗旱工作会议”精神作了发言。"
    events = {e.title: {(p.person, p.relation) for p in e.participants} for e in facts(text, "2031-03-04").events}
    assert all(("柴思雨", "spoke_at") not in people for title, people in events.items() if "防汛抗旱" in title)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_bare_mentions_of_a_works_ceremony_are_the_one_reported(script: str) -> None:
    text = (
        "2030年3月22日上午，临江港三期工程开工仪式在港区举行。\n参加当天开工仪式的有：施工方代表、各单位负责人。\n"
        "港区项目施工方江城建设集团董事长柴思雨先生出席参加开工仪式。"
    )
    text = in_script(text, script)
    found = facts(text, "2030-03-23")
    assert [(e.event_type, e.date) for e in found.events] == [("opening", "2030-03-22")]
    assert ("柴思雨", "attended") in {(p.person, p.relation) for p in found.events[0].participants}
    assert ("柴思雨", "江城建设集团董事长") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_kind_of_events_with_its_scope_and_a_preposition_of_time_make_no_second_event(script: str) -> None:
    text = (
        "新华社江城2031年7月4日电 7月3日，临江市第九次党代会闭幕。至此，全国各地省级党代会已全部开完。"
        "随着临江市第九次党代会闭幕，发展蓝图更加清晰。"
    )
    text = in_script(text, script)
    assert [e.title for e in facts(text, "2031-07-04").events] == ["临江市第九次党代会"]  # titles are read Simplified


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_meeting_a_decision_calls_for_a_day_is_planned_without_a_year(script: str) -> None:
    text = "5月16日，临江市委常委会召开会议。常委会同时决定，6月3日举行临江市委九届八次全体会议，会期两天。"
    text = in_script(text, script)
    planned = {e.title: e.planned for e in facts(text, "").events}
    assert planned == {"临江市委常委会会议": False, "临江市委九届八次全体会议": True}


@pytest.mark.parametrize("day", ["新华社江城2031年5月31日电 ", ""])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_forums_main_session_named_by_its_theme_is_the_forum(day: str, script: str) -> None:
    text = day + "第五届江城青年论坛30日在江城开幕。江城市长龚明远、临江市长柴思雨出席“绿色发展”主论坛并致辞。"
    text = in_script(text, script)
    events = facts(text, "").events
    assert len(events) == 1 and events[0].title.endswith("江城青年论坛")
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= {(p.person, p.relation) for p in events[0].participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_month_in_the_sentence_of_a_printed_year_is_that_years(script: str) -> None:
    """2028年某校遴选…，1月选出…，直到同年12月: the month and 同年 are 2028's, not the page's year (framing
    .framed_in_sentence); the holder then and the holder now are in that order (a succession, not its reverse)."""
    text = (
        "临江国教育部长林晓峰日前表示满意。2028年江城大学换届，1月龚明远当选校长，"
        "同年12月，时任临江国教育部长柴思雨出席了交接仪式。"
    )
    text = in_script(text, script)
    dates = {(r.person, r.date) for r in facts(text, "2031-10-08").roles}
    assert ("柴思雨", "2028-12") in dates
    assert ("临江国教育部长", "柴思雨", "林晓峰") in handed_on(text, "2031-10-08")


def test_a_month_in_a_later_sentence_keeps_the_pages_year() -> None:
    text = "2030年，东港区商务局推进区企合作。3月30日，东港区政府与海岳集团签署战略合作协议。区长吴嘉禾出席签约仪式。"
    assert "2031-03-30" in {e.date for e in facts(text, "2031-04-20").events}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_drafts_printed_without_title_marks_are_the_meetings_documents(script: str) -> None:
    text = (
        "新华社江城2031年3月8日电 临江市人大常委会第九次会议8日举行。会议表决通过了临江市城乡规划条例(送审稿)，"
        "审议了临江市科普工作计划(草案)。会议原则通过了临江市科技大会日程(草案)、议程(草案)和表彰名单(草案)。"
    )
    text = in_script(text, script)
    (event,) = facts(text, "2031-03-08").events
    links = {(p.title, p.relation) for p in event.policies}
    assert links == {
        ("临江市城乡规划条例(送审稿)", "adopted"),
        ("临江市科普工作计划(草案)", "reviewed"),
        ("临江市科技大会日程(草案)", "adopted"),
        ("临江市科技大会议程(草案)", "adopted"),
        ("临江市科技大会表彰名单(草案)", "adopted"),
    }


def test_a_draft_named_in_a_clause_without_a_policy_verb_is_no_document_of_the_meeting() -> None:
    text = "新华社江城2031年3月8日电 临江市人大常委会第九次会议8日举行。柴思雨作关于临江市科普工作计划(草案)的说明。"
    (event,) = facts(text, "2031-03-08").events
    assert not event.policies


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_chair_named_after_the_word_for_the_chair_presided(script: str) -> None:
    text = "本报讯 2031年5月30日，江城青年创业论坛在江城举行。当天的主持人为江城团市委书记林晓峰。江城市长龚明远致词。"
    text = in_script(text, script)
    (event,) = facts(text, "2031-05-31").events
    people = {(p.person, p.relation) for p in event.participants}
    assert ("林晓峰", "presided") in people and ("龚明远", "presided") not in people


def test_the_next_verb_after_a_chair_listed_is_said_of_the_people_after_the_list() -> None:
    text = "本报讯 2031年5月30日，江城青年创业论坛在江城举行。当天的主持人为江城团市委书记林晓峰，江城市长龚明远致词。"
    (event,) = facts(text, "2031-05-31").events
    assert {(p.person, p.relation) for p in event.participants} == {("林晓峰", "presided"), ("龚明远", "spoke_at")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_people_at_the_scene_of_a_signing_attend_the_signing(script: str) -> None:
    text = (
        "本报讯 2031年5月30日，江城青年创业论坛在江城举行，双方签署三项合作备忘录。青年创业论坛在江城会议中心举行，"
        "江城市长龚明远出席。签约现场，出席的还有江城市商务局局长柴思雨、临江市体育局局长林晓峰。"
    )
    text = in_script(text, script)
    events = {e.event_type: {(p.person, p.relation) for p in e.participants} for e in facts(text, "2031-05-31").events}
    assert {("柴思雨", "attended"), ("林晓峰", "attended")} <= events["signing"]
    assert ("柴思雨", "attended") not in events["forum"]
