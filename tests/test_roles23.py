"""roles23: nothing but the post in a post — words of the clause printed before a post are cut (issue 13).

Invented text only: the names, places and sentence frames are made up for these tests.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims

# --- a verb, a preposition or a date's unit before the post ---------------------------------------------------

LEADS = [
    ("4月3日，宁可心见证临江市长龚明远与江城市长柴思雨签约。", "龚明远", "临江市长"),
    ("4月3日，寧可心見證臨江市長龔明遠與江城市長柴思雨簽約。", "龚明远", "临江市长"),
    ("4月3日，主办方竟封杀海州市侨办主任林晓峰的入境申请。", "林晓峰", "海州市侨办主任"),
    ("4月3日，江城市府发布交通处长钱小禾升任秘书长。", "钱小禾", "交通处长"),
    ("4月3日，江城市府公布卫生局长钱小禾调任民政局长。", "钱小禾", "卫生局长"),
    ("4月3日，前往青禾乡视察时到场关心有临江县议员龚明远。", "龚明远", "临江县议员"),
    ("4月3日，會場陪同者有臨江縣議員龔明遠。", "龚明远", "临江县议员"),
    ("2031年4月3日临江市长龚明远前往工地。", "龚明远", "临江市长"),
    ("4月3号临江市长龚明远前往工地。", "龚明远", "临江市长"),
    ("江城市交通局長柴思雨升任參議兼任總務處長，4月3日生效。", "柴思雨", "总务处长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LEADS)
def test_the_clause_before_a_post_is_no_part_of_it(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert any(p.endswith(post) for p in found), found
    assert all(len(p) <= len(post) + 4 for p in found), found  # no verb or clause glued before it


KEPT = [  # words holding a lead word that belong to the organisation
    ("4月3日，临江有限公司董事长龚明远出席签约。", "龚明远", "临江有限公司董事长"),
    ("4月3日，临江国有林场场长龚明远出席。", "龚明远", "临江国有林场场长"),
    ("4月3日，临江市继续教育学院院长龚明远出席。", "龚明远", "临江市继续教育学院院长"),
    ("4月3日，临江退除役官兵辅导委员会副主委龚明远出席。", "龚明远", "临江退除役官兵辅导委员会副主委"),
    ("4月3日，临江市政府新闻发布中心主任龚明远出席。", "龚明远", "临江市政府新闻发布中心主任"),
    ("新华社江城4月3日电临江市长龚明远出席会议。", "龚明远", "临江市长"),
    ("新华网江城4月3日消息临江市长龚明远出席会议。", "龚明远", "临江市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), KEPT)
def test_an_organisation_holding_a_lead_word_is_kept(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- a stop word before a level is no place's name ------------------------------------------------------------

LEVELS = [
    (
        "4月3日，临江省政协会议闭幕，临江省委书记林晓峰出席。新一届省法院院长龚明远出席。",
        "龚明远",
        "临江省法院院长",
    ),
    (
        "4月3日，临江省政协会议闭幕，临江省委书记林晓峰出席。新一届省检察院检察长柴思雨出席。",
        "柴思雨",
        "临江省检察院检察长",
    ),
    (
        "临江省政协会议4月3日闭幕。闭幕式由省政协七届四次会议执行主席龚明远主持。"
        "大会执行主席柴思雨宣读决定。",
        "柴思雨",
        "省政协七届四次会议执行主席",
    ),
]


@pytest.mark.parametrize(("text", "person", "post"), LEVELS)
def test_a_stop_word_before_a_level_is_no_place(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert post in found, found
    assert not any(p.startswith(("新一届", "闭幕式")) for p in found), found


def test_a_place_whose_name_holds_no_stop_word_is_kept() -> None:
    assert ("龚明远", "增城市长") in claims("4月3日，增城市市长龚明远出席会议。")


# --- a list of names closed by 等 and a title: every item holds the title -------------------------------------

LISTED = [
    ("4月3日，临江市议会龚明远议长与林晓峰、柴思雨、钱小禾等议员前往江城访问。", ("林晓峰", "柴思雨", "钱小禾"), "临江市议会议员"),
    ("4月3日，臨江市議會龔明遠議長與林曉峰、柴思雨等議員前往江城訪問。", ("林晓峰", "柴思雨"), "临江市议会议员"),
]


@pytest.mark.parametrize(("text", "people", "post"), LISTED)
def test_a_list_closed_by_a_title_holds_it(text: str, people: tuple[str, ...], post: str) -> None:
    found = claims(text)
    assert all((person, post) in found for person in people), found


NOT_TITLES = [  # a group of people or of bodies closes the list: no post
    "4月3日，林晓峰、柴思雨、钱小禾等同志出席会议。",
    "4月3日，林晓峰、柴思雨、钱小禾等人出席会议。",
    "4月3日，农业、林业、水利等部门负责人出席会议。",
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_list_closed_by_a_group_holds_no_post(text: str) -> None:
    assert not claims(text)


# --- a titled name before a ceremony's verb is read --------------------------------------------------------------

CEREMONY = [
    ("4月3日，青禾县长宁可心颁奖表扬模范家庭。", "宁可心", "青禾县长"),
    ("4月3日，青禾縣長宁可心頒獎給志工。", "宁可心", "青禾县长"),
    ("4月3日，青禾县长宁可心莅临工地会勘排水工程。", "宁可心", "青禾县长"),
    ("4月3日，青禾县长宁可心偕同局处首长巡视灾区。", "宁可心", "青禾县长"),
]


@pytest.mark.parametrize(("text", "person", "post"), CEREMONY)
def test_a_titled_name_before_a_ceremony_verb_is_read(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
