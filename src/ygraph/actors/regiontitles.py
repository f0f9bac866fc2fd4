"""regiontitles: the bare titles of the one government a page is about (docs/gold-conventions.md D2): 行政长官 of
the one special administrative region the page names; 总统, 副总统 printed bare on a Taiwanese page, which are
中华民国's (issue 13, lane roles24; tests/test_roles24.py); 总理, 委员长 printed bare on a page of the mainland's
own, which are its national bodies' (lane roles28; tests/test_roles28.py)."""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import alternation, cached
from .actorlex import place_table, uses, words
from .placecontext import ContextPlaces


def region_of(printed: str, context: ContextPlaces) -> str:
    """The government a bare ``printed`` title belongs to on this page, or ""."""
    if printed in uses("region_title"):
        return context.region
    if printed in uses("state_title"):
        return context.state
    return national_titles()[0].get(printed, "") if printed in context.nation else ""


@cached
def national_titles() -> tuple[dict[str, str], tuple[str, ...]]:
    """``national_titles.tsv``: a bare national title → its organisation (总理 → 国务院), and the cue words."""
    rows = lexicons.load_table("actors/national_titles.tsv")
    return {r[0]: r[2] for r in rows if r[1] in _TITLE_KINDS}, tuple(r[0] for r in rows if r[1] == "cue")


_TITLE_KINDS = ("title", "body_title")


@cached
def _body_titles() -> tuple[str, ...]:
    """The ``body_title`` rows: posts of a national body no foreign government prints bare (委员长, 国务委员)."""
    return tuple(r[0] for r in lexicons.load_table("actors/national_titles.tsv") if r[1] == "body_title")


def page_nation(text: str) -> tuple[str, ...]:
    """The bare national titles that are the mainland's on this page: all of them when it prints a cue (国务院,
    党中央 …) and nothing that makes a bare 总理 another government's (no country of countries.txt, no Taiwanese
    ``state_cue``, no title only a foreign government or Taiwan has: ``foreign_head``, ``state_title``: 首相, 总统);
    on a page naming a country only as a treaty party or a visit's goal, the ``body_title`` rows (委员长, 国务委员);
    none when a country prints a national title of its own in its clause (某国总理)."""
    titles, cues = national_titles()
    if not any(t in text for t in titles) or not any(c in text for c in cues):
        return ()
    if any(w in text for w in (*uses("state_cue"), *uses("foreign_head"), *uses("state_title"))):
        return ()
    if not any(w in text for w in words("countries.txt")):
        return tuple(titles)
    return () if _foreign_national_title().search(text) else _body_titles()


_CLAUSE_ENDS = re.escape("，,。；;！!？?：:\n")
_COUNTRY_TO_TITLE = 20  # characters of one clause between a country and a title of its own (某国党中央某委员、副总理)


@cached
def _foreign_national_title() -> re.Pattern[str]:
    """A country followed in its clause by a national title (某国总理, 某国国务委员会委员长, 某国党中央委员、副总理): a
    bare 总理 or 委员长 of that page may be that country's. A country named elsewhere (a treaty with it, a visit to it)
    leaves the bare titles the mainland's."""
    countries, titles = alternation(words("countries.txt")), alternation(national_titles()[0])
    return re.compile(rf"(?:{countries})[^{_CLAUSE_ENDS}]{{0,{_COUNTRY_TO_TITLE}}}?(?:{titles})")


@cached
def region_named(org: str) -> str:
    """The short name of the special administrative region ``org`` names whole (香港特区 → 香港), or ""."""
    place = place_table().get(org, "")
    if not place.endswith(uses("region_suffix")):
        return ""
    return min((w for w, p in place_table().items() if p == place), key=lambda w: (len(w), w))


def page_state(text: str) -> str:
    """中华民国 (``state_name``) when the page reads as Taiwanese: it prints a ``state_cue`` word (行政院, 立法院,
    台北, 高雄 …) and a bare state title, and no country's (某国总统: a bare 总统 there may be that one's); "" else."""
    titles = uses("state_title")
    if not any(t in text for t in titles) or not any(w in text for w in uses("state_cue")):
        return ""
    if any(c + t in text for c in words("countries.txt") for t in titles):
        return ""
    return next(iter(uses("state_name")), "")


def home_region(text: str) -> str:
    """The one region a page names as left or returned to by its abbreviation (离港期间, 返港: ``region_home``
    before it): the page's own, whose bare 行政长官 it means though it names another region elsewhere; "" else."""
    home = {region for at, region in abbreviated_regions(text) if text.endswith(uses("region_home"), 0, at)}
    return region_short_names()[next(iter(home))] if len(home) == 1 else ""


def abbreviated_regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) of each region ``text`` names by its abbreviation after a word of going (离港期间, 抵澳)."""
    return [(m.start(1), _region_abbreviations()[m.group(1)]) for m in _abbreviated().finditer(text)]


@cached
def _region_abbreviations() -> dict[str, str]:
    """A region's one-character abbreviation (港, 澳: places.tsv ``abbreviation``) → the region."""
    return {k: v for k, v in place_table(True).items() if len(k) == 1 and v.endswith(uses("region_suffix"))}


@cached
def _abbreviated() -> re.Pattern[str]:
    """A region's abbreviation after a ``region_motion`` word and before no ``region_abbreviation_stop`` (离港期间)."""
    short, motion = "".join(_region_abbreviations()), alternation(uses("region_motion"))
    stops = re.escape("".join(uses("region_abbreviation_stop")))
    return re.compile(f"(?:{motion})([{short}])(?![{stops}])") if short and stops else re.compile("(?!)")


@cached
def region_short_names() -> dict[str, str]:
    """A place's shortest printed name (香港特别行政区 → 香港: the golds spell a region's titles 香港行政长官)."""
    out: dict[str, str] = {}
    for word, place in sorted(place_table().items(), key=lambda kv: (-len(kv[0]), kv[0])):
        out[place] = word
    return out
