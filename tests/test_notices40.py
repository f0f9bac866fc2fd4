"""Hand-overs told with a move verb (session 30): 某局局长甲辞职照准，遗缺由某局局长乙调任 — 调任/调升/转任/出任 close a
vacancy clause as 接任 does (word_uses.tsv takeover_verb); 某局局长由副局长丙调升 (notice_taken_by); 沐 is a
surname. Real city names from the gazetteer, invented people and sentences."""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.pipeline import Source, process_document


def _successions(text: str) -> set[tuple[str, str, str]]:
    corpus = merge.merge([process_document(Source("a.txt", text, "utf-8"))], ())
    return {(s.position, s.before, s.after) for s in corpus.successions}


@pytest.mark.parametrize(
    ("text", "succession"),
    [
        pytest.param(
            "新竹市交通处处长林晓峰辞职照准，遗缺由工务处处长龚明远调任。",
            ("新竹市交通处处长", "林晓峰", "龚明远"), id="vacancy-by-transfer",
        ),
        pytest.param(
            "新竹市政府公布人事异动，交通处处长林晓峰辞职照准，遗缺由工务处处长龚明远调任，工务处处长由副处长柴思雨调升。",
            ("新竹市工务处处长", "龚明远", "柴思雨"), id="post-by-promotion",
        ),
        pytest.param(
            "新竹市交通处处长林晓峰退休，遗缺由副处长沐桂远升任。",
            ("新竹市交通处处长", "林晓峰", "沐桂远"), id="surname-mu",
        ),
    ],
)
def test_a_vacancy_filled_by_a_move(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in _successions(text)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("临江省政协十二届一次会议选举龚明远为主席，柴思雨、林晓峰为副主席。", "龚明远", "临江省政协主席", id="chair"),
        pytest.param("临江省政协十二届一次会议选举龚明远为主席，柴思雨、林晓峰为副主席。", "林晓峰", "临江省政协副主席", id="vice-chair"),
        pytest.param(
            "新华社江城2031年1月20日电 临江省政协十二届一次会议选举龚明远为主席。", "龚明远", "临江省政协主席", id="after-a-dateline",
        ),
    ],
)
def test_a_bare_post_a_session_elects_is_its_body_s(text: str, person: str, position: str) -> None:
    from pipeline_probe import facts

    assert (person, position) in {(r.person, r.position) for r in facts(text).roles}


def test_a_people_s_congress_elects_no_post_of_its_own() -> None:
    from pipeline_probe import facts

    roles = {(r.person, r.position) for r in facts("临江省十四届人大一次会议选举龚明远为省长。").roles}
    assert not any(position.startswith("临江省人大") for _, position in roles)
