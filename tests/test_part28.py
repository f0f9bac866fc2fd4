"""Participation, eighteenth session (lane part28): the head of a visiting group and its deputies attend the
group's visit and the acts reported with the group; a host is no member of the visiting group; a press
conference's spokespeople speak at it. Each class in invented Simplified and Traditional variants, with
near-misses that must not fire.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2031年5月8日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "龚明远", "钱小禾", "宁可心", "欧阳青禾")


def _events(text: str, script: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """[(event type, {(person, relation)})] of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    back = {traditional(n): n for n in _NAMES}
    return [
        (e.event_type, {(back.get(p.person, p.person), p.relation) for p in e.participants})
        for e in observe(WIRE + text).corpus.events
    ]


def _of_type(text: str, script: str, event_type: str) -> set[tuple[str, str]]:
    return set().union(*(pairs for kind, pairs in _events(text, script) if kind == event_type))


# Class 1. A visiting group's head or deputy, printed by a title before the name (代表团团长、某国议员甲), by
# 以甲为团长 / 乙为副团长 / 由甲担任团长 or by 甲团长 after it, attends the group's visit (gold-conventions C4).
HEADS = [
    "8日，海州经贸代表团抵达江城访问。代表团团长、海州议员柴思雨表示，此行收获很大。",
    "8日，海州经贸代表团抵达江城访问。访问团副团长柴思雨说，两地合作潜力很大。",
    "以海州议员柴思雨为团长的海州经贸代表团一行20人，8日抵达江城访问。",
    "以海州议员宁可心为团长、海州议员柴思雨为副团长的海州经贸代表团一行20人，8日抵达江城访问。",
    "8日，海州考察团到江城交流考察。柴思雨团长表示，此行收获很大。",
    "8日，海州考察团到江城交流考察。考察团由宁可心担任团长，柴思雨担任副团长。",
    "海州青年交流团8日抵达江城参访。交流团团长 柴思雨 在欢迎会上致谢。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", HEADS)
def test_a_group_head_attends_the_visit(text: str, script: str) -> None:
    assert ("柴思雨", "attended") in _of_type(text, script, "visit"), _events(text, script)


# The talks held with the group (某某会见代表团一行) have its head too, whichever sentence names him.
HEAD_TALKS = [
    "8日，海州经贸代表团抵达江城访问。副省长林晓峰当天会见了该代表团。代表团团长、海州议员柴思雨表示，此行收获很大。",
    "以海州议员柴思雨为团长的海州经贸代表团一行20人，8日抵达江城访问。副省长林晓峰当天会见了该代表团。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", HEAD_TALKS)
def test_a_group_head_attends_the_talks_with_the_group(text: str, script: str) -> None:
    assert ("柴思雨", "attended") in _of_type(text, script, "talks"), _events(text, script)


# Near-misses: no visit reported (a session's provincial delegation, a troupe at a forum), a member who is no
# head (团员), the host of the talks, and talks with someone else than the group.
HEADS_NOT = [
    "8日，海州代表团举行全体会议，推选柴思雨为代表团团长。",
    "第三届海州论坛8日在江城开幕，江城艺术团团长柴思雨担任开幕式导演。",
    "8日，海州经贸代表团抵达江城访问。代表团团员柴思雨表示，此行收获很大。",
    "8日，海州经贸代表团抵达江城访问。江城市长柴思雨会见了代表团团长宁可心。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", HEADS_NOT)
def test_no_head_of_the_visiting_group(text: str, script: str) -> None:
    assert ("柴思雨", "attended") not in _of_type(text, script, "visit"), _events(text, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_head_joins_no_talks_with_someone_else(script: str) -> None:
    text = "8日，海州经贸代表团抵达江城访问，代表团团长为柴思雨。当天，江城市长林晓峰会见了松岩县长龚明远。"
    assert ("柴思雨", "attended") not in _of_type(text, script, "talks"), _events(text, script)


# Class 2 (precision). The place of a visiting group named without one in its own name is read in the first
# clause naming the group, but only after the people of that clause: in 某市长甲会见了代表团 the city is the host's,
# so the host is no member of the visiting group (he attends the talks only).
HOSTS = [
    "8日，海州经贸代表团抵达江城访问。江城市长柴思雨会见了该代表团。",
    "8日，海州经贸代表团抵达江城访问。江城市长柴思雨当天下午会见代表团，双方进行了座谈。",
    "海州经贸代表团8日抵达江城访问。临江省副省长、江城市长柴思雨在江城宾馆会见了该代表团。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", HOSTS)
def test_a_host_is_no_member_of_the_visiting_group(text: str, script: str) -> None:
    assert ("柴思雨", "attended") not in _of_type(text, script, "visit"), _events(text, script)
    assert ("柴思雨", "attended") in _of_type(text, script, "talks"), _events(text, script)


# Near-misses that must still fire: the group's own officials, its place printed in its name or after the
# people of the clause that names it (由江城县长甲率领的江城县友好代表团).
MEMBERS = [
    "8日，江城县友好代表团抵达海州访问。江城县副县长柴思雨参加访问。",
    "8日，由江城县长龚明远率领的江城县友好代表团抵达海州访问。江城县副县长柴思雨随团访问。",
    "8日，江城县友好代表团抵达海州访问。海州市长林晓峰会见了代表团。江城县副县长柴思雨等参加会见。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", MEMBERS)
def test_the_groups_own_officials_stay_members(text: str, script: str) -> None:
    assert ("柴思雨", "attended") in _of_type(text, script, "visit"), _events(text, script)


# Class 5. A press conference's spokespeople, printed as 新闻发言人某某 or listed after 发言人是 / 发言人，分别是,
# speak at each press conference the article reports (gold-conventions C2), whether or not a verb of speech
# follows their name.
SPOKESPEOPLE = [
    "8日下午，江城县府召开新闻发布会。县府新闻发言人柴思雨表示，全市防汛准备就绪。",
    "8日下午，江城县府召开新闻发布会。江城县府发言人柴思雨、宁可心出席发布会。",
    "江城县政府8日举行记者会。县府发言人柴思雨说，今年预算将优先用于防汛。",
    "8日，江城县府举行发言人媒体见面会。县府设两名发言人，分别是县府副秘书长宁可心和县府新闻办主任柴思雨。",
    "8日，临江省委举行新闻发布会。这两位新闻发言人是：省委副秘书长宁可心，省委外宣办主任柴思雨。",
    "江城县府新闻发布会 / 8日下午，江城县府召开新闻发布会。县府新闻发言人 柴思雨 介绍了全市防汛准备情况。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SPOKESPEOPLE)
def test_a_spokesperson_speaks_at_the_press_conference(text: str, script: str) -> None:
    assert ("柴思雨", "spoke_at") in _of_type(text, script, "meeting"), _events(text, script)


# Near-misses: no press conference reported (a spokesperson quoted on a meeting or a visit) and 发言人是 opening no
# list of people. A press conference only announced takes its announced speaker (session 45: the golds list who is
# announced at a planned event).
SPOKESPEOPLE_NOT = [
    "江城市委常委会8日召开会议。市委新闻发言人柴思雨此前表示，全市防汛准备就绪。",
    "8日，海州经贸代表团抵达江城访问。外事部门发言人柴思雨表示，欢迎代表团来访。",
    "8日下午，江城县府召开新闻发布会。柴思雨表示，发言人是连接政府和媒体的桥梁。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SPOKESPEOPLE_NOT)
def test_no_spokesperson_speech_without_a_press_conference(text: str, script: str) -> None:
    assert ("柴思雨", "spoke_at") not in set().union(*(p for _, p in _events(text, script))), _events(text, script)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_spokesperson_announced_at_a_planned_press_conference(script: str) -> None:
    events = _events("江城县府将于10日召开新闻发布会，县府新闻发言人柴思雨将介绍防汛工作。", script)
    assert ("柴思雨", "spoke_at") in set().union(*(p for _, p in events)), events
