"""A bare title after the place its sentence leads with (session 30): 某市召开会议，市长甲出席 — the bare title is
that place's, over the dateline's (新华社某地电 names where the reporter files from). Only a place printed
before the sentence's first title counts, one of its level, and never when a chain read earlier in the sentence
printed another place of that level. Real place names from the gazetteer, invented people and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

_WIRE = "新华社南京2031年5月9日电 "


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("苏州市召开会议，市长龚明远出席。", "龚明远", "苏州市长", id="city-in-full"),
        pytest.param("苏州市召开会议，市长龚明远、副市长柴思雨出席。", "柴思雨", "苏州市副市长", id="second-title"),
        pytest.param("黄冈市召开会议，市长龚明远出席。", "龚明远", "黄冈市长", id="gazetteer-city"),
        pytest.param("苏州市政府召开常务会议，市委副书记、市长龚明远主持。", "龚明远", "苏州市长", id="government-meets"),
    ],
)
def test_the_sentence_s_place_over_the_dateline_s(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(_WIRE + text)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("南京市和苏州市召开会议，市长龚明远出席。", "龚明远", "南京市长", id="two-places-lead"),
        pytest.param("苏州市政府召开常务会议。会议由市长龚明远主持。", "龚明远", "南京市长", id="another-sentence"),
        pytest.param(
            "苏州市委书记龚明远会见临江市委书记林晓峰，市长柴思雨陪同。", "柴思雨", "苏州市长", id="chains-before",
        ),
    ],
)
def test_no_single_leading_place_leaves_the_page_s(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(_WIRE + text)


def test_a_chain_printing_an_unknown_place_before_keeps_its_own() -> None:
    roles = _roles(_WIRE + "苏州市召开会议，临江市委书记林晓峰出席，市长柴思雨陪同。")
    assert ("柴思雨", "苏州市长") not in roles
