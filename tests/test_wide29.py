"""A meeting printed by its noun alone right after a word of calling it, lane wide29 (session 19): a construction
counted over a broad unannotated sample of real pages (the sentences the build left unread), then checked in the
studied golds (gold-conventions A8: a 座谈会 during a tour is its own meeting when printed with 召开/举行/主持).

* 甲主持召开座谈会 / 甲在某县召开座谈会 / 随后甲召开座谈会 / 揭牌当天召开的座谈会里 / 甲召开了座谈会: a meeting
  of its own (events/baremeetings.py, events/bare_meetings.tsv), titled 某县座谈会 when its clause prints a place, else
  座谈会, dated by its sentence or by the event the article reports (a tour's day), its caller presiding.
* Near-misses: a plan, a duty or a habit (将召开座谈会, 要求各县要召开座谈会, 定期召开座谈会), one item of a list of ways
  (通过召开座谈会等途径), no call printed (座谈会上，某某介绍… / 参加座谈会 after a tour: the tour's, A8), a body that
  met (某市召开座谈会: 某市座谈会, the name rules'), a named meeting (召开民营企业座谈会), the meeting the article
  named before (某某座谈会…召开座谈会: one event), no day at all.

Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

DAY = "2030-05-07"
WIRE = "新华社江城2030年5月7日电 "
WIRE_T = "新華社江城2030年5月7日電 "


def _events(text: str) -> dict[str, tuple[str | None, frozenset[tuple[str, str]]]]:
    """title → (date, (person, relation) pairs)."""
    return {
        e.title: (e.date, frozenset((p.person, p.relation) for p in e.participants))
        for e in facts(text, DAY).events
    }


def _bare_calls(text: str) -> list[str]:
    """The titles of the events the rule (event:name:座谈会|bare_meeting) added."""
    return [e.title for e in facts(text, DAY).events if any("bare_meeting" in p.rule for p in e.provenance)]


CALLED = [  # (text, title, date, presider or None)
    (WIRE + "6日，临江市委书记林晓峰在青禾县主持召开座谈会，听取工作汇报。", "青禾县座谈会", "2030-05-06", "林晓峰"),
    (WIRE + "6日，临江市长龚明远主持召开座谈会，听取企业家意见。", "座谈会", "2030-05-06", "龚明远"),
    (WIRE + "6日，临江市长龚明远到松岩县调研。随后，龚明远召开座谈会，听取县里汇报。", "座谈会", "2030-05-06", "龚明远"),
    (WIRE + "6日，临江市委书记林晓峰到青禾县调研，并且主持召开座谈会。", "座谈会", "2030-05-06", "林晓峰"),
    (WIRE + "6日，江城产业园揭牌。揭牌当天召开的座谈会上，江城市长柴思雨介绍了园区情况。", "座谈会", "2030-05-06", None),
    (WIRE + "6日，临江市政协主席宁可心率检查组到松岩县检查防汛工作，并召开了座谈会。", "座谈会", "2030-05-06", None),
    (WIRE + "6日，临江市长龚明远组织召开座谈会，听取意见。", "座谈会", "2030-05-06", "龚明远"),
    (WIRE_T + "6日，臨江市長龔明遠主持召開座談會，聽取企業家意見。", "座谈会", "2030-05-06", "龚明远"),
    (WIRE_T + "6日，臨江市委書記林曉峰到青禾縣調研。隨後，林曉峰在縣政府召開座談會。", "座谈会", "2030-05-06", None),
]


@pytest.mark.parametrize(("text", "title", "date", "presider"), CALLED)
def test_a_called_bare_meeting_is_an_event(text: str, title: str, date: str, presider: str | None) -> None:
    events = _events(text)
    assert title in events, events
    assert events[title][0] == date
    if presider is not None:
        assert (presider, "presided") in events[title][1]


NOT_ITS_OWN = [  # no event of the rule
    WIRE + "6日，临江市长龚明远表示，将召开座谈会听取意见。",
    WIRE + "6日，临江市长龚明远要求，各县要召开座谈会。",
    WIRE + "6日，临江市长龚明远要求，各县定期召开座谈会。",
    WIRE + "6日，临江检查组采取走访、召开座谈会等途径收集意见。",
    WIRE + "6日，海州考察团到江城考察。座谈会上，江城市长柴思雨介绍了市情。",
    WIRE + "6日，临江市长龚明远到松岩县调研。副市长宁可心参加座谈会。",
    "本报讯 临江市长龚明远近日主持召开座谈会，听取意见。",
    WIRE_T + "6日，臨江市長龔明遠表示，將召開座談會聽取意見。",
]


@pytest.mark.parametrize("text", NOT_ITS_OWN)
def test_no_call_or_no_happening_adds_no_bare_meeting(text: str) -> None:
    assert not _bare_calls(text), _events(text)


def test_a_body_that_met_names_its_meeting() -> None:
    events = _events(WIRE + "6日，江城市召开座谈会，市外事办主任宁可心出席会议。")
    assert "江城市座谈会" in events and "座谈会" not in events, events


def test_a_named_meeting_keeps_its_name() -> None:
    events = _events(WIRE + "6日，临江市长龚明远主持召开民营企业座谈会，听取意见。")
    assert "民营企业座谈会" in events and "座谈会" not in events, events


def test_the_meeting_named_before_is_told_again() -> None:
    events = _events(WIRE + "6日，临江市政府召开营商环境座谈会。市长龚明远主持召开座谈会并讲话。")
    assert list(events) == ["营商环境座谈会"], events
    assert ("龚明远", "presided") in events["营商环境座谈会"][1]
