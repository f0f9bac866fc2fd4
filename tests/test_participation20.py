"""Participation, tenth session (lane part20): classes of who attended and who spoke, each written for its
paradigm (Simplified and Traditional, word-order variants) with invented text, and near-misses it must not fire on.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from pipeline_probe import people
from sweep13 import traditional

WIRE = "新华社江城2031年5月8日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "王立群", "龚明远", "陈红", "赵文", "欧阳青禾", "李建国")


def _events(text: str, script: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """(type, {(person, relation)}) of each event of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    seen = observe(WIRE + text)
    back = {traditional(n): n for n in _NAMES}
    return [
        (e.event_type, {(back.get(p.person, p.person), p.relation) for p in e.participants})
        for e in seen.corpus.events
    ]


def _att(*names: str) -> set[tuple[str, str]]:
    return {(n, "attended") for n in names}


# A trip's companions (随团的官员包括…, 陪同某某出访的官员包括…, 随同…的代表团成员有：…, 甲、乙随团考察) attend the
# visit, also a visit only announced (planned): the announcement lists who goes.
COMPANIONS = [
    "临江特区行政长官龚明远将于下周一带领临江经贸代表团到江城进行三天访问。随团的官员包括发展局局长柴思雨、运输局局长欧阳青禾。",
    "临江特区行政长官龚明远将于下周一带领临江经贸代表团访问江城，并出席江城经贸论坛。"
    "陪同龚明远出访的官员包括发展局局长柴思雨、新闻处处长欧阳青禾。",
    "临江特区行政长官龚明远将于下周一带领临江经贸代表团前往江城访问。"
    "随同龚明远前往江城的包括发展局局长柴思雨，以及新闻局局长欧阳青禾等。",
    "临江特区行政长官龚明远将于下周一带领临江经贸代表团访问江城。随行官员包括发展局局长柴思雨和新闻局局长欧阳青禾。",
    "临江特区行政长官龚明远将于下周一带领临江经贸代表团访问江城。"
    "随同龚明远出访的经贸代表团成员有：发展局局长柴思雨、新闻局局长欧阳青禾。",
    "临江特区政务司司长龚明远将于下周一带领临江经贸代表团前往江城访问。经贸代表团成员包括发展局局长柴思雨、"
    "新闻局局长欧阳青禾。",
    "8日，临江市委书记龚明远率临江市党政代表团赴海州考察。海州区领导柴思雨、欧阳青禾随团考察。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", COMPANIONS)
def test_trip_companions_attend_the_visit(text: str, script: str) -> None:
    events = _events(text, script)
    visits = [pairs for kind, pairs in events if kind == "visit"]
    assert visits and _att("柴思雨", "欧阳青禾") <= visits[0], events
    assert not any(kind != "visit" and _att("柴思雨") & pairs for kind, pairs in events), events


@pytest.mark.parametrize("script", SCRIPTS)
def test_companions_make_no_event_of_their_own(script: str) -> None:
    events = _events(COMPANIONS[-1], script)
    assert [kind for kind, _ in events] == ["visit"], events


# Near-misses: a host 陪同 the talks (no list) stays on the talks; a planned meeting takes no participants.
@pytest.mark.parametrize("script", SCRIPTS)
def test_host_accompanying_talks_stays_on_the_talks(script: str) -> None:
    text = (
        "8日，临江市委书记龚明远率临江市党政代表团赴海州考察。"
        "当天，海州市长柴思雨会见代表团一行，市委秘书长欧阳青禾陪同会见。"
    )
    events = _events(text, script)
    assert not any(kind == "visit" and ("欧阳青禾", "attended") in pairs for kind, pairs in events), events


@pytest.mark.parametrize("script", SCRIPTS)
def test_planned_meeting_takes_no_companions(script: str) -> None:
    text = "第九届江城经贸论坛将于6月8日在江城举行。随行官员包括发展局局长柴思雨、新闻局局长欧阳青禾。"
    events = _events(text, script)
    assert not any(pairs for _, pairs in events), events


# The officiating guests of a ceremony, the ceremony named between the verb and the role noun (担任庆典主礼嘉宾,
# 作为开幕式的主礼嘉宾), a list of titled names before them across commas.
GUESTS = [
    "8日，临江基金会举行江城论坛暨十周年庆典，临江省副省长柴思雨，江城市副市长欧阳青禾，担任庆典主礼嘉宾。",
    "8日，临江基金会举行江城论坛暨十周年庆典，临江省副省长柴思雨、江城市副市长欧阳青禾等作为开幕式的主礼嘉宾。",
    "8日，临江基金会举行江城论坛暨十周年庆典，由临江省副省长柴思雨和江城市副市长欧阳青禾出任典礼主礼嘉宾。",
    "8日，临江基金会举行江城论坛暨十周年庆典。临江省副省长柴思雨及江城市副市长欧阳青禾担任本次庆典的主礼嘉宾。",
    "江城论坛暨十周年庆典8日在江城举行，全国政协委员柴思雨，大学校长欧阳青禾，以及多位议员，担任论坛主礼嘉宾。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", GUESTS)
def test_officiating_guests_attend(text: str, script: str) -> None:
    events = _events(text, script)
    assert any(_att("柴思雨", "欧阳青禾") <= pairs for _, pairs in events), events


@pytest.mark.parametrize("script", SCRIPTS)
def test_guests_announced_at_a_planned_ceremony_attend_it(script: str) -> None:
    """Session 45 reverses this lane's reading: the golds list who is announced at a planned event."""
    text = "江城论坛暨十周年庆典将于6月8日在江城举行，届时临江省副省长柴思雨将担任庆典主礼嘉宾。"
    events = _events(text, script)
    assert any(_att("柴思雨") <= pairs for _, pairs in events), events


# A report or an explanation on a topic printed between its verb and its noun: 作…的报告, 就…作一说明.
MEETING = "8日，江城区委召开全体会议。会上，"
SPEECHES = [
    "区委副书记柴思雨作江城区乡村振兴三年行动推进情况的报告。",
    "区委常委柴思雨就全区国土空间规划（草案）的编制依据和重点内容作一说明。",
    "区委常委、组织部部长柴思雨作区级优秀共产党员推荐人选的说明。",
    "区政协主席柴思雨向全会作了关于委员履职情况的汇报。",
    "组织部部长柴思雨就人事任免事项作出说明。",
    "副区长柴思雨在会上作全区经济运行情况的介绍。",
    "区委常委、组织部长柴思雨和区委常委、统战部长林晓峰分别就区属国有企业改革方案作情况说明。",
    "区政协副主席柴思雨代表区政协常务委员会作关于民主监督工作情况的报告。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SPEECHES)
def test_speech_on_a_topic_is_spoken_at_the_meeting(text: str, script: str) -> None:
    events = _events(MEETING + text, script)
    meeting = [pairs for kind, pairs in events if kind == "meeting" and ("柴思雨", "spoke_at") in pairs]
    assert len(meeting) == 1, events


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text",
    # 作出部署 itself is a speech since part21 (golds count the arrangement given a sitting: tests/test_part21.py);
    # a deployment referred to (作出的部署) stays none
    ["区委书记柴思雨就做好防汛工作作出的部署得到落实。", "会议听取了区委关于柴思雨同志工作情况的报告。"],
)
def test_no_speech_without_a_speech_noun_or_speaker(text: str, script: str) -> None:
    events = _events(MEETING + text, script)
    assert not any(("柴思雨", "spoke_at") in pairs for _, pairs in events), events


# Bare names after a lead of veteran leaders (原市级老领导甲、乙), and a colon's list of bare names grouped by
# commas (还有：甲、乙，丙、丁): people, and they attend the meeting.
SESSION = "临江市政协十届三次会议8日在江城开幕。"
LEADER_LISTS = [
    "原市级老领导龚明远、柴思雨、欧阳青禾应邀到会并就座主席台。",
    "市委书记林晓峰出席。老领导龚明远、柴思雨、欧阳青禾也应邀出席大会。",
    "应邀出席开幕会的领导还有：林晓峰、王立群，龚明远、柴思雨，欧阳青禾、李建国。",
    "出席会议的还有:林晓峰、王立群,柴思雨、欧阳青禾。",
    "原区级老领导柴思雨、欧阳青禾列席会议。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", LEADER_LISTS)
def test_bare_name_lists_attend(text: str, script: str) -> None:
    events = _events(SESSION + text, script)
    assert any(_att("柴思雨", "欧阳青禾") <= pairs for _, pairs in events), events


@pytest.mark.parametrize(
    "text",
    [
        "出席会议的还有：林晓峰、王立群，市直部门、县区负责人。",
        "在主席台就座的还有：市委委员、老同志党代表、人武部政委。",
    ],
)
def test_no_person_from_nouns_after_a_list(text: str) -> None:
    found = set(people(WIRE + SESSION + text))
    assert not found & {"市直部门", "县区负责人", "党代表", "人武部政委"}, found
