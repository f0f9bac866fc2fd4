"""Roles, lane roles31: the structural reading of post lists (studied sets realheld16–22, checked on realheld13–15).
**A post named by a function** (财务总监, 行政总裁, 教务主任: ``function_unit`` rows of ``word_uses.tsv``) printed after
a post of a body in the same chain is that body's post (``positions._function_body``, rule ``chain.function:<word>``);
**a list led by its body** (某局即日起分别由主任秘书甲、总工程司乙; 某院留任成员包括：副院长甲: ``body_list_lead``) gives
its bare items that body (``actors/listbodies.py``, rule ``list.body:<lead>``). Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts

FUNCTION_ITEMS = [  # (text, person, the post with its body, the post as printed)
    ("江城建工集团党委常委、财务总监龚明远出席签约仪式。", "龚明远", "江城建工集团财务总监", "财务总监"),
    ("江城国际董事局主席兼行政总裁柴思雨出席。", "柴思雨", "江城国际行政总裁", "行政总裁"),
    ("海州投资公司董事长、投资总监林晓峰致辞。", "林晓峰", "海州投资公司投资总监", "投资总监"),
    ("龚明远历任江城中学教学组长、教务主任。", "龚明远", "江城中学教务主任", "教务主任"),
    ("临江银行董事会副主席兼运营总监钱小禾出席。", "钱小禾", "临江银行运营总监", "运营总监"),
]


@pytest.mark.parametrize(("text", "person", "post", "printed"), FUNCTION_ITEMS)
def test_a_function_post_after_a_body_post_is_that_bodys(text: str, person: str, post: str, printed: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert (person, printed) not in found


FUNCTION_KEPT = [  # alone, or naming a body of its own with the head (行政 + 院长), it stays as printed
    ("财务总监龚明远出席。", "龚明远", "财务总监"),
    ("海州大学校长、行政院长龚明远出席。", "龚明远", "行政院长"),
]


@pytest.mark.parametrize(("text", "person", "post"), FUNCTION_KEPT)
def test_a_function_post_alone_stays_as_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_the_function_rule_reaches_the_fact() -> None:
    rules = {(r.person, r.position): r.provenance.rule for r in facts("江城建工集团党委常委、财务总监龚明远出席。").roles}
    assert rules[("龚明远", "江城建工集团财务总监")].endswith("chain.function:财务")


LED_LISTS = [  # (text, person, the post with the list's body)
    ("江城工务局即日起分别由主任秘书龚明远、总工程司柴思雨带队巡查。", "龚明远", "江城工务局主任秘书"),
    ("江城工务局即日起分别由主任秘书龚明远、总工程司柴思雨带队巡查。", "柴思雨", "江城工务局总工程司"),
    ("海州院留任成员包括：副院长龚明远、秘书长柴思雨，以及其他委员。", "龚明远", "海州院副院长"),
    ("海州院留任成员包括：副院长龚明远、秘书长柴思雨，以及其他委员。", "柴思雨", "海州院秘书长"),
    ("临江研究院本月起分别由副院长林晓峰、秘书长钱小禾轮值。", "林晓峰", "临江研究院副院长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LED_LISTS)
def test_a_bare_item_of_a_list_takes_the_body_that_leads_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


LED_KEPT = [  # no body opens the clause (a list of guests), or the item prints its own body
    ("出席会议的包括：秘书长龚明远。", "龚明远", "秘书长"),
    ("参加活动的包括秘书长龚明远、副秘书长柴思雨。", "龚明远", "秘书长"),
    ("代表团成员包括海州政务司司长龚明远、运输局局长柴思雨。", "柴思雨", "运输局局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LED_KEPT)
def test_a_list_led_by_no_body_completes_nothing(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_the_list_rule_reaches_the_fact() -> None:
    text = "江城工务局即日起分别由主任秘书龚明远、总工程司柴思雨带队巡查。"
    rules = {(r.person, r.position): r.provenance.rule for r in facts(text).roles}
    assert rules[("龚明远", "江城工务局主任秘书")].endswith("list.body:分别由")
