"""Events and participation of session 35 (invented text, invented names).

- A list of names joined by 、/和 right before a speech's topic speaks together (甲、乙就…作了发言), with or
  without 分别; a summing-up or an arrangement of work (就分管工作进行了总结和安排) is spoken.
- The leaders of one body named by it lead a list (省政府领导甲、乙); a four-character name of no Han surname
  may close such a list before its act.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_MEETING = "新华社江城2031年12月31日电 临江省政府第九次全体会议31日召开。省长龚明远主持会议并讲话。"


def _spoke(text: str) -> set[str]:
    return {p.person for e in facts(text).events for p in e.participants if p.relation == "spoke_at"}


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("省政府领导柴思雨、林晓峰、钱小禾就分管工作进行了总结和安排。", {"柴思雨", "林晓峰", "钱小禾"}),
        ("副省长柴思雨、林晓峰就分管工作作了发言。", {"柴思雨", "林晓峰"}),
        ("省政府领导柴思雨、宁可心、阿木古哈就分管工作作了部署。", {"柴思雨", "宁可心", "阿木古哈"}),
    ],
)
def test_a_joined_list_speaks_together(sentence: str, speakers: set[str]) -> None:
    assert speakers <= _spoke(_MEETING + sentence)


def test_a_list_broken_by_a_verb_does_not_speak_together() -> None:
    spoke = _spoke(_MEETING + "副省长柴思雨陪同，副省长林晓峰就分管工作作了发言。")
    assert "林晓峰" in spoke
    assert "柴思雨" not in spoke
