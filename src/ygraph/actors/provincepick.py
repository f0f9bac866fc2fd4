"""provincepick: the province or city a bare title (省长, 市委组织部副部长) refers to when the article's places do not
settle it by their counts or its dateline (``printedplaces.context_places``): the province of the cities it names
(the gazetteer), or of the city its acts happen in; the city of the district the page is about, or of the
counties it names with the city's stem."""

from __future__ import annotations

from collections import Counter

from .. import lexicons
from ..lexicons import cached
from .actorlex import city_provinces, city_stems, one_province, place_table, uses, words
from .placecontext import ContextPlaces
from .placescan import Hits, PlaceScan

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



def outside_province(at: dict[str, str], seen: dict[str, Counter[str]]) -> None:
    """Drop the city a bare 市 title would take when it is named once and lies outside the province the bare 省
    titles take (省长甲…抓住某直辖市疏解…的机遇: the page's 市委书记 is of a city of its province, unnamed): a
    municipality, of a province's rank itself, or a city the gazetteer puts in another province."""
    province = next((at[level] for level in uses("province_suffix") if len(level) == 1 and level in at), "")
    for level in uses("city_suffix"):
        city = at.get(level, "")
        if not city or not province or seen.get(level, Counter())[city] > 1:
            continue
        owner = city_provinces().get(city) or (city if city in _municipalities() else "")
        if owner and owner != province:
            del at[level]


@cached
def _municipalities() -> frozenset[str]:
    """The places of a province's rank whose name ends with a city's level (places.tsv): cities of no province."""
    rows = lexicons.load_table("actors/places.tsv")
    ends = uses("city_suffix")
    return frozenset(row[1] for row in rows if row[2:3] == ("province",) and row[1].endswith(ends))


def district_city(text: str, context: ContextPlaces) -> None:
    """A page plainly about one district or county (``dominant``) that prints that unit's own city (南京玄武区…
    市委组织部副部长甲): a bare title of the city's level is that city's, not the dateline's (某社北京电 relaying
    another city's report)."""
    for place in context.dominant.values():
        city = _county_cities().get(place, "")
        if city and city != place and city[:-1] in text:
            context.print_place(city[-1], city)


def counties_city(found: PlaceScan, context: ContextPlaces) -> None:
    """A page naming no city in full but counties of one city (the gazetteer) and that city by its stem (某区…
    在某某分会场): the city a bare 市委书记 belongs to (a city named only through one of its counties is not)."""
    city = next(iter(at)) if len(at := {_county_cities().get(w, "") for _, w in found.counties}) == 1 else ""
    level = city[-1:]
    if city and level not in context.at and any(city_stems()[stem] == city for _, stem in found.city_stems):
        context.at[level] = city


def organ_province(text: str, context: ContextPlaces, seen: dict[str, Counter[str]]) -> None:
    """The one province an article names, printed with its own organ (某省委常委, 某省政府): the province of its
    bare level organs' departments too (省委组织部副部长甲 → 某省委组织部副部长), as a chain printing it would make
    it (``ContextPlaces.printed``); never where two provinces are named."""
    for level in uses("province_suffix"):
        # places are seen by their level's last character (区 holds 某自治区 and districts): those of this level
        places = Counter({p: n for p, n in seen.get(level[-1], Counter()).items() if p.endswith(level)})
        if len(places) != 1 or level in context.printed:
            continue
        place = next(iter(places))
        if place.endswith(level) and any(place + organ in text for organ in words("level_organs.txt")):
            context.print_place(level, place)


@cached
def _county_cities() -> dict[str, str]:
    """The county gazetteer (``actors/counties.tsv``): a county-level unit → its prefecture-level city."""
    return {row[0]: row[1] for row in lexicons.load_table("actors/counties.tsv")}
