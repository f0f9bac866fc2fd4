"""Session 28, lane notice38: a successor's clause naming whom it replaces, a vacancy named by its leaver (docs/actors.md,
"Twenty-eighth session: the successor's clause after 接替, a vacancy named by its leaver"). Invented text and invented places only, Simplified and Traditional; each row of
the positive tables fails on the code before it.

* 甲接替(…的)乙，升任/担任/出任/任某职 (``notice_succeed_clause``): the post after the comma is the one 乙 leaves and
  甲 takes, when it is one post (a list after the comma names posts the predecessor may never have held).
* 甲被某会议推选为/选举为/任命为某职，接替(…的)乙 (``notice_chosen_succeed``): chosen by a named body.
* 乙调任/退休…后空出的某职一职，由甲接任 (``notice_vacated_taken``): the vacancy named by the move of its leaver,
  who opens the clause; 某职乙升任某职，接任者为/继任者为甲 (``word_uses.tsv`` successor_named, ``actors/takeovers.py``):
  a successor named with no verb after the name takes the post printed before 乙.
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

VACATED = [  # text, (post, leaver, taker): the vacancy named by its leaver's move, or a successor named without a verb
    (
        "陶家宁调任省城后空出的海州市市长一职，由海州市委副书记宁可心接任。",
        ("海州市长", "陶家宁", "宁可心"),
    ),
    (
        "林振華退休後留下的青禾縣長職缺，由副縣長吳思遠接任。",
        ("青禾县长", "林振华", "吴思远"),
    ),
    (
        "海州市交通局局长陶家宁升任海州市副市长，接任者为海州市交通局副局长宁可心。",
        ("海州市交通局局长", "陶家宁", "宁可心"),
    ),
    (
        "青禾縣消防局局長林振華調任縣府參議，繼任者為副局長吳思遠。",
        ("青禾县消防局局长", "林振华", "吴思远"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), HANDED_ON)
def test_a_successors_clause_naming_whom_it_replaces_is_a_succession(
    text: str, succession: tuple[str, str, str]
) -> None:
    assert succession in handed_on(text, DAY), handed_on(text, DAY)


@pytest.mark.parametrize(("text", "succession"), VACATED)
def test_a_vacancy_named_by_its_leaver_or_a_named_successor_is_a_succession(
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
    "海州市交通局局长陶家宁表示，接任者为谁尚未确定。",
]


@pytest.mark.parametrize("text", NOT_HANDED_ON)
def test_a_plan_a_guess_or_a_list_of_posts_is_no_succession(text: str) -> None:
    assert not handed_on(text, DAY), handed_on(text, DAY)
