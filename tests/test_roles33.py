"""Roles, lane roles33: whose post a bare title is, read from its own sentence (studied sets realheld16–23, checked
on realheld13–15 and 24).

**A post of its family printed before it in the sentence** (``inherit.clause_post``, rule ``clause.post``): a title of
an organisation's (ellipsis ``org`` in titles.tsv) printed bare before a name is a post of the organisation printed
earlier in its sentence with a title of its family (局长 for 副局长, 主委 for 副主委), when no name was read between
them and no list mark: 某局局长由副局长甲接任 → 某局副局长; 接任某局长，原局长乙 → 某局长, held before. The nearest such
post wins over one printed before a name earlier or elsewhere in the article. Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

CLAUSE_POST = [  # (text, person, the post read from the sentence)
    ("江城市政府发布人事令，新任卫生局长由现任副局长柴思雨担任。", "柴思雨", "卫生局副局长"),
    ("临江县青年事务委员会主委由副主委龚明远接任，任期三年。", "龚明远", "临江县青年事务委员会副主委"),
    ("青禾集团董事长一职由副董事长林晓峰暂代。", "林晓峰", "青禾集团副董事长"),
    (
        "江城港务局副局长钱小禾退休，江城海事委员会主委遗缺由副主委柴思雨接替。",
        "柴思雨",
        "江城海事委员会副主委",
    ),
    ("江城市社会局长龚明远出席。另外，青禾公司副经理林晓峰接任财务局长，原局长钱小禾调往临江。", "钱小禾", "财务局长"),
]


def _roles(text: str) -> dict[tuple[str, str], str]:
    """(person, position) → rule of every role claim read from ``text``."""
    return {(r.person, r.position): r.provenance.rule for r in facts(text).roles}


@pytest.mark.parametrize(("text", "person", "post"), CLAUSE_POST)
def test_a_bare_post_takes_the_body_printed_before_it_in_its_sentence(text: str, person: str, post: str) -> None:
    found = _roles(text)
    assert (person, post) in found
    assert found[(person, post)].endswith("+clause.post")


def test_a_former_holder_of_the_post_just_given_holds_it_before() -> None:
    text = "江城市社会局长龚明远出席。另外，青禾公司副经理林晓峰接任财务局长，原局长钱小禾调往临江。"
    claims = [r for r in facts(text).roles if r.person == "钱小禾"]
    assert [(r.position, r.change) for r in claims] == [("财务局长", "former")]


def test_the_nearest_post_wins_over_one_printed_before_a_name() -> None:
    text = "江城港务局副局长钱小禾出席。青禾交通局局长由副局长柴思雨接任。"
    found = _roles(text)
    assert ("柴思雨", "青禾交通局副局长") in found
    assert ("柴思雨", "江城港务局副局长") not in found


NOT_TAKEN = [  # (text, person, a post never given): a name between, another family, another sentence
    ("江城交通局局长龚明远会见了副局长柴思雨。", "柴思雨", None),
    ("江城交通局局长由总工程师柴思雨接任。", "柴思雨", "江城交通局总工程师"),
    ("江城交通局局长一职已出缺。副局长柴思雨主持工作。", "柴思雨", "江城交通局副局长"),
    ("在江城县长甲某见证下，新选出的议长龚明远、副议长柴思雨宣誓就职。", "柴思雨", None),
    ("江城海巡总局举行交接典礼。署长对卸任柴总局长表示感谢，并对新任总局长龚明远寄予厚望。", "龚明远", "柴总局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), NOT_TAKEN)
def test_no_body_across_a_name_a_family_or_a_sentence(text: str, person: str, post: str | None) -> None:
    found = _roles(text)
    assert not any(r.endswith("+clause.post") for (who, _), r in found.items() if who == person)
    if post:
        assert (person, post) not in found
