"""countycities: the page of a county-level city (counties.tsv rows ending in 市), whose bare 市 titles are that
city's: one naming its prefecture only as a superior beside the province (省委、某市委的部署), or one printing 我市
and naming the city in its body by its name alone (扎根某某) while no city of the vocabulary is printed
(docs/gold-conventions.md D1). Rows: ``actors/county_cities.tsv``; called by ``printedplaces.context_places``."""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import cached
from ..punctuation import LIST_MARK
from .actorlex import city_provinces, city_stems, longest_suffix_title, surnames
from .placecontext import ContextPlaces

_LIST_SPAN = 15  # characters of one superior's name before the 、 that lists the next one (省某届人大某次会议、)
_STEM_TIMES = 2  # a county-level city named by its name alone this often is the page's (once is in passing)


@cached
def _kinds() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in lexicons.load_table("actors/county_cities.tsv"):
        out.setdefault(row[1], []).append(row[0])
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in out.items()}


def _level() -> str:
    """The level character of a county-level city (市)."""
    return next(iter(_kinds().get("level", ())), "")


@cached
def _county_cities() -> dict[str, str]:
    """County-level city (full name) → its prefecture (counties.tsv)."""
    level = _level()
    rows = lexicons.load_table("actors/counties.tsv")
    return {row[0]: row[1] for row in rows if level and row[0].endswith(level) and len(row[0]) > 2}


def _superior(text: str, city: str) -> bool:
    """``city`` printed after 、 in a list of bodies a superior lead opens (省委、某市委; 省…会议、某市…会议); a chain of
    posts (省委常委、某市委书记) is no such list."""
    leads = "|".join(map(re.escape, _kinds().get("superior_lead", ())))
    if not leads:
        return False
    pattern = re.compile(rf"((?:{leads})[\u4e00-\u9fff0-9]{{0,{_LIST_SPAN}}}?){LIST_MARK}{re.escape(city)}")
    return any(not longest_suffix_title(m.group(1)) for m in pattern.finditer(text))


def _named(text: str, city: str, times: int) -> bool:
    """``city`` printed in full, or by its name without the level at least ``times`` times, never right after a
    surname (杜某某: a person's name holding the city's)."""
    if city in text:
        return True
    single, _ = surnames()
    stem, seen, at = city[:-1], 0, text.find(city[:-1])
    while at >= 0 and seen < times:  # str.find, not a pattern per city: this runs over every county-level city
        seen += text[at - 1 : at] not in single
        at = text.find(stem, at + len(stem))
    return seen >= times


def _prefecture_named(text: str) -> bool:
    """A prefecture-level city of the gazetteer printed, in full or by its name (some other city's page)."""
    return any(c in text for c in city_provinces()) or any(s in text for s in city_stems())


def own_county_city(text: str, context: ContextPlaces) -> None:
    """Give the article's bare 市 titles the county-level city the page is about (see the module): under a
    prefecture named as a superior, its one county-level city the page names (else none: the titles stay bare);
    on a 我市 page with no city of the level, the one county-level city named by its name twice."""
    level = _level()
    current = context.at.get(level, "")
    if current in city_provinces() and _superior(text, current):
        children = [c for c, parent in _county_cities().items() if parent == current and _named(text, c, 1)]
        context.at.pop(level, None)
        context.printed.pop(level, None)
        if len(children) == 1:
            context.print_place(level, children[0])
    elif not current and any(cue in text for cue in _kinds().get("own_cue", ())) and not _prefecture_named(text):
        named = [c for c in _county_cities() if _named(text, c, _STEM_TIMES)]
        if len(named) == 1:
            context.print_place(level, named[0])
