"""A range from a relative day to a bare day of the month (自今天至9日) resolves forward from the relative day: the
bare end day is the range's end in the same month, not a day of its own read backwards into the month before.
Invented text only."""

from __future__ import annotations

import pytest

from test_temporal import _document
from ygraph.time import temporal
from ygraph.time.timerules import extract_times


@pytest.mark.parametrize(
    ("body", "text", "start", "end"),
    [
        (" 江城代表团自今天至9日在临江访问。", "今天至9日", "2031-06-04", "2031-06-09"),
        (" 青川考察团今日(6月4日)至7日在湖滨考察。", "今日(6月4日)至7日", "2031-06-04", "2031-06-07"),
        (" 江北访问团昨天起至6日在江城参观。", "昨天起至6日", "2031-06-03", "2031-06-06"),
    ],
)
def test_relative_day_to_bare_day_is_one_forward_range(body: str, text: str, start: str, end: str) -> None:
    doc = temporal.date_document(_document(("新华社江城2031年6月4日电", body)), {})
    values = [(t.text, t.value, t.value_end) for t in doc.articles[0].times if t.kind == "date"]
    assert (text, start, end) in values


def test_a_bare_day_alone_is_still_its_own_day() -> None:
    assert [t.text for t in extract_times("今天，代表团抵达。9日，代表团离开。")] == ["今天", "9日"]
