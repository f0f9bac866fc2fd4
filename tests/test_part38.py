"""Participation, lane part38: a visiting group's member lists. Invented Simplified and Traditional variants with
near-misses:

* a group's members told after the group's own act (成员还有甲、乙 or 乙随团考察, told once the group's talks were read) join
  the talks that took the group's people as guests, not only its visit (``groupmembers.roster``, rule
  ``participation:roster``; gold-conventions C4: the leader and every member the page names);
* a member list printed with 包含 as with 包括 (访团成员包含…: ``成员包含``, ``团员包含``) and a side's
  representatives at talks (某政府代表包括…, 中方代表包括…) attend (participation.tsv ``members`` rows); a bare
  代表包括 (delegates elected for another congress) ties no one.
"""

from __future__ import annotations

import pytest

from test_part22 import _by_event, _on

SCRIPTS = ("simplified", "traditional")
WIRE = "本报讯 2031年3月16日，"

# (text, the words of the group's act, a member told after it)
ROSTER = [
    ("临江省工商联主席吴思远14日带领临江青年企业家考察团抵达海州考察。15日，海州市长林振华会见了考察团一行。"
     "考察团成员还有临江省商务厅厅长柴思雨、临江大学教授钱小禾。", "会见", "钱小禾"),
    ("临江省工商联主席吴思远14日带领临江青年企业家考察团抵达海州考察。15日，海州市长林振华会见了考察团一行，"
     "双方就产业合作交换意见。16日，考察团还走访了海州港。临江大学教授钱小禾全程随团考察。", "会见", "钱小禾"),
    ("松岩县县长吴思远率松岩县考察团赴江城考察。江城市长林振华会见了考察团一行。"
     "松岩县发改局局长宁可心随团考察。", "会见", "宁可心"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "act", "member"), ROSTER)
def test_members_told_after_the_groups_act_join_it(text: str, act: str, member: str, script: str) -> None:
    found = _by_event(text, script, WIRE)
    assert (member, "attended") in _on(found, act), found


# near-miss: a meeting the hosts hold without the group takes none of the group's people
NOT_THE_GROUPS = [
    ("临江省委副秘书长吴思远率临江省经贸交流团赴海州参访。海州市委书记林振华当天主持召开海州市委常委会会议。"
     "临江省商务厅副厅长宁可心随团参访。", "常委会", "宁可心"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "meeting", "member"), NOT_THE_GROUPS)
def test_a_meeting_without_the_group_takes_none_of_it(text: str, meeting: str, member: str, script: str) -> None:
    found = _by_event(text, script, WIRE)
    assert member not in {name for name, _ in _on(found, meeting)}, found


# (text, the words of the event, a person listed)
LISTED = [
    ("临江省副省长吴思远15日率临江考察团访问海州。考察团成员包含临江省商务厅厅长林振华、临江大学教授宁可心。",
     "访问海州", "宁可心"),
    ("临江市长吴思远与海州市长柴思雨16日在江城举行会谈。海州市政府代表包括财政局局长宁可心、商务局局长许文澜。",
     "会谈", "许文澜"),
    ("海州市长柴思雨8日会见临江市长吴思远。临江方面代表包括临江财政局局长宁可心。", "会见", "宁可心"),
    ("海州市长柴思雨8日会见临江市长吴思远。中方代表包括海州港务局局长许文澜。", "会见", "许文澜"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "event", "person"), LISTED)
def test_member_and_representative_lists_attend(text: str, event: str, person: str, script: str) -> None:
    assert (person, "attended") in _on(_by_event(text, script, WIRE), event)


# near-miss: delegates elected for another congress are no one present (代表包括 alone is no row)
ELECTED = "临江市第五次党代会8日在江城开幕。大会选举产生的出席省党代会代表包括临江县委书记林振华、松岩县县长宁可心等50人。"


@pytest.mark.parametrize("script", SCRIPTS)
def test_delegates_elected_for_another_congress_attend_nothing(script: str) -> None:
    found = _by_event(ELECTED, script, WIRE)
    assert "林振华" not in {name for pairs in found.values() for name, _ in pairs}, found
