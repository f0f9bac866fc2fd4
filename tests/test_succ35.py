"""Session 25, lane succ35: what a notice prints about a new holder before the name (docs/actors.md, "Twenty-fifth
session: a new holder described before the name"). Invented text and invented places only, Simplified and
Traditional; each row fails on the code before it.

* The names' stretch of an appointment form (``{names}`` in appointment_forms.tsv) reads over an age printed in
  digits before its unit (由39岁某校长乙接任: ``word_uses.tsv`` holder_age_unit) and over the quotation marks of a
  quoted title (由“某司长”乙担任); the names are read from the right, so neither becomes part of a name.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

DAY = "2031-05-08"

DESCRIBED = [  # text, (post, leaver, taker)
    (
        "江城市水务局长林晓峰辞职，水务局长由41岁江城水厂厂长龚明远接任。",
        ("江城市水务局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市水務局長林曉峰辭職，水務局長由41歲江城水廠廠長龔明遠接任。",
        ("江城市水务局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市审计局局长林晓峰退休，审计局局长由现年52岁的副局长龚明远接任。",
        ("江城市审计局局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市审计局局长林晓峰退休，审计局局长由５２岁副局长龚明远接任。",
        ("江城市审计局局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市教育局长林晓峰请辞，教育局长由“民政司长”龚明远担任。",
        ("江城市教育局长", "林晓峰", "龚明远"),
    ),
    (
        "江城市教育局长林晓峰请辞，教育局长一职由“民政司长”龚明远出任。",
        ("江城市教育局长", "林晓峰", "龚明远"),
    ),
    (
        "臨江縣衛生局長柴思雨退休，衛生局長由「衛生局副局長」錢小禾擔任。",
        ("临江县卫生局长", "柴思雨", "钱小禾"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), DESCRIBED)
def test_a_new_holder_described_before_the_name_takes_the_post(
    text: str, succession: tuple[str, str, str]
) -> None:
    post, leaver, taker = succession
    assert succession in handed_on(text, DAY), handed_on(text, DAY)
    assert any(person == taker and post.endswith(pos[-4:]) for person, pos in claims(text)), claims(text)
    assert not any(any(c.isdigit() or c in "“”「」" for c in name) for name in people(text))


NOT_DESCRIBED = [  # an age or quotation marks that describe no holder of the form: no succession is made of them
    "江城市教育局长林晓峰请辞，39岁的龚明远出席了会议。",
    "江城市教育局长林晓峰表示，“民政司长”一职很重要。",
]


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_an_age_or_a_quote_alone_gives_no_post(text: str) -> None:
    assert not handed_on(text, DAY)
