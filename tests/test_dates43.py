"""Dates of session 33 (invented text, invented names).

- A date whose 年/月/日 a saved page lost, its digits glued before a part of the day (2031828下午, 827下午): read
  only where the digits split one way (time/rules.tsv ymd_glued, md_glued).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2031828下午，临江省委在江城召开全省领导干部会议。", "2031-08-28"),
        ("20310828上午，临江省委在江城召开全省领导干部会议。", "2031-08-28"),
        ("此前，827下午，临江省委在江城召开全省领导干部会议。", "2031-08-27"),
    ],
    ids=["seven_digits", "eight_digits", "month_day"],
)
def test_a_date_that_lost_its_units_dates_the_event(text: str, day: str) -> None:
    (event,) = facts("临江网 2031-11-30 13:41\n" + text, "2031-11-30").events
    assert event.date == day


@pytest.mark.parametrize("digits", ["2031118下午", "3128下午", "共有128下午"], ids=["two_splits", "no_month", "count"])
def test_digits_that_split_two_ways_or_none_are_no_date(digits: str) -> None:
    found = facts(f"临江网 2031-11-30 13:41\n{digits}，临江省委在江城召开全省领导干部会议。", "2031-11-30")
    assert [e.date for e in found.events] == ["2031-11-30"]
