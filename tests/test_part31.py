"""Participation, lane part31. Invented Simplified and Traditional variants with near-misses:

* the rite a ceremony is named for (the word before its ``ceremony_noun``: 宣誓典礼 → 宣誓, 授旗仪式 → 授旗, 开球仪式
  → 开球) is performed by the people named right before it in its clause, anywhere in the article (甲、乙等人完成宣誓;
  甲与乙共同开球), and by those a group noun after it lists (宣誓人员包括甲、乙): they attended the ceremony
  (events/rites.py, rule ``participation:rite:<rite>``). The rite inside the ceremony's own name and a name far from
  the rite or across a comma tie no one.
* a spokesperson's title is no speech (participation_block.txt 发言人, like 主持人 and 出席者): those named before
  发言人 in its clause did not speak (原副市长甲、市政府发言人乙已另有任用); 在会上发言 still speaks, and a press
  conference's spokespeople still speak through events/spokespeople.py.
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


# B. A spokesperson's title (发言人) is no 发言: those listed before it did not speak.
FORUM = "临江市民营经济座谈会8日在江城举行。市长郑立群出席会议。"
NO_SPEECH = [
    (FORUM + "据悉，原副市长钱小禾、市政府发言人柴思雨已另有任用。", "座谈会", "钱小禾"),
    (FORUM + "市政府秘书长马一平接任市政府发言人。", "座谈会", "马一平"),
]
SPEECH = [
    (FORUM + "副市长钱小禾在会上发言。", "座谈会", "钱小禾"),
    ("江城县府8日下午召开新闻发布会。县府新闻发言人柴思雨表示，全县防汛准备就绪。", "发布会", "柴思雨"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "person"), NO_SPEECH)
def test_spokesperson_title_is_no_speech(text: str, title: str, person: str, script: str) -> None:
    assert (person, "spoke_at") not in _on(_by_event(text, script), title)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "title", "person"), SPEECH)
def test_speech_and_spokesperson_kept(text: str, title: str, person: str, script: str) -> None:
    assert (person, "spoke_at") in _on(_by_event(text, script), title)
