"""Speeches a meeting relays (genre probe of sessions, fifth session): 传达学习某某（某日）在某会议上的重要讲话精神
names an earlier event only as what is relayed, so it is no event of the article (docs/gold-conventions.md A2,
issue 13's outside scorer) — nor is any item of a list (在甲会议、乙座谈会时的讲话) — and its words, speaker and
day never become the event reported: the meeting relaying it keeps its own name and day, and the author of what
is relayed neither presides nor attends it; a speech still to be given (研究讨论某某在某全会上的讲话) is no event. Invented text with invented names
and places, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.corpus import eventmerge
from ygraph.model import Event, Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def _events(text: str) -> dict[str, Event]:
    return {e.title: e for e in facts(text, DAY).events}


def _merged(text: str) -> dict[str, Event]:
    events, _ = eventmerge.merge_events([process_document(Source("t.txt", text, "utf-8", user_date=DAY))], [])
    return {e.title: e for e in events}


# ---- the studied speech's event is no event of the article, and lends it neither its day nor its speaker ----


@pytest.mark.parametrize(
    ("text", "title", "date", "speaker"),
    [
        (
            "本报讯 4月27日，市委常委会召开会议，传达学习省委书记龚明远在4月20日临江省委常委会会议上的重要讲话精神。",
            "临江省委常委会会议",
            "2031-04-20",
            "龚明远",
        ),
        (
            "本報訊 4月27日，市委常委會召開會議，傳達學習省長柴思雨在臨江民營經濟座談會上的重要講話精神，研究貫徹意見。",
            "临江民营经济座谈会",
            None,
            "柴思雨",
        ),
        (
            "本报讯 4月27日，县委召开常委会议，传达学习贯彻市委书记林晓峰4月22日在全市项目建设推进会上的讲话精神。",
            "全市项目建设推进会",
            "2031-04-22",
            "林晓峰",
        ),
    ],
)
def test_the_studied_speech_is_no_event_and_lends_nothing(text: str, title: str, date: str | None, speaker: str) -> None:
    events = _events(text)
    assert title not in events, sorted(events)
    [(own, event)] = events.items()  # the relaying meeting, on its own day
    assert own.endswith("会议") and event.date == "2031-04-27" and event.date != date
    assert speaker not in {p for p, _ in event_people(event)}


# ---- a list of events one speech was given at: no event each, even after the corpus merge ----


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "本报讯 4月27日，省委常委会召开会议，传达学习省委书记龚明远在4月20日临江省委全体会议、"
            "临江党外人士座谈会时的重要讲话精神。",
            ("临江省委全体会议", "临江党外人士座谈会"),
        ),
        (
            "本報訊 4月27日，省委常委會召開會議，傳達學習省委書記龔明遠在4月20日臨江省委全體會議、"
            "臨江省委第五次集體學習時的重要講話精神。",
            ("临江省委全体会议", "临江省委第五次集体学习"),
        ),
        (
            "本报讯 4月27日，市委常委会召开会议，传达学习市长陶家宁在4月20日江城工作会议、江城民营企业座谈会、"
            "江城第三次集体学习时的重要讲话精神。",
            ("江城工作会议", "江城民营企业座谈会", "江城第三次集体学习"),
        ),
    ],
)
def test_no_item_of_the_list_is_an_event(text: str, titles: tuple[str, ...]) -> None:
    events = _merged(text)
    assert not set(titles) & set(events), sorted(events)
    [(own, event)] = events.items()  # the relaying meeting: its own name and day, no relayed speaker
    assert own.endswith("常委会会议") and event.date == "2031-04-27"
    assert not {p for p, r in event_people(event) if r == "spoke_at"}


def test_a_speech_joined_by_and_is_relayed_too() -> None:
    """The second speech (和在某开幕式上的主旨演讲) is relayed like the first: no event, no speaker anywhere."""
    text = (
        "本报讯 4月27日，省委常委会召开会议，传达学习省委书记龚明远在4月20日临江省委全体会议上的重要讲话精神"
        "和在临江合作论坛开幕式上的主旨演讲。"
    )
    events = _events(text)
    assert [(t, e.date) for t, e in events.items()] == [("省委常委会会议", "2031-04-27")]
    assert "龚明远" not in {p for e in events.values() for p, _ in event_people(e)}


# ---- a speech still to be given, and a list that is one name: no event, no speaker ----


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 4月27日，省委常委会召开会议，研究讨论龚明远在省委九届三次全会上的讲话，听取全会筹备情况汇报。",
        "本報訊 4月27日，省委常委會召開會議，研究討論龔明遠在省委九屆三次全會上的講話。",
        "本报讯 4月27日，省委常委会召开会议，研究讨论省委书记龚明远在省委九届三次全会第一次全体会议上的讲话。",
    ],
)
def test_a_speech_to_be_given_is_no_event(text: str) -> None:
    events = _events(text)
    assert not any("全会" in t for t in events), sorted(events)


def test_the_last_item_must_name_an_event() -> None:
    text = (
        "本报讯 4月27日，市委召开常委扩大会议，传达学习省委书记龚明远在临江省十一届人大三次会议、"
        "临江省政协十一届三次会议党员负责人会上的重要讲话精神。"
    )
    events = _events(text)
    assert all(("龚明远", "spoke_at") not in event_people(e) for e in events.values())


# ---- the author of what is relayed is no participant of the meeting relaying it ----


@pytest.mark.parametrize(
    ("text", "author", "presider"),
    [
        (
            "市委常委会召开会议 传达学习龚明远总书记近期重要讲话精神\n\n柴思雨主持 陶家宁出席\n\n"
            "本报讯 4月27日，市委常委会召开会议，研究贯彻意见。市委书记柴思雨主持。",
            "龚明远",
            "柴思雨",
        ),
        (
            "市委常委會召開會議 傳達學習龔明遠總書記重要指示精神\n\n柴思雨主持\n\n"
            "本報訊 4月27日，市委常委會召開會議，研究貫徹意見。市委書記柴思雨主持。",
            "龚明远",
            "柴思雨",
        ),
        (
            "县委常委会召开会议 传达学习林晓峰同志近期重要讲话精神\n\n陶家宁主持\n\n"
            "本报讯 4月27日，县委常委会召开会议，研究贯彻意见。县委书记陶家宁主持。",
            "林晓峰",
            "陶家宁",
        ),
    ],
)
def test_the_author_relayed_is_not_there(text: str, author: str, presider: str) -> None:
    events = list(facts(text, DAY).events)
    people = set().union(*(event_people(e) for e in events))
    assert (presider, "presided") in people
    assert not any(name == author for name, _ in people)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 4月27日，市委常委会召开会议，传达学习省委九届三次全会精神，研究贯彻意见。市委书记柴思雨主持。",
        "本報訊 4月27日，市委常委會召開會議，傳達學習省委九屆三次全會精神，研究貫徹意見。市委書記柴思雨主持。",
        "本报讯 4月27日，县委常委会召开会议，传达学习市第十三次党代会精神。县委书记陶家宁主持，县长林晓峰出席。",
    ],
)
def test_a_relayed_meeting_is_no_event_and_the_next_sentence_goes_to_the_relaying_one(text: str) -> None:
    [event] = facts(text, DAY).events
    assert "全会" not in event.title and "党代会" not in event.title, event.title
    assert event.date == "2031-04-27" and any(r == "presided" for _, r in event_people(event))
