"""A day printed in Chinese numerals before a verb (session 30): Taiwanese and older mainland pages print 七日 for
the 7th (江城县文化馆七日首次举办…): a small day numeral is a date before the first character of a verb of holding,
meeting or moving too (time/numerals.tsv day_next), never before one of a count (一日之功). Invented text."""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.pipeline import Source
from ygraph.text import clean

_WIRE = "新华社江城2031年11月9日电 "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("江城县文化馆七日首次举办少儿书画研讨会。", id="shou"),
        pytest.param("江城县文化馆七日在江城举办少儿书画研讨会。", id="zai"),
        pytest.param("江城县文化馆七日举办少儿书画研讨会。", id="ju"),
    ],
)
def test_a_chinese_numeral_day_before_a_verb(text: str) -> None:
    assert [e.date for e in facts(_WIRE + text).events] == ["2031-11-07"]


def test_a_count_of_days_stays_a_count() -> None:
    assert clean.clean(Source("a.txt", "这是一日之功。", "utf-8")).text == "这是一日之功。"
