"""Actors of session 41 (invented text, invented names).

- A doctor's form of address and a peer's rank after a name (署长甲医生和局长乙医生; 上议院议员某某勋爵) are no part of
  the name and no post (honorifics.tsv).
- A party organ that begins with the surname 党 (某公司党总支书记甲) is no name (word_uses surname_word).
- The dot above ˙ typed for the middle dot inside a foreign name (马修˙格林) keeps the name whole (lookalikes.tsv).
- A city named once that lies outside the province the bare 省 titles take (省长甲…抓住某直辖市…的机遇) gives
  the bare 市 titles no place (provincepick.outside_province).
- A session named by its level alone (市九届人大二次会议) takes the place the page's bare titles of that level take:
  its presidium's posts are that place's session's (sessions._placed).
- A title right after an appointment verb, and the name after it right before another one (甲当选市长 乙当选某职, a
  headline deck read compact), is 甲's post: 乙 opens the next item (nameshape.next_item_subject).
- A place's congress, conference or government printed bare after its committee's post (某省委书记、人大常委会主任)
  is that place's (word_uses level_own_organ).
- A manner of walking after a titled name (某某缓步来到, 快步走向) ends the name (name_boundaries.txt).
- The veterans and the army's leaders seated with the officials (老同志甲、乙; 驻某地部队领导甲、乙) lead name lists
  (list_leads.tsv).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _roles(text: str, script: str = "simplified") -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(in_script(text, script), "2031-07-19").roles}


@pytest.mark.parametrize("address", ["医生", "勋爵", "爵士"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_form_of_address_after_a_name_is_no_part_of_it(address: str, script: str) -> None:
    text = f"本报讯 7月19日，江城市政府举行记者会。卫生局局长龚明仪{address}与江城医疗集团总裁何立中{address}一同到场。"
    assert {("龚明仪", "卫生局局长"), ("何立中", "江城医疗集团总裁")} <= _roles(text, script)


@pytest.mark.parametrize("organ", ["党总支", "党支部"])
def test_a_party_organ_is_no_name(organ: str) -> None:
    text = f"本报讯 7月19日，江城县与江城建设公司签署合作协议。江城建设公司临江分公司{organ}书记龚明远出席。"
    found = facts(text, "2031-07-19")
    assert organ not in {p.name for p in found.people}
    assert ("龚明远", f"江城建设公司临江分公司{organ}书记") in {(r.person, r.position) for r in found.roles}


def test_a_dot_above_inside_a_foreign_name_keeps_it_whole() -> None:
    text = "新华社伦敦7月19日电 海州议会副主席马修˙格林19日会见临江代表团。"
    assert ("马修·格林", "海州议会副主席") in _roles(text)


@pytest.mark.parametrize("lead", ["老同志", "驻临江部队领导"])
def test_veterans_and_army_leaders_lead_name_lists(lead: str) -> None:
    text = f"本报讯 1月17日，临江省人代会闭幕。在主席台就座的有，省领导柴思雨，{lead}陈焕明、许仲平、史和安，省政府秘书长陈建明等。"
    names = {p.name for p in facts(text, "2031-01-17").people}
    assert {"陈焕明", "许仲平", "史和安"} <= names


_TOUR = (
    "本报讯 5月11日，省委副书记、省长林晓峰来我县调研，要求落实视察河南重要讲话精神。市委书记龚明远，市委副书记、代市长"
    "柴思雨陪同。林晓峰指出，要抓住{city}港口开放等机遇，加快发展。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_city_named_once_outside_the_province_gives_no_bare_title_its_place(script: str) -> None:
    roles = _roles(_TOUR.format(city="天津"), script)
    assert ("林晓峰", "河南省长") in roles
    assert not {p for _, p in roles if p.startswith("天津")}


def test_a_city_named_twice_still_gives_its_place() -> None:
    text = _TOUR.format(city="天津") + "天津客商也到会。"
    assert ("龚明远", "天津市委书记") in _roles(text)


_SESSION = (
    "江城日报讯\n市九届人大六次会议举行第三次全体会议\n龚明远主持 林晓峰当选市长 柴思雨当选市人大常委会副主任\n"
    "  2月25日下午，市九届人大六次会议举行第三次全体会议。经过无记名投票，林晓峰当选市长，柴思雨当选市人大常委会"
    "副主任，江城市人大常委会随后发布公告。\n  市委书记、大会执行主席龚明远主持会议。大会执行主席吴启航在主席台就座。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_session_named_by_its_level_takes_the_pages_place(script: str) -> None:
    roles = _roles(_SESSION, script)
    assert {("龚明远", "江城市九届人大六次会议执行主席"), ("吴启航", "江城市九届人大六次会议执行主席")} <= roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_name_between_two_appointment_verbs_opens_the_next_item(script: str) -> None:
    found = facts(in_script(_SESSION, script), "2031-02-26")
    assert ("柴思雨", "江城市长") not in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("organ", ["人大常委会主任", "政协主席", "人民政府省长"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bare_organ_after_a_committee_post_is_that_places(organ: str, script: str) -> None:
    text = f"本报讯 9月25日，江城博览会开幕。临江省委书记、{organ}龚明远致辞。"
    assert ("龚明远", "临江省" + organ) in _roles(text, script)


@pytest.mark.parametrize("walk", ["缓步来到", "快步走向", "依次来到"])
def test_a_manner_of_walking_ends_the_name(walk: str) -> None:
    text = f"本报讯 2031年3月1日，告别仪式在江城举行。临江省长柴思雨，原临江省委书记吴启航{walk}灵前肃立默哀。"
    assert "吴启航" in {p.name for p in facts(text, "2031-03-01").people}
