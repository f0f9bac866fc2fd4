"""Actors of session 40 (invented text, invented names).

- Taking the stage (上台发言, 登台致辞) ends the name of the titled speaker before it (name_followers.tsv
  follow.stage); so does 针对 opening a topic (name_boundaries.txt).
- A listing verb with the experiential 过 (先后担任过) keeps 过 out of the first post (career_verbs.tsv).
- A district named right after 市 (某市长安区, 某市长宁县) names no mayor: no name ends with a level of district or
  county (word_uses name_never_last).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


@pytest.mark.parametrize("verb", ["上台发言", "登台致辞", "上前握手"])
@pytest.mark.parametrize("name", ["龚远帆", "林晓", "欧阳明远"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_taking_the_stage_ends_the_speakers_name(verb: str, name: str, script: str) -> None:
    text = in_script(f"5月10日，江城新区开工活动在新区举行。临江集团党委书记、总裁{name}{verb}。", script)
    roles = {(r.person, r.position) for r in facts(text, "2031-05-11").roles}
    assert {(name, "临江集团党委书记"), (name, "临江集团总裁")} <= roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_topic_after_a_speakers_name_ends_it(script: str) -> None:
    text = in_script("论坛期间，临江市文化局局长林维公针对创意产业作了主题演讲。", script)
    assert ("林维公", "临江市文化局局长") in {(r.person, r.position) for r in facts(text, "2031-05-20").roles}


@pytest.mark.parametrize("verb", ["先后担任过", "先后任过", "还担任过"])
def test_the_experiential_mark_is_no_part_of_a_past_post(verb: str) -> None:
    text = f"会议任命林晓峰为临江省商务厅副厅长。林晓峰长期在临江工作，{verb}江城会展事务局副局长，海州市委常委。"
    roles = {(r.person, r.position) for r in facts(text, "2031-05-20").roles}
    assert ("林晓峰", "江城会展事务局副局长") in roles
    assert not any(position.startswith("过") for _, position in roles)


@pytest.mark.parametrize("district", ["长安区", "长宁县", "长安镇"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_district_after_the_word_for_city_names_no_mayor(district: str, script: str) -> None:
    text = in_script(f"论坛期间，江城市湖滨区与临江市{district}签署了合作备忘录。江城市长林晓峰出席。", script)
    found = facts(text, "2031-05-20")
    assert {r.person for r in found.roles} == {"林晓峰"}
    assert {p.person for e in found.events for p in e.participants} == {"林晓峰"}
