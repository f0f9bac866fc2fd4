"""Session 25, lane evrec35: the lede's act when the page reported nothing. Invented text only.

When no article of a page drafted an event and no headline named an act (a saved page whose title is lost among
a site's menus, or a wire that prints none), the first act word after the day of the article's first sentence
printing a day (its lede), of a type ``lede_acts.tsv`` lists, is the page's one event, under rule
``event:lede:<word>``, titled by its clause (a gathering by its walked name), dated by the nearest day before the
word (events/ledeacts.py, ``pipeline._headline_act``; docs/events.md, "The lede's act when the page reported
nothing"). Every test holds a page on which the act is drafted, so each fails without the rule.
"""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.model import Event, Source
from ygraph.pipeline import process_document

DAY = "2031-05-14"
MENU = "网站首页 | 新闻中心 | 地方要闻"  # a saved page's furniture: no headline, no act
LEDE = "lede:"
INSPECTION = "青禾市交通委员会昨（13）日上午到江湾区考察道路建设，由委员柴思雨带队。"


def _events(text: str, user_date: str | None = DAY) -> list[Event]:
    found = process_document(Source("t.txt", text, "utf-8", user_date=user_date))
    assert not [w for w in found.warnings if w.code == "W050"]  # no step failed
    return list(found.events)


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _ledes(events: list[Event]) -> list[Event]:
    return [e for e in events if any(p.rule.startswith(f"event:{LEDE}") for p in e.provenance)]


ACTS = [  # (page, title, type, trigger word, date): no article drafts an event, no headline names one
    (_page(MENU, INSPECTION, "考察重点包括江湾大桥改建工程。"),
     "青禾市交通委员会到江湾区考察道路建设", "inspection", "考察", "2031-05-13"),
    (_page("登录 注册 简体 繁体", "（青禾日报记者郑立群江湾14日电）江湾区政府今天与三家物流企业签署共建联盟，未来将共建仓储基地。"),
     "江湾区政府与三家物流企业签署共建联盟", "signing", "签署", DAY),
    (_page("上一篇 下一篇 字体：大 中 小", "新任主任柴思雨本周一（11日）履新，昨（13日）带队到访临江县后，今天返回青禾。"),
     "大中小新任主任柴思雨履新，带队到访临江县后", "visit", "到访", "2031-05-13"),  # the nearest day before the word
    (_page(MENU, "5月13日上午，青禾市政府党组扩大会议研究全市规划编制工作。"),
     "青禾市政府党组扩大会议", "meeting", "扩大会议", "2031-05-13"),  # a gathering by its walked name
]

ACT_IDS = ["organ-inspection", "signing-no-document", "nearest-day", "walked-name"]


@pytest.mark.parametrize(("text", "title", "kind", "word", "date"), ACTS, ids=ACT_IDS)
def test_a_page_that_reported_nothing_takes_its_lede_act(text: str, title: str, kind: str, word: str, date: str) -> None:
    found = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    (event,) = found.events
    assert (event.title, event.event_type, event.date, event.date_source) == (title, kind, date, "sentence")
    assert [p.rule for p in event.provenance] == [f"event:{LEDE}{word}"]
    (merged,) = merge.merge([found], ()).events  # the rule id reaches the corpus's fact
    assert f"event:{LEDE}{word}" in {p.rule for p in merged.provenance}


NONE = [  # the same lede read where it gives no event
    (_page(MENU, INSPECTION), None),  # an undated page (B1)
    (_page(MENU, "青禾市交通委员会上午到江湾区考察道路建设，由委员柴思雨带队。"), DAY),  # the lede prints no day
    (_page(MENU, "2031年5月14日", "青禾市交通委员会上午到江湾区考察道路建设。"), DAY),  # a stamp line is no lede
    (_page(MENU, "青禾市交通委员会下周一（19日）将到江湾区考察道路建设。"), DAY),  # a day after the page's
    (_page(MENU, "江湾区议员郑立群今天宣誓就职，并发表简短谈话。"), DAY),  # an oath without its ceremony (A6)
    (_page(MENU, "江湾区议会今天选出郑立群为议长，江湾区议会议员今天宣誓就职。"), DAY),  # 会议 inside 议会议员
    (_page(MENU, "5月13日，一场签约仪式气氛热烈。"), DAY),  # a kind alone, no gathering's name
    (_page(MENU, "5月13日，青禾县龙舟队在海州集训，郑立群县长也将前往海州。"), DAY),  # a plan with no day of its own
]

NONE_IDS = ["undated", "no-day", "stamp", "later-day", "oath", "inside-post", "bare-kind", "plan"]


@pytest.mark.parametrize(("text", "user_date"), NONE, ids=NONE_IDS)
def test_a_lede_with_no_act_of_its_own_gives_no_event(text: str, user_date: str | None) -> None:
    assert len(_ledes(_events(_page(MENU, INSPECTION)))) == 1  # the page's act, where the lede tells one
    found = _events(text, user_date)
    assert not _ledes(found), [(e.title, e.date) for e in found]


def test_no_lede_act_once_an_article_drafted_an_event() -> None:
    """The page's own event, drafted by the rules, is its one event: the lede adds none."""
    found = _events(_page(MENU, INSPECTION, "青禾市长柴思雨13日出席江湾论坛并致辞。"))
    assert not _ledes(found)
    assert "江湾论坛" in {e.title for e in found}


def test_the_headline_act_comes_before_the_lede_act() -> None:
    """A headline naming an act gives the page's event; the lede is read only when none does."""
    found = _events(_page("青禾交通委员视察江湾大桥", INSPECTION))
    assert [p.rule for e in found for p in e.provenance] == ["event:headline:视察"]


PEOPLE = [  # (page, the people the act's clause names before its word: attended, C4)
    (_page("上一篇 下一篇", "前任主任郑立群调任后，新任主任柴思雨本周一（11日）履新，昨（13日）带队到访临江县。"), ["柴思雨"]),
    (_page(MENU, "青禾市长柴思雨和临江县长林晓峰昨（13）日在江湾区共同会见出席招商大会的企业代表。"), ["林晓峰", "柴思雨"]),
    (_page("登录 注册", "（青禾日报记者郑立群江湾14日电）江湾区政府今天与三家物流企业签署共建联盟，未来将共建仓储基地。"), []),
]


@pytest.mark.parametrize(("text", "people"), PEOPLE, ids=["clause-actor", "two-hosts", "byline-no-one"])
def test_the_lede_act_takes_the_people_its_clause_names(text: str, people: list[str]) -> None:
    (event,) = _ledes(_events(text))
    assert sorted(p.person for p in event.participants) == people
    assert {p.relation for p in event.participants} <= {"attended"}
