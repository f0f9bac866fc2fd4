"""The pages' translation table, evidence for display, and dates as the days they cover."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.model import DATE_SOURCES, PRECISIONS
from ygraph.render.spans import day_span, first_day, iso_span, last_day, merge_spans
from ygraph.render.vocabulary import VOCABULARY, display_evidence, every_code, term

CJK = re.compile(r"^[\u4e00-\u9fff，、（）]+$")
FUTURE_TYPES = {"signing", "talks", "visit", "message"}
SCHEMA_RELATIONS = {
    "holds_position", "presided", "spoke_at", "attended", "held_in", "adopted", "reviewed", "issued", "signed",
    "mentions", "mentioned_in", "announced_in", "succeeded", "part_of", "sent",
}  # fmt: skip


def packaged_event_types() -> set[str]:
    path = resources.files("ygraph").joinpath("lexicons", "zh", "events", "triggers.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {row[1] for row in rows if len(row) > 1 and not row[0].startswith("#")}


def test_every_code_has_a_chinese_name() -> None:
    assert packaged_event_types() | FUTURE_TYPES <= set(VOCABULARY["event_type"])
    assert set(DATE_SOURCES) | {"clause", "sentence", "article"} <= set(VOCABULARY["date_source"])
    assert set(PRECISIONS) | {"none"} <= set(VOCABULARY["precision"])
    assert set(VOCABULARY["relation"]) >= SCHEMA_RELATIONS
    for table in VOCABULARY.values():
        assert all(CJK.match(name) for name in table.values()), table


def test_term_and_unknown_codes() -> None:
    assert term("event_type", "meeting") == "会议"
    assert term("relation", "sent") == "致电致信"
    assert term("event_type", "用户类型") == "用户类型"
    assert {"meeting", "cross_document", "year", "attended", "person"} <= every_code()


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("本报讯**记者 林某**", "本报讯记者 林某"),
        ("**临江讯** 会议召开。", "临江讯 会议召开。"),
        ("## 临江论坛开幕", "临江论坛开幕"),
        ("> 引自简报", "引自简报"),
        ("- 第一项", "第一项"),
        ("见[纲要全文](https://example.invalid/a)。", "见纲要全文。"),
        ("![合影](photo.png)会后合影", "合影会后合影"),
        ("*强调*与`代码`", "强调与代码"),
        ("增长3*4倍", "增长3*4倍"),
        ("湾区 发展", "湾区 发展"),
    ],
)
def test_display_evidence_drops_markdown_only(raw: str, shown: str) -> None:
    assert display_evidence(raw) == shown


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2020", date(2020, 1, 1), date(2020, 12, 31)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2021-02", date(2021, 2, 1), date(2021, 2, 28)),
        ("2020-08-20", date(2020, 8, 20), date(2020, 8, 20)),
        ("", None, None),
        ("2020-13", None, None),
    ],
)
def test_dates_cover_their_precision(value: str, first: date | None, last: date | None) -> None:
    assert first_day(value) == first and last_day(value) == last


def test_spans_and_ranges() -> None:
    assert iso_span("2021-06", "2021-08") == ("2021-06-01", "2021-08-31")
    assert iso_span("2021-06-05", "2021-06-01") == ("2021-06-05", "2021-06-05")  # a backwards end is ignored
    assert iso_span(None) == ("", "")
    assert day_span("1970-01") == (0, 31)
    assert day_span("2020-08-20", "2020-08-21") == (18494, 18496)
    assert day_span("") is None
    assert merge_spans([(5, 7), (1, 3), (3, 4), (10, 12)]) == [[1, 4], [5, 7], [10, 12]]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("林晓峰在江城 \t\n1.2#>-+*_~`[]()!x")), max_size=24))
def test_display_evidence_shortcut_gives_what_every_expression_gives(text: str) -> None:
    """Text with none of the characters the Markdown expressions need is returned stripped without them."""
    from ygraph.render import vocabulary as v

    full = v._IMAGE_OR_LINK.sub(r"\1", text)
    full = v._LINE_MARKUP.sub("", v._RULE.sub("", full))
    assert display_evidence(text) == v._EMPHASIS.sub(r"\2", v._STRONG.sub("", full)).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("临江&<>\"\r\n\t'a ")), max_size=16))
def test_xml_escaping_shortcut_gives_what_the_entities_give(text: str) -> None:
    from ygraph.render import xmltext

    assert xmltext.escape_attr(text) == xmltext._escape(text, xmltext._ATTR_ENTITIES)
    assert xmltext.escape_text(text) == xmltext._escape(text, xmltext._TEXT_ENTITIES)
