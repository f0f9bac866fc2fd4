"""Classes the fifth session's genre probes left (left15): a 协商会 (民主协商会) is a meeting's name — held
(某市委召开民主协商会) or relayed (传达学习某某在某民主协商会上的重要讲话精神) — never cut short inside 协商会议
(中国人民政治协商会议, 某政协协商会议 keep their whole name); a relayed meeting (a studied speech's) is no event
of the article (docs/gold-conventions.md A2), also when named again in a clause without a date (会议指出，某某在某会
上的重要讲话…): it never becomes, nor lends its speaker to, the meeting that relays it, which keeps its own day. Invented text with invented names and places, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts

DAY = "2031-03-01"


def _events(text: str) -> dict[str, tuple[str | None, set[tuple[str, str]]]]:
    return {e.title: (e.date, event_people(e)) for e in facts(text, DAY).events}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "本报讯 2月27日，临江市委召开民主协商会，就市政府副市长人选听取意见。市委书记林晓峰主持会议。",
            "临江市委民主协商会",
        ),
        (
            "本報訊 2月27日，江城市委召開民主協商會，就有關人選聽取黨外人士意見。市委書記龔明遠主持會議。",
            "江城市委民主协商会",
        ),
        ("本报讯 2月27日，海州县委召开民主协商会，县委书记柴思雨主持会议并讲话。", "海州县委民主协商会"),
    ],
)
def test_a_consultation_held_is_a_meeting(text: str, title: str) -> None:
    events = _events(text)
    assert title in events
    assert events[title][0] == "2031-02-27"


@pytest.mark.parametrize(
    ("text", "title", "speaker"),
    [
        (
            "本报讯 今天上午，省委常委会召开会议，传达学习龚明远总书记在中共中央民主协商会上的重要讲话精神。",
            "中共中央民主协商会",
            "龚明远",
        ),
        (
            "本報訊 今天上午，省委常委會召開會議，傳達學習省委書記柴思雨在臨江省委民主協商會上的重要講話精神，研究審議有關事項。",
            "临江省委民主协商会",
            "柴思雨",
        ),
        (
            "本报讯 今天上午，市委常委会召开会议，传达学习市委书记林晓峰在江城市委民主协商会上的讲话精神。",
            "江城市委民主协商会",
            "林晓峰",
        ),
    ],
)
def test_a_relayed_consultation_is_no_event_and_its_speaker_is_not_at_the_relaying_meeting(
    text: str, title: str, speaker: str
) -> None:
    events = _events(text)
    assert title not in events
    [(own, (date, people))] = events.items()
    assert own.endswith("常委会会议") and date == "2031-03-01"
    assert speaker not in {person for person, _ in people}


@pytest.mark.parametrize(
    ("text", "title", "cut"),
    [
        (
            "本报讯 2月27日，中国人民政治协商会议临江省第九届委员会第三次会议在江城开幕。主席林晓峰主持。",
            "中国人民政治协商会议临江省第九届委员会第三次会议",
            "中国人民政治协商会",
        ),
        (
            "本报讯 2月27日，江城市政协召开协商会议，主席龚明远主持会议。",
            "江城市政协协商会议",
            "江城市政协协商会",
        ),
        (
            "本報訊 2月27日，海州市政協召開民主協商會議，主席柴思雨主持會議。",
            "海州市政协民主协商会议",
            "海州市政协民主协商会",
        ),
    ],
)
def test_a_consultation_meeting_keeps_its_whole_name(text: str, title: str, cut: str) -> None:
    titles = set(_events(text))
    assert any(title.endswith(t) and t.endswith("会议") for t in titles)
    assert not any(t.endswith(cut[-3:]) for t in titles) and cut not in titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "临江网3月1日讯 今天上午，省委常委会召开会议，传达学习龚明远同志在中共中央民主协商会上的重要讲话精神。\n"
            "省委书记林晓峰主持会议并讲话。\n会议指出，龚明远同志在中共中央民主协商会上的重要讲话，具有很强的政治性。",
            "中共中央民主协商会",
        ),
        (
            "江城網3月1日訊 今天上午，市委常委會召開會議，傳達學習柴思雨同志在臨江省民營經濟座談會上的重要講話精神。\n"
            "市委書記龔明遠主持會議並講話。\n會議指出，柴思雨同志在臨江省民營經濟座談會上的重要講話，思想深刻。",
            "临江省民营经济座谈会",
        ),
        (
            "海州网3月1日讯 今天上午，县委常委会召开会议，传达学习林晓峰同志在全市项目建设推进会上的讲话精神。\n"
            "县委书记柴思雨主持会议。\n会议认为，林晓峰同志在全市项目建设推进会上的讲话，为做好工作指明了方向。",
            "全市项目建设推进会",
        ),
    ],
)
def test_a_studied_speech_named_again_is_no_event_and_dates_nothing(text: str, title: str) -> None:
    events = _events(text)
    assert title not in events
    [(own, (date, people))] = events.items()
    assert own.endswith("常委会会议") and date == "2031-03-01"
    speaker = text.split("同志")[0][-3:]  # the relayed speech's speaker neither presides nor attends
    assert people and speaker not in {person for person, _ in people}
