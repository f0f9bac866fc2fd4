"""Session 24, lane succ34: successions whose holders a notice names but the reading cut or lost (invented text
only, Simplified and Traditional).

* A note in brackets after a name in a removal body (免去甲(女)的某职职务) closes the name, as it does in a list of
  names to appoint (actors/noticenames.split_body).
* A joiner that ends a word (word_uses.tsv joiner_in_word: 共和) is no joiner inside a post, even when the words before
  it have a married name's shape (驻某某某共和国特命全权大使: actors/labelbounds._joins).
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on

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
]


@pytest.mark.parametrize(("text", "succession"), HANDED_ON)
def test_a_notices_holders_read_whole_make_its_succession(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text, DAY)


JOINED = [
    ("林何美玲和江城市副市长钱小禾出席。", ("钱小禾", "江城市副市长")),  # a joiner ending no word still joins
    (
        "國家主席任命錢小禾為中華人民共和國駐施安娜共和國特命全權大使。",
        ("钱小禾", "中华人民共和国驻施安娜共和国特命全权大使"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), JOINED)
def test_a_joiner_ending_a_word_does_not_cut_the_post(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text)
