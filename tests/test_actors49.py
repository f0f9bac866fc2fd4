"""Actors of session 39 (invented text, invented names).

- A notice's post lists two posts joined by 及 after a title (出任某局秘书长及某署署长): both are given, and the
  joiner is no boundary between two people (labelbounds._after_inner_joiner reads a notice's post as a list); an
  organisation whose own name holds 及 (某及某局) stays whole.
- 常任秘书长 is a title (titles.tsv): 常任 before 秘书长 is never a name.
- A holder printed now who takes another post and one other person taking the first post: a succession (the
  moved-holder reading), here across a list of two posts.
- 决定甲副省长为某职: the name before a bare title of address is the one given the post (noticenames.addressed_names),
  and the notice's resignation of the post's holder before makes a succession to the acting holder.
- A note in brackets after a listed name (its gender, its nation: (蒙古族)) is no part of the name
  (noticenames.NOTE reads up to five characters).
- A succession's post keeps 特区政府 (word_uses bare_region): 特区 names no place of its own.
- 回 is a surname (surnames.txt); the words opening with it after a title (回答, 回到) are surname_word rows.
- A sender's name ends before a verb of sending (发来贺信, 寄来: name_followers.tsv follow.message).
- A one-holder title before a name and a list (市人大主任甲及乙、丙) is not shared by the names after it; a title
  many hold (副主任甲及乙) is, and a pair's parts (正副市长甲、乙) are (pairedtitles.shared_chains).
- 高工 is a senior engineer's short title (title_short_forms.tsv: 高级工程师).
- A zone's organs: 某特区工委书记、管委会主任 gives the zone's 管委会 (word_uses zone_owner_end: 工委 left off the body),
  a 党工委 after 管委会 is the zone's, not the 管委会's, and the next name's 工委副书记、管委会副主任 runs on the same zone
  (siblings._sibling_organ, inherit._run_organ).
- A group's head and its deputy named before the group (以甲为团长、乙为副团长的某代表团): both get the group's title
  (delegations._head), and the head's title is no post of the deputy (prefix_stops.txt 为团长).
- A spokesperson printed after a post of a body that is no department of a named parent is the body's own
  (某省某厅副厅长、新闻发言人 → 某省某厅新闻发言人: siblings._spokesperson_body).
- 由某办公室某某主持: a staff member's bare name after an organisation (word_uses chair_org_end) chairs.
- 时任某职时，甲在…: a post held then, printed before its holder's clause, is a past post dated by the sentence
  (appointment_forms.tsv held_then).
- 甲关于辞去某职务的请求: 关于 ends the name of the one resigning (notice_resign).
- The leaders of a group the page calls its own (以省委书记甲为团长的我省代表团) take no place from the page for their
  bare titles: the paper may report from the province the group visits (delegations.own_group_members).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on
from sweep13 import in_script

_MOVES = (
    "特区政府昨日宣布人事安排：特区政府水务署署长甄明道下月起出任土地及规划局常任秘书长{joiner}屋宇署署长，"
    "接替退休的贝立群；特区政府邮政署署长温思远下月起出任水务署署长。"
)


@pytest.mark.parametrize("joiner", ["及", "、"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_notice_gives_each_post_of_a_list_joined_by_a_joiner(joiner: str, script: str) -> None:
    text = _MOVES.format(joiner=joiner)
    text = in_script(text, script)
    roles = {(r.person, r.position, r.change) for r in facts(text, "2031-03-09").roles}
    assert {("甄明道", "土地及规划局常任秘书长", "start"), ("甄明道", "屋宇署署长", "start")} <= roles
    assert not any(r[0] == "常任" for r in roles)


def test_a_post_list_after_a_move_makes_the_successions_of_every_post() -> None:
    pairs = {(before, after) for _, before, after in handed_on(_MOVES.format(joiner="及"), "2031-03-09")}
    assert {("贝立群", "甄明道"), ("甄明道", "温思远")} <= pairs


def test_a_two_holder_joiner_between_people_still_parts_them() -> None:
    """Outside a notice's post, 某司司长和某市副市长乙 is two people: the joiner still ends the first."""
    roles = {(r.person, r.position) for r in facts("临江省水利厅厅长和江城市副市长柴思雨出席会议。").roles}
    assert ("柴思雨", "江城市副市长") in roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_name_addressed_by_its_title_is_given_the_acting_post(script: str) -> None:
    text = (
        "临江省人大常委会会议接受龚明远辞去临江省人民政府省长职务。会议任命柴思雨为临江省人民政府副省长，"
        "又决定柴思雨副省长为临江省人民政府代理省长。"
    )
    text = in_script(text, script)
    roles = {(r.person, r.position, r.change) for r in facts(text, "2031-03-01").roles}
    assert ("柴思雨", "临江省人民政府代理省长", "start") in roles
    assert ("临江省人民政府省长", "龚明远", "柴思雨") in handed_on(text, "2031-03-01")


@pytest.mark.parametrize("note", ["(女)", "(壮族)", "（蒙古族）", "(柯尔克孜族)"])
def test_a_note_of_nation_after_an_elected_name_is_no_part_of_it(note: str) -> None:
    text = f"27日，临江自治区人大会议选举柴思雨{note}为临江自治区主席。"
    roles = {(r.person, r.position) for r in facts(text, "2031-01-28").roles}
    assert ("柴思雨", "临江自治区主席") in roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_rare_surname_that_opens_words_names_a_sender(script: str) -> None:
    text = "第九届江城论坛9月7日在江城举行。临江省副省长回思远发来贺信。"
    text = in_script(text, script)
    found = facts(text, "2031-09-08")
    assert ("回思远", "临江省副省长") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("text", ["临江市长回答记者提问。", "江城县委书记回到村里看望群众。", "江城市長回顧了工作。"])
def test_a_word_opening_with_the_surname_after_a_title_is_no_name(text: str) -> None:
    assert not any(p.name.startswith("回") for p in facts(text).people)


@pytest.mark.parametrize("verb", ["发来贺信", "寄来贺信", "来信祝贺"])
def test_a_senders_name_ends_before_the_verb_of_sending(verb: str) -> None:
    found = facts(f"论坛在江城开幕，国务院副总理龚思远{verb}。", "2031-09-08")
    assert {p.name for p in found.people} == {"龚思远"}


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("会见时，江城市政协主席王一平及龚思远、柴思雨在座。", set()),
        ("江城市长王一平、龚思远出席。", set()),
        ("会见时，江城市政协副主席王一平及龚思远在座。", {"龚思远"}),
    ],
)
def test_only_a_title_many_hold_is_shared_by_the_names_after_it(text: str, shared: set[str]) -> None:
    found = facts(text, "2031-09-08")
    titled = {r.person for r in found.roles} - {"王一平"}
    assert titled == shared
    assert "龚思远" in {p.name for p in found.people}


def test_a_senior_engineers_short_title_is_a_post() -> None:
    roles = {(r.person, r.position) for r in facts("江城水泥厂高工柴思雨介绍了技术改造情况。").roles}
    assert ("柴思雨", "江城水泥厂高级工程师") in roles


@pytest.mark.parametrize(
    ("zone", "party"), [("海岚新区", "工委"), ("江城经济开发区", "党工委"), ("海州高新区", "党工委")]
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_zones_organs_run_over_a_list_of_two_names(zone: str, party: str, script: str) -> None:
    text = f"考察时，{zone}{party}书记、管委会主任柴思雨，{party}副书记、管委会副主任林晓峰一同陪同。"
    text = in_script(text, script)
    roles = {(r.person, r.position) for r in facts(text, "2031-09-08").roles}
    assert {
        ("柴思雨", f"{zone}{party}书记"),
        ("柴思雨", f"{zone}管委会主任"),
        ("林晓峰", f"{zone}{party}副书记"),
        ("林晓峰", f"{zone}管委会副主任"),
    } <= roles


def test_a_party_organ_after_a_zones_committee_is_the_zones() -> None:
    roles = {(r.person, r.position) for r in facts("江城经济开发区管委会主任、党工委副书记林晓峰出席。").roles}
    assert ("林晓峰", "江城经济开发区党工委副书记") in roles


@pytest.mark.parametrize("mark", ["，", "、"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_groups_head_and_deputy_both_hold_its_titles(mark: str, script: str) -> None:
    text = f"临江省经贸代表团今天抵达江城，这个以临江省委书记龚明远为团长{mark}临江省长柴思雨为副团长的临江省党政代表团将停留三天。"
    text = in_script(text, script)
    roles = {(r.person, r.position) for r in facts(text, "2031-04-15").roles}
    assert {("龚明远", "临江省党政代表团团长"), ("柴思雨", "临江省党政代表团副团长"), ("柴思雨", "临江省长")} <= roles
    assert ("柴思雨", "团长") not in roles


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("临江省生态环境厅副厅长、新闻发言人柴思雨出席。", "临江省生态环境厅新闻发言人"),
        ("江城市公安局副局长、新闻发言人林晓峰出席。", "江城市公安局新闻发言人"),
        ("海州部新闻司副司长、新闻发言人龚明远出席。", "海州部新闻发言人"),
    ],
)
def test_a_spokesperson_after_a_bodys_post_is_the_bodys(text: str, post: str) -> None:
    assert post in {r.position for r in facts(text).roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_staff_members_name_after_an_organisation_chairs(script: str) -> None:
    text = "今天上午的情况通报会由江城市政府新闻办柴思雨主持。"
    text = in_script(text, script)
    found = facts(text, "2031-03-21")
    assert "柴思雨" in {p.name for p in found.people}
    assert ("柴思雨", "presided") in {(p.person, p.relation) for e in found.events for p in e.participants}


def test_an_organisation_after_the_chairs_opener_names_no_one_before_another_verb() -> None:
    names = {p.name for p in facts("情况通报会由江城市政府新闻办柴思雨组织。", "2031-03-21").people}
    assert "柴思雨" not in names


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_post_held_then_before_its_holders_clause_is_past(script: str) -> None:
    text = "新华社江城2031年3月4日电 2030年3月3日，时任临江省交通厅厅长、党组书记时，柴思雨曾到江城调研。"
    text = in_script(text, script)
    roles = {(r.person, r.position, r.change, r.date) for r in facts(text, "2031-03-04").roles}
    assert {
        ("柴思雨", "临江省交通厅厅长", "past", "2030-03-03"),
        ("柴思雨", "临江省交通厅党组书记", "past", "2030-03-03"),
    } <= roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_resignation_request_about_a_post_names_its_holder(script: str) -> None:
    text = "常委会收到柴思云关于辞去南江县卫生局局长职务的申请，经表决予以接受。"
    text = in_script(text, script)
    found = facts(text, "2031-03-08")
    assert {p.name for p in found.people} == {"柴思云"}
    assert ("柴思云", "end") in {(r.person, r.change) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_leaders_of_the_pages_own_group_take_no_place_of_the_host(script: str) -> None:
    text = (
        "本报长沙4月14日电 今天，我省经贸代表团在湖南省参观园区。这支以省委书记龚明远为团长、省长柴思雨为副团长的"
        "我省经贸代表团将与湖南省商谈合作，湖南省有关负责人陪同。"
    )
    text = in_script(text, script)
    roles = {(r.person, r.position) for r in facts(text, "2031-04-14").roles}
    assert {("龚明远", "我省经贸代表团团长"), ("柴思雨", "我省经贸代表团副团长")} <= roles
    assert not any(post.startswith("湖南") for _, post in roles)  # bare 省委书记, 省长: no role of the host's


def test_the_leaders_of_a_group_named_with_its_place_keep_their_chains_place() -> None:
    text = "本报长沙4月14日电 今天，临江省经贸代表团在湖南省参观园区。这支以临江省委书记龚明远为团长的临江省代表团将停留三天。"
    roles = {(r.person, r.position) for r in facts(text, "2031-04-14").roles}
    assert ("龚明远", "临江省委书记") in roles
