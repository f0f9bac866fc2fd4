"""Events, roles and people of session 54 (invented text, invented names).

- An institution hosting its own meeting (某大学召开会议) owns the bare posts of its kind the page prints (党委书记,
  校长; 董事长 of a 集团); two institutions holding a signing leave them bare.
- 免去甲同志的某职，乙、丙同志的某职、某职职务: each group of holders leaves its own posts.
- An act whose clause names no subject: a pronoun, or nothing, opening the sentence after its day (他26日会见了乙;
  27日南下会见丙) is the earlier sentence's first person (never a partner of the day before); a day opening the
  clause after a subject closing the first one (某办主任甲，25日访台) is that subject's act.
- How a trip is made between its day and its verb (首度以官方身份访台) leaves it a trip.
- A motion clause closing right before a tour (甲赴某州，调研某工作) names where the tour went.
- A farewell named as an activity (遗体送别活动), mourners who went to the hall (前往殡仪馆为某某送别), and
  consoling the family (表示慰问) is no speech.
- 应某某邀请 before a visit: the visit is made (no plan), the inviter does not make it.
- Greeters at the airport and the entourage landing with the visitor attend the visit, not the summit the
  visitor's remarks named since.
- A minutes' item heading joining two items with a comma is a line of its own; 原则同意该《短名》 adopts the
  document reviewed before.
- A married name before 等 is read whole; a training class's opening (某培训班在某地开班) is an event and its bare
  rite (开班仪式) is that opening; a lecture at a school (在某大学发表演讲) is an event, one at an event's opening
  is a speech there; a promotion's day may print its year (将于2032年1月1日升任).
- A greeter with a day of its own meets the visit told before.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events
from sweep13 import in_script


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_host_institution_owns_its_bare_posts(script: str) -> None:
    text = "2031年3月4日，临江大学召开干部大会。党委书记龚明远，校长柴思雨出席会议。"
    assert {("龚明远", "临江大学党委书记"), ("柴思雨", "临江大学校长")} <= _roles(in_script(text, script))


def test_two_institutions_leave_their_bare_posts_bare() -> None:
    text = "2031年3月4日，临江大学与江城建工集团举行签约仪式，董事长林晓峰出席。"
    assert not {p for _, p in _roles(text)} & {"临江大学董事长", "江城建工集团董事长"}


def test_removal_groups_after_one_verb() -> None:
    text = "2031年3月4日，会议宣布：免去柴思雨同志的临江大学党委副书记，龚明远、钱小禾同志的临江大学党委常委、委员职务。"
    changes = {(r.person, r.position, r.change) for r in facts(text).roles}
    assert {
        ("柴思雨", "临江大学党委副书记", "end"),
        ("龚明远", "临江大学党委常委", "end"),
        ("钱小禾", "临江大学党委委员", "end"),
    } <= changes


def test_a_programme_told_day_by_day_without_its_subject() -> None:
    text = (
        "新华社台北2031年6月25日电 临江省省长龚明远25日抵达台北。龚明远此行为期4天。"
        "26日会见青山市长柴思雨，并参访活动中心。27日南下会见海城市长钱小禾。"
    )
    parts = _parts(text)
    assert {("龚明远会见青山市长柴思雨", "龚明远", "attended")} <= parts
    assert any(title.endswith("会见海城市长钱小禾") and who == "龚明远" for title, who, _ in parts)
    assert not any(title.endswith("会见海城市长钱小禾") and who == "柴思雨" for title, who, _ in parts)


def test_a_pronoun_after_its_day_acts() -> None:
    text = "新华社台北2031年6月25日电 临江省省长龚明远25日抵达台北。他26日会见青山市长柴思雨。"
    assert ("龚明远会见青山市长柴思雨", "龚明远", "attended") in _parts(text)


def test_a_tour_leg_without_its_day_stays_the_tours() -> None:
    text = "新华社江城2031年6月25日电 25日，临江省省长龚明远到青山县调研。下午考察青山工业区。"
    assert list(_events(text)) == ["龚明远到青山县调研"]


@pytest.mark.parametrize(
    "clause", ["临江办主任林晓峰，25日首次访问海州", "临江省长林晓峰25日首度以官方身份访台"]
)
def test_a_trip_with_its_subject_before_or_its_manner_between(clause: str) -> None:
    text = f"新华社江城2031年6月25日电 {clause}。"
    assert [(d, who) for d, who in ((e.date, [p.person for p in e.participants]) for e in facts(text).events)] == [
        ("2031-06-25", ["林晓峰"])
    ]


def test_a_motion_clause_names_where_the_tour_went() -> None:
    text = "新华社江城2031年8月28日电 8月27日，省委书记龚明远赴青山市，调研贯彻落实扶贫工作部署情况。"
    assert _events(text) == {"龚明远赴青山市调研贯彻落实扶贫工作部署情况": ("2031-08-27", "青山")}


def test_a_farewell_activity_and_its_mourners() -> None:
    text = (
        "新华社江城2030年6月8日电 原临江市副市长柴思雨同志遗体送别活动，于6月8日上午在江城殡仪馆举行。上午10时，"
        "林晓峰、钱小禾等市领导，以及有关单位代表前往江城殡仪馆为柴思雨同志送别，并向其家属表示亲切慰问。"
    )
    title = "原临江市副市长柴思雨同志遗体送别活动"
    assert _events(text) == {title: ("2030-06-08", "江城殡仪馆")}
    assert {who for t, who, rel in _parts(text) if t == title} == {"林晓峰", "钱小禾"}
    assert not any(rel == "spoke_at" for _, _, rel in _parts(text))


def test_an_invitation_answered_is_no_plan_and_the_inviter_no_visitor() -> None:
    text = (
        "本报江城11月14日电 国家主席龚明远14日抵达江城，应海州国总理柴思雨邀请出席峰会，"
        "并应海州国总督钱立和总理柴思雨邀请对海州国进行国事访问。"
    )
    visits = [e for e in facts(text, "2031-11-15").events if e.event_type == "visit"]
    assert [(e.title, e.planned, [p.person for p in e.participants]) for e in visits] == [
        ("龚明远访问海州国", False, ["龚明远"])
    ]


def test_greeters_and_the_entourage_attend_the_visit() -> None:
    text = (
        "新华社江城2031年11月14日电 海州国总统龚明远14日抵达江城，出席江海峰会，并对临江国进行国事访问。"
        "龚明远表示，期待在江海峰会上同各国领导人一道推进合作。柴思雨、宁可心等陪同人员同机抵达。"
        "临江国驻海州国大使钱小禾也到机场迎接。"
    )
    parts = _parts(text)
    assert {("龚明远访问临江国", "钱小禾", "attended"), ("龚明远访问临江国", "宁可心", "attended")} <= parts
    assert ("江海峰会", "钱小禾", "attended") not in parts


def test_a_minutes_item_heading_and_a_short_title_after_gai() -> None:
    text = (
        "2031年9月13日下午，副区长吴明远主持召开区政府常务会议。纪要如下：\n一、审议《江城区环境保护工作责任清单（送审稿）》\n"
        "会议听取了区环境局局长钱立新同志关于《江城区环境保护工作责任清单（送审稿）》的情况汇报。"
        "会议原则同意该《责任清单》，请区环境局修改后印发。\n二、听取某项工作情况汇报，研究相关工作\n"
        "会议听取了区城管局局长孙海同志的情况汇报。"
    )
    events = facts(text).events
    assert [e.title for e in events] == ["区政府常务会议"]
    assert [(p.title, p.relation) for p in events[0].policies] == [("江城区环境保护工作责任清单（送审稿）", "adopted")]
    assert ("区政府常务会议", "孙海", "spoke_at") in _parts(text)


def test_a_married_name_before_a_list_end() -> None:
    text = "新华社香港2031年9月18日电 随行官员有工商局局长王永安、政务局常任秘书长钱林美华等。"
    assert ("钱林美华", "政务局常任秘书长") in _roles(text)


def test_a_training_class_opening_and_its_bare_rite() -> None:
    text = (
        "江城日报 2031年4月29日\n4月28日上午，江城市青年干部培训班在市委党校开班。市委常委林晓峰出席开班典礼，"
        "市委组织部副部长钱小禾主持开班仪式。林晓峰作开班动员讲话。"
    )
    assert _events(text) == {"江城市青年干部培训班开班": ("2031-04-28", "市委党校")}
    assert ("江城市青年干部培训班开班", "钱小禾", "presided") in _parts(text)


def test_a_lecture_at_a_school_and_a_speech_at_an_opening() -> None:
    text = (
        "新华社江城2031年5月8日电 江城论坛8日开幕。新西兰总理龚明远在开幕式上发表演讲。"
        "8日下午，龚明远在江城大学发表演讲。"
    )
    titles = set(_events(text))
    assert "龚明远在江城大学发表演讲" in titles
    assert not any("开幕式上" in t for t in titles)


def test_a_promotion_day_with_its_year() -> None:
    text = (
        "江城日报 2026年1月16日\n云林县政府今（16）日上午举行典礼，由县长林晓峰主持。"
        "原文化处处长钱立新将于115年1月1日升任副县长，其职缺由孙海接掌。"
    )
    changes = {(r.person, r.position, r.change) for r in facts(text).roles}
    assert ("钱立新", "云林县副县长", "start") in changes


def test_a_greeter_with_a_day_of_its_own_meets_the_visit_told_before() -> None:
    text = (
        "新华社江城2031年11月21日电 应江城市政府邀请，临江市长林晓峰率领临江市代表团前往江城考察。"
        "代表团今日上午抵达江城机场，获副市长钱小禾迎接。"
    )
    assert ("林晓峰率领临江市代表团前往江城考察", "钱小禾", "attended") in _parts(text)
