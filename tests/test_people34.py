"""People, lane people34 (docs/actors.md, "Twenty-fourth session: the people never read on unseen pages"): a
notice's names keep their bracketed note out of the post (免去甲（女）的…职务), and a joiner that ends a word (共和 of
某共和国) joins no two people inside a notice's post. Invented text and invented states, Simplified and
Traditional; each row fails on the code before the lane."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people

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
    ("免去柴思雨的中华人民共和国驻黎安达共和国特命全权大使职务；", ("柴思雨", "中华人民共和国驻黎安达共和国特命全权大使")),
    ("任命錢小禾為中華人民共和國駐盧安嫩共和國特命全權大使。", ("钱小禾", "中华人民共和国驻卢安嫩共和国特命全权大使")),
]


@pytest.mark.parametrize(("text", "claim"), STATES)
def test_a_joiner_inside_a_word_joins_no_two_people_in_a_post(text: str, claim: tuple[str, str]) -> None:
    assert claim in claims(text), claims(text)
