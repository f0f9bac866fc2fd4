"""Actors of session 37 (invented text, invented names).

- A body named for its country's presence somewhere (某国在台协会) keeps 在 inside its name: the post is the whole
  body's (prefix_stops.txt !在台协会), in either script.
- One name opening its clause before 等 and a group of officials (甲等区领导出席) is a person (namelists.lone_names);
  a body before a group of bodies (某某等单位负责人) is none.
- Four characters of a foreign name after a title, opened by a Han surname and closed by a transliteration
  character (某基金代主席穆勒希姆等), are one name.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("美国在台协会主席柴思雨5日抵达。", "美国在台协会主席"),
        ("美國在台協會高雄分處長柴思雨5日出席活動。", "美国在台协会高雄分处长"),
    ],
)
def test_a_body_named_for_a_presence_keeps_its_preposition(text: str, post: str) -> None:
    assert ("柴思雨", post) in {(r.person, r.position) for r in facts(text, "2031-03-05").roles}


@pytest.mark.parametrize(
    "sentence",
    ["柴思雨等区四套班子领导和区法院院长等出席会议。", "柴思雨等区领导出席。", "柴思雨等有关负责同志参加会议。"],
)
def test_one_name_before_a_group_of_officials_is_a_person_present(sentence: str) -> None:
    found = facts("8月31日，青山区召开干部大会。" + sentence, "2031-09-01")
    (meeting,) = found.events
    assert "柴思雨" in {p.person for p in meeting.participants}


@pytest.mark.parametrize("sentence", ["公司等单位负责人出席会议。", "企业等负责人出席。", "会议等活动领导出席。"])
def test_a_body_before_a_group_is_no_person(sentence: str) -> None:
    found = facts("8月31日，青山区召开干部大会。" + sentence, "2031-09-01")
    assert not {p.name for p in found.people} & {"公司", "企业", "会议"}


@pytest.mark.parametrize(("name", "post"), [("穆勒希姆", "主权基金代主席"), ("柯纳斯姆", "港务局局长")])
def test_a_foreign_name_opened_by_a_han_surname_is_read_whole(name: str, post: str) -> None:
    text = f"本报江城讯 副省长龚明远5月3日率团访问海州国，会见了{post}{name}等政要。"
    assert (name, post) in {(r.person, r.position) for r in facts(text, "2031-05-10").roles}
