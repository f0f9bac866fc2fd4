"""Participation, twelfth session (lane part22): who takes part for a visiting group and in a session's
sittings named as a set. Three classes, each in invented Simplified and Traditional variants with near-misses:

* a session's sittings named as a set (各次/历次/每次全体会议) are no event of their own: their presiders and
  attendees take part in the session;
* a group's leader printed as its modifier (由甲率领/带领/率团/带团的…代表团): the leader attends the visit, the
  hosts named later in the sentence are not led;
* a visiting group's own act with no person acting (代表团随后拜会乙; 代表团来到某地，与乙，丙座谈): the people of
  the visit take part, those after the partner word are the other side.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2031年9月12日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "龚明远", "钱小禾", "宁可心", "欧阳青禾", "王立群", "许文澜")


def _by_event(text: str, script: str, wire: str = WIRE) -> dict[str, set[tuple[str, str]]]:
    """{event title (Simplified): {(person, relation)}} of ``wire`` + ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    back = {traditional(n): n for n in _NAMES}
    found: dict[str, set[tuple[str, str]]] = {}
    for e in observe(wire + text).corpus.events:
        found.setdefault(e.title, set()).update((back.get(p.person, p.person), p.relation) for p in e.participants)
    return found


def _on(found: dict[str, set[tuple[str, str]]], words: str) -> set[tuple[str, str]]:
    """The pairs of the events whose title holds ``words``."""
    return set().union(set(), *(pairs for title, pairs in found.items() if words in title))


# A. Sittings named as a set belong to the session (patterns.tsv kind rows; 大会各次: title_prefixes.txt).
SITTINGS = [
    "临江省人大常委会第廿二次会议于9月8日至10日在江城召开，常委会副主任龚明远、柴思雨分别主持大会各次全体"
    "会议，副主任钱小禾出席会议。",
    "临江省人大常委会第廿二次会议9月8日至10日在江城召开。副主任龚明远主持每次全体会议，副主任钱小禾出席会议。",
    "临江省人大常委会第廿二次会议9月8日至10日在江城召开。副主任龚明远主持了历次全体会议，"
    "副主任钱小禾出席会议。",
    "临江省政协常委会第廿二次会议9月8日至10日在江城召开。副主席龚明远、柴思雨轮流主持了每次全体会议。"
    "秘书长钱小禾出席会议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SITTINGS)
def test_sittings_named_as_a_set_belong_to_the_session(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert not any(t.startswith(("各次", "历次", "每次")) for t in found), found
    session = _on(found, "第廿二次会议")
    assert ("龚明远", "presided") in session and ("钱小禾", "attended") in session, found


# Near-miss: a numbered sitting is a sitting of its own (sittings rules), nothing is cut from it.
SITTINGS_NOT = [
    "临江省人大常委会第廿二次会议9月8日在江城召开第一次全体会议，由副主任龚明远主持。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SITTINGS_NOT)
def test_a_numbered_sitting_stays_a_sitting(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert ("龚明远", "presided") in _on(found, "第一次全体会议"), found


# B. The leader printed before the group it leads (由…的): the leader attends the visit, hosts are not led.
LED_BY = [
    "由海州市副市长林晓峰率领的海州市经贸代表团9月10日抵达江城，与江城市委书记龚明远、市长钱小禾等座谈。",
    "由海州市副市长林晓峰带领的海州市经贸代表团9月10日来到江城考察，与江城市长钱小禾会面。",
    "由青禾镇镇长林晓峰带团的青禾镇友好交流访问团9月10日抵达江城，开展为期三天的交流。",
    "9月10日，由海州市政协主席林晓峰率团的海州市考察团来到江城，与江城市委书记龚明远、市长钱小禾座谈交流。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", LED_BY)
def test_the_leader_printed_before_the_group_attends_its_visit(text: str, script: str) -> None:
    found = _by_event(text, script)
    visit = _on(found, "团抵达") | _on(found, "团来到")
    assert ("林晓峰", "attended") in visit, found
    assert ("钱小禾", "attended") not in visit and ("龚明远", "attended") not in visit, found


# The visiting leader who leads a group named before the partner word; the other side is not led.
LEADS_THEN_PARTNER = [
    "9月10日，海州市副市长林晓峰率领海州市经贸代表团在江城与江城市长钱小禾座谈交流。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", LEADS_THEN_PARTNER)
def test_the_other_side_after_the_group_is_not_led(text: str, script: str) -> None:
    found = _by_event(text, script)
    assert not any(("钱小禾", "attended") in pairs for t, pairs in found.items() if "率领" in t), found


# 带团 ends a name, as 率团 does (actors name_boundaries.txt): 镇长甲带团 names 甲.
@pytest.mark.parametrize("script", SCRIPTS)
def test_dai_tuan_ends_a_name(script: str) -> None:
    found = _by_event("9月10日，青禾镇镇长林晓峰带团访问江城，参观江城港。", script)
    assert any(("林晓峰", "attended") in pairs for pairs in found.values()), found


# C. A visiting group's own act: the visit's people take part; the other side after the partner word attends.
GROUP_ACTS = [
    (
        "海州市副市长林晓峰、市议员柴思雨9月10日率团前往江城参加友好城市纪念活动。代表团随后拜会江城市长钱小禾。",
        "拜会",
        ("林晓峰", "柴思雨", "钱小禾"),
    ),
    (
        "由海州市委书记林晓峰率领的海州市党政代表团9月10日来到江城，与江城市委书记龚明远，市长钱小禾等座谈交流。",
        "座谈交流",
        ("林晓峰", "龚明远", "钱小禾"),
    ),
    (
        "9月10日至11日，海州市委书记林晓峰率海州市党政考察团到江城考察。10日，考察团和江城市领导进行了座谈。",
        "座谈",
        ("林晓峰",),
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "act", "people"), GROUP_ACTS)
def test_a_visiting_groups_act_has_the_visits_people(
    text: str, act: str, people: tuple[str, ...], script: str
) -> None:
    found = _by_event(text, script)
    pairs = set().union(set(), *(p for t, p in found.items() if act in t and "率" not in t))
    assert all((name, "attended") in pairs for name in people), found


# Near-misses: a visit only announced (its members go along, its talks are planned and take no one), and a
# group's act with no visit reported (nobody to put on it).
GROUP_ACTS_NOT = [
    "海州市长林晓峰将于9月20日率海州经贸代表团到访江城。代表团还将与江城各界座谈交流。",
    "代表团随后拜会江城市长钱小禾，双方就合作交换意见。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", GROUP_ACTS_NOT)
def test_no_visit_no_group_people(text: str, script: str) -> None:
    found = _by_event(text, script)
    talks = set().union(set(), *(p for t, p in found.items() if "拜会" in t or "座谈" in t))
    assert ("林晓峰", "attended") not in talks, found


# D. Gathering words (participation.tsv): those named before 同聚一堂/欢聚一堂/共襄盛举 attend the event.
GATHER = [
    "2031年9月8日，江城两岸青年创业论坛在江城举行，由王立群担任主持人，海州县长龚明远、议员柴思雨等各界人士同聚一堂。",
    "9月8日，江城两岸青年创业论坛在江城举行。海州县长龚明远、议员柴思雨等嘉宾与两百多位青年欢聚一堂。",
    "9月8日，江城两岸青年创业论坛在江城举行。包括海州县长龚明远、议员柴思雨等人，现场共三百人前往共襄盛举。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", GATHER)
def test_gathering_words_tie_those_named_before(text: str, script: str) -> None:
    forum = _on(_by_event(text, script), "论坛")
    assert ("龚明远", "attended") in forum and ("柴思雨", "attended") in forum, forum


# Near-miss: a gathering with nobody named, or an invitation to gather: no one is tied.
GATHER_NOT = [
    "9月8日，江城两岸青年创业论坛在江城举行，吸引上千名青年共襄盛举。主办方负责人龚明远表示欢迎。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", GATHER_NOT)
def test_gathering_with_nobody_named_ties_no_one(text: str, script: str) -> None:
    forum = _on(_by_event(text, script), "论坛")
    assert ("龚明远", "attended") not in forum, forum
