"""Participation, nineteenth session (lane part29): the leaders of a travelling group (甲、乙率某代表团赴某地考察)
and those who went along with it (某某一同前往) attend the talks, meeting or banquet the article reports with the
group; a host who accompanies the trip, a person before 率先 or one separated from the lead word by a verb
leads nothing. Each class in invented Simplified and Traditional variants, with near-misses that must not fire.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2031年5月8日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "龚明远", "钱小禾", "宁可心", "宋立言")


def _events(text: str, script: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    """[(event type, title, {(person, relation)})] of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    back = {traditional(n): n for n in _NAMES}
    return [
        (e.event_type, e.title, {(back.get(p.person, p.person), p.relation) for p in e.participants})
        for e in observe(WIRE + text).corpus.events
    ]


def _of_types(text: str, script: str, types: tuple[str, ...]) -> set[tuple[str, str]]:
    return set().union(*(pairs for kind, _, pairs in _events(text, script) if kind in types))


ACTS = ("talks", "meeting", "other")

# Class 1. The leaders of the group (names right before 率/率领/带领/带队, past their titles, a group word after
# it) attend each act told with the group: a group word in the act's title or in its sentence.
LEADERS = [
    # the act in the trip's own sentence (…率团赴某地考察，并举行某座谈会)
    "5月8日至9日，临江省委书记林晓峰，省委副书记、省长柴思雨率临江省党政代表团赴江城考察，并在江城举行两地合作座谈会。",
    # the group named as the other party of talks in a later sentence
    "8日，青禾县县长柴思雨带领青禾县考察团前往江城考察。考察团一行与江城集团董事长宋立言进行了会谈。",
    "8日，临江省委副书记、省长柴思雨率领临江省经贸代表团赴海州访问。当天下午，海州市长宋立言与代表团举行座谈。",
    # word order: the leaders' titles after a comma, 率领 + a 访问团
    "8日，临江副省长柴思雨，临江省政协副主席龚明远率领临江访问团抵达松岩参访。松岩市长宋立言会见了访问团一行。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", LEADERS)
def test_a_group_leader_attends_the_acts_held_with_the_group(text: str, script: str) -> None:
    assert ("柴思雨", "attended") in _of_types(text, script, ACTS), _events(text, script)


# Those who went along with the group (一同前往, 随同) attend its acts too.
ALONG = [
    "8日，青禾县县长柴思雨带领青禾县考察团前往江城考察。县领导宁可心、钱小禾一同前往。考察团一行与江城集团董事长宋立言进行了会谈。",
    "8日，青禾县县长柴思雨率青禾县考察团赴江城考察，县领导钱小禾随同考察。考察团一行与江城集团董事长宋立言进行了会谈。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", ALONG)
def test_one_who_went_along_attends_the_acts_held_with_the_group(text: str, script: str) -> None:
    assert ("钱小禾", "attended") in _of_types(text, script, ACTS), _events(text, script)


# Near-misses. A host who accompanies the trip (陪同) is no leader; a name before 率先 leads no group; an act
# with no group word is not the group's; a name kept from the lead word by a verb (会见了乙率领的团) leads nothing.
NOT_LEADERS = [
    ("8日，松岩市长柴思雨率松岩市代表团赴江城考察，江城市委书记龚明远陪同考察。当天下午，江城市长宁可心与代表团举行座谈。", "龚明远"),
    ("8日，松岩市委书记龚明远率先垂范，带头赴江城考察。江城市长宁可心当天会见了松岩考察团。", "龚明远"),
    ("8日，青禾县县长龚明远带领青禾县考察团前往江城考察。当天，江城市委召开常委会会议，市长宋立言主持。", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "name"), NOT_LEADERS)
def test_no_leader_of_the_group_is_added(text: str, name: str, script: str) -> None:
    for kind, title, pairs in _events(text, script):
        if kind in ACTS:
            assert (name, "attended") not in pairs or name in title, _events(text, script)


# A planned trip's leaders are not put on an act already held, nor the reverse.
def test_a_planned_trip_gives_no_leader_to_an_act_held() -> None:
    text = "江城市长宋立言8日会见了海州经贸代表团。下月，海州市长柴思雨将率海州市代表团赴江城考察。"
    for kind, _, pairs in _events(text, "simplified"):
        if kind in ACTS:
            assert ("柴思雨", "attended") not in pairs, _events(text, "simplified")
