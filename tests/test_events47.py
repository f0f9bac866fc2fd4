"""Events and participation of session 37 (invented text, invented names).

- A visiting group's study trip told by its purpose (某某带领考察团来某市学习先进经验) is a visit; 学习 or 观摩 with no
  group gone somewhere (学习贯彻, 考察团观摩了某项目, a person alone) names none.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8月10日，松岩县委书记龚明远带领党政考察团来江城市学习经济发展经验。", "龚明远带领党政考察团来江城市学习经济发展经验"),
        ("8月10日，松岩县党政考察团一行赴江城市观摩乡村振兴项目。", "松岩县党政考察团一行赴江城市观摩乡村振兴项目"),
    ],
)
def test_a_groups_study_trip_told_by_its_purpose_is_a_visit(text: str, title: str) -> None:
    found = facts(text + "柴思雨、林晓峰等江城市领导陪同。", "2031-08-11")
    (visit,) = [e for e in found.events if e.event_type == "visit"]
    assert (visit.title, visit.date) == (title, "2031-08-10")
    assert {"柴思雨", "林晓峰"} <= {p.person for p in visit.participants}


@pytest.mark.parametrize(
    "text",
    [
        "8月10日，江城市委书记龚明远来松岩县学习。",
        "8月10日，松岩县党政考察团一行实地观摩了江城电子公司等项目。",
        "8月10日，江城市委召开常委会议，学习贯彻全会精神。",
    ],
)
def test_a_purpose_word_with_no_group_gone_somewhere_names_no_visit(text: str) -> None:
    assert not [e for e in facts(text, "2031-08-11").events if e.event_type == "visit"]
