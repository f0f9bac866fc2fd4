"""Roles, lane roles31: the structural reading of post lists (studied sets realheld16–22, checked on realheld13–15).
**A post named by a function** (财务总监, 行政总裁, 教务主任: ``function_unit`` rows of ``word_uses.tsv``) printed after
a post of a body in the same chain is that body's post (``positions._function_body``, rule ``chain.function:<word>``);
**a notice's list of posts closed by its word** (…职务: ``post_list_end``) takes no piece after the comma (…职务，乙任某职
is the next act, not a post of the list: ``appointments._more_posts``). Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts

FUNCTION_ITEMS = [  # (text, person, the post with its body, a post it must not be: as printed, or with an inner organ)
    ("江城建工集团党委常委、财务总监龚明远出席签约仪式。", "龚明远", "江城建工集团财务总监", "财务总监"),
    ("江城国际董事局主席兼行政总裁柴思雨出席。", "柴思雨", "江城国际行政总裁", "行政总裁"),
    ("海州投资公司董事长、投资总监林晓峰致辞。", "林晓峰", "海州投资公司投资总监", "投资总监"),
    ("江城中学教学组长、教务主任龚明远主持开学典礼。", "龚明远", "江城中学教务主任", "教务主任"),
    ("临江银行董事会副主席兼运营总监钱小禾出席。", "钱小禾", "临江银行运营总监", "运营总监"),
    ("江城中学团委书记、教务主任龚明远主持开学典礼。", "龚明远", "江城中学教务主任", "江城中学团委教务主任"),
    ("江城建工集团纪委书记、财务总监龚明远出席。", "龚明远", "江城建工集团财务总监", "江城建工集团纪委财务总监"),
]


@pytest.mark.parametrize(("text", "person", "post", "printed"), FUNCTION_ITEMS)
def test_a_function_post_after_a_body_post_is_that_bodys(text: str, person: str, post: str, printed: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert (person, printed) not in found


FUNCTION_KEPT = [  # alone, or naming a body of its own with the head (行政 + 院长), it stays as printed
    ("财务总监龚明远出席。", "龚明远", "财务总监"),
    ("海州大学校长、行政院长龚明远出席。", "龚明远", "行政院长"),
    ("财务总监、投资总监龚明远出席。", "龚明远", "投资总监"),
]


@pytest.mark.parametrize(("text", "person", "post"), FUNCTION_KEPT)
def test_a_function_post_alone_stays_as_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_the_function_rule_reaches_the_fact() -> None:
    rules = {(r.person, r.position): r.provenance.rule for r in facts("江城建工集团党委常委、财务总监龚明远出席。").roles}
    assert rules[("龚明远", "江城建工集团财务总监")].endswith("chain.function:财务")


CLOSED_LISTS = [  # (text, person, a post of the closed list, the next act read as a post of it)
    ("龚明远不再担任江城市总工会主席、党组书记职务，柴思雨任江城市总工会主席。", "龚明远", "江城市总工会党组书记", "柴思雨任江城市总工会主席"),
    ("龚明远不再兼任海州省委常委、委员职务，林晓峰任海州省委常委。", "龚明远", "海州省委委员", "林晓峰任海州省委常委"),
]


@pytest.mark.parametrize(("text", "person", "post", "next_act"), CLOSED_LISTS)
def test_a_notice_list_closed_by_its_word_takes_no_piece_after_the_comma(
    text: str, person: str, post: str, next_act: str
) -> None:
    found = claims(text)
    assert (person, post) in found
    assert (person, next_act) not in found


def test_an_open_list_still_goes_on_after_the_comma() -> None:
    assert ("柴思雨", "临江新区党工委书记") in claims("柴思雨不再担任临江市委书记、常委，临江新区党工委书记职务。")
