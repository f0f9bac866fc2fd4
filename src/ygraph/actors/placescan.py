"""placescan: the places (``places.tsv``), cities (``cities.tsv``), counties (``counties.tsv``) and city
stems an article prints, found with each automaton once per article (``scan_places``) and passed along to
the steps that read them (context places, regions, place lists, place mentions) instead of each scanning the
article again."""

from __future__ import annotations

from dataclasses import dataclass

from .actorlex import long_hits

Hits = tuple[tuple[int, str], ...]  # (end offset, word) of each longest match, in text order


@dataclass(frozen=True)
class PlaceScan:
    """The longest matches of each automaton over one text (``automaton(kind).iter_long``)."""

    places: Hits
    cities: Hits
    counties: Hits
    city_stems: Hits

    @property
    def gazetteer(self) -> Hits:
        """The cities, then the counties (the order ``gazetteer_hits`` reads them in)."""
        return self.cities + self.counties


def scan_places(text: str) -> PlaceScan:
    """Every automaton of places over ``text``, once (``long_hits``: only near the words' last characters
when they end with a few characters, as the cities and counties do)."""
    kinds = ("places", "cities", "counties", "city_stems")
    return PlaceScan(*(tuple(long_hits(kind, text)) for kind in kinds))
