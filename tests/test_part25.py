"""Participation, fifteenth session (lane part25). Invented Simplified and Traditional variants with near-misses:

* a report or speech given under its printed title, whose title holds commas or a colon (作了题为《甲，乙》的报告:
  inside a 《title》 only a sentence's end stops a gapped row, events/partverbs.py; a semicolon still cuts the
  sentence before the row is read), or given with no title (作了报告), or a
  titled speech (发表了题为《…》的讲话, 作了题为《…》的工作报告: participation.tsv); a speech only studied
  (学习某某的讲话) still makes no speaker;
* a guest named with 一行 (会见并宴请甲一行) brings the party of the visit he made: its other people attend the
  talks (visits.guest_party); a guest without 一行, or with no visit of his own told, brings no one;
* a congratulation is no part of a session's name (祝贺大会召开, 到会热烈祝贺某会议开幕: name_stops.txt 祝贺): the
  people seated or announcing the opening take part in the session, and 到会热烈祝贺 attends (participation.tsv);
* a banquet's host and guests (设宴欢迎/设宴款待/设宴招待乙): these words end the host's name (actors
  name_boundaries.txt; 设宴 alone would cut 某建设 before 宴请),
  so the host attends; the object of a welcoming act word is its guests (events word_uses.tsv guest_marker 款待,
  招待; actdraft.guests) and a guest with 一行 brings his party;
* a question mark ending a long list item right before 、 stands for a lost character (某组组?、: text/clean.py):
  the list's attendance verb still reaches the names before it; a name with a lost character (甲、马?、乙) and a
  real question (…吗?现在) are left alone.
"""

from __future__ import annotations

import pytest

from test_part24 import SCRIPTS, _by_event, _on  # the same wire, reader and title filter
from ygraph.text.clean import normalized

# A. Reports and speeches under a printed title (commas inside it), or with none.
REPORTS = [
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市委书记林晓峰代表中共江城市第五届委员会向本次大会作了题为"
     "《坚定信心，接续奋斗，谱写江城新篇章》的报告。", "林晓峰"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市委书记林晓峰作题为《江城：守正创新、奋勇争先》的报告。", "林晓峰"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市委书记龚明远代表中共江城市第五届委员会向本次大会作了报告。",
     "龚明远"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市委书记龚明远向大会做了报告。", "龚明远"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市委书记柴思雨代表市委作了题为《稳中求进，开拓创新》的工作报告。",
     "柴思雨"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市长宁可心在大会上发表了题为《携手同行，共创未来》的讲话。",
     "宁可心"),
    ("中国共产党江城市第六次代表大会在江城会堂开幕。市长宁可心作了题为《实干为先》的重要讲话。", "宁可心"),
]

NOT_SPOKEN = [
    # a speech studied, never given at the meeting
    ("江城市委召开常委会会议。市委书记林晓峰出席会议。会议要求认真学习市长龚明远同志的讲话精神。", "龚明远"),
    # the title runs past a sentence's end: no row matches across it
    ("江城市委召开常委会会议。市委书记林晓峰出席会议。市长龚明远作了题为《开局。", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "speaker"), REPORTS)
def test_titled_report_speaks(text: str, speaker: str, script: str) -> None:
    assert (speaker, "spoke_at") in _on(_by_event(text, script), "代表大会")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person"), NOT_SPOKEN)
def test_no_speech_given(text: str, person: str, script: str) -> None:
    assert (person, "spoke_at") not in _on(_by_event(text, script), "会议")


# B. 会见甲一行: the party of 甲's visit attends the talks.
PARTY = [
    ("临江市委副书记林晓峰，副市长龚明远率领临江经贸交流团一行到江城市参访。江城市长柴思雨、副市长宁可心会见并"
     "宴请林晓峰一行。", "宴请", "龚明远"),
    ("临江市委副书记林晓峰、副市长龚明远率临江农业考察团到海州考察。海州市委书记柴思雨会见了林晓峰一行。",
     "会见", "龚明远"),
    ("临江市委书记林晓峰，市长龚明远带领临江党政代表团赴松岩市考察。松岩市长钱小禾会晤林晓峰一行。", "会晤",
     "龚明远"),
]

NO_PARTY = [
    # no 一行: only the guest named
    ("临江市委副书记林晓峰，副市长龚明远率领临江经贸交流团一行到江城市参访。江城市长柴思雨会见了林晓峰。",
     "会见", "龚明远"),
    # the guest made no visit of the article: nobody brought
    ("江城市长柴思雨会见了临江市委副书记林晓峰一行。副市长龚明远在青禾县调研。", "会见", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "act", "member"), PARTY)
def test_guest_party_attends(text: str, act: str, member: str, script: str) -> None:
    assert (member, "attended") in _on(_by_event(text, script), act)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "act", "member"), NO_PARTY)
def test_no_guest_party(text: str, act: str, member: str, script: str) -> None:
    assert (member, "attended") not in _on(_by_event(text, script), act)


# C. A congratulation is no part of the session's name.
GREETED = [
    ("临江省政协第五届委员会第九次会议在江城开幕。省委书记龚明远等在主席台就座，祝贺大会召开。下午3时，省政协主席"
     "柴思雨宣布大会开幕。", ("柴思雨", "presided")),
    ("临江省政协第五届委员会第九次会议在江城开幕。省委书记林晓峰、省长龚明远等到会热烈祝贺临江省政协五届九次会议"
     "开幕。", ("龚明远", "attended")),
    ("临江省政协第五届委员会第九次会议在江城开幕。省委书记林晓峰、省长龚明远等出席开幕式，热烈祝贺临江省政协五届"
     "一次会议的召开。", ("林晓峰", "attended")),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "pair"), GREETED)
def test_congratulation_names_the_session(text: str, pair: tuple[str, str], script: str) -> None:
    found = _by_event(text, script)
    assert not [t for t in found if "祝贺" in t]
    assert pair in _on(found, "第五届委员会第九次会议")


# D. A question mark for a lost character at the end of a long list item.
LOST = [
    ("江城县人大常委会第七十一次会议召开。县人大常务委员会主任林晓峰主持会议；县委常委龚明远，县政府副县长柴思雨，县直代表"
     "活动组组?、各乡镇人大主席等列席会议。", "柴思雨"),
    ("江城县人大常委会第七十一次会议召开。县人大常务委员会主任林晓峰主持会议；县委常委龚明远，县政府副县长柴思雨，县人大"
     "代表联络站站?、各乡镇人大主席等列席会议。", "龚明远"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "person"), LOST)
def test_lost_character_keeps_the_list(text: str, person: str, script: str) -> None:
    assert (person, "attended") in _on(_by_event(text, script), "第七十一次会议")


@pytest.mark.parametrize(
    "text",
    [
        "委员林晓峰、马?、龚明远出席",  # a name lost a character: the mark stays
        "真的可以吗?现在就去",  # a question
        "行吗?、",  # a short item
    ],
)
def test_question_marks_left(text: str) -> None:
    assert normalized(text) == text


# E. A banquet's host and guests.
BANQUETS = [
    ("9日晚，江城市委书记柴思雨设宴欢迎临江省长林晓峰。", "设宴", {("柴思雨", "attended"), ("林晓峰", "attended")}),
    ("9日晚，江城市长宁可心设宴款待临江市长龚明远和海州市长柴思雨。", "设宴",
     {("宁可心", "attended"), ("龚明远", "attended"), ("柴思雨", "attended")}),
    ("9日晚，江城市长宁可心设宴招待客人，副市长龚明远出席。", "设宴", {("宁可心", "attended"), ("龚明远", "attended")}),
    ("9日晚，江城市长宁可心举行宴会，款待临江市长龚明远。", "宴会", {("宁可心", "attended"), ("龚明远", "attended")}),
    ("临江市委副书记林晓峰，副市长龚明远率领临江经贸交流团一行到江城市参访。当晚，江城市长柴思雨设宴欢迎林晓峰"
     "一行。", "设宴", {("柴思雨", "attended"), ("林晓峰", "attended"), ("龚明远", "attended")}),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "words", "pairs"), BANQUETS)
def test_banquet_host_and_guests(text: str, words: str, pairs: set[tuple[str, str]], script: str) -> None:
    assert pairs <= _on(_by_event(text, script), words)


def test_banquet_guests_stay_in_their_clause() -> None:
    """The guests of 设宴欢迎 are named in its own clause: a person of the next clause is not one."""
    found = _on(_by_event("9日晚，江城市长宁可心设宴欢迎客人，次日临江市长龚明远赴海州考察。", "simplified"), "设宴")
    assert ("宁可心", "attended") in found
    assert ("龚明远", "attended") not in found


def test_name_ending_in_jianshe_kept() -> None:
    """设宴 alone is no boundary: a name ending in 建设 before 宴请 stays whole."""
    found = _on(_by_event("9日晚，江城市长张建设宴请临江市长龚明远。", "simplified"), "宴请")
    assert ("张建设", "attended") in found
