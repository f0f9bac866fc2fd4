"""Session 28, lane notice38: a successor's clause naming whom it replaces (docs/actors.md, "Twenty-eighth session:
the successor's clause after 接替"). Invented text and invented places only, Simplified and Traditional; each row of
the positive tables fails on the code before it.

* 甲接替(…的)乙，升任/担任/出任/任某职 (``notice_succeed_clause``): the post after the comma is the one 乙 leaves and
  甲 takes, when it is one post (a list after the comma names posts the predecessor may never have held).
* 甲被某会议推选为/选举为/任命为某职，接替(…的)乙 (``notice_chosen_succeed``): chosen by a named body.
* Neither is a plan (甲拟/将接替乙), a guess (可能), a rumour (据传) or a proposal (建议: ``word_uses.tsv`` unreal_lead).
"""

from __future__ import annotations

import pytest

from pipeline_probe import handed_on

DAY = "2031-05-08"

HANDED_ON = [  # text, (post, leaver, taker)
    (
        "海州港务集团副总经理宁可心接替调往外地的陶家宁，出任海州港务集团总经理。",
        ("海州港务集团总经理", "陶家宁", "宁可心"),
    ),
    (
        "臨江大學副校長龔明遠接替屆齡退休的錢小禾，升任臨江大學校長。",
        ("临江大学校长", "钱小禾", "龚明远"),
    ),
    (
        "青禾县副县长林晓峰已接替柴思雨，任青禾县县长。",
        ("青禾县长", "柴思雨", "林晓峰"),
    ),
    (
        "江城市审计局副局长吴思远正式接替了林振华，担任江城市审计局局长。",
        ("江城市审计局局长", "林振华", "吴思远"),
    ),
    (
        "钱小禾被青禾县议会选举为青禾县议会秘书长，接替任满离职的陶家宁。",
        ("青禾县议会秘书长", "陶家宁", "钱小禾"),
    ),
    (
        "吳思遠日前被海州市人大常委會任命為海州市水務局局長，接替已調任他職的林振華。",
        ("海州市水务局局长", "林振华", "吴思远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), HANDED_ON)
def test_a_successors_clause_naming_whom_it_replaces_is_a_succession(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text, DAY), handed_on(text, DAY)


NOT_HANDED_ON = [  # a plan, a guess, a rumour, a proposal, or several posts after the comma: no succession
    "龚明远拟接替柴思雨，出任临江省长。",
    "龚明远将接替柴思雨，出任临江省长。",
    "分析人士预测，龚明远可能接替柴思雨，出任临江省长。",
    "据传龚明远将接替柴思雨，出任临江省长。",
    "专家建议龚明远接替柴思雨，出任临江省长。",
    "青禾县副县长林晓峰接替钱小禾，并担任青禾县县长、县政府党组书记。",
]


@pytest.mark.parametrize("text", NOT_HANDED_ON)
def test_a_plan_a_guess_or_a_list_of_posts_is_no_succession(text: str) -> None:
    assert not handed_on(text, DAY), handed_on(text, DAY)
