"""Session 24, a notice's holders the reading cut (lanes succ34 and people34 built the same two readings; succ34's
code was kept, the two lanes' tests are merged here; docs/actors.md, "Twenty-fourth session: a notice's holders cut
by the reading"). Invented text and invented states only, Simplified and Traditional; each reading's rows fail on the
code before it.

* A note in brackets after a name in a removal body (免去甲(女)的某职职务) closes the name and is no part of the post,
  as in a list of names to appoint (actors/noticenames.split_body, ``_name_here``).
* A joiner that ends a word (word_uses.tsv joiner_in_word: 共和) is no joiner inside a post, even when the words before
  it have a married name's shape (驻某某某共和国特命全权大使: actors/labelbounds._married_before); a joiner ending no
  word after such a shape still joins.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

DAY = "2031-05-08"


# --- a bracketed note on a name in a notice's body (免去甲（女）的…职务) ----------------------------------------------
NOTED = [  # text, (person, post)
    ("一、免去林晓峰（女）的江城市人民政府副市长职务；", ("林晓峰", "江城市人民政府副市长")),
    ("免去林晓峰(女)、龚明远的江城市人民政府副市长职务。", ("林晓峰", "江城市人民政府副市长")),
    ("免去柴思雨（满族）的江城市副市长职务。", ("柴思雨", "江城市副市长")),
    ("一、免去林曉峰(女)的江城市人民政府副市長職務;", ("林晓峰", "江城市人民政府副市长")),
]


@pytest.mark.parametrize(("text", "claim"), NOTED)
def test_a_note_after_a_notice_name_is_no_part_of_its_post(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text), claims(text)
    assert "notice_remove" in people(text).get(claim[0], set())


# --- a joiner that ends a word inside a notice's post (某共和国) --------------------------------------------------
STATES = [  # text, (person, post): a state of three characters whose first two could open a married name
    ("任命钱小禾为驻王明嫩共和国大使。", ("钱小禾", "驻王明嫩共和国大使")),
    (
        "免去柴思雨的中华人民共和国驻黎安达共和国特命全权大使职务；",
        ("柴思雨", "中华人民共和国驻黎安达共和国特命全权大使"),
    ),
    (
        "任命錢小禾為中華人民共和國駐盧安嫩共和國特命全權大使。",
        ("钱小禾", "中华人民共和国驻卢安嫩共和国特命全权大使"),
    ),
    (
        "國家主席任命錢小禾為中華人民共和國駐施安娜共和國特命全權大使。",
        ("钱小禾", "中华人民共和国驻施安娜共和国特命全权大使"),
    ),
    ("林何美玲和江城市副市长钱小禾出席。", ("钱小禾", "江城市副市长")),  # a joiner ending no word still joins
]


@pytest.mark.parametrize(("text", "claim"), STATES)
def test_a_joiner_inside_a_word_joins_no_two_people_in_a_post(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text), claims(text)


# --- both readings make the notice's succession --------------------------------------------------------------
HANDED_ON = [
    (
        "青禾国元首依照议会决议，任免以下几位大使：\n一、免去林晓峰(女)的中华人民共和国驻青禾共和国特命全权大使职务；\n"
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
