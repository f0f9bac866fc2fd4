"""People classes of session 31 (invented text, invented names).

- A name before 教授/博士 (no post of their own, honorifics.tsv) is read in the order of address only after its body
  (某学院<name>教授) or as the next item of such a list (、<name>教授), never after a verb (晋升为教授): actors/honorific.py.
- A general's rank after the name (甲中将将任某职; 遗缺由乙少将调任) is a form of address a notice reads through
  (honorifics.tsv).
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

_WIRE = "新华社江城2031年5月8日电 "


def test_a_professor_after_his_school_is_a_person_with_its_post() -> None:
    found = claims(_WIRE + "东港职院林晓峰教授，江城学院龚明远教授、柴思雨教授等专家提出建议。")
    assert {("林晓峰", "东港职院教授"), ("龚明远", "江城学院教授")} <= found
    assert "柴思雨" in people(_WIRE + "东港职院林晓峰教授，江城学院龚明远教授、柴思雨教授等专家提出建议。")


@pytest.mark.parametrize("text", ["他从普通教师“破格”晋升为教授。", "她随后被聘为教授。"])
def test_a_verb_before_professor_is_no_name(text: str) -> None:
    assert not people(_WIRE + text)


def test_a_notice_reads_through_a_generals_rank() -> None:
    text = _WIRE + "东岛国防部总督察长林晓峰中将将任副参谋总长，遗缺由第十军团指挥官龚明远中将调任。"
    assert ("东岛国防部总督察长", "林晓峰", "龚明远") in handed_on(text)
