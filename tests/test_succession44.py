"""Successions of session 34 (invented text, invented names).

- 原部长甲 in a report whose notice gives 某部长 to another (某部长由乙接任，原部长甲转任…), 由乙接任秘书长一职 beside
  前某党秘书长甲: the one-holder head printed alone for the one who held it before, or in a notice's claim, is the
  report's post of that head (corpus.shortposts._bare_handed_on).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.corpus.people import successions


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("本報訊 臨江政府今（4）日宣布，交通部長由政務次長柴思雨接任，原部長龚明远轉任顧問。", [("交通部长", "龚明远", "柴思雨")]),
        ("本報訊 臨江黨主席林晓峰今（4）日宣布，由副秘書長柴思雨接任秘書長一職，前秘書長龚明远將轉任顧問。", [("临江党秘书长", "龚明远", "柴思雨")]),
        # two ministries printed: a bare 原部长 is no telling whose
        ("本報訊 臨江政府今（4）日宣布，交通部長由柴思雨接任，財政部長由林晓峰接任，原部長龚明远轉任顧問。", []),
    ],
)
def test_a_bare_former_head_is_the_post_the_notice_hands_on(text: str, pairs: list[tuple[str, str, str]]) -> None:
    found, _ = successions(list(facts(text, "2031-03-04").roles))
    assert [(s.position, s.before, s.after) for s in found] == pairs
