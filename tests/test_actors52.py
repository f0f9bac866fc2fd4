"""Actors of session 42 (invented text, invented names).

- A stamp's date or clock right before the paper's name (2030-01-23   某某日报   记者 某某) opens the source line as
  a line start would: the paper's city is the page's (actors/sourceplaces.py).
- 决定 before a level (会议决定市五届人大…举行, a deck 决定市…) is a verb, never the stem of a place 决定市
  (prefix_stops.txt).
- A known name, an adverb a name ends before, then a speech verb (渡边某則表示) gives the known name: a Japanese
  surname no longer reads the adverb as the second character of a given name (personcues._known_before_boundary);
  more common Japanese surnames (surnames_japanese.txt).
- A gazetteer's city that owns a body at a clause start (某城市政府举行市长办公会议) is the page's city whatever its
  characters: 城 denies only places the gazetteer lacks (ownerplaces._clause_owners).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _roles(text: str, script: str = "simplified") -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(in_script(text, script), "2030-01-23").roles}


@pytest.mark.parametrize("stamp", ["2030-01-23", "2030-01-23 08:15", "2030年01月23日"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_stamp_before_the_paper_names_the_page_city(stamp: str, script: str) -> None:
    text = f"本市要闻\n  • {stamp}   芜湖日报   记者 林小山\n市人大常委会第五次会议昨天召开。市人大常委会副主任柴思雨主持会议。"
    assert ("柴思雨", "芜湖市人大常委会副主任") in _roles(text, script)


def test_a_decision_verb_before_a_level_is_no_place() -> None:
    text = (
        "本市要闻\n决定市五届人大三次会议于3月举行\n2030-01-23 芜湖日报\n市五届人大常委会第五次会议昨天召开。会议决定市五届人大三次会议于3月举行。"
        "会议还决定市政府副市长人选。市人大常委会副主任柴思雨主持会议。"
    )
    roles = _roles(text)
    assert ("柴思雨", "芜湖市人大常委会副主任") in roles
    assert not any(position.startswith("决定") for _, position in roles)


@pytest.mark.parametrize("name", ["渡边健", "森山健", "欧阳健"])
@pytest.mark.parametrize("adverb", ["则", "也"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_adverb_after_a_known_name_is_no_part_of_it(name: str, adverb: str, script: str) -> None:
    text = (
        f"本报讯 访华的海州国众议院议员{name}与江城市委书记龚明远会面。龚明远希望双方深化合作。"
        f"{name}{adverb}表示，愿推动两地交流。"
    )
    names = {p.name for p in facts(in_script(text, script), "2030-07-23").people}
    assert name in names
    assert name + adverb not in names


@pytest.mark.parametrize("city", ["运城", "聊城", "白城"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_gazetteer_city_owning_a_body_names_the_page_city(city: str, script: str) -> None:
    text = f"{city}市政府举行市长办公会议\n\n本报讯 2月11日，市长龚明远主持市长办公会议。副市长柴思雨参加会议。"
    assert {("龚明远", f"{city}市长"), ("柴思雨", f"{city}市副市长")} <= _roles(text, script)
