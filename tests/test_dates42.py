"""A dating class of session 32 (invented text, invented names).

- 今(2)日 on a page dated to its month only (a blog's URL month given as the manifest date): the day it prints, of
  that month (timeresolve._moved); a day the month does not have stays undated and is reported.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_NOTICE = "〔記者林嘉禾／台北報導〕江城公司今({day})日舉行新卸任董事長交接，卸任董事長周立新屆齡退休。"


@pytest.mark.parametrize(("day", "month", "expected"), [("2", "2031-07", "2031-07-02"), ("30", "2031-06", "2031-06-30")])
def test_today_with_its_day_on_a_page_dated_to_the_month(day: str, month: str, expected: str) -> None:
    assert [e.date for e in facts(_NOTICE.format(day=day), month).events] == [expected]


def test_a_day_the_month_lacks_stays_undated_and_reported() -> None:
    found = facts(_NOTICE.format(day="31"), "2031-06")
    assert all(e.date != "2031-06-31" for e in found.events)
    assert any(w.code == "W013" for w in found.warnings)
