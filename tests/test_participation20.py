"""Participation, tenth session (lane part20): classes of who attended and who spoke, each written for its
paradigm (Simplified and Traditional, word-order variants) with invented text, and near-misses it must not fire on.
"""

from __future__ import annotations

import pytest

from lexicon_examples import observe
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
    "临江特区行政长官龚明远将于5月12日率领特区政府代表团访问江城。随团的官员包括财政司司长柴思雨、政务司司长欧阳青禾。",
    "临江特区行政长官龚明远将于5月12日率领特区政府代表团访问江城，并出席江城经贸论坛。"
    "陪同行政长官出访的官员包括财政司司长柴思雨、新闻处处长欧阳青禾。",
    "临江特区行政长官龚明远将于5月12日率领特区政府代表团前往江城访问。"
    "随同行政长官前往江城的包括经济财政司司长柴思雨，以及新闻局局长欧阳青禾等。",
    "临江特区行政长官龚明远将于5月12日率领特区政府代表团访问江城。随行官员包括财政司司长柴思雨和新闻局局长欧阳青禾。",
    "临江特区行政长官龚明远将于5月12日率领特区政府代表团访问江城。"
    "随同行政长官出访的特区政府代表团成员有：经济财政司司长柴思雨、新闻局局长欧阳青禾。",
    "临江特区政务司司长龚明远将于5月12日率领特区政府代表团前往江城。特区政府代表团成员包括财政司司长柴思雨、"
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
    text = "第九届江城经贸论坛将于6月8日在江城举行。随行官员包括财政司司长柴思雨、新闻局局长欧阳青禾。"
    events = _events(text, script)
    assert not any(pairs for _, pairs in events), events
