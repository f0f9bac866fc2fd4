"""Meetings and courtesy calls between named parties that were missed (ninth session, lane meetcall19).
Invented names, places and dates only; Simplified and Traditional variants of each class.

1. Talks with the leaders of one printed place (…，并与江城市主要领导会面; 與某縣領導會晤): the clause opens
   with a partner word and names no person, only the leaders of a province, city or region; the sentence's
   subject is the actor. Never leaders no place names (部分/不同/有关…领导, 到会的各地市领导), nor talks in
   what someone says (某某表示，下次将与…).
2. Talks announced, not held (``talks_plan`` between the actor and the trigger: 将, 将于, 拟, 计划, 会在, 会与,
   会跟): planned, even on a page that prints no date; a name ends before 会在/会与/会跟 (龚明远会跟…).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events as build
from pipeline_probe import of_type
from ygraph.model import Source
from ygraph.pipeline import process_document

# --- 1. talks with the leaders of one place ----------------------------------------------------------------------

LEADERS = [
    "新华社江城2031年4月28日电 28日，临江省省长龚明远抵达江城，并与江城市领导会面。",
    "新華社江城2031年4月28日電 28日，臨江省省長龔明遠抵達江城，並與江城市委市政府主要領導會晤。",
    "新华社海州2031年4月28日电 28日，海州市长柴思雨前往青禾，同青禾县主要领导会晤，交流合作事宜。",
    "新華社海州2031年4月28日電 28日，江城市長林曉峰到訪臨江，與臨江省委省政府領導會面。",
]


@pytest.mark.parametrize("text", LEADERS, ids=["city", "traditional_city_organs", "county_main", "traditional_province"])
def test_talks_with_the_leaders_of_a_place_are_an_event(text: str) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == 1
    assert found[0].date == "2031-04-28"
    assert len(found[0].participants) == 1


NO_LEADERS_OF_A_PLACE = [
    "新华社江城2031年4月28日电 28日，临江省省长龚明远抵达江城，并与部分参加论坛的市县领导会面。",
    "新華社江城2031年4月28日電 28日，臨江省省長龔明遠抵達江城，並與不同地市領導會晤。",
    "新华社江城2031年4月28日电 28日，临江省省长龚明远抵达江城，并与有关领导会面。",
    "新华社江城2031年4月28日电 28日，临江省省长龚明远表示，下次将与江城市领导会面。",
]


@pytest.mark.parametrize("text", NO_LEADERS_OF_A_PLACE, ids=["some_attending", "traditional_various", "concerned", "said"])
def test_leaders_no_place_names_make_no_talks(text: str) -> None:
    assert of_type(build(text), "talks") == []


# --- 2. talks announced ------------------------------------------------------------------------------------------

ANNOUNCED = [
    ("新华社江城2031年4月28日电 临江省省长龚明远将于5月3日启程前往江城，与江城市委市政府主要领导会晤。", "2031-05-03"),
    ("新華社江城2031年4月28日電 臨江省省長龔明遠將於5月3日啟程前往江城，與江城市長林曉峰會面。", "2031-05-03"),
    ("新华社江城2031年4月28日电 临江市长龚明远会在5月3日举行的江海经贸论坛上致辞，并与江城市领导会面。", "2031-05-03"),
    ("新华社江城2031年4月28日电 海州市长柴思雨今天启程前往青禾，将与青禾县长马一平会晤。", "2031-04-28"),
    ("新華社江城2031年4月28日電 海州市長柴思雨今天啟程前往青禾，將與青禾縣領導會晤。", "2031-04-28"),
]


@pytest.mark.parametrize("text,day", ANNOUNCED, ids=["leaders", "traditional_named", "modal_hui", "same_day", "traditional_same_day_leaders"])
def test_announced_talks_are_planned(text: str, day: str) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == 1
    assert found[0].planned
    assert found[0].date == day


UNDATED_PAGE = [
    "临江市长龚明远明天率团访问江城。期间龚明远会跟江城市长林晓峰会面，并到访当地设施。",
    "臨江市長龔明遠明天率團訪問江城。期間龔明遠會跟江城市長林曉峰會面，並到訪當地設施。",
    "海州市长柴思雨将于下周访问青禾。其间，柴思雨亦会跟青禾县长马一平会晤。",
]


@pytest.mark.parametrize("text", UNDATED_PAGE, ids=["modal_gen", "traditional", "also_modal"])
def test_announced_talks_stay_on_a_page_without_date(text: str) -> None:
    found = of_type(list(process_document(Source("t.txt", text, "utf-8")).events), "talks")
    assert len(found) == 1
    assert found[0].planned and found[0].date is None
    assert {p.person for p in found[0].participants} >= {"林晓峰"} or {p.person for p in found[0].participants} >= {"马一平"}


HELD = [
    "新华社江城2031年4月28日电 28日，临江市长龚明远与江城市长林晓峰会面。",
    "新華社江城2031年4月28日電 28日，臨江市長龔明遠與江城市將台鎮鎮長柴思雨會晤。",
    "新华社江城2031年4月28日电 28日，江城市长龚明远到海州市商会与商会会长柴思雨会面。",
]


@pytest.mark.parametrize("text", HELD, ids=["held", "traditional_plan_character_in_title", "body_name_ends_in_the_modal"])
def test_talks_held_stay_unplanned(text: str) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == 1
    assert not found[0].planned


# --- 3. the subject of a clause opened by its day ------------------------------------------------------------------

DAY_OPENS_SUBJECT = [  # a call on two hosts is two talks (lane evrec38: events/hostcalls.py)
    ("新华社江城2031年4月28日电 临江市长龚明远明天率团访问海州。5月3日龚明远将南下青禾，拜会青禾县长柴思雨、江城市长林晓峰。", "2031-05-03", 2),
    ("新華社江城2031年4月28日電 臨江市長龔明遠明天率團訪問海州。3日龔明遠將南下青禾，拜會青禾縣長柴思雨。", "2031-05-03", 1),
    ("新华社江城2031年4月28日电 28日，海州市长柴思雨抵达青禾，再与青禾县长马一平见面。", "2031-04-28", 1),
]


@pytest.mark.parametrize("text,day,calls", DAY_OPENS_SUBJECT, ids=["list", "traditional", "again_with"])
def test_a_day_opening_the_clause_keeps_its_person_the_subject(text: str, day: str, calls: int) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == calls
    assert all(e.date == day for e in found)
    assert all(e.title.startswith(("龚明远拜会", "柴思雨与马一平")) for e in found)
