"""Event precision (session 22, evprec32). Invented text only.

1. An announcement with no document (events/guards.news_only; words: events/word_uses.tsv ``announces`` and
   ``release_object``): an announcing verb (发布, 公布) whose clause names neither a 《title》 nor a document word
   announces news, information or a personnel decision (公布二轮人事任命, 发布某某调任的消息, 发布总统令), an
   appointment told with no session (docs/gold-conventions.md A6): no release event. A release naming a document
   (《…》 or 规划, 公告, 白皮书…) stays an event.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "江城日报2031年6月26日 "
PAGE_DAY = "2031-06-26"

NOTHING_RELEASED = [
    DAY + "26日，江城和松岩两市发布了新任市委书记调任的消息：海州市副市长柴思雨任江城市委书记。",
    DAY + "临江县政府26日公布一级主管名单，三名副县长分别由现任副县长连任。",
    DAY + "临江市政府公布二轮政治任命 郑立群任市长助理",
    DAY + "总统府周五(6/23)发布总统令，特任郑立群为行政院发言人。",
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
