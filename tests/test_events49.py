"""Events of session 39 (invented text, invented names).

- A round-up of first sessions of several places' people's congresses on one day: an autonomous region's name
  (某某自治区) is the body's place as a province's is, so its session is not merged into another place's
  (events/patterns.tsv body_place; sittings._other_bodies).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import traditional

_ROUND_UP = (
    "新华社江城2031年1月28日电 临江省第九届人民代表大会第一次会议27日选举龚明远为临江省省长。"
    "{region}第九届人民代表大会第一次会议27日选举柴思雨为{region}主席。"
)


@pytest.mark.parametrize("region", ["青禾山自治区", "海州维吾尔自治区", "青禾山自治州"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_sessions_of_a_province_and_an_autonomous_region_stay_two(region: str, script: str) -> None:
    text = _ROUND_UP.format(region=region)
    text = traditional(text) if script == "traditional" else text
    titles = {e.title for e in facts(text, "2031-01-28").events}
    assert len(titles) == 2, titles
