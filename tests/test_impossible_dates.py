"""Impossible calendar dates never raise: each becomes a W013 warning with its evidence, and no date.

One row per shape found by the hostile-input campaign (issue 16): a day the month does not have, with or
without a year, under a relative cue resolved against it, in a masthead, and user dates at the edges of
the calendar. The texts and names are invented.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import pytest

from ygraph import BuildConfig, build
from ygraph.model import Source
from ygraph.pipeline import process_document

# id, text, user date, expected W013 evidence (a substring of the warning), a value that must not appear
ROWS = [
    (
        "feb30-year-after",
        "2月30日，青川市召开座谈会。2031年工作会议在湖滨举行。\n",
        None,
        "'2月30日'",
        "2031-02-30",
    ),
    (
        "feb30-weekday",
        "本报讯 2032年2月30日星期三，江北座谈会在青川市举行。\n",
        None,
        "'2032年2月30日'",
        "2032-02-30",
    ),
    (
        "jun31-yesterday",
        "本报青川6月31日电 昨天，江北座谈会举行。2031年工作会议。\n",
        None,
        "'6月31日'",
        "2031-06-31",
    ),
    (
        "apr31-same-day",
        "本报青川4月31日电 当天，湖滨论坛开幕。2031年工作会议。\n",
        None,
        "'4月31日'",
        "2031-04-31",
    ),
    (
        "nov31-last-week",
        "本报青川11月31日电 上周三，湖滨论坛开幕。2031年工作会议。\n",
        None,
        "'11月31日'",
        "2031-11-31",
    ),
    (
        "masthead-feb29",
        "江北日报 2031年2月29日 星期三\n\n湖滨论坛在青川市开幕。\n",
        None,
        "'2031年2月29日'",
        "2031-02-29",
    ),
    ("this-month-31", "本报讯 本月31日，湖滨论坛开幕。\n", "2031-06-15", "'本月31日'", "2031-06-31"),
    ("range-end", "本报讯 2031年6月30日至31日，湖滨论坛举行。\n", None, None, "2031-06-31"),
    (
        "lede-feb29-placed",
        "本报青川2月29日电 湖滨论坛开幕。2031年工作会议。\n",
        None,
        "2031-02-29",
        "2031-02-29",
    ),
    ("user-0001-yesterday", "昨天，湖滨论坛开幕。去年，上周三，前天。\n", "0001-01-01", "'昨天'", "0000"),
    ("user-9999-tomorrow", "明天，湖滨论坛开幕。明年，下周，下月，后天。\n", "9999-12-31", "'明天'", "10000"),
]


@pytest.mark.parametrize(
    ("text", "user_date", "evidence", "never"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_impossible_date_is_a_warning_not_a_crash(
    text: str, user_date: str | None, evidence: str | None, never: str
) -> None:
    facts = process_document(Source("doc.txt", text, "utf-8", user_date=user_date))
    codes = [w.code for w in facts.warnings]
    assert "W050" not in codes, facts.warnings
    if evidence is not None:
        assert any(w.code == "W013" and evidence in w.message for w in facts.warnings), facts.warnings
    dates = [facts.document.date, *(a.date for a in facts.document.articles)]
    dates += [e.date for e in facts.events] + [e.date_end for e in facts.events]
    assert not any(d and d.startswith(never) for d in dates)
    # a month-day no year has is not "without a year": it is not offered to the corpus stage for a year
    if len(never) == 10 and int(never[8:]) > calendar.monthrange(2000, int(never[5:7]))[1]:
        assert not any(never[5:] in u.underspecified for u in facts.unresolved_times)


@pytest.mark.parametrize(
    ("text", "user_date", "expected"),
    [
        ("江北日报 2032年2月29日 星期日\n\n湖滨论坛在青川市开幕。\n", None, "2032-02-29"),  # a leap year
        ("12月31日，湖滨论坛开幕。\n", "9999-12-31", "9999-12-31"),
        ("2月29日，湖滨论坛开幕。\n", "9999-12-31", "9996-02-29"),
        ("1月2日，湖滨论坛开幕。\n", "0001-01-05", "0001-01-02"),
    ],
)
def test_possible_dates_near_the_edges_still_resolve(text: str, user_date: str | None, expected: str) -> None:
    facts = process_document(Source("doc.txt", text, "utf-8", user_date=user_date))
    assert not [w for w in facts.warnings if w.code in ("W013", "W050")]
    assert expected in {e.date for e in facts.events} | {facts.document.date}


def test_manifest_dates_at_the_calendar_edges_build(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("early.txt", "late.txt"):
        (corpus / name).write_text("昨天，明天，上周三，下周，去年，明年，湖滨论坛开幕。\n", encoding="utf-8")
    (corpus / "broken.txt").write_text("江北日报 2031年2月29日 星期三\n\n湖滨论坛开幕。\n", encoding="utf-8")
    (corpus / "dates.tsv").write_text("early.txt\t0001-01-01\nlate.txt\t9999-12-31\n", encoding="utf-8")
    result = build(BuildConfig(paths=(corpus,), out=tmp_path / "out", html=False))
    codes = [w.code for w in result.corpus.warnings]
    assert "W050" not in codes
    flagged = {w.file for w in result.corpus.warnings if w.code == "W013"}
    assert flagged == {"early.txt", "late.txt", "broken.txt"}
    assert len(result.corpus.documents) == 3
