"""Participation where the event and the person are found but the link was not (issue 13 class 8, seventh
session): a colon's list running past commas and semicolons, and verbs of presence, reception and speech.
Invented variants (invented names and places), each in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from lexicon_examples import observe
from sweep13 import traditional

WIRE = "新华社江城2030年6月8日电 "
SCRIPTS = ("simplified", "traditional")
_NAMES = ("林晓峰", "柴思雨", "王立群", "龚明远", "陈红", "赵文", "欧阳青禾", "李建国")


def _parts(text: str, script: str) -> list[set[tuple[str, str]]]:
    """The (person, relation) pairs of each event of ``text``, names given back in Simplified form."""
    if script == "traditional":
        text = traditional(text)
    seen = observe(WIRE + text)
    back = {traditional(n): n for n in _NAMES}
    return [{(back.get(p.person, p.person), p.relation) for p in e.participants} for e in seen.corpus.events]


def _holds(text: str, script: str, wanted: set[tuple[str, str]]) -> None:
    events = _parts(text, script)
    assert any(wanted <= pairs for pairs in events), events


def _att(*names: str) -> set[tuple[str, str]]:
    return {(n, "attended") for n in names}


# 出席会议的还有：甲，乙；丙等同志；丁等市领导。 a colon's list runs past commas and on after semicolons
COLON_LIST = [
    (
        "临江市民营经济座谈会8日在江城举行。市委书记龚明远主持会议。出席会议的还有：江城市市长柴思雨，"
        "海州市副市长欧阳青禾；省发改委副主任陈红、省商务厅副厅长赵文等省直部门负责同志；"
        "副市长王立群、市委秘书长李建国等市领导。",
        _att("柴思雨", "欧阳青禾", "陈红", "赵文", "王立群", "李建国"),
    ),
    (
        "江城市副市长龚明远8日会见出席江城友好城市大会的嘉宾代表。参加会见的嘉宾有：海州市市长林晓峰，"
        "松岩市副市长柴思雨，滨海市市议员陈红，北岭市市长办公室主任赵文。",
        _att("林晓峰", "柴思雨", "陈红", "赵文"),
    ),
    (
        "第九届江城经贸论坛8日在江城开幕。出席论坛的还有：临江大学教授林晓峰、江城研究院院长柴思雨等专家学者；"
        "省商务厅副厅长陈红、省交通厅副厅长赵文等省直部门负责同志。",
        _att("林晓峰", "柴思雨", "陈红", "赵文"),
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), COLON_LIST)
def test_colon_list_runs_to_sentence_end(text: str, wanted: set[tuple[str, str]], script: str) -> None:
    _holds(text, script, wanted)


def test_colon_list_stops_at_a_sentence_with_its_own_verb() -> None:
    """The sentence after the list's semicolon that prints a verb of its own is not part of the list."""
    text = (
        "临江市民营经济座谈会8日在江城举行。出席会议的还有：江城市市长柴思雨；"
        "省商务厅副厅长陈红主持会议。"
    )
    events = _parts(text, "simplified")
    assert not any(("陈红", "attended") in pairs for pairs in events), events
    assert any(("陈红", "presided") in pairs for pairs in events), events


# verbs of presence, reception and speech (participation.tsv rows)
PRESENCE = [
    ("中共江城区第九次代表大会8日开幕。市纪委处长林晓峰到会监督指导。", _att("林晓峰")),
    ("中共松岩县第五次代表大会8日开幕。省委组织部处长柴思雨到会监督。", _att("柴思雨")),
    ("江城市政协九届一次会议8日举行全体会议。选举结果宣读前，上届市政协主席林晓峰来到大会会场。", _att("林晓峰")),
    ("临江省政协十届一次会议8日举行第四次全体会议。投票前，上届省政协主席柴思雨来到会议会场。", _att("柴思雨")),
    (
        "江城市政协九届一次会议8日举行全体会议。三任市长林晓峰(中)、龚明远(左)、柴思雨(右)在会上端坐一排。",
        _att("林晓峰", "龚明远", "柴思雨"),
    ),
    ("临江省第九届人民代表大会第二次会议8日在江城开幕。省长王立群、副省长陈红在主席台端坐。", _att("王立群", "陈红")),
    (
        "8日，临江市考察团赴江城市考察。江城市委副书记、市长林晓峰和副市长龚明远接待了考察团一行。",
        _att("林晓峰", "龚明远"),
    ),
    ("8日，海州市党政代表团到松岩县考察。松岩县县长柴思雨接待了代表团。", _att("柴思雨")),
    (
        "8日，临江贸易促进局江城代表处启动仪式在江城举行，临江省副省长林晓峰及江城市市长龚明远等作为主礼嘉宾。",
        _att("林晓峰", "龚明远"),
    ),
    ("8日，江城国际会展中心揭牌仪式在江城举行，江城市副市长陈红担任主礼嘉宾。", _att("陈红")),
    (
        "江城市人大常委会8日召开第九次会议。会上，市委书记、市人大常委会主任林晓峰向新任命的国家机关工作人员颁发任命书。",
        _att("林晓峰"),
    ),
    ("松岩县人大常委会8日召开第三次会议。县人大常委会主任赵文为新任命人员颁发了任命书。", _att("赵文")),
    ("中共江城区第九次代表大会8日闭幕。区委书记林晓峰在大会上讲了话。", {("林晓峰", "spoke_at")}),
    ("江城市民营经济座谈会8日在江城召开。市长龚明远代表市政府讲了话。", {("龚明远", "spoke_at")}),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "wanted"), PRESENCE)
def test_verbs_of_presence(text: str, wanted: set[tuple[str, str]], script: str) -> None:
    _holds(text, script, wanted)


# 考察团团长某某表示: the head of the visiting group speaks at the meeting or banquet it is received at
GROUP_HEAD = [
    (
        "8日，临江省经贸考察团抵达江城市交流考察。当晚，江城市委、市政府设宴欢迎考察团。市长龚明远致欢迎辞。"
        "考察团团长柴思雨表示，愿做两地交流的使者。",
        "柴思雨",
    ),
    (
        "江城市市长龚明远8日会见临江省驻外使节团一行。龚明远介绍了江城市情。"
        "驻外使节团团长、驻海州大使柴思雨说，此次访问感受很深。",
        "柴思雨",
    ),
    (
        "松岩县县长林晓峰8日在松岩会见海州市青年企业家代表团。代表团副团长陈红表示，希望两地加强合作。",
        "陈红",
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "head"), GROUP_HEAD)
def test_group_head_speaks(text: str, head: str, script: str) -> None:
    _holds(text, script, {(head, "spoke_at")})


def test_a_title_without_a_group_does_not_speak() -> None:
    """Someone who only says something, with no group head's title and no part in the event, stays off it."""
    text = "松岩县县长林晓峰8日在松岩会见海州市青年企业家代表团。海州市副市长陈红表示，希望两地加强合作。"
    assert not any(("陈红", "spoke_at") in pairs for pairs in _parts(text, "simplified"))
