"""printedplaces: the places an article prints with their level (临江市, 青禾县), whether or not the
vocabulary (``places.tsv``) knows them. A bare title (市委常委, 副县长) takes the one place of its level.

A printed place starts after punctuation, the start of the text or a cue (``place_cues.txt``: 中共, 赴,
在…) and is 2-4 characters before a level character, none of them in ``not_place_chars.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from .. import scan
from ..lexicons import TEXT_KEYS, alternation, cached
from ..model import Article
from ..punctuation import LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from . import provincepick
from .actorlex import (
    PUNCT,
    automaton,
    city_provinces,
    city_stems,
    counties,
    gazetteer_hits,
    longest_suffix_title,
    place_table,
    plausible_name,
    uses,
    words,
)
from .councils import article_council
from .countycities import own_county_city
from .definedaliases import defined_aliases
from .hostheads import host_institution
from .levelchains import page_level_places
from .ownerplaces import owner_context
from .parties import article_party, committee_party
from .placecontext import ContextPlaces
from .placescan import Hits, PlaceScan, scan_places
from .regiontitles import abbreviated_regions, home_region, page_nation, page_state, region_short_names
from .shortcities import short_governments
from .sourceplaces import source_context
from .terms import congress_count, session_number, session_source

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK

_VERB_LISTS = ("prefix_stops.txt", "speech_verbs.txt", "attendance_verbs.txt", "appointment_verbs.txt")


@cached
def _pattern() -> re.Pattern[str]:
    cues = "|".join(f"(?<={re.escape(c)})" for c in sorted(_cues(), key=len, reverse=True))
    punct = re.escape("".join(sorted(PUNCT)))
    starts = "|".join(x for x in (f"(?<=[{punct}])", "^", cues) if x)
    levels = re.escape("".join((*uses("printed_level"), *uses("gazetteer_level"))))  # 市, 县; 区 (word_uses.tsv)
    if not levels:
        return re.compile("(?!)")
    return re.compile(rf"(?:{starts})([\u4e00-\u9fff]{{2,4}}?)([{levels}])")


def printed_places(text: str) -> dict[str, set[str]]:
    """Level character → the places of that level printed in ``text`` (canonical when the vocabulary
    knows them)."""
    out: dict[str, set[str]] = {}
    for level, place, _ in _printed(text):
        out.setdefault(level, set()).add(place)
    return out


def session_places(text: str, found: PlaceScan | None = None) -> dict[str, set[str]]:
    """Level character → the places printed before a session's number and their own organ (某县N届人大常委会…): the page's own congress, so the place its bare organs (县法院, 县科协) belong to."""
    out: dict[str, set[str]] = {}
    for level, place, termed in _printed(text):
        if termed:
            out.setdefault(level, set()).add(place)
    hits = gazetteer_hits(text, found.gazetteer if found is not None else None)  # the article's scan, when given
    for end, place in hits:  # 会议决定某县第N届人民代表大会…: a county the gazetteer knows
        after = _past_term(text, end + 1)
        if after > end + 1 and text.startswith(_followers(), after):
            out.setdefault(place[-1], set()).add(place)
    return out


def _named_again(text: str, stem: str, level: str) -> bool:
    """A place printed before a session's number only counts when the vocabulary knows it or the page names it
    again (某县N届人大…任命甲为某县监委委员), or the county gazetteer knows it (中共某某区第N届委员会)."""
    known = stem + level in place_table() or stem in place_table() or stem + level in counties()
    return known or text.count(stem + level) >= _NAMED_AGAIN


_NAMED_AGAIN = 2


@cached
def _own_session() -> re.Pattern[str]:
    punct = re.escape("".join(sorted(PUNCT)))
    levels = alternation(uses("place_level"))
    organs = alternation(_followers())
    return re.compile(rf"(?:^|(?<=[{punct}]))({levels})(?={session_source()}(?:{organs}))")


def own_session_levels(text: str) -> set[str]:
    """The levels printed bare before a session's number and an organ at a clause start (县N届人大…召开会议): the page is that level's own body's, so the one place of that level it names is its own."""
    return {m.group(1) for m in scan.finditer(_own_session(), text)}


def _printed(text: str) -> list[tuple[str, str, bool]]:
    """(level, place, printed before a session's number) of each place ``text`` prints with its level."""
    known = place_table()
    deny = words("not_place_chars.txt")
    out: list[tuple[str, str, bool]] = []
    for m in scan.finditer(_pattern(), text):
        stem, level = m.group(1), m.group(2)
        if level in uses("gazetteer_level") and (stem + level not in counties() or _past_term(text, m.end()) == m.end()):
            continue  # 某景区, 某开发区: only a district the gazetteer knows, before its committee's term (中共某区第N届)
        cue = next((c for c in _cues() if stem.startswith(c) and len(stem) - len(c) >= 2), "")
        stem = stem[len(cue) :]
        organ = text.startswith(tuple(words("level_organs.txt")), m.end())  # 某某县议会: a place, though 某某 reads as a name
        if set(stem) & deny or longest_suffix_title(stem + level) or _has_word(stem) or (plausible_name(stem) and not organ):
            continue
        after = _past_term(text, m.end())
        own = congress_count().match(text, m.end())  # 某县第N次党代会: the place's own congress
        if not (own or m.end() == len(text) or text[m.end()] in PUNCT or text.startswith(_followers(), after)):
            continue
        if after > m.end() and not text.startswith(_followers(), m.end()) and not _named_again(text, stem, level):
            continue  # 开好市十七届人大…: a verb before the level, printed once, is no place
        place = known.get(stem + level) or known.get(stem) or stem + level
        if place.endswith(level):
            out.append((level, place, after > m.end()))
    return out


def sentence_places(text: str, start: int, i: int, places: ContextPlaces) -> ContextPlaces:
    """``places`` with, for each level, the one place of that level the vocabulary knows printed in
    ``text[start:i]`` (中共某市党代会闭幕，甲当选市委书记: the bare post is that city's)."""
    out = places.copy()
    table = place_table()
    for level, place in _one_per_level(table[word] for _, word in automaton("places").iter_long(text[start:i])).items():
        out.print_place(level, place)
    return out


def _one_per_level(printed: Iterable[str]) -> dict[str, str]:
    """Level character → the place ``printed`` holds for it, for the levels it holds one place of."""
    seen: dict[str, set[str]] = {}
    for place in printed:
        seen.setdefault(place[-1], set()).add(place)
    return {level: next(iter(found)) for level, found in seen.items() if len(found) == 1}


def subject_hits(text: str, found: PlaceScan) -> Hits:
    """(end, place) of every place of the vocabulary or the gazetteer ``text`` prints in full, in text order:
    where a sentence's subject may name its place (never a city's stem alone: 大庆 in 建市大庆日)."""
    table = place_table()
    hits = [(end, table[word]) for end, word in found.places]
    hits += gazetteer_hits(text, found.gazetteer)
    return tuple(sorted(set(hits)))


def subject_places(hits: Hits, start: int, first_title: int, i: int, places: ContextPlaces) -> ContextPlaces:
    """``places`` with, for each level, the one place of that level the sentence prints before its first title
    (``subject_hits`` ending in ``text[start:first_title]``; ``start`` past the dateline): a bare title after
    it is that place's (某市召开会议，市长甲、副市长乙出席), over the dateline's. Unchanged when a place is
    printed after the first title and before ``i`` (another chain's: 某市委书记甲与某市委书记乙，市长丙), or
    two places of a level lead the sentence."""
    lo = bisect_left(hits, (start,))
    hi = bisect_left(hits, (first_title,), lo)
    if lo == hi or bisect_left(hits, (i,), hi) > hi:
        return places
    one = _one_per_level(place for _, place in hits[lo:hi])
    if all(places.at.get(level) == place for level, place in one.items()):
        return places
    out = places.copy()
    for level, place in one.items():
        out.print_place(level, place)
    return out


def regions(text: str, places: Hits | None = None) -> list[tuple[int, str]]:
    """(offset, region) of each place of the vocabulary whose canonical name ends with a region_suffix, by
    its shortest name (香港特区, 香港特别行政区 → 香港: the golds spell a region's titles 香港行政长官).
    ``places``: the vocabulary's places in ``text``, when scanned already (``PlaceScan.places``)."""
    out = []
    for end, word in automaton("places").iter_long(text) if places is None else places:
        place = place_table()[word]
        if place.endswith(uses("region_suffix")):
            out.append((end + 1 - len(word), region_short_names()[place]))
    return sorted(out + [(at, region_short_names()[region]) for at, region in abbreviated_regions(text)])


def one_region(found: list[tuple[int, str]], start: int, end: int) -> str:
    """The one region named in ``[start, end)``, "" when none or two."""
    names = {place for at, place in found if start <= at < end}
    return next(iter(names)) if len(names) == 1 else ""


def sentence_region(text: str, e: int, named: list[tuple[int, str]]) -> str:
    """The one special administrative region the sentence of ``text[e]`` names (某特区政府代表团…行政长官甲)."""
    if not named:
        return ""
    start = max(text.rfind(c, 0, e) for c in _SENTENCE_END) + 1
    ends = [k for k in (text.find(c, e) for c in _SENTENCE_END) if k >= 0]
    return one_region(named, start, min(ends, default=len(text)))


def under_known_city(place: str, places: ContextPlaces) -> bool:
    """A city the gazetteer (cities.tsv, prefecture-level) lacks, printed while the page's city of that level
    is one it knows: a county-level city under it, never the page's city for the bare titles after."""
    current = places.at.get(place[-1], "")
    return bool(current) and current != place and current in city_provinces() and place not in city_provinces()


def _past_term(text: str, i: int) -> int:
    """Past a session's number printed right after a place's level (某县N届人大…: the place's own
    congress of that term), else ``i``."""
    m = session_number().match(text, i)
    return m.end() if m else i


@cached
def _cues() -> tuple[str, ...]:
    return tuple(w for w in words("place_cues.txt") if not w.startswith("after:"))


@cached
def _followers() -> tuple[str, ...]:
    return tuple(w.removeprefix("after:") for w in words("place_cues.txt") if w.startswith("after:"))


@cached
def _words_inside() -> tuple[str, ...]:
    """Verbs and stop words (a stem holding one is no place: 当选市委…, 听取市…) and the places the
    vocabulary knows (上述重庆市 is 重庆市, read by the vocabulary)."""
    out = set(place_table())
    for name in _VERB_LISTS:
        out |= words(name)
    return tuple(sorted(w for w in out if len(w) > 1 or w in words("prefix_stops.txt")))


@cached(maxsize=TEXT_KEYS)  # pure in ``stem``: an article tests the same few stems again and again
def _has_word(stem: str) -> bool:
    return _inside()(stem)  # thousands of words: one automaton pass, not a substring test each


@cached
def _inside() -> scan.Printed:
    return scan.Printed(_words_inside())


stem_has_word = _has_word  # sessions: 听取了省…会议 is no session's name


def context_places(article: Article, text: str = "", masthead: str = "", found: PlaceScan | None = None) -> ContextPlaces:
    """By level (省, 市, …), the place a bare 省长 / 市委书记 refers to in this article.

    A level with one place of that level in the article, or one that dominates it (``_dominant``), gets it
    (an article about one province); an article naming no province but cities of one province (the
    gazetteer) is about that province; a place of the page's source line (in ``text`` or in the furniture
    ``masthead`` the cleaning removed: ``sourceplaces``) wins unless a peer is named as often; the dateline
    place wins. Chains update the places as they are read (``titled``). ``dominant``: a dominant place named
    at least three times (an organ after a bare level, 市政协, may take it). ``found``: the places of
    ``text``, when scanned already (``placescan``).
    """
    found = found or scan_places(text)
    places = place_table()
    seen: dict[str, Counter[str]] = {}
    for _, word in found.places:
        seen.setdefault(places[word][-1], Counter())[places[word]] += 1
    for place, n in gazetteer_counts(text, found).items():  # a city or county the vocabulary lacks, printed in full
        counts = seen.setdefault(place[-1], Counter())
        counts[place] = max(counts[place], n)
    for level, printed in printed_places(text).items():
        counts = seen.setdefault(level, Counter())
        for place in printed:  # a place the vocabulary lacks, counted where printed
            counts[place] = max(counts[place], text.count(place), 1)
    at = {level: place for level, found in seen.items() if (place := _dominant(found))}
    for level in uses("province_suffix"):  # peers: the province of the city the acts happen in (在某市会见)
        if level in seen and level not in at and (met := provincepick.met_in_province(text, found.places, seen[level])):
            at[level] = met
    provincepick.outside_province(at, seen)  # 省长甲…某直辖市疏解…的机遇: the bare 市委书记 is of no city named in passing
    context = ContextPlaces(at, dominant={level: p for level, p in at.items() if _plainly(p, seen[level])})
    for level, own in session_places(text, found).items():  # 某县N届人大…。县法院院长甲: that county's
        if len(own) == 1 and ((at.get(level) in own and len(seen.get(level, ())) == 1) or not seen.get(level)):
            context.print_place(level, next(iter(own)))  # (or the one printed so, no other of its level)
    for level in own_session_levels(text):  # 县N届人大… on a page naming one county: that county's
        if len(seen.get(level, ())) == 1 and at.get(level) and level not in context.printed:
            context.print_place(level, at[level])
        elif not seen.get(level) and (own := _named_by_stem(text, found, level)):
            context.print_place(level, own)  # 区N届人大…辞去某某区人民政府区长…融入某某: the district printed once
    provincepick.organ_province(text, context, seen)  # 某省委常委…省委组织部副部长甲: that province's department
    source_context(context, text, seen, printed_places(text), masthead)
    provincepick.counties_city(found, context)  # 在某区举行…某某分会场: the counties' city, named by its stem
    province = provincepick.cities_province(text, found.cities)
    if province and province[-1] not in seen:
        context.at[province[-1]] = province
    region = one_region(regions(text, found.places), 0, len(text)) or home_region(text)  # 离港期间: its own
    if region:  # an article naming one special administrative region: its 行政长官 is that region's
        context.region = region
    dateline = places.get(article.place or "", "")
    if dateline:
        context.at[dateline[-1]] = dateline
    provincepick.district_city(text, context)  # 南京玄武区…市委组织部副部长 under a relayed dateline (某社北京电): 南京市
    own_county_city(text, context)  # 我市 of a county-level city, its prefecture a superior (省委、某市委)
    owner_context(context, text, _has_word)  # 某县人民政府, 某县第5届人大常委会: the page's own place
    page_level_places(text, context, _has_word)  # 某某州 named twice, no other 州: its bare 州长 (roles32)
    context.government = _local_government(text, context.at)
    context.council, context.state = article_council(text), page_state(text)
    context.party, context.nation = article_party(text), page_nation(text)
    context.committee_party = committee_party(text)  # 组发会主委 on a page naming one party: never a city's
    context.aliases = defined_aliases(text)  # 某某股份有限公司（以下简称“公司”）…公司董事长: that company's
    context.institution = host_institution(text)  # 某大学召开会议…校长甲: that university's
    return context


_OWN_TIMES = 3  # a government printed beside others is the page's own when named this often and this much more


def _local_government(text: str, at: dict[str, str]) -> str:
    """The one place of ``department_government`` whose government ``text`` prints: with its name (台南市政府,
    金门县府), by its short form (中市府, 南市某局) or bare (市府, 县政府) where the article's place of that level is
    one; "" for none or two."""
    organs = (*uses("government"), *uses("government_short"))
    printed = {p for p in uses("department_government") if any(p + organ in text for organ in organs)}
    bare = {p for level, p in at.items() if p in uses("department_government") and any(level + o in text for o in organs)}
    governments = printed | bare | short_governments(text)  # 中市府, 南市某局: a city printed short
    return next(iter(governments)) if len(governments) == 1 else _own_government(text, governments)


def _own_government(text: str, governments: set[str]) -> str:
    """Of several governments printed, the one the page is about: its place's name (without the level, so
    中市府 and 台中市长 count for 台中市) printed ``_OWN_TIMES`` times and that many times as often as any
    other (a page on 台中市's reshuffle that names a newcomer's former 彰化县府 post); "" when none leads so."""
    counts = sorted(((text.count(g[:-1]), g) for g in governments if len(g) > 2), reverse=True)
    if len(counts) < 2:
        return ""
    (top, place), (second, _) = counts[0], counts[1]
    return place if top >= _OWN_TIMES and top >= _OWN_TIMES * max(second, 1) else ""


def gazetteer_counts(text: str, found: PlaceScan | None = None) -> Counter[str]:
    """How often each city (``cities.tsv``) or county (``counties.tsv``) of the gazetteer is named in ``text``:
    a prefecture or county-level city by its name without the level as well (荆州 is 荆州市, 桐乡 桐乡市),
    a 县, 区 or 旗 only printed in full (its stem is often a word: 古城区 and 古城风貌, 港口区 and 港口吞吐量;
    ``stem_level``); never where the next character makes it part of a word (某市场, 某区域, 某县级). A place
    named once is named in passing: not counted. ``found``: the places of ``text``, when scanned already."""
    found = found or scan_places(text)
    full = Counter(word for _, word in gazetteer_hits(text, found.gazetteer))
    for _, city in found.city_stems:
        full[city_stems()[city]] += 0  # a city named by its stem only (菏泽) is counted below
    out: Counter[str] = Counter()
    cities = city_provinces()
    for place, n in full.items():
        stem = place[:-1]
        by_stem = place in cities or place.endswith(uses("stem_level"))
        by_stem = by_stem and len(stem) >= _STEM_CHARS
        out[place] = max(n, text.count(stem) - _inside_others(found, stem, place) if by_stem else 0)
    return Counter({place: n for place, n in out.items() if n >= _NAMED_TIMES})


def _inside_others(found: PlaceScan, stem: str, place: str) -> int:
    """How often ``stem`` is printed inside another known place's name (鞍山 in 马鞍山): no mention of ``place``."""
    return sum(1 for _, w in found.places if stem in w and len(w) > len(stem) and place_table()[w] != place)


def _named_by_stem(text: str, found: PlaceScan, level: str) -> str:
    """The one gazetteer place of ``level`` printed in full, once at least, whose stem the page names again
    (某某区 once, 某某 three times); "" when none or two."""
    full = {word for _, word in gazetteer_hits(text, found.gazetteer) if word.endswith(level)}
    named = [p for p in full if len(p) - 1 >= _STEM_CHARS and text.count(p[:-1]) >= _NAMED_TIMES]
    return named[0] if len(full) == 1 and len(named) == 1 else ""


_STEM_CHARS = 2  # a stem this long at least is counted without its level (菏泽, never 沛)
_NAMED_TIMES = 2  # a gazetteer place named fewer times than this is named in passing




def _plainly(place: str, found: Counter[str]) -> bool:
    """The article is plainly about ``place``: named three times (and dominating), or a county of the gazetteer
    (counties.tsv) named twice with no other place of its level (a county's own report: 某县2016年预算的报告)."""
    n = found[place]
    return n >= provincepick.DOMINANT_TIMES or (n >= _NAMED_TIMES and len(found) == 1 and place in counties())


def _dominant(found: Counter[str]) -> str:
    """The place of a level the article is about: the only one named, or one named at least three times and
    three times as often as all the others of its level (an article about one province that names two
    guests once); "" when no place dominates (never a guess between peers)."""
    (place, n), *others = found.most_common()
    rest = sum(k for _, k in others)
    return place if not rest or (n >= provincepick.DOMINANT_TIMES and n >= provincepick.DOMINANT_TIMES * rest) else ""
