"""Career lists (actors/careers.py, career_verbs.tsv): posts after 曾任/历任/…任 belong to the nearest person
named before the verb, are past posts dated by their own sentence only. Invented names and places."""

from __future__ import annotations

from ygraph.model import Source
from ygraph.pipeline import process_document

NOTICE = "龚明远同志任江西省委书记。"


def dated(text: str) -> set[tuple[str, str, str | None]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-04-28"))
    return {(r.person, r.position, r.date) for r in facts.roles}


def test_a_career_list_runs_across_commas_and_keeps_its_context() -> None:
    text = (
        NOTICE
        + "龚明远1961年11月生，江西人。1995年9月后历任青禾市副市长，市委常委、副市长，2002年1月任市长。"
    )
    got = dated(text)
    assert {("龚明远", "青禾市副市长", "1995-09"), ("龚明远", "青禾市长", "2002-01")} <= got
    assert ("龚明远", "青禾市委常委") in {(p, position) for p, position, _ in got}


def test_a_career_list_ends_at_deng_zhi_and_at_a_piece_without_a_title() -> None:
    text = (
        NOTICE
        + "六十岁的龚明远，江西人，曾任江城大学建筑学院院长助理、党委副书记，后来长期在临江工作，曾任青禾区长等职。"
    )
    got = dated(text)
    assert {
        ("龚明远", "江城大学建筑学院院长助理", None),
        ("龚明远", "江城大学建筑学院党委副书记", None),
    } <= got
    assert ("龚明远", "青禾区长", None) in got
    assert not any("工作" in position for _, position, _ in got)


def test_the_career_belongs_to_the_person_of_its_sentence_not_the_previous_speaker() -> None:
    text = NOTICE + "江城市委书记柴思雨表示，要做好工作。江西省委副书记宁可心将升任省长，他曾任青禾市委书记。"
    got = dated(text)
    assert ("宁可心", "青禾市委书记", None) in got
    assert not {p for p, position, _ in got if position == "青禾市委书记"} - {"宁可心"}


def test_session_before_a_bare_level_organ_is_dropped() -> None:
    text = "江西省政协召开会议。十二届省政协副主席龚明远主持。"
    assert ("龚明远", "江西省政协副主席", "2031-04-28") in dated(text)
