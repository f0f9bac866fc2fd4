"""Event precision (session 22, evprec32). Invented text only.

1. An announcement with no document (events/guards.news_only; words: events/word_uses.tsv ``announces`` and
   ``release_object``): an announcing verb (发布, 公布) whose clause names neither a 《title》 nor a document word
   announces news, information or a personnel decision (公布二轮人事任命, 发布某某调任的消息, 发布任命令), an
   appointment told with no session (docs/gold-conventions.md A6): no release event. A release naming a document
   (《…》 or 规划, 公告, 白皮书…) stays an event.
2. An event a dated report leaves undated (events/plandays.unplaced): whatever the reading could not date in a
   report that has a date is told as no happening of the report (a recalled act, a session named as background)
   or is a happening whose date was not read: no event (A1). An undated page keeps its undated events (B1), a
   plan keeps the reading of A3 (plandays.dateless), and 近日 early in January stays undated (B2).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "江城日报2031年6月26日 "
PAGE_DAY = "2031-06-26"

NOTHING_RELEASED = [
    DAY + "26日，江城市政府发布了人事变动的消息：海州市副市长柴思雨将出任江城市委秘书长。",
    DAY + "临江县政府26日公布一级主管名单，三名副县长分别由现任副县长连任。",
    DAY + "临江市政府公布二轮政治任命 郑立群任市长助理",
    DAY + "海州政府周一(6/19)发布任命令，任命郑立群为市府新闻处处长。",
    DAY + "26日，青禾县政府发布了最新防汛信息，全县转移群众三百人。",
]


@pytest.mark.parametrize("text", NOTHING_RELEASED)
def test_an_announcement_with_no_document_is_no_release(text: str) -> None:
    assert not [e.title for e in built_events(text, PAGE_DAY) if e.event_type == "release"]


DOCUMENTS_RELEASED = [
    # near misses: a document named in the clause, by its title or by a document word
    (DAY + "江城市统计局26日发布《江城市统计公报》。", "release"),
    (DAY + "临江市政府26日发布江城新区发展规划。", "release"),
    (DAY + "临江市人民政府26日公布松岩港建设实施方案。", "release"),
]


@pytest.mark.parametrize(("text", "kind"), DOCUMENTS_RELEASED)
def test_a_document_announced_stays_a_release(text: str, kind: str) -> None:
    assert [e.title for e in built_events(text, PAGE_DAY) if e.event_type == kind]


def _events(text: str, day: str | None = None) -> dict[str, str | None]:
    return {e.title: e.date for e in process_document(Source("t.txt", text, "utf-8", user_date=day)).events}


UNPLACED = [
    # (text, the page's date, a word no event's title holds)
    ("2031年6月9日，临江省委书记林晓峰来到青禾县松岩村与村民共商发展。临江省政协主席龚明远曾到海州开展调研活动。",
     "2031-06-10", "龚明远"),
    ("本报讯 3月24日，临江省发改委举行新闻发布会。林晓峰指出，十四届临江省人大四次会议审议通过了规划纲要。",
     "2031-03-30", "人大"),
    ("海州新闻\n发布时间：2030-01-26\n\n局长林晓峰巡视了街市。局长龚明远曾先后视察多个口岸。", None, "龚明远"),
]


@pytest.mark.parametrize(("text", "day", "never"), UNPLACED)
def test_an_event_a_dated_report_leaves_undated_is_no_event(text: str, day: str | None, never: str) -> None:
    assert not [t for t in _events(text, day) if never in t]


KEPT_UNDATED = [
    # near misses: a page that prints no year keeps its undated events; 近日 early in January gives no date (B2)
    ("本报讯 5月8日，江城论坛在江城举行。", None, "江城论坛"),
    ("江城報訊 近日，臨江市代表團赴江城考察訪問。", "2031-01-05", "代表团"),
]


@pytest.mark.parametrize(("text", "day", "title"), KEPT_UNDATED)
def test_an_undated_page_or_a_recent_word_keeps_its_undated_event(text: str, day: str | None, title: str) -> None:
    assert [d for t, d in _events(text, day).items() if title in t] == [None]
