"""Names and posts of session 46 (invented text, invented names).

- Thanks said to an official (谢谢某市副市长甲) open no post: the post starts after 谢谢 (actors/prefix_stops.txt).
- A response centre (某灾害应变中心指挥官甲) keeps its 应: 应变 is no verb before the post (word_uses.tsv post_lead_not).
- In a list of names after one title, an item that is an organ right before a title (政务委员甲、行政院发言人乙) opens
  a post of its own: the organ is no name (actors/personrules._shared, word_uses.tsv org_end).
- A state post after a post of a foreign party's central organ (某国共产党中央政治局委员、副总理甲) is the country's, not
  the organ's (word_uses.tsv party_organ rows, positions._owner).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_WIRE = "新华社江城2030年5月3日电 "


def _posts(text: str, script: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(in_script(_WIRE + text, script), "2030-05-03").roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("thanks", ["谢谢", "感谢"])
def test_thanks_open_no_post(thanks: str, script: str) -> None:
    posts = _posts(f"甲方表示，{thanks}江城市副市长林晓峰、江城市秘书长柴思雨的协助。", script)
    assert posts == {("林晓峰", "江城市副市长"), ("柴思雨", "江城市秘书长")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_response_centres_post(script: str) -> None:
    assert _posts("出席者包括江城灾害应变中心指挥官柴思雨。", script) == {("柴思雨", "江城灾害应变中心指挥官")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("organ", ["行政院", "监察院"])
def test_an_organ_before_a_title_is_no_name_in_a_list(organ: str, script: str) -> None:
    text = f"包括政务委员吴启航、{organ}发言人宁可心、经济部长陈大川也在座。"
    found = facts(in_script(_WIRE + text, script), "2030-05-03")
    assert {p.name for p in found.people} == {"吴启航", "宁可心", "陈大川"}
    assert ("宁可心", f"{organ}发言人") in {(r.person, r.position) for r in found.roles}


def test_a_name_list_after_one_title_goes_on() -> None:
    assert _posts("政务委员吴启航、宁可心、陈大川出席。", "simplified") == {
        ("吴启航", "政务委员"),
        ("宁可心", "政务委员"),
        ("陈大川", "政务委员"),
    }


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("party", ["越南共产党", "老挝人民革命党"])
def test_a_state_post_after_a_foreign_partys_organ(party: str, script: str) -> None:
    country = party[:2]
    posts = _posts(f"前来迎接的有{party}中央政治局委员、副总理柴思雨。", script)
    assert posts == {("柴思雨", f"{party}中央政治局委员"), ("柴思雨", f"{country}副总理")}


def test_a_party_title_after_a_foreign_partys_organ_stays_in_it() -> None:
    posts = _posts("前来迎接的有越南共产党中央政治局委员、常委柴思雨。", "simplified")
    assert ("柴思雨", "越南共产党中央政治局委员") in posts
    assert all(not p.startswith("越南常委") for _, p in posts)
