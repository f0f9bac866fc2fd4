"""Review of session 9: two rules that over-fired on ordinary text.

1. ``spirit_after`` (events/patterns.tsv): a meeting held to study a speech's spirit (某会召开会议传达学习某某重要
   讲话精神) is an event; only a name inside the spirit phrase (在某会议上的讲话精神) is referred to.
2. ``talks_plan`` (events/word_uses.tsv, actdraft.announced): a plan word inside the talks' topic (就落实某计划
   举行会谈) announces nothing; the talks were held.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

HEAD = "新华社江城2030年6月8日电 "


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8日上午，江城市委常委会召开扩大会议传达学习龚明远重要指示精神。", "江城市委常委会扩大会议"),
        ("8日，江城市政府党组召开会议专题学习龚明远重要讲话精神。", "江城市政府党组会议"),
        ("8日召开的海州市委常委会会议传达学习了柴思雨在临江考察时的重要讲话精神。", "海州市委常委会会议"),
        ("8日召開的海州市委常委會會議傳達學習了柴思雨在臨江考察時的重要講話精神。", "海州市委常委会会议"),
        ("8日，青禾县委常委會召開擴大會議傳達學習林晓峰重要指示精神。", "青禾县委常委会扩大会议"),
    ],
)
def test_a_meeting_held_to_study_a_speech_is_an_event(text: str, title: str) -> None:
    found = built_events(HEAD + text)
    assert [e.title for e in found if e.event_type == "meeting"] == [title]


def test_a_meeting_inside_the_spirit_phrase_is_still_referred_to() -> None:
    text = HEAD + "8日，江城市委召开常委会会议。会议传达学习龚明远出席第三届海州发展峰会和在江城考察时的讲话精神。"
    assert [e.title for e in built_events(text)] == ["江城市委常委会会议"]


@pytest.mark.parametrize(
    "text",
    [
        "8日，江城市长林晓峰与海州市长柴思雨就落实五年发展计划举行会谈。",
        "8日，江城市長林曉峰與海州市長柴思雨就落實五年發展計劃舉行會談。",
        "8日，临江省长龚明远同海州市长柴思雨就将双方合作推向深入举行会谈。",
        "8日，青禾县长柴思雨与江城市长林晓峰就拟建的物流园举行会谈。",
    ],
)
def test_a_plan_word_in_the_topic_announces_no_talks(text: str) -> None:
    talks = [e for e in built_events(HEAD + text) if e.event_type == "talks"]
    assert len(talks) == 1 and not talks[0].planned and talks[0].date == "2030-06-08"


def test_talks_announced_before_their_topic_stay_planned() -> None:
    text = HEAD + "江城市长龚明远将与海州市长柴思雨就合作计划举行会谈。"
    talks = [e for e in built_events(text) if e.event_type == "talks"]
    assert len(talks) == 1 and talks[0].planned


@pytest.mark.parametrize(
    "text",
    [
        "8日，临江省长柴思雨率领代表团访问海州。访问期间，柴思雨将与海州市长龚明远会面。8日下午，柴思雨与龚明远会面。",
        "8日，臨江省長柴思雨率領代表團訪問海州。訪問期間，柴思雨將與海州市長龔明遠會面。8日下午，柴思雨與龔明遠會面。",
        "8日，江城市长林晓峰率团访问青禾。期间林晓峰亦会与青禾县长柴思雨会面。8日晚，林晓峰与柴思雨会面。",
        "8日，江城市长林晓峰率团访问青禾。期间林晓峰会跟青禾县长柴思雨会面。8日晚，林晓峰与柴思雨会面。",
        "8日，江城市長林曉峰率團訪問青禾。期間林曉峰會跟青禾縣長柴思雨會面。8日晚，林曉峰與柴思雨會面。",
    ],
)
def test_talks_announced_then_held_that_day_are_one_held_event(text: str) -> None:
    talks = [e for e in built_events(HEAD + text) if e.event_type == "talks"]
    assert len(talks) == 1 and not talks[0].planned and talks[0].date == "2030-06-08"


@pytest.mark.parametrize(
    "text",
    [
        "8日，林晓峰表示欢迎后会见了海州市长柴思雨。",
        "8日，龔明遠表示歡迎後會見了海州市長柴思雨。",
        "8日，龚明远透露消息之后与青禾县长柴思雨举行会谈。",
    ],
)
def test_an_act_done_after_speaking_is_no_act_said(text: str) -> None:
    assert [e.event_type for e in built_events(HEAD + text)] == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        "8日，江城市防汛工作会议召开。副市长柴思雨表示今后将再请水利部门会勘评估。",
        "8日，江城市防汛工作会议召开。副市长柴思雨表示汛期过后会再请水利部门会勘评估。",
        "8日，江城市防汛工作会议召开。副市長柴思雨表示以後將再請水利部門會勘評估。",
    ],
)
def test_a_time_ahead_after_a_reports_word_still_tells_what_is_said(text: str) -> None:
    assert [e.event_type for e in built_events(HEAD + text)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "8日，林晓峰率临江代表团访问海州。9日，副团长柴思雨率领代表团访问海州港。",
        "8日，江城市長林曉峰率臨江代表團訪問海州。9日，副團長柴思雨率領代表團訪問海州港。",
        "7日，龚明远率江城经贸团访问青禾。8日，经贸团副团长柴思雨率领经贸团访问青禾新区。",
    ],
)
def test_another_leader_taking_the_group_to_the_same_place_is_the_same_trip(text: str) -> None:
    assert len([e for e in built_events(HEAD.replace("8日电", "10日电") + text) if e.event_type == "visit"]) == 1


def test_another_leader_taking_a_group_elsewhere_is_still_another_trip() -> None:
    text = "新华社江城2030年6月10日电 8日，林晓峰率临江代表团访问海州。9日，柴思雨率领青禾代表团访问松岩。"
    assert len([e for e in built_events(text) if e.event_type == "visit"]) == 2


def test_numerals_without_bracket_rows_keep_their_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    """A numerals table with no ``bracket`` row: the unit stays the expression's third group (an empty ``[]``
    would open a class holding ``]`` and swallow it)."""
    from ygraph import lexicons
    from ygraph.time import numerals

    rows = [r for r in lexicons.load_table("time/numerals.tsv") if r[0] != "bracket"]
    monkeypatch.setattr(numerals.lexicons, "load_table", lambda name: rows)
    numerals._tables.cache_clear()
    numerals.chinese_date_numeral.cache_clear()
    try:
        out, _ = numerals.normalize_date_numerals("江城二〇三〇年六月八日召开会议")
        assert out.startswith("江城2030年6月8日") and numerals.chinese_date_numeral().search("六月")
    finally:
        numerals._tables.cache_clear()
        numerals.chinese_date_numeral.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "林晓峰将于6月20日率临江代表团访问海州。8日，林晓峰率临江代表团访问了青禾。",
        "臨江代表團將於6月20日訪問海州。8日，江城代表團訪問了青禾。",
        "龚明远将于本月25日率江城经贸团赴海州访问。9日，龚明远率江城经贸团访问了松岩。",
    ],
)
def test_a_visit_made_by_the_page_day_is_not_the_visit_announced(text: str) -> None:
    visits = [e for e in built_events("新华社江城2030年6月10日电 " + text) if e.event_type == "visit"]
    assert sorted(e.planned for e in visits) == [False, True]
