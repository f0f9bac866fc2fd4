"""provincepick: the province a bare provincial title (省长, 省人大常委会副主任) refers to when the article's
provinces do not settle it by their counts (``printedplaces.context_places``): the province of the cities it
names (the gazetteer), or of the city its acts happen in."""

from __future__ import annotations

from collections import Counter

from .actorlex import city_provinces, one_province, place_table, uses
from .placescan import Hits

DOMINANT_TIMES = 3  # a place named this often, and this many times as often as the others of its level together


def cities_province(text: str, cities: Hits) -> str:
    """An article that names no province but cities of one province (the gazetteer), at least three times:
    that province's article (two cities of one province signing an agreement); one city named once is no
    evidence of what the article is about."""
    hits = [w for _, w in cities]
    province = one_province(text, cities)
    level = province[-1:]
    return province if len(hits) >= DOMINANT_TIMES and level in uses("province_suffix") else ""


def met_in_province(text: str, places: Hits, peers: Counter[str]) -> str:
    """Of provinces named as peers (the hosts' and the visitors' origin: 省人大常委会副主任甲在某市会见某省参访团),
    the one whose city the article's acts happen in (``place_lead`` 在 right before the city); "" when the cities
    so printed are of no peer or of two provinces (never a guess)."""
    table, provinces = place_table(), city_provinces()
    met = {
        provinces[table[word]]
        for end, word in places
        if text.endswith(uses("place_lead"), 0, end - len(word) + 1) and table.get(word, "") in provinces
    }
    return next(iter(met)) if len(met) == 1 and next(iter(met)) in peers else ""
