"""Events of session 43 (invented text, invented names).

- A mourning rite (追悼会, 追思会, 遗体告别仪式) is an event named by its noun; the deceased printed right before it,
  with posts and 同志/先生/遗体, is part of its name (namewalk._mourned) and takes no part in it
  (sentencepeople.sentence_people), while those who came to it (出席, 到场, 纷纷到…会场) attended.
- A meeting convened with a long modifier (召开前某职某某的某会议) is held, and the one it is said of takes no part;
  a mourning rite names the deceased printed in the Taiwanese order too (李前副总统某某先生追思祝福会).
- A name opening its sentence is placed by the rest of it (某会，4日上午在某地举行: dating.date_held), and 在…举行
  reaches a venue of up to sixteen characters.
- An event word inside a post (论坛主席某某) names no event: the people of its sentence stay at the event named
  before (events._refs, Context.in_post); a site's credit (某网讯) ends the name after it (name_stops 讯).
- A trip set off on (前赴某地及某地) is a visit whose companions (陪同出访的包括…) attend it, announced or made;
  talks naming no one met (拜访两地主要领导, 广泛会晤各界人士) are its purpose, no event (guards.unnamed_counterpart).
- Those a person accompanies (甲陪同乙、丙等人，共同…) attend too, as those a person leads; a led list ends at the
  next act word (甲陪同乙拜访丙: 丙 is the host; partverbs.led_end).
- A name before 的 and another name of the same clause only describes that other one (曾追随甲多年的某职乙介绍:
  乙 spoke, 甲 did not; partverbs.describes_next).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script
from ygraph.events import eventplaces


@pytest.mark.parametrize(
    ("rite", "title"),
    [
        ("前临江省省长柴思雨同志追悼会", "前临江省省长柴思雨同志追悼会"),
        ("临江大学原校长柴思雨先生遗体告别仪式", "临江大学原校长柴思雨先生遗体告别仪式"),
        ("前市长柴思雨资政追思会", "前市长柴思雨资政追思会"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_mourning_rite_is_named_with_the_deceased_who_takes_no_part(rite: str, title: str, script: str) -> None:
    text = (
        f"新华社江城2030年6月8日电 {rite}8日上午在江城殡仪馆举行。临江省委书记龚明远出席。"
        "海州市长林晓峰、江城市长钱小禾等纷纷到追思会场致意。"
    )
    events = facts(in_script(text, script), "2030-06-08").events
    assert [(e.title, e.date, e.place) for e in events] == [(title, "2030-06-08", "江城殡仪馆")]
    assert sorted((p.person, p.relation) for p in events[0].participants) == [
        ("林晓峰", "attended"), ("钱小禾", "attended"), ("龚明远", "attended")
    ]


def test_a_headline_naming_the_deceased_gives_no_participant() -> None:
    text = (
        "前临江省政府主席柴思雨先生追思会龚明远主席率同仁表达追思\n\n2030-06-09 02:25:27\n\n"
        "前临江省政府主席柴思雨先生追思会，8日上午在江城体育馆举行。省府龚明远主席率同仁参加。"
    )
    found = facts(text, "2030-06-09")
    assert [e.title for e in found.events] == ["前临江省政府主席柴思雨先生追思会"]
    assert [p.person for p in found.events[0].participants] == ["龚明远"]
    assert not any("追思会" in r.position for r in found.roles)  # the rite is no body of the name after it


@pytest.mark.parametrize(
    ("held", "place"),
    [
        ("，4日上午在临江市立体育馆举行", "临江市立体育馆"),
        ("，于4日上午10时，在江城市北山区第一中学活动中心举行", "江城市北山区第一中学活动中心"),
        ("4日在江城举行", "江城"),
    ],
)
def test_a_name_opening_its_sentence_is_placed_by_the_rest(held: str, place: str) -> None:
    text = f"本报讯 2031年3月4日 / 临江市青年创业座谈会{held}。市长林晓峰到场参加。"
    events = facts(text, "2031-03-04").events
    assert [(e.title, e.date, e.place) for e in events] == [("临江市青年创业座谈会", "2031-03-04", place)]


def test_a_name_describing_the_subject_after_it_takes_no_part() -> None:
    text = (
        "新华社江城2030年6月8日电 临江市青年创业座谈会8日在江城举行。前临江市长柴思雨出席。"
        "曾追随柴思雨先生多年的临江市政府顾问龚明远代表来宾介绍情况。"
    )
    events = facts(text, "2030-06-08").events
    spoke = sorted(p.person for p in events[0].participants if p.relation == "spoke_at")
    assert "龚明远" in spoke and "柴思雨" not in spoke


def test_a_list_after_a_noun_holding_a_verb_of_holding_is_no_list_of_events() -> None:
    text = (
        "临江市九届人大三次会议主席团第一次会议3月2日上午召开。"
        "会议表决了各代表团主持人名单、联组会议召集人名单和大会秘书处设置方案。"
    )
    events = facts(text, "2031-03-03").events
    assert [e.title for e in events] == ["临江市九届人大三次会议主席团第一次会议"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_group_coming_to_taiwan_visits_but_an_invited_trip_is_none(script: str) -> None:
    came = "新华社江城2031年4月20日电 海州文化交流团18日来台，预计停留3天。"
    events = facts(in_script(came, script), "2031-04-20").events
    assert [(e.event_type, e.date) for e in events] == [("visit", "2031-04-18")]
    invited = (
        "新华社江城2031年4月20日电 20日，江城市长龚明远会见海州市长柴思雨。由于柴市长热爱登山，龚明远也力邀其来台攀登高山。"
    )
    assert [e.event_type for e in facts(in_script(invited, script), "2031-04-20").events] == ["talks"]


def test_an_event_word_inside_a_post_is_no_venue() -> None:
    text = (
        "新华社江城2030年6月10日电 第九届江城经贸论坛10日在江城开幕。10日下午，海州市长龚明远出席了论坛开幕式。"
        "10日晚，海州代表团在江城饭店举办“海州之夜”主题酒会。龚明远与论坛主席柴思雨分别致辞，钱小禾主持。"
    )
    events = {e.title: e for e in facts(text, "2030-06-10").events}
    reception = sorted((p.person, p.relation) for p in events["海州之夜主题酒会"].participants)
    assert reception == [("柴思雨", "spoke_at"), ("钱小禾", "presided"), ("龚明远", "spoke_at")]
    assert all(p.person == "龚明远" for p in events["第九届江城经贸论坛"].participants)


@pytest.mark.parametrize("credit", ["江城网讯 ", "中国网·江城新区讯 "])
def test_a_site_credit_ends_the_name_after_it(credit: str) -> None:
    text = f"{credit}2030第九届江城通讯产业论坛10日在江城开幕。"
    assert [e.title for e in facts(text, "2030-06-10").events] == ["2030第九届江城通讯产业论坛"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_meeting_convened_for_someone_is_held_without_them(script: str) -> None:
    text = (
        "本报讯 2031年3月4日 / 市政府今(4日)中午召开前市长柴思雨先生的治丧委员会会议，副市长龚明远负责主持。"
        "市政府表示，「柴前市长思雨先生追思祝福会」定于3月20日举办。"
    )
    events = {e.title: e for e in facts(in_script(text, script), "2031-03-04").events}
    meeting = next(e for t, e in events.items() if t.endswith("治丧委员会会议"))
    assert meeting.date == "2031-03-04"
    assert [(p.person, p.relation) for p in meeting.participants] == [("龚明远", "presided")]
    assert "柴前市长思雨先生追思祝福会" in events


@pytest.mark.parametrize(("text", "place"), [("论坛在海州举行林晓峰讲话并宣布开幕", "海州"), ("论坛在江举行，柴思雨宣布开幕", "江")])
def test_the_earliest_place_phrase_wins_whatever_the_reach_of_its_word(text: str, place: str) -> None:
    assert eventplaces.place_in(text)[0] == place  # never 海州举行林晓峰讲话并宣布 (the reach of 开幕)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("when", ["将于明日", "29日"])
def test_a_trip_set_off_on_is_a_visit_and_unnamed_talks_are_its_purpose(script: str, when: str) -> None:
    text = (
        f"新华社香港1月29日电 行政长官林晓峰{when}前赴江城及海州，拜访两地主要领导。"
        "陪同出访的包括教育局局长龚明远、发展局局长柴思雨。"
    )
    events = facts(in_script(text, script), "2015-01-29").events
    assert [(e.title, e.event_type) for e in events] == [("林晓峰前赴江城及海州", "visit")]
    assert {p.person for p in events[0].participants} == {"柴思雨", "林晓峰", "龚明远"}


def test_those_accompanied_attend_but_not_the_host_of_the_next_act() -> None:
    text = (
        "2030江城博览会10日上午在江城广场盛大开幕，市长林晓峰陪同省长龚明远、副省长柴思雨等人，共同为活动揭开序幕。"
        "龚明远则指出，江城变化很大。"
    )
    fair = facts(text, "2030-06-10").events[0]
    assert {(p.person, p.relation) for p in fair.participants} == {
        ("林晓峰", "attended"), ("龚明远", "attended"), ("柴思雨", "attended"), ("龚明远", "spoke_at")
    }
    text = "新华社江城6月10日电 10日，江城经贸论坛开幕。论坛结束后，市长林晓峰率团陪同客人钱小禾拜访海州市委书记柴思雨。"
    forum = next(e for e in facts(text, "2030-06-10").events if e.title == "江城经贸论坛")
    assert "柴思雨" not in {p.person for p in forum.participants}  # the host of the call, not led to the forum
