"""Session 26, lane evrec36: typed refusals, and the lede's act when the page reported nothing. Invented text only.

The act and name steps say why they refused a word (``events.refusal``, events/refusals.py): for what its words
say (a quotation, kinds of work, what someone says, a plan, recalled, a habit, a count, another's act, a name
only referred to) or only for where it stands (its date unread, a gathering named with no word of its holding).
When no article of a page drafted an event and no headline named an act, the first act word of the article's
first sentence printing a day (its lede, never the dateline's day), of a type ``lede_acts.tsv`` lists, refused
only for where it stands, is the page's one event, rule ``event:lede:<word>`` (events/ledeacts.py,
``pipeline._headline_act``; docs/events.md, "Typed refusals and the lede's act"). Every test holds a page on
which the act is drafted, so each fails without the rule.
"""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.events import events as events_module
from ygraph.events.refusals import Refusal
from ygraph.model import Event, Source
from ygraph.pipeline import process_document

DAY = "2031-05-14"
MENU = "网站首页 | 新闻中心 | 地方要闻"  # a saved page's furniture: no headline, no act
LEDE = "lede:"
SITTING = "5月13日上午，青禾市政府党组扩大会议研究全市规划编制工作。"  # a gathering named, no word of holding


def _events(text: str, user_date: str | None = DAY) -> list[Event]:
    found = process_document(Source("t.txt", text, "utf-8", user_date=user_date))
    assert not [w for w in found.warnings if w.code == "W050"]  # no step failed
    return list(found.events)


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _ledes(events: list[Event]) -> list[Event]:
    return [e for e in events if any(p.rule.startswith(f"event:{LEDE}") for p in e.provenance)]


ACTS = [  # (page, title, type, trigger word, date): no article drafts an event, no headline names one
    (_page(MENU, SITTING, "会议要求各部门抓好落实。"), "青禾市政府党组扩大会议", "meeting", "扩大会议", "2031-05-13"),
    (_page("上一篇 下一篇 字体：大 中 小", "5月13日，青禾市长柴思雨与江湾商界代表新春午宴，席间交流经济形势。"),
     "江湾商界代表新春午宴", "other", "午宴", "2031-05-13"),
    (_page("登录 注册 简体 繁体", "（青禾日报记者郑立群江湾电）本周一（11日）市长柴思雨到任，昨（13日）青禾市政府党组扩大会议研究全市规划。"),
     "青禾市政府党组扩大会议", "meeting", "扩大会议", "2031-05-13"),  # the nearest day before the word
]

ACT_IDS = ["walked-name", "luncheon", "nearest-day"]


@pytest.mark.parametrize(("text", "title", "kind", "word", "date"), ACTS, ids=ACT_IDS)
def test_a_page_that_reported_nothing_takes_its_lede_act(text: str, title: str, kind: str, word: str, date: str) -> None:
    found = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    (event,) = found.events
    assert (event.title, event.event_type, event.date, event.date_source) == (title, kind, date, "sentence")
    assert [p.rule for p in event.provenance] == [f"event:{LEDE}{word}"]
    (merged,) = merge.merge([found], ()).events  # the rule id reaches the corpus's fact
    assert f"event:{LEDE}{word}" in {p.rule for p in merged.provenance}


NONE = [  # the same lede read where it gives no event
    (_page(MENU, SITTING), None),  # an undated page (B1)
    (_page(MENU, "上午，青禾市政府党组扩大会议研究全市规划编制工作。"), DAY),  # the lede prints no day
    (_page(MENU, "2031年5月14日", "青禾市政府党组扩大会议研究全市规划编制工作。"), DAY),  # a stamp line is no lede
    (_page(MENU, "本报讯 2031年5月13日，青禾市政府党组扩大会议研究全市规划编制工作。"), DAY),  # the dateline's day
    (_page(MENU, "下周一（19日），青禾市政府党组扩大会议将研究全市规划编制工作。"), DAY),  # a day after the page's
    (_page(MENU, "5月13日，青禾市交通委员会曾经举办江湾道路建设座谈会。"), DAY),  # recalled (past marker)
    (_page(MENU, "5月13日，青禾市政府常务会议研究江湾港区建设工作五次。"), DAY),  # a count of sittings
    (_page(MENU, "5月13日，一场签约仪式气氛热烈。"), DAY),  # a kind alone, no gathering's name
    (_page(MENU, "青禾市交通委员会昨（13）日上午到江湾区考察道路建设，由委员柴思雨带队。"), DAY),  # no person acts
    (_page(MENU, "5月13日，青禾市交通委员会已到江湾区考察道路建设三次。"), DAY),  # counted, and no person acts
    (_page(MENU, "5月13日，临江市政府续签了三名顾问。"), DAY),  # a signing of no document: nothing done
]

NONE_IDS = ["undated", "no-day", "stamp", "dateline-day", "later-day", "recalled", "counted", "bare-kind",
            "organ-act", "organ-counted", "no-document"]


@pytest.mark.parametrize(("text", "user_date"), NONE, ids=NONE_IDS)
def test_a_lede_with_no_act_of_its_own_gives_no_event(text: str, user_date: str | None) -> None:
    assert len(_ledes(_events(_page(MENU, SITTING)))) == 1  # the page's act, where the lede tells one
    found = _events(text, user_date)
    assert not _ledes(found), [(e.title, e.date) for e in found]


def test_no_lede_act_once_an_article_drafted_an_event() -> None:
    """The page's own event, drafted by the rules, is its one event: the lede adds none."""
    found = _events(_page(MENU, SITTING, "青禾市长柴思雨13日出席江湾论坛并致辞。"))
    assert not _ledes(found)
    assert "江湾论坛" in {e.title for e in found}


def test_the_headline_act_comes_before_the_lede_act() -> None:
    """A headline naming an act gives the page's event; the lede is read only when none does."""
    found = _events(_page("青禾交通委员视察江湾大桥", SITTING))
    assert [p.rule for e in found for p in e.provenance] == ["event:headline:视察"]


PEOPLE = [  # (page, the people the act's clause names before its word: attended, C4)
    (_page(MENU, "5月13日，青禾市长柴思雨与江湾商界代表新春午宴，席间交流经济形势。"), ["柴思雨"]),
    (_page("登录 注册", "（青禾日报记者郑立群江湾电）5月13日，青禾市政府党组扩大会议研究全市规划编制工作。"), []),
]


@pytest.mark.parametrize(("text", "people"), PEOPLE, ids=["clause-host", "byline-no-one"])
def test_the_lede_act_takes_the_people_its_clause_names(text: str, people: list[str]) -> None:
    (event,) = _ledes(_events(text))
    assert sorted(p.person for p in event.participants) == people
    assert {p.relation for p in event.participants} <= {"attended"}


REFUSALS = [  # (the lede's sentence, the word, why the steps refused it, whether only for where it stands)
    (SITTING, "扩大会议", "unheld", True),
    ("5月13日，青禾市交通委员会曾经举办江湾道路建设座谈会。", "座谈会", "recalled", False),
    ("5月13日，青禾市政府常务会议研究江湾港区建设工作五次。", "常务会议", "recalled", False),
    ("青禾市交通委员会昨（13）日上午到江湾区考察道路建设。", "考察", "no_actor", False),
    ("5月13日，青禾市交通委员会每月到江湾区考察一次道路建设。", "考察", "habit", False),
    ("5月13日，青禾市交通委员会要求做好到江湾区考察、召开座谈会等具体工作。", "考察", "kind_list", False),
    ("5月13日，临江市政府续签了三名顾问。", "续签", "nothing_done", False),
]


@pytest.mark.parametrize(("sentence", "word", "guard", "placing"), REFUSALS,
                         ids=["unheld", "past-marker", "count", "no-actor", "habit", "kinds", "nothing-done"])
def test_a_refusal_says_why(monkeypatch: pytest.MonkeyPatch, sentence: str, word: str, guard: str, placing: bool) -> None:
    """The steps' refusal of the lede's word is typed: its guard, and whether it refused only the word's placing."""
    seen: list[tuple[str, Refusal | None]] = []
    refusal = events_module.refusal

    def spy(*args: object) -> Refusal | None:
        why = refusal(*args)  # type: ignore[arg-type]
        seen.append((args[3].word, why))  # type: ignore[attr-defined]
        return why

    monkeypatch.setattr(events_module, "refusal", spy)
    _events(_page(MENU, sentence))
    (why,) = [w for k, w in seen if k == word]
    assert why is not None and (why.guard, why.placing) == (guard, placing)
