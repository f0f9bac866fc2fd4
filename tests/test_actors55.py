"""Names and posts of session 45 (invented text, invented names).

- A long list of usual names before an attendance verb reads an inner item of five to seven characters of a
  name's shape as a name (a Mongolian name: actors/nameshape._long_transliterated); never at the list's ends.
- A name whose last character is an appointment verb (任) keeps it when no post follows: a clause break or an
  attendance verb (某主席甲乙任，…; 甲乙任出席会议: actors/namereader._verb_without_object).
- A new area's organ (某新区区委书记) keeps its level: 新区 is the place's level (word_uses.tsv doubled_level).
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from sweep13 import in_script

_OPENED = "本报讯 3月8日上午，江城市七届人大三次会议在江城会展中心开幕。大会执行主席林晓峰主持大会。"
_USUAL = ["龚明远", "柴思雨", "周文涛", "钱小禾", "王建华"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_long_minority_name_inside_a_list_of_names(script: str) -> None:
    listed = [*_USUAL[:3], "阿拉坦其其格", *_USUAL[3:]]
    text = _OPENED + "、".join(listed) + "等同志和主席团的其他成员就座于主席台。"
    found = facts(in_script(text, script), "2031-03-09")
    people = {p for e in found.events for p, r in event_people(e) if r == "attended"}
    assert people == set(listed)


def test_a_long_item_at_a_list_s_end_is_no_name() -> None:
    text = _OPENED + "、".join(_USUAL) + "、各部门负责同志代表在主席台就座。"
    assert "各部门负责同志代表" not in {p.name for p in facts(text, "2031-03-09").people}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("after", ["，市委常委王建华随同考察。", "出席会议。"])
def test_a_name_ending_with_an_appointment_verb(after: str, script: str) -> None:
    found = facts(in_script("本报讯 5月8日，市政协主席周以任" + after, script), "2031-05-09")
    assert "周以任" in {p.name for p in found.people}


def test_an_appointment_verb_before_a_post_still_ends_the_name() -> None:
    found = facts("本报讯 5月8日，市政协副主席周以任市委常委。", "2031-05-09")
    assert {p.name for p in found.people} == {"周以"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_new_area_s_organ_keeps_its_level(script: str) -> None:
    found = facts(in_script("本报讯 5月8日，临江市委常委、江城新区区委书记龚明远出席会议。", script), "2031-05-09")
    assert ("龚明远", "江城新区区委书记") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "handed",
    ["另青禾区长由中兴区副区长龚明远接任。", "另青禾区长则是由担任中兴区副区长的龚明远接任。"],
)
def test_a_post_handed_by_a_preposition_that_is_a_surname(handed: str, script: str) -> None:
    found = facts(in_script("本报讯 2031年3月4日，" + handed, script), "2031-03-05")
    assert {p.name for p in found.people} == {"龚明远"}  # 由中 (由 + a place the vocabulary lacks) is no name
    assert ("龚明远", "青禾区长") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_royal_guest_s_title(script: str) -> None:
    found = facts(in_script("本报讯 昨日，省长龚明远在江城会见了海州国公主柴思雨一行。", script), "2031-05-09")
    assert ("柴思雨", "海州国公主") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_date_s_unit_opens_no_post(script: str) -> None:
    found = facts(in_script("本报讯 今年1月海州国总统龚明远访问临江期间，两国签署了文件。", script), "2031-02-27")
    assert {(r.person, r.position) for r in found.roles} == {("龚明远", "海州国总统")}


def test_a_year_inside_a_name_stays_with_the_post() -> None:
    found = facts("本报讯 5月8日，2031年海州城市联盟市长联席会议执行主席龚明远出席会议。", "2031-05-09")
    assert any(r.position.startswith("2031年") for r in found.roles)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("chain", "post"),
    [
        ("海州驻江城办事处发言人兼新闻及公众联络部主任", "海州驻江城办事处新闻及公众联络部主任"),
        ("江城市政府副秘书长兼办公室主任", "江城市政府办公室主任"),
    ],
)
def test_a_department_after_another_post_of_its_office(chain: str, post: str, script: str) -> None:
    found = facts(in_script(f"本报讯 5月8日，{chain}龚明远出席论坛。", script), "2031-05-09")
    assert ("龚明远", post) in {(r.person, r.position) for r in found.roles}


def test_a_party_branch_after_an_office_is_no_department_of_it() -> None:
    found = facts("本报讯 5月8日，江城县委办副主任、机关党支部书记龚明远出席会议。", "2031-05-09")
    assert ("龚明远", "江城县委办机关党支部书记") not in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("held", ["后又在保山担任地委书记两年左右。", "后又在保山担任地委书记。"])
def test_a_career_post_held_in_a_place(held: str, script: str) -> None:
    text = "本报讯 2011年10月10日，甘肃省委副书记龚明远出席会议。龚明远曾在江城工作十年，" + held
    found = facts(in_script(text, script), "2011-10-11")
    assert ("龚明远", "保山地委书记") in {(r.person, r.position) for r in found.roles}


def test_a_company_after_an_adviser_s_title_is_no_name() -> None:
    found = facts("本报讯 5月8日，政府委任龚明远为江城运输署署长。龚明远曾在两家知名顾问公司担任要职。", "2031-05-09")
    assert {p.name for p in found.people} == {"龚明远"}


def test_an_idiom_opening_with_a_surname_after_a_title_is_no_name() -> None:
    assert facts("本报讯 5月8日，但杭州书记花落谁家，目前仍未有定论。", "2031-05-09").people == ()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_rumour_before_a_post(script: str) -> None:
    text = "本报讯 5月8日，消息频传，一时传临江省委常委、宣传部长龚明远调任江城市委书记。"
    found = facts(in_script(text, script), "2031-05-09")
    assert ("龚明远", "临江省委常委") in {(r.person, r.position) for r in found.roles}
    assert not any(r.position.startswith("一时传") for r in found.roles)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_each_country_s_leader_in_a_list_keeps_his_country(script: str) -> None:
    text = "本报讯 3月24日，哈萨克斯坦总理马西明、老挝总理通达、尼泊尔总理奥林、泰国总理巴里将分别发表演讲。"
    found = facts(in_script(text, script), "2016-03-25")
    assert {(r.person, r.position) for r in found.roles} == {
        ("马西明", "哈萨克斯坦总理"),
        ("通达", "老挝总理"),
        ("奥林", "尼泊尔总理"),
        ("巴里", "泰国总理"),
    }


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_minister_styled_changguan(script: str) -> None:
    found = facts(in_script("本报讯 3月24日，韩国统一部长官柳明镐出席论坛。", script), "2016-03-25")
    assert {p.name for p in found.people} == {"柳明镐"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_term_after_a_surname_character_is_no_name(script: str) -> None:
    text = "本报讯 7月18日，本月5日，柴思雨发表声明，为参选江城特区第五任行政长官，放弃特区议会议员资格。"
    assert facts(in_script(text, script), "2019-07-18").people == ()


def test_the_compound_surname_di_wu_still_opens_a_name() -> None:
    found = facts("本报讯 5月8日，江城市副市长第五明远出席会议。", "2031-05-09")
    assert {p.name for p in found.people} == {"第五明远"}
