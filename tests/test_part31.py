"""Participation, lane part31. Invented Simplified and Traditional variants with near-misses:

* the rite a ceremony is named for (the word before its ``ceremony_noun``: 宣誓典礼 → 宣誓, 授旗仪式 → 授旗, 开球仪式
  → 开球) is performed by the people named right before it in its clause, anywhere in the article (甲、乙等人完成宣誓;
  甲与乙共同开球), and by those a group noun after it lists (宣誓人员包括甲、乙): they attended the ceremony
  (events/rites.py, rule ``participation:rite:<rite>``). The rite inside the ceremony's own name and a name far from
  the rite or across a comma tie no one.
"""

from __future__ import annotations

import pytest

from test_part24 import SCRIPTS, _by_event, _on  # the same wire, reader and title filter

OATH = "临江县长郑立群今天主持新任政务人员宣誓典礼。"
FLAG = "江城救援队授旗仪式今天上午在市府广场举行，市长郑立群主持。"
MATCH = "松岩县运动会开球仪式今天在县体育场举行，由副县长郑立群主持。"

# (text, the words of the ceremony's title, the performer)
RITES = [
    (OATH + "县府秘书长柴思雨、财政处长欧阳青禾等人完成宣誓。", "宣誓典礼", "欧阳青禾"),
    (OATH + "县府秘书长柴思雨、财政处长欧阳青禾等人完成宣誓。", "宣誓典礼", "柴思雨"),
    (OATH + "郑立群勉励新任主管。宣誓人员包括民政处长钱小禾、教育处长马一平。", "宣誓典礼", "马一平"),
    (FLAG + "市长郑立群向救援队队长柴思雨授旗。", "授旗仪式", "柴思雨"),
    (MATCH + "县长钱小禾与松岩中学校长马一平共同开球。", "开球仪式", "马一平"),
]

NO_RITE = [
    # the rite inside the ceremony's name: no performer read there
    (OATH + "县府秘书长柴思雨表示感谢。", "宣誓典礼", "柴思雨"),
    # a name across a comma from the rite
    (OATH + "县府秘书长柴思雨勉励各位，新任主管随后宣誓。", "宣誓典礼", "柴思雨"),
    # a name too far before the rite in its clause
    (OATH + "县府秘书长柴思雨的长子去年在海州完成宣誓。", "宣誓典礼", "柴思雨"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "person"), RITES)
def test_rite_performer_attends(text: str, title: str, person: str, script: str) -> None:
    assert (person, "attended") in _on(_by_event(text, script), title)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "person"), NO_RITE)
def test_no_rite_performer(text: str, title: str, person: str, script: str) -> None:
    assert (person, "attended") not in _on(_by_event(text, script), title)

