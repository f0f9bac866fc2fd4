"""A page without a year never takes one from a period that runs to now (issue 15, dating lever, class 4):
从2024年启动以来, 自2024年成立至今, 2024年以来 name when something began, not when the article was written, so
a page printing only 15日 stays undated (W010) instead of dating its forum to that year; a month or a day in
such a clause still dates what it names (自2030年1月5日获批设立以来). Two undated reports of one document, one a
short form of the other's name (a caption's 第十届江海论坛, the body's 第十届江海区域省会城市论坛), are one event.
Invented text only."""

from __future__ import annotations

import pytest

from pipeline_probe import undated_page
from ygraph.corpus import eventmerge
from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text import clean
from ygraph.time.timerules import extract_times


@pytest.mark.parametrize(
    "since",
    [
        "他说，江海合作从2024年启动以来取得丰硕成果。",
        "他說，江海合作從2024年啟動以來取得豐碩成果。",
        "林晓峰表示，论坛自2024年创办至今已走过十个年头。",
        "龔明遠說，江海合作2024年以來成果豐碩。",
    ],
)
def test_a_year_opening_a_period_never_dates_the_page(since: str) -> None:
    lede = "江城日報訊 15日上午，第十屆江海論壇在江城開幕。" if clean.is_traditional(since) else "江城日报讯 15日上午，第十届江海论坛在江城开幕。"
    text = f"{lede}\n{since}\n"
    assert undated_page(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("从2024年启动以来", "duration"),
        ("自2024年成立至今", "duration"),
        ("自2030年1月5日获国务院批复设立以来", "date"),
        ("自2030年3月启动以来", "date"),
        ("2030年成立的协会", "date"),
    ],
)
def test_only_a_bare_year_opening_a_period_is_a_duration(text: str, kind: str) -> None:
    assert [t.kind for t in extract_times(text)] == [kind]


def test_undated_reports_of_one_document_named_short_and_in_full_are_one_event() -> None:
    text = (
        "第十届江海省会城市市长论坛昨日开幕，九位市长合影。江城日报记者 陶子 摄\n"
        "第十届江海省会市长论坛开幕\n"
        "林晓峰龚明远分别致辞\n"
        "江城日报讯 (记者 柴思雨)15日上午，第十届江海区域省会城市市长论坛在江城国际会议中心开幕。\n"
        "林晓峰说，江海合作从2024年启动以来取得丰硕成果。\n"
    )
    facts = process_document(Source("t.txt", text, "utf-8"))
    assert len([e for e in facts.events if "论坛" in e.title]) == 2  # two reports: the caption's, the body's
    merged, _ = eventmerge.merge_events([facts], [])
    forums = [e for e in merged if "论坛" in e.title]
    assert len(forums) == 1
    assert forums[0].date is None
