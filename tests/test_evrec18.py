"""Events nobody wrote a rule for (eighth session, lane evrec18: the missed and bogus events of the judge sets
realheld7–9, counted by class across all sets). Invented names, places and dates only; Simplified and
Traditional variants of each class.

1. A release act whose words after the verb announce personnel changes (并发布5项人事异动, 即发布区长人事调动,
   再一次发布新的人令) releases no document, even when its title keeps no object: no event.
2. A bracketed credit opening the lede (【某地/综合报导】, 【记者某某/某地报导】) is the article's dateline: no part of
   the title of an act whose subject the lede's first clause gives.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events as build
from pipeline_probe import of_type

# --- 1. personnel changes announced are no release ---------------------------------------------------------------

PERSONNEL = [
    "江城市政府28日發布人事命令，龔明遠出任秘書長。",
    "临江市政府4月2日发布区长人事调动，涉及8个区。",
    "海州縣府4月15日之後又發布一批人令，局處首長多有更動。",
    "临江县政府28日发布新的人令，林晓峰升任地政局长。",
]


@pytest.mark.parametrize("text", PERSONNEL, ids=["traditional_order", "district_heads", "traditional_again", "new_order"])
def test_personnel_changes_announced_are_no_release(text: str) -> None:
    assert not of_type(build(text), "release")


RELEASES = [
    "新华社江城2031年4月28日电 28日，临江市政府发布《临江市数字经济发展规划》。",
    "新華社江城2031年4月28日電 28日，海州縣政府發布《海州縣人事制度改革方案》。",
]


@pytest.mark.parametrize("text", RELEASES, ids=["plan", "traditional_personnel_reform_document"])
def test_a_document_released_stays_a_release(text: str) -> None:
    assert len(of_type(build(text), "release")) == 1


# --- 2. a bracketed credit opening the lede is no part of an act's title -----------------------------------------

BRACKETED = [
    "【海州/综合报导】临江县临江市长龚明远率团一行12人于4月21日前往海州市访问，与市长柴思雨签署两市友好交流协定。",
    "【海州/綜合報導】臨江縣臨江市長龔明遠率團一行12人於4月21日前往海州市訪問，與市長柴思雨簽署兩市友好交流協定。",
    "【记者林晓峰／江城报导】青禾县长龚明远率团一行于4月21日抵达江城，与江城市长柴思雨签署两地合作备忘录。",
]


@pytest.mark.parametrize("text", BRACKETED, ids=["simplified", "traditional", "reporter_credit"])
def test_a_bracketed_credit_is_no_part_of_a_signings_title(text: str) -> None:
    found = of_type(build(text), "signing")
    assert len(found) == 1
    assert "【" not in found[0].title and "报导" not in found[0].title
    assert found[0].date == "2031-04-21"


# --- 3. a group named by its lead word alone (某某率团) is a visiting group when its leader is printed --------------

LED = [
    ("新华社江城2031年4月28日电 21日，临江市长龚明远率团前往海州市访问。", "龚明远率团前往海州市访问", "2031-04-21"),
    ("新华社江城2031年4月28日电 临江市长龚明远率团一行14人于4月21日前往海州访问。", "龚明远率团前往海州访问", "2031-04-21"),
    ("新華社江城2031年4月28日電 21日，臨江市長龔明遠率團前往海州市訪問。", "龚明远率团前往海州市访问", "2031-04-21"),
    ("新华社江城2031年4月28日电 21日，青禾县长柴思雨率团赴江城考察。", "柴思雨率团赴江城考察", "2031-04-21"),
]


@pytest.mark.parametrize(("text", "title", "day"), LED, ids=["simplified", "group_size", "traditional", "tour"])
def test_a_group_led_by_a_named_person_visits(text: str, title: str, day: str) -> None:
    found = of_type(build(text), "visit")
    assert [(e.title, e.date) for e in found] == [(title, day)]


def test_a_group_led_by_nobody_named_is_no_visit() -> None:
    """率团在某地开展交流的某某在某市考察: the lead word opens an attribute of the person, no group is named."""
    found = build("新华社江城2031年4月28日电 21日，率团在海州开展交流的临江市长龚明远在青禾市考察。")
    assert not of_type(found, "visit") and len(of_type(found, "inspection")) == 1


EARLIER = [
    "新华社江城2031年3月21日电 3月18日至19日，临江市副市长龚明远率临江市政府参访团到海州市交流考察。"
    "龚明远表示，去年10月，海州市市长柴思雨率团到临江考察，促进了双方合作。",
    "新華社江城2031年3月21日電 3月18日至19日，臨江市副市長龔明遠率臨江市政府參訪團到海州市交流考察。"
    "龔明遠表示，去年10月，海州市市長柴思雨率團到臨江考察，促進了雙方合作。",
]


@pytest.mark.parametrize("text", EARLIER, ids=["simplified", "traditional"])
def test_a_visit_dated_apart_from_the_articles_visit_is_another_visit(text: str) -> None:
    found = {(e.date, e.title) for e in of_type(build(text, "2031-03-21"), "visit")}
    assert ("2030-10", "柴思雨率团到临江考察") in found
    assert any(d == "2031-03-18" for d, _ in found)


def test_a_signing_after_a_visit_clause_takes_its_place() -> None:
    """甲率团前往某地访问，与乙签署…协定: the signing's subject and place come from the clause before it."""
    found = of_type(build(BRACKETED[0]), "signing")
    assert found[0].place and "海州" in found[0].place


# --- 4. a zone's acceptance (通过国家/联合/竣工验收) and its approval told passively (某区经国务院批准设立) ----------------

ACCEPTED = [
    ("新华社江城2031年4月28日电 16日，临江保税港区(一期)正式通过国家验收。", "临江保税港区(一期)正式通过国家验收", "2031-04-16"),
    ("新華社江城2031年4月28日電 16日，臨江保稅港區(一期)正式通過國家驗收。", "临江保税港区(一期)正式通过国家验收", "2031-04-16"),
    ("本报讯 4月16日，海州综合保税区通过竣工验收。", "海州综合保税区通过竣工验收", "2031-04-16"),
]


@pytest.mark.parametrize(("text", "title", "day"), ACCEPTED, ids=["state", "traditional", "completion"])
def test_a_zone_passing_its_acceptance_is_an_event(text: str, title: str, day: str) -> None:
    assert [(e.title, e.date) for e in build(text)] == [(title, day)]


APPROVED = [
    ("新华社江城2031年4月28日电 2030年5月，临江保税港区经国务院批准设立，成为第14个保税港区。", "临江保税港区经国务院批准设立", "2030-05"),
    ("新華社江城2031年4月28日電 2030年5月，臨江保稅港區經國務院批準設立，成為第14個保稅港區。", "临江保税港区经国务院批准设立", "2030-05"),
]


@pytest.mark.parametrize(("text", "title", "day"), APPROVED, ids=["simplified", "traditional"])
def test_a_zone_approved_as_its_subject_is_an_event(text: str, title: str, day: str) -> None:
    assert [(e.title, e.date) for e in of_type(build(text), "other")] == [(title, day)]


def test_an_approval_that_sets_up_no_zone_stays_no_event() -> None:
    assert not build("新华社江城2031年4月28日电 2030年5月，临江市经国务院批准设立专题工作组。")


# --- 5. 举办了 before a name shows the event took place, as 举行了 and 召开了 do ------------------------------------------

HELD = [
    ("新华社江城2031年10月13日电 临江市政府12日举办了临江经贸论坛。", "临江经贸论坛"),
    ("新華社江城2031年10月13日電 臨江市政府12日舉辦了臨江經貿論壇。", "临江经贸论坛"),
    ("新华社江城2031年10月13日电 12日，海州市举办了青年创业交流会。", "青年创业交流会"),
]


@pytest.mark.parametrize(("text", "title"), HELD, ids=["simplified", "traditional", "meeting"])
def test_a_name_after_held_with_aspect_is_an_event(text: str, title: str) -> None:
    assert [(e.title, e.date) for e in build(text)] == [(title, "2031-10-12")]


# --- 6. an agreement renewed (续签) is signed: a signing, as 签署/签订 ------------------------------------------------

RENEWED = [
    "新华社江城2031年9月27日电 27日，临江市长龚明远会见海州市长柴思雨一行。会见后，龚明远与柴思雨续签了两市友好城市关系协议书。",
    "新華社江城2031年9月27日電 27日，臨江市長龔明遠會見海州市長柴思雨一行。會見後，龔明遠與柴思雨續簽了兩市友好城市關係協議書。",
    "新华社江城2031年9月27日电 27日，临江市政府与海州集团在江城续签战略合作协议。",
]


@pytest.mark.parametrize("text", RENEWED, ids=["after_talks", "traditional", "bodies"])
def test_an_agreement_renewed_is_a_signing(text: str) -> None:
    found = of_type(build(text, "2031-09-27"), "signing")
    assert [e.date for e in found] == ["2031-09-27"]
    assert "续签" in found[0].title


def test_a_renewal_of_no_agreement_is_no_signing() -> None:
    assert not of_type(build("新华社江城2031年9月27日电 27日，临江市政府续签了三名顾问。", "2031-09-27"), "signing")
