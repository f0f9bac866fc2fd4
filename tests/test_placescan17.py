"""Issue 17 (throughput): an article's places, cities, counties and city stems are scanned once
(actors/placescan.scan_places) and the scan is passed to the steps that read them. Each step given the scan
must read exactly what it read when it scanned the text itself. Invented text, real place names."""

from __future__ import annotations

import pytest

from ygraph.actors.actorlex import automaton, gazetteer_hits, one_province
from ygraph.actors.enumerations import place_items
from ygraph.actors.personrules import titled
from ygraph.actors.placescan import scan_places
from ygraph.actors.printedplaces import context_places, gazetteer_counts, regions
from ygraph.model import Article

TEXTS = [
    "岳麓区召开推进会。区长龚明远出席并讲话，为岳麓区发展鼓劲，长沙市、株洲市代表参加。",
    "淳安县与桐庐县签约，杭州市、宁波市的代表出席，淳安县、桐庐县代表讲话，沛县也派员参加。",
    "香港特区行政长官林晓峰与澳门特别行政区代表会见。黄冈、鄂州的代表以及临江的林晓峰、海州的柴思雨出席。",
    "滁州舉行項目簽約。常務副市長林曉峰出席，滁州各區縣代表參加，某市場不是地名。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_scan_is_each_automaton_s_longest_matches(text: str) -> None:
    found = scan_places(text)
    for kind in ("places", "cities", "counties", "city_stems"):
        assert getattr(found, kind) == tuple(automaton(kind).iter_long(text))
    assert found.gazetteer == found.cities + found.counties


@pytest.mark.parametrize("text", TEXTS)
def test_each_step_reads_the_same_from_the_scan(text: str) -> None:
    found = scan_places(text)
    assert gazetteer_hits(text, found.gazetteer) == gazetteer_hits(text)
    assert one_province(text, found.cities) == one_province(text)
    assert regions(text, found.places) == regions(text)
    assert gazetteer_counts(text, found) == gazetteer_counts(text)
    assert place_items(text, found) == place_items(text)
    article = Article(0, 0, len(text), "", None, None, "none")
    places = context_places(article, text, "", found)
    assert places == context_places(article, text)
    assert titled(text, places, found) == titled(text, places)


def test_a_scan_of_another_text_is_read_as_given() -> None:
    """The scan is data, not a cache: given a scan without the city, the step does not find it."""
    text = "杭州市和宁波市的代表出席。"
    assert one_province(text) == "浙江省"
    assert one_province(text, scan_places("").cities) == ""
