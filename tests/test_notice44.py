"""Notices of session 34 (invented text, invented names).

- A year printed inside a quoted or book-title name (公布「2031年某计划」) never dates a post seen (roles._in_a_name).
- A post a notice gives that an effective-day sentence dates (上述人事案将于7月1日生效) names the row of
  actors/effective_dates.tsv in its provenance (rule …+effective:<row id>); a post taken away does not.
"""

from __future__ import annotations

from pipeline_probe import facts

_NOTICE = (
    "东岛社台北2031年6月17日电 东岛国防部公布人事异动。东岛陆军第八军团副指挥官龚明远少将将升任陆勤部指挥官、晋任中将。"
    "上述人事案将于7月1日生效。"
)


def test_the_effective_row_reaches_the_post_it_dates() -> None:
    roles = {r.position: r for r in facts(_NOTICE, "2031-06-17").roles}
    given = roles["陆勤部指挥官"]
    assert (given.date, given.date_source) == ("2031-07-01", "effective")
    assert given.provenance.rule.endswith("+effective:notice_effective")
    assert "effective" not in roles["东岛陆军第八军团副指挥官"].provenance.rule


def test_a_year_inside_a_quoted_name_never_dates_a_post_seen() -> None:
    text = "本報訊 臨江國發會今（4）日公布「2031年臨江發展計畫」，主委林晓峰表示將推動轉型。"
    (role,) = [r for r in facts(text, "2031-03-05").roles if r.person == "林晓峰"]
    assert role.date == "2031-03-04"
