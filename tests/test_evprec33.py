"""Event precision and duplicates (session 23, evprec33). Invented text only.

1. An act told beside the ceremony held for it (events/rites.py; words: events/word_uses.tsv ``rite_signing``,
   ``rite_release``, ``rite_opening``): a signing, release or opening act of an article that also names the one
   gathering held for that act (签约仪式, 发布会, 揭牌仪式) on an agreeing day is that gathering's own act, not a
   second event (docs/gold-conventions.md A4): its people and documents join the gathering. Two such gatherings,
   another kind of act, or disagreeing days keep the act apart.
2. An event dated only by whole years counted back from the page (events/plandays.unplaced; events/patterns.tsv
   ``years_back``: 去年, 前年, 3年前, with no month or day): a speaker's or the report's recollection, no happening
   of the report (docs/gold-conventions.md A1), on a dated page or an undated one. A printed year (2029年) or a
   day counted back (去年5月10日) stays an event, dated.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "新华社江城2031年6月9日电 "
PAGE_DAY = "2031-06-09"

ONE_RITE = [
    # (text, the gathering's title that remains)
    (DAY + "江城临江签署合作协议 / 两市8日在青禾会堂举行文旅合作备忘录签署仪式，"
     "江城市长林晓峰和临江市长龚明远签署合作备忘录。", "文旅合作备忘录签署仪式"),
    (DAY + "江城港口合作周开幕式暨签约仪式8日在青禾会堂举行，两市企业签订了3份合作协议。 / "
     "江城市长林晓峰出席并致辞。", "江城港口合作周开幕式暨签约仪式"),
    (DAY + "临江市政府新闻办8日召开新闻发布会，发布《临江市数字经济发展规划》。", "临江市政府新闻办新闻发布会"),
    (DAY + "青禾产业园区正式启用 / 青禾县今日举行青禾产业园区揭牌仪式，由县长林晓峰主持揭牌。",
     "青禾产业园区揭牌仪式"),
]


@pytest.mark.parametrize(("text", "title"), ONE_RITE)
def test_an_act_beside_its_ceremony_is_that_ceremony(text: str, title: str) -> None:
    assert [e.title for e in built_events(text, PAGE_DAY)] == [title]


def test_the_ceremony_takes_the_act_people_and_documents() -> None:
    found = built_events(DAY + "临江市政府新闻办8日召开新闻发布会，发布《临江市数字经济发展规划》。", PAGE_DAY)
    assert [p.title for e in found for p in e.policies] == ["临江市数字经济发展规划"]
    assert all(p.rule.startswith(("event:name:", "event:rite:")) for e in found for p in e.provenance)


APART = [
    # near misses: two ceremonies of the kind (which one?), no ceremony of the kind, days that disagree
    DAY + "江城市政府8日举行文旅合作签约仪式，并举行港口合作签字仪式。林晓峰与龚明远8日签署合作备忘录。",
    DAY + "江城市政府8日举行文旅合作座谈会。林晓峰与龚明远8日签署合作备忘录。",
    DAY + "江城市政府5月20日举行文旅合作签约仪式。林晓峰与龚明远8日签署合作备忘录。",
]


@pytest.mark.parametrize("text", APART)
def test_an_act_with_no_one_ceremony_of_its_day_stays_apart(text: str) -> None:
    assert [e for e in built_events(text, PAGE_DAY) if e.event_type == "signing" and "签署" in e.title]


RECALLED = [
    DAY + "林晓峰讲话时提到，3年前，她在江城水利工作会议上曾经提出，要修好临江大堤。",
    DAY + "龚明远回忆说，前年，他在海州出席临江发展论坛。",
    DAY + "去年，龚明远在海州主持召开临江发展座谈会。",
    "江城日报 5月8日 / 去年，龚明远在海州主持召开临江发展座谈会。",
]


@pytest.mark.parametrize("text", RECALLED)
def test_an_event_dated_by_whole_years_back_is_recalled(text: str) -> None:
    assert built_events(text, PAGE_DAY if text.startswith(DAY) else None) == []


DATED_BACK = [
    # near misses: a day counted back, a printed year
    (DAY + "去年5月10日，龚明远在海州主持召开临江发展座谈会。", "2030-05-10"),
    (DAY + "2029年，龚明远在海州主持召开临江发展座谈会。", "2029"),
]


@pytest.mark.parametrize(("text", "date"), DATED_BACK)
def test_a_day_counted_back_or_a_printed_year_stays_an_event(text: str, date: str) -> None:
    assert [e.date for e in built_events(text, PAGE_DAY)] == [date]
