"""Inspection tours and regional meetings (issue 13, fifth session, genre probe realtour): invented variants
of the classes the probe's study pages and the studied sets' tour pages showed — the official who 强调/指出/
要求 on a tour takes part (no speech: the seed gold), a form of address (龚市长强调) naming a speaker, a name followed by 深入 (深入基层调研), and a list item that opens with a title of
its own (某书记甲、区长乙) whose name holds a boundary character. Traditional texts are read in Simplified,
so the expected names are written in Simplified."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, people
from ygraph.model import DocumentFacts

DAY = "2031-05-20"


def _relations(f: DocumentFacts, event_type: str) -> set[tuple[str, str]]:
    """(person, relation) of every participant of the events of ``event_type``."""
    return {(p.person, p.relation) for e in f.events if e.event_type == event_type for p in e.participants}


# --- the tour's lead who 强调/指出/要求 (or 他强调 in the next sentence) takes part, but makes no speech at it: the
# seed gold's convention (docs/decisions.md), against the real pages' golds; his attendance stays ----------
@pytest.mark.parametrize(
    ("text", "inspector"),
    [
        ("5月18日，临江市委书记龚明远到江城县调研农业生产。龚明远强调，要抓好春耕。", "龚明远"),
        ("5月18日，江城縣長柴思雨到湖濱鎮檢查指導防汛工作。柴思雨指出，要壓實責任。", "柴思雨"),
        ("5月18日，临江县县长林晓峰到江城镇督导安全生产。他要求，各部门要加强巡查。", "林晓峰"),
        ("5月18日，臨江市副市長龔明遠到江城區調研重點項目。他強調，要加快進度。", "龚明远"),
    ],
)
def test_inspector_who_stresses_takes_part_without_a_speech(text: str, inspector: str) -> None:
    relations = {relation for person, relation in _relations(facts(text, DAY), "inspection") if person == inspector}
    assert relations and "spoke_at" not in relations


# --- a name followed by 深入 (深入乡镇/企业/基层调研): the name ends before it ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月18日上午，县长李维舟深入江城镇检查指导防汛工作。", "李维舟"),
        ("5月18日，臨江縣委書記龔明遠深入企業和項目建設現場調研。", "龚明远"),
        ("5月18日，江城市市长柴思雨深入乡镇、园区调研。", "柴思雨"),
    ],
)
def test_name_before_shenru_is_read(text: str, name: str) -> None:
    f = facts(text, DAY)
    assert name in {p.name for p in f.people}
    assert (name, "attended") in _relations(f, "inspection")


# --- 某书记甲、区长乙: a list item opening with a title is no shared name (区长陈 is no person) -------------
@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("区委书记张岚、区长陈曾远一同参加活动。", "陈曾远", "区长陈"),
        ("縣委書記龔明遠、縣長林曾華出席會議。", "林曾华", "县长林"),
        ("市委书记柴思雨、市长王曾明陪同考察。", "王曾明", "市长王"),
    ],
)
def test_list_item_with_its_own_title(text: str, name: str, junk: str) -> None:
    found = people(text)
    assert name in found
    assert junk not in found


def test_names_sharing_one_title_still_shared() -> None:
    """副市长甲、乙、丙 (items without a title) still share the title."""
    assert {"龚明远", "柴思雨", "林晓峰"} <= set(people("临江市副市长龚明远、柴思雨、林晓峰出席。"))


# --- a consultation meeting (会商会) is a meeting's name; its speaker 在会上表示 speaks at it -------------------
@pytest.mark.parametrize(
    ("text", "title", "speaker"),
    [
        ("本报讯 5月18日，临江流域城市合作第2次市长会商会在江城举行。市长龚明远在会上表示，要加强合作。",
         "临江流域城市合作第2次市长会商会", "龚明远"),
        ("本報訊 5月18日，湖濱經濟帶第5次市長會商會在江城舉行。市長柴思雨在會上表示，將深化合作。",
         "湖滨经济带第5次市长会商会", "柴思雨"),
        ("本报讯 5月18日，海州都市圈发展会商会在江城召开。江城市副市长林晓峰在会议上表示，要协同推进。",
         "海州都市圈发展会商会", "林晓峰"),
    ],
)
def test_consultation_meeting_and_its_floor_speaker(text: str, title: str, speaker: str) -> None:
    f = facts(text, DAY)
    event = next(e for e in f.events if e.title == title)
    assert event.event_type == "meeting"
    assert (speaker, "spoke_at") in {(p.person, p.relation) for p in event.participants}


def test_speaker_at_a_talk_with_a_delegation() -> None:
    """某某在座谈时说: a host who speaks at the talk held with a visiting group."""
    f = facts("8日，临江省代表团与江城市举行座谈。江城市委书记龚明远在座谈时说，欢迎代表团。", DAY)
    assert ("龚明远", "spoke_at") in {(p.person, p.relation) for e in f.events for p in e.participants}


# --- a body's history (成立于1996年, 自2004年成立至今, 成立以来) is no founding reported ------------------------
@pytest.mark.parametrize(
    "history",
    [
        "临江协作区成立于1988年，由六市组成。",
        "龚明远表示，临江协作区自2004年成立至今已二十年。",
        "湖濱協調會成立於1996年，現有30個成員城市。",
        "海州联盟成立以来，合作不断深化。",
    ],
)
def test_history_of_a_body_is_no_event(history: str) -> None:
    f = facts("本报讯 5月18日，临江协作区联席会议在江城召开。" + history, DAY)
    assert [e.title for e in f.events] == ["临江协作区联席会议"]


def test_a_founding_reported_is_still_an_event() -> None:
    f = facts("本报讯 5月18日，临江协作区在江城正式成立。", DAY)
    assert [(e.event_type, e.date) for e in f.events] == [("opening", "2031-05-18")]


# --- a joint name (某座谈会暨签约仪式) is typed by its first event; a forum inside still makes a forum ---------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新华社江城2031年5月18日电 18日，临江海州两省深化合作座谈会暨签约仪式在江城举行。", "meeting"),
        ("新華社江城2031年5月18日電 18日，湖濱市招商推介會暨項目簽約儀式在江城舉行。", "meeting"),
        ("新华社江城2031年5月18日电 18日，第五届江城论坛暨经贸洽谈会在江城开幕。", "forum"),
        ("新华社江城2031年5月18日电 18日，第二十届江洽会开幕式暨丝路合作高端论坛在江城举行。", "forum"),
        ("新华社江城2031年5月18日电 18日，临江海州合作项目签约仪式在江城举行。", "signing"),
    ],
)
def test_joint_name_typed_by_its_first_event(text: str, kind: str) -> None:
    assert [e.event_type for e in facts(text, DAY).events] == [kind]


# --- a title before a forum's name (市长高峰论坛) reads no person (高峰论坛) ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "今天上午，大会将举行“市长高峰论坛”。",
        "“市長高峰論壇”是協調會第14次市長聯席會議的重頭戲。",
        "本届年会设有省长高峰论坛和企业家峰会。",
    ],
)
def test_forum_noun_after_a_title_is_no_name(text: str) -> None:
    assert not people(text)


# --- 省委书记甲，省委副书记、省长乙率团赴某地 / 会见: a clause of only a title and a name before the actor's ----------
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("5月18日，省委书记、省人大常委会主任龚明远，省委副书记、省长柴思雨率我省党政代表团赴海州省考察。", "龚明远", "柴思雨"),
        ("5月18日，臨江省委書記林曉峰，省委副書記、省長柴思雨率臨江省黨政代表團赴海州考察。", "林晓峰", "柴思雨"),
        ("5月18日，省委书记龚明远，省委副书记、省长柴思雨会见了海州客人林晓峰一行。", "龚明远", "柴思雨"),
    ],
)
def test_title_and_name_clause_before_the_actor_is_a_co_subject(text: str, first: str, second: str) -> None:
    f = facts(text, DAY)
    attended = {p.person for e in f.events for p in e.participants if p.relation == "attended"}
    assert {first, second} <= attended


def test_a_clause_doing_something_else_is_no_co_subject() -> None:
    """省委书记甲在北京，省长乙到某地调研: 甲's clause goes on after the name; 甲 is not on the tour."""
    f = facts("5月18日，省委书记龚明远在北京出差，省长柴思雨到江城调研。", DAY)
    tour = next(e for e in f.events if e.event_type == "inspection")
    assert "龚明远" not in {p.person for p in tour.participants}


# --- a source line naming an organ of a place (来源：某市商务局) gives the page's place to bare titles ------------
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("时间:2031-05-28 来源:芜湖市商务局\n5月24日，市委书记林晓峰调研物流园区项目。", "林晓峰", "芜湖市委书记"),
        ("時間:2031-05-28 來源:蚌埠市外事辦\n5月24日，市長柴思雨會見外賓。", "柴思雨", "蚌埠市长"),
        ("发布时间:2031-05-28 来源:安徽省商务厅\n5月24日，副省长龚明远调研外贸企业。", "龚明远", "安徽省副省长"),
    ],
)
def test_source_organ_names_the_page_place(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    "source",
    ["来源:中国市场监管报", "來源:中國市長協會", "来源:城市快报"],
)
def test_a_source_that_names_no_known_place_completes_nothing(source: str) -> None:
    """来源：中国市场监管报: 中国市 is no place; the bare title stays bare (no guess)."""
    text = f"时间:2031-05-28 {source}\n5月24日，市委书记林晓峰调研物流园区项目。"
    assert {post for person, post in claims(text) if person == "林晓峰"} == {"市委书记"}


# --- a form of address (郑市长强调, 周市長還指出) names the one participant with that surname ---------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("5月29日，临江市委常委、常务副市长龚明远出席江城县重点项目推进会。龚市长强调，要加快进度。", "龚明远"),
        ("5月18日，臨江市副市長周明遠出席江城縣安全生產座談會。周市長還指出，要確保安全。", "周明远"),
        ("5月18日，临江市委书记林晓峰主持召开江城发展座谈会。林书记要求，各部门要抓好落实。", "林晓峰"),
    ],
)
def test_form_of_address_names_the_participant(text: str, speaker: str) -> None:
    f = facts(text, DAY)
    assert (speaker, "spoke_at") in {(p.person, p.relation) for e in f.events for p in e.participants}


def test_form_of_address_shared_by_two_participants_names_nobody() -> None:
    """龚市长 when two participants are named 龚: no guess."""
    text = "5月18日，临江市市长龚明远、江城市市长龚立新出席江城发展座谈会。龚市长强调，要加强合作。"
    spoke = {p.person for e in facts(text, DAY).events for p in e.participants if p.relation == "spoke_at"}
    assert not spoke & {"龚明远", "龚立新"}
