"""Review of session 8: regressions found in the session's changes (invented text only)."""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.corpus import merge
from ygraph.model import Event, Source
from ygraph.pipeline import process_document

APART = [
    "新华社江城2031年4月28日电 28日，临江集团与海州银行签署战略合作协议。同日，青禾公司与江城大学签署战略合作协议。",
    "新华社江城2031年4月28日电 28日，临江集团与海州银行签署全面战略合作协议。同日，青禾公司与江城大学也签署全面战略合作协议。",
    "新華社江城2031年4月28日電 28日，臨江集團與海州銀行簽署戰略合作協議。同日，青禾公司與江城大學簽署戰略合作協議。",
]


@pytest.mark.parametrize("text", APART, ids=["same_kind", "same_long_name", "traditional"])
def test_two_pairs_signing_one_kind_of_agreement_on_one_day_are_two_signings(text: str) -> None:
    signings = [e for e in facts(text).events if e.event_type == "signing"]
    assert len(signings) == 2


def _corpus_events(pages: list[str]) -> list[Event]:
    found = [process_document(Source(f"p{i}.txt", text, "utf-8", user_date="2031-04-28")) for i, text in enumerate(pages)]
    return list(merge.merge(found, ()).events)


TWO_PLACES = [
    [
        "全省安全生产工作会议在江城召开\n\n全省安全生产工作会议在江城召开。临江省省长龚明远出席会议并讲话。",
        "全省安全生产工作会议在海州召开\n\n全省安全生产工作会议在海州召开。青禾省省长柴思雨出席会议并讲话。",
    ],
    [
        "全省安全生產工作會議在江城召開\n\n全省安全生產工作會議在江城召開。臨江省省長龔明遠出席會議並講話。",
        "全省安全生產工作會議在海州召開\n\n全省安全生產工作會議在海州召開。青禾省省長柴思雨出席會議並講話。",
    ],
]


@pytest.mark.parametrize("pages", TWO_PLACES, ids=["simplified", "traditional"])
def test_two_pages_meetings_dated_by_their_pages_in_two_places_stay_two(pages: list[str]) -> None:
    """The place guard is relaxed for a headline dated by its page against its own page's report only."""
    meetings = [e for e in _corpus_events(pages) if e.event_type == "meeting"]
    assert len(meetings) == 2


BACKGROUND = [
    "新华社江城2031年4月28日电 自两市缔结友好城市以来，双方交流日益密切。",
    "新華社江城2031年4月28日電 自兩市締結友好城市以來，雙方交流日益密切。",
    "新华社江城2031年4月28日电 28日，临江市举行庆祝江城与海州缔结友好城市30周年招待会。",
    "新华社江城2031年4月28日电 自临江集团与海州银行签署战略合作协议以来，双方合作不断深化。",
]


@pytest.mark.parametrize("text", BACKGROUND, ids=["since", "traditional_since", "anniversary", "signed_since"])
def test_a_signing_told_as_background_is_no_signing(text: str) -> None:
    assert not [e for e in facts(text).events if e.event_type == "signing"]


def test_a_twinning_reported_is_still_a_signing() -> None:
    text = "新华社江城2031年4月28日电 28日，江城与海州缔结友好城市。"
    assert [e.title for e in facts(text).events if e.event_type == "signing"] == ["江城与海州缔结友好城市"]


STOPS = [
    "新华社江城2031年4月28日电 4月25日，临江省长龚明远率代表团抵达海州，开始访问。27日，代表团访问了海州港。",
    "新華社江城2031年4月28日電 4月25日，臨江省長龔明遠率代表團抵達海州，開始訪問。27日，代表團訪問了海州港。",
    "新华社江城2031年4月28日电 4月26日至27日，临江省党政代表团赴海州考察访问。28日上午，代表团还访问了海州大学。",
]


@pytest.mark.parametrize("text", STOPS, ids=["first_day_then_stop", "traditional", "range_then_next_day"])
def test_a_later_day_of_the_visit_told_is_no_second_visit(text: str) -> None:
    assert len([e for e in facts(text).events if e.event_type == "visit"]) == 1


def test_an_anniversary_inside_the_agreement_name_is_still_signed() -> None:
    text = "新华社江城2031年4月28日电 28日，龚明远和柴思雨共同签署临江省与海州州结好30周年备忘录。"
    assert len([e for e in facts(text).events if e.event_type == "signing"]) == 1


NO_ZONE_ACCEPTED = [
    "新华社江城2031年4月28日电 全省共有12个项目通过省级验收。",
    "新华社江城2031年4月28日电 龚明远在临江调研时指出，通过国家验收只是第一步。",
    "新華社江城2031年4月28日電 該工程2019年通過竣工驗收後一直運行良好。",
]


@pytest.mark.parametrize("text", NO_ZONE_ACCEPTED, ids=["count", "remark", "traditional_works"])
def test_an_acceptance_passed_by_no_zone_is_no_event(text: str) -> None:
    assert not [e for e in facts(text).events if e.event_type == "other"]


def test_a_zone_passing_its_acceptance_is_an_event() -> None:
    text = "新華社江城2031年4月28日電 28日，臨江綜合保稅區通過國家驗收。"
    assert [e.title for e in facts(text).events if e.event_type == "other"] == ["临江综合保税区通过国家验收"]
