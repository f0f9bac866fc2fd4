"""Participation, lane part31. Invented Simplified and Traditional variants with near-misses:

* a spokesperson's title is no speech (participation_block.txt 发言人, like 主持人 and 出席者): those named before
  发言人 in its clause did not speak (原副市长甲、市政府发言人乙已另有任用); 在会上发言 still speaks, and a press
  conference's spokespeople still speak through events/spokespeople.py.
"""

from __future__ import annotations

import pytest

from test_part24 import SCRIPTS, _by_event, _on  # the same wire, reader and title filter

# A spokesperson's title (发言人) is no 发言: those listed before it did not speak.
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
