"""timeline.json (TimelineJS) and the timeline page's data."""

from __future__ import annotations

import json

import pytest

from invented_corpus import injection_corpus, mini_corpus
from ygraph.render.spans import day_span
from ygraph.render.timeline import display_date, display_span, timeline_data, timeline_json, timelinejs_date


@pytest.mark.parametrize(
    "value, shown",
    [
        ("2020", "2020年"),
        ("2020-08", "2020年8月"),
        ("2020-08-20", "2020年8月20日"),
        (None, "日期不详"),
        ("", "日期不详"),
    ],
)
def test_dates_shown_at_their_precision(value: str | None, shown: str) -> None:
    assert display_date(value) == shown


def test_ranges() -> None:
    assert display_span("2021-06", "2021-08") == "2021年6月至2021年8月"
    assert display_span("2021-06", "2021-06") == "2021年6月"


@pytest.mark.parametrize(
    "value, parts",
    [
        ("2020", {"year": 2020}),
        ("2020-08", {"year": 2020, "month": 8}),
        ("2020-08-02", {"year": 2020, "month": 8, "day": 2}),
    ],
)
def test_timelinejs_dates_have_only_the_known_parts(value: str, parts: dict[str, int]) -> None:
    assert timelinejs_date(value) == parts


def test_timelinejs_file() -> None:
    doc = json.loads(timeline_json(mini_corpus()))
    assert [e["start_date"] for e in doc["events"]] == [
        {"year": 2020, "month": 8},
        {"year": 2021, "month": 3, "day": 15},
        {"year": 2022, "month": 5, "day": 20},
    ]
    assert (
        doc["events"][1]["group"] == "meeting"
        and doc["events"][1]["text"]["headline"] == "临江湾区发展座谈会"
    )
    assert "headline" in doc["title"]["text"]


def test_timelinejs_text_is_escaped_because_timelinejs_renders_html() -> None:
    [event] = json.loads(timeline_json(injection_corpus()))["events"]
    assert "<script>" not in event["text"]["headline"] and "&lt;script&gt;" in event["text"]["headline"]
    assert "<img" not in event["text"]["text"]


def test_page_data_people_and_tenures() -> None:
    data = timeline_data(mini_corpus())
    assert data["people"] == sorted(["林晓峰", "欧阳明远", "苏婉清"])
    posts = data["tenures"]["欧阳明远"]
    assert [(p["position"], p["display"], p["span"], p["points"]) for p in posts] == [
        ("临江市市长", "2021年3月15日", list(day_span("2021-03-15")), [list(day_span("2021-03-15"))]),
        ("临江市委书记", "2022年5月20日", list(day_span("2022-05-20")), [list(day_span("2022-05-20"))]),
    ]
    [mayor] = data["tenures"]["苏婉清"]
    assert mayor["span"] == list(day_span("2019"))  # a year observed: the bar covers that year, no more
    assert data["events"][0]["participants"] == [{"name": "欧阳明远", "relation": "出席"}]


def test_page_items_are_spans_at_their_precision() -> None:
    events = timeline_data(mini_corpus())["events"]
    assert [e["span"] for e in events] == [
        list(day_span("2020-08")), list(day_span("2021-03-15")), list(day_span("2022-05-20")), None,
    ]  # fmt: skip
    assert events[0]["span"][1] - events[0]["span"][0] == 31  # August covers its 31 days
    assert [(e["type_name"], e["precision"]) for e in events[:2]] == [("考察调研", "月"), ("会议", "日")]
    assert {"code": "meeting", "name": "会议"} in timeline_data(mini_corpus())["types"]
