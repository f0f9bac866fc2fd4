"""Session 24, lane succ34: successions whose holders a notice names but the reading cut or lost (invented text
only, Simplified and Traditional).

* A note in brackets after a name in a removal body (免去甲(女)的某职职务) closes the name, as it does in a list of
  names to appoint (actors/noticenames.split_body).
* A joiner that ends a word (word_uses.tsv joiner_in_word: 共和) is no joiner inside a post, even when the words before
  it have a married name's shape (驻某某某共和国特命全权大使: actors/labelbounds._joins).
* No name before 任 whose last character opens a two-character word of name_boundaries.txt with it (甲卸任某职:
  no name 甲卸, actors/appointed).
* 自 (from a day on) ends a name (name_boundaries.txt): 原任某职甲自某日起接任某职.
* One holder's name being the other's and the next character printed (甲与 beside 甲) is one person: no succession
  (corpus/people.successions).
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on, people

DAY = "2031-05-08"


# --- names and posts of a notice read whole -------------------------------------------------------------------
HANDED_ON = [
    (
        "国家主席根据决定任免下列驻外大使：\n一、免去林晓峰(女)的中华人民共和国驻青禾共和国特命全权大使职务；\n"
        "任命钱小禾为中华人民共和国驻青禾共和国特命全权大使。",
        ("中华人民共和国驻青禾共和国特命全权大使", "林晓峰", "钱小禾"),
    ),
    (
        "會議決定：免去林曉峰（女）的江城市審計局局長職務；任命錢小禾為江城市審計局局長。",
        ("江城市审计局局长", "林晓峰", "钱小禾"),
    ),
    (
        "二、免去郑立群的中华人民共和国驻施安娜共和国特命全权大使职务；\n"
        "任命龚明远为中华人民共和国驻施安娜共和国特命全权大使。",
        ("中华人民共和国驻施安娜共和国特命全权大使", "郑立群", "龚明远"),
    ),
    (
        "二、免去鄭立群的中華人民共和國駐施安娜共和國特命全權大使職務；\n"
        "任命龔明遠為中華人民共和國駐施安娜共和國特命全權大使。",
        ("中华人民共和国驻施安娜共和国特命全权大使", "郑立群", "龚明远"),
    ),
    (
        "会议决定：龚明远卸任江城事务办公室副主任，转任江城联络办公室主任；郑强卸任江城联络办公室主任。",
        ("江城联络办公室主任", "郑强", "龚明远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), HANDED_ON)
def test_a_notices_holders_read_whole_make_its_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text, DAY)


NAMES = [
    ("会议决定：郑强卸任江城联络办公室主任，转任江城侨务办公室主任。", "郑强", "郑强卸"),
    ("原任江城分署长郑平自2031年7月1日起接任江城管理处处长。", "郑平", "郑平自"),
    ("原任江城分署長鄭平自2031年7月1日起接任江城管理處處長。", "郑平", "郑平自"),
]


@pytest.mark.parametrize(("text", "name", "cut"), NAMES)
def test_a_name_ends_before_a_word_its_last_character_would_open(text: str, name: str, cut: str) -> None:
    found = people(text)
    assert name in found and cut not in found


# --- one person never follows himself ------------------------------------------------------------------------
SELF = [
    "在某副院长监证下，陈强与卸下江城市长职务的郑立群进行交接。新任江城市长陈强宣誓就职。",
    "在某副院長監證下，陳強與卸下江城市長職務的鄭立群進行交接。新任江城市長陳強宣誓就職。",
]


@pytest.mark.parametrize("text", SELF)
def test_a_name_and_the_character_after_it_is_no_other_holder(text: str) -> None:
    assert not any(b.startswith(a) or a.startswith(b) for _, b, a in handed_on(text, DAY))
