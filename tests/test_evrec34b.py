"""Session 24, lane evrec34b: the headline's act when no article of the page reported an event. Invented text only.

When no article of a page drafted an event, the headline's first act word (of a type ``headline_acts.tsv`` lists)
is the page's one event, under rule ``event:headline:<word>``, dated by the first day the lines after the headline
print, else by the page (events/headlineacts.py, ``pipeline._headline_act``; docs/events.md, "The headline's act
when no article of the page reported an event"). A line printing a day with its year is the page's stamp, never
its headline. Every test holds a page on which the act is drafted, so each fails without the rule.
"""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.model import DocumentFacts, Event, Source
from ygraph.pipeline import process_document

DAY = "2031-05-14"
PAGE = "江城日报 2031年5月14日"
QUIET = "港务局局长柴思雨希望扩建工程按期完成，叮嘱施工单位确保安全。"  # a body no rule drafts an event from
INSPECTION = "青禾港务局长视察江湾码头扩建工程"
VISIT = "临江县长率团到访青禾市"
HEADLINE = "event:headline:"


def _facts(text: str, user_date: str | None = None) -> DocumentFacts:
    found = process_document(Source("t.txt", text, "utf-8", user_date=user_date))
    assert not [w for w in found.warnings if w.code == "W050"]  # no step failed
    return found


def _events(text: str, user_date: str | None = None) -> list[Event]:
    return list(_facts(text, user_date).events)


def _acts(events: list[Event]) -> list[Event]:
    """The events the headline rule drafted."""
    return [e for e in events if any(p.rule.startswith(HEADLINE) for p in e.provenance)]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


ACTS = [  # (page, user date, title, type, trigger, date, date source): the body reports no event
    (_page(INSPECTION, PAGE, "港务局局长柴思雨本月12日下午在江湾码头查看扩建工程，叮嘱施工单位确保安全。"), None,
     INSPECTION, "inspection", "视察", "2031-05-12", "sentence"),
    (_page(VISIT, PAGE, "临江县长林晓峰一行本月11日抵达青禾，沿途听取了港区规划介绍。", "一行人本月13日返回临江。"), None,
     VISIT, "visit", "到访", "2031-05-11", "sentence"),
    (_page("青禾市长与临江县长会谈", PAGE, "双方本月12日就港区合作交换意见，同意今后每年轮流互访。"), None,
     "青禾市长与临江县长会谈", "talks", "会谈", "2031-05-12", "sentence"),
    (_page("江湾区与三家物流企业签署共建联盟", PAGE, "江湾区今后将与三家物流企业共建仓储基地，每年举办一次对接活动。"), None,
     "江湾区与三家物流企业签署共建联盟", "signing", "签署", DAY, "article"),
    (_page(INSPECTION, PAGE, QUIET), None, INSPECTION, "inspection", "视察", DAY, "article"),
    (_page(VISIT, "临江县长林晓峰一行本月20日将再赴青禾，继续听取港区规划介绍。"), DAY,  # a later day: not the act's
     VISIT, "visit", "到访", DAY, "article"),
    (_page(INSPECTION, QUIET), DAY, INSPECTION, "inspection", "视察", DAY, "article"),  # the page dated by the user
]

ACT_IDS = ["inspection-lede-day", "visit-first-day", "talks-lede-day", "signing-page", "inspection-page",
           "visit-later-day", "user-dated"]


@pytest.mark.parametrize(("text", "user_date", "title", "kind", "word", "date", "source"), ACTS, ids=ACT_IDS)
def test_a_page_that_reported_nothing_takes_its_headline_act(
    text: str, user_date: str | None, title: str, kind: str, word: str, date: str, source: str
) -> None:
    found = _facts(text, user_date)
    (event,) = found.events
    assert (event.title, event.event_type, event.date, event.date_source) == (title, kind, date, source)
    assert [p.rule for p in event.provenance] == [f"{HEADLINE}{word}"]
    assert event.provenance[0].span_start < event.provenance[0].span_end  # the trigger word, in the headline
    assert not event.participants  # the act names no participant
    (merged,) = merge.merge([found], ()).events  # the rule id reaches the corpus's fact
    assert (merged.title, merged.date) == (title, date)
    assert f"{HEADLINE}{word}" in {p.rule for p in merged.provenance}


REPORTED = [  # (a page that reports nothing, the same page where an article drafts an event, that event's title)
    (  # the headline printed as an article of its own, the body below it another article telling the call
        _page(VISIT, "----", "本报讯 临江县长林晓峰一行本月11日抵达青禾，沿途听取了港区规划介绍，对青禾的发展印象深刻。"),
        _page(VISIT, "----", "本报讯 临江县长林晓峰一行本月11日抵达青禾，拜会青禾市长柴思雨。"),
        "林晓峰拜会青禾市长柴思雨",
    ),
    (  # a later sentence of the same article tells a gathering
        _page(VISIT, "临江县长林晓峰一行本月11日抵达青禾，沿途听取了港区规划介绍，对青禾的发展印象深刻。"),
        _page(VISIT, "临江县长林晓峰一行本月11日抵达青禾，沿途听取了港区规划介绍，对青禾的发展印象深刻。",
              "林晓峰13日出席青禾港区招商推介会并致辞。"),
        "青禾港区招商推介会",
    ),
    (  # another article of the page, under its own headline, reports a gathering
        _page(INSPECTION, PAGE, QUIET, "----", "临江县港区招商工作综述", "本报讯 临江县今年以来持续优化营商环境。"),
        _page(INSPECTION, PAGE, QUIET, "----", "临江县举行青禾港区招商推介会",
              "本报讯 临江县13日在县会展中心举行青禾港区招商推介会，40余家企业参加。"),
        "青禾港区招商推介会",
    ),
]


@pytest.mark.parametrize(("quiet", "reported", "title"), REPORTED, ids=["own-article", "same-article", "other-article"])
def test_no_headline_act_once_an_article_of_the_page_drafted_an_event(quiet: str, reported: str, title: str) -> None:
    assert len(_acts(_events(quiet, DAY))) == 1  # nothing reported: the headline's act
    found = _events(reported, DAY)
    assert not _acts(found), [e.title for e in found]
    assert title in {e.title for e in found}


STAMPS = [  # a line printing a day with its year, run into the headline: the page's stamp and a site's menu
    "发布时间：2031年5月14日 | 青禾招商洽谈会专题 | 来源：江城日报",
    "2031-05-14 15:14 青禾招商洽谈会专题",
    "来源：江城日报 2031年5月14日 | 青禾招商洽谈会专题",
]
BUSY = "节后首个工作日 局长一线忙"  # a headline naming no act
TOLD = "港务局局长柴思雨本月12日下午在江湾码头查看扩建工程，叮嘱施工单位确保安全。"


@pytest.mark.parametrize("stamp", STAMPS, ids=["published-menu", "clock-menu", "source-menu"])
def test_a_stamp_line_is_never_the_headline(stamp: str) -> None:
    (event,) = _events(_page(INSPECTION, stamp, TOLD))
    assert (event.title, event.event_type, event.date) == (INSPECTION, "inspection", "2031-05-12")
    assert [p.rule for p in event.provenance] == [f"{HEADLINE}视察"]
    found = _events(_page(BUSY, stamp, TOLD))  # the menu's 洽谈会 is no act of the page
    assert not found, [(e.title, [p.rule for p in e.provenance]) for e in found]


NO_ACT = [  # headlines naming no act of a type headline_acts.tsv lists
    "江湾码头扩建工程进展顺利",
    "港务局长柴思雨一线忙",
    BUSY,
    "青禾港区发布招商新政",  # a release names no document (A6): left out of the table
    "临江县学习传达全县港区工作会议精神",  # a meeting relayed, not held (A1, A2)
]


@pytest.mark.parametrize("headline", NO_ACT, ids=["progress", "named-busy", "busy", "release", "relayed"])
def test_a_headline_with_no_act_word_gives_no_event(headline: str) -> None:
    assert len(_acts(_events(_page(INSPECTION, PAGE, QUIET)))) == 1  # the same page under an act's headline
    found = _events(_page(headline, PAGE, QUIET))
    assert not found, [e.title for e in found]


def test_an_undated_page_takes_no_headline_act() -> None:
    """Never on an undated page (B1): the act would have no date at all."""
    assert len(_acts(_events(_page(INSPECTION, QUIET), DAY))) == 1
    assert not _events(_page(INSPECTION, QUIET))
