"""Meetings with visitors and signings that were missed (eighth session, lane meet18: the missed talks and
signings of all 18 sets, counted by cause). Invented names, places and dates only; Simplified and Traditional
variants of each class.

1. Talks whose other side is printed before the trigger after a partner word but names no person read as one
   (甲与乙集团总裁一行举行了工作会谈, 甲在某地同某国首相举行会见): the talks name their guest, an event of their
   own, not the talks already reported. Told in passing in an earlier month, they are never what a bare 会见 of
   the next sentences refers to.
"""

from __future__ import annotations

import pytest

from ygraph.model import Event, Source
from ygraph.pipeline import process_document


def build(text: str, day: str = "2031-04-28") -> list[Event]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=day))
    assert not [w for w in facts.warnings if w.code == "W050"]  # no step failed
    return list(facts.events)


def of_type(found: list[Event], kind: str) -> list[Event]:
    return [e for e in found if e.event_type == kind]


# --- 1. talks with a guest no person names -----------------------------------------------------------------------

UNNAMED_GUEST = [
    "新华社江城2031年4月28日电 28日，龚明远副省长与临江集团总裁一行举行了工作会谈。",
    "新華社江城2031年4月28日電 28日，龔明遠副省長與臨江集團總裁一行舉行了工作會談。",
    "新华社江城2031年4月28日电 28日，省长龚明远在江城同海州国首相举行会见。",
    "新華社江城2031年4月28日電 市長柴思雨28日在江城同青禾縣代表團舉行會晤。",
]


@pytest.mark.parametrize("text", UNNAMED_GUEST, ids=["group", "traditional_group", "foreign_title", "traditional_meeting"])
def test_talks_with_a_guest_no_person_names_are_an_event(text: str) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == 1
    assert found[0].date == "2031-04-28"
    assert {p.person for p in found[0].participants} & {"龚明远", "柴思雨"}


NOT_TALKS = [  # 与会: the people attending; 与…一同参加会见: joining the talks already reported
    "新华社江城2031年4月28日电 28日，省长龚明远会见了林晓峰一行。副省长柴思雨与省政府秘书长一同参加会见。",
    "新華社江城2031年4月28日電 28日，省長龔明遠會見了林曉峰一行。副省長柴思雨與會見。",
]


@pytest.mark.parametrize("text", NOT_TALKS, ids=["joins", "traditional_attends"])
def test_joining_talks_already_told_is_no_second_talks(text: str) -> None:
    assert len(of_type(build(text), "talks")) == 1


def test_talks_told_in_passing_are_not_what_the_next_talks_are_at() -> None:
    text = (
        "新华社江城2031年10月28日电 28日，省长龚明远在江城会见海州考察团一行。"
        "今年8月，林晓峰主席在青禾同海州国首相举行会见，为合作指明方向。"
        "副省长柴思雨参加会见。"
    )
    talks = {e.title: e for e in of_type(build(text, "2031-10-28"), "talks")}
    assert len(talks) == 2
    passing = next(e for e in talks.values() if e.date == "2031-08")
    here = next(e for e in talks.values() if e.date == "2031-10-28")
    assert ("柴思雨", "attended") in {(p.person, p.relation) for p in here.participants}
    assert "柴思雨" not in {p.person for p in passing.participants}
