"""A title printed in a sentence about a plan is seen on the article's day, not the plan's (actors/roles.py).

Invented text only. 将于<day>… names when something will happen; the person holds the printed title on
the day the article reports it. A notice's change itself (将于…出任) keeps the day it takes effect.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _dates(text: str, day: str) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for r in facts(text, day).roles:
        out.setdefault((r.person, r.position), set()).add(r.date or "")
    return out


@pytest.mark.parametrize(
    ("day", "text", "role"),
    [
        (
            "2031-03-29",
            "政务司司长林晓峰将于四月二日下午率领代表团前往江城，与江城市市长柴思雨共同主持合作会议。",
            ("林晓峰", "政务司司长"),
        ),
        (
            "2031-03-29",
            "政務司司長林曉峰將於四月二日下午率領代表團前往江城，與江城市市長柴思雨共同主持合作會議。",
            ("柴思雨", "江城市长"),
        ),
        (
            "2031-04-25",
            "江城市政府今日宣布，现任江城市交通局副局长龚明远将于2031年5月14日出任江城市交通局局长。",
            ("龚明远", "江城市交通局副局长"),
        ),
        (
            "2031-04-25",
            "江城市政府今日宣布，現任江城市交通局副局長龔明遠將於2031年5月14日出任江城市交通局局長。",
            ("龚明远", "江城市交通局副局长"),
        ),
    ],
)
def test_a_title_in_a_plan_sentence_is_seen_on_the_article_day(day: str, text: str, role: tuple[str, str]) -> None:
    assert _dates(text, day)[role] == {day}


@pytest.mark.parametrize(
    "text",
    [
        "江城市政府今日宣布，现任江城市交通局副局长龚明远将于2031年5月14日出任江城市交通局局长。",
        "江城市政府今日宣布，現任江城市交通局副局長龔明遠將於2031年5月14日出任江城市交通局局長。",
    ],
)
def test_a_notice_change_keeps_the_day_it_takes_effect(text: str) -> None:
    assert _dates(text, "2031-04-25")[("龚明远", "江城市交通局局长")] == {"2031-05-14"}


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城4月20日电 临江省委全会19日举行。全会决定，省第十一次党代会将于4月26日召开。临江省委副书记、省长龚明远出席会议。",
        "新華社江城4月20日電 臨江省委全會19日舉行。全會決定，省第十一次黨代會將於4月26日召開。臨江省委副書記、省長龔明遠出席會議。",
    ],
)
def test_a_plan_in_the_sentence_before_does_not_date_the_title(text: str) -> None:
    assert "2031-04-26" not in _dates(text, "2031-04-20")[("龚明远", "临江省长")]
