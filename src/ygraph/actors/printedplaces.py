"""printedplaces: the places an article prints with their level (临江市, 青禾县), whether or not the
vocabulary (``places.tsv``) knows them. A bare title (市委常委, 副县长) takes the one place of its level.

A printed place starts after punctuation, the start of the text or a cue (``place_cues.txt``: 中共, 赴,
在…) and is 2-4 characters before a level character, none of them in ``not_place_chars.txt``.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import scan
from ..lexicons import cached
from ..model import Article
from ..punctuation import LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import (
    PUNCT,
    automaton,
    city_provinces,
    longest_suffix_title,
    one_province,
    place_table,
    plausible_name,
    uses,
    words,
)
from .positions import REGION
from .sourceplaces import source_context

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK

_VERB_LISTS = ("prefix_stops.txt", "speech_verbs.txt", "attendance_verbs.txt", "appointment_verbs.txt")


@cached
def _pattern() -> re.Pattern[str]:
    cues = "|".join(f"(?<={re.escape(c)})" for c in sorted(_cues(), key=len, reverse=True))
    punct = re.escape("".join(sorted(PUNCT)))
    starts = "|".join(x for x in (f"(?<=[{punct}])", "^", cues) if x)
    levels = re.escape("".join(uses("printed_level")))  # 市, 县 (word_uses.tsv)
    if not levels:
        return re.compile("(?!)")
    return re.compile(rf"(?:{starts})([\u4e00-\u9fff]{{2,4}}?)([{levels}])")


def printed_places(text: str) -> dict[str, set[str]]:
    """Level character → the places of that level printed in ``text`` (canonical when the vocabulary
    knows them)."""
    known = place_table()
    deny = words("not_place_chars.txt")
    out: dict[str, set[str]] = {}
    for m in scan.finditer(_pattern(), text):
        stem, level = m.group(1), m.group(2)
        cue = next((c for c in _cues() if stem.startswith(c) and len(stem) - len(c) >= 2), "")
        stem = stem[len(cue) :]
        organ = text.startswith(tuple(words("level_organs.txt")), m.end())  # 某某县议会: a place, though 某某 reads as a name
        if set(stem) & deny or longest_suffix_title(stem + level) or _has_word(stem) or (plausible_name(stem) and not organ):
            continue
        if not (m.end() == len(text) or text[m.end()] in PUNCT or text.startswith(_followers(), m.end())):
            continue
        place = known.get(stem + level) or known.get(stem) or stem + level
        if place.endswith(level):
            out.setdefault(level, set()).add(place)
    return out


def sentence_places(text: str, start: int, i: int, places: dict[str, str]) -> dict[str, str]:
    """``places`` with, for each level, the one place of that level the vocabulary knows printed in
    ``text[start:i]`` (中共某市党代会闭幕，甲当选市委书记: the bare post is that city's)."""
    out = dict(places)
    seen: dict[str, set[str]] = {}
    for _, word in automaton("places").iter_long(text[start:i]):
        place = place_table()[word]
        seen.setdefault(place[-1], set()).add(place)
    for level, found in seen.items():
        if len(found) == 1:
            out[level] = out[level + "!"] = next(iter(found))
    return out


def regions(text: str) -> list[tuple[int, str]]:
    """(offset, region) of each place of the vocabulary whose canonical name ends with a region_suffix, by
    its shortest name (香港特区, 香港特别行政区 → 香港: the golds spell a region's titles 香港行政长官)."""
    out = []
    for end, word in automaton("places").iter_long(text):
        place = place_table()[word]
        if place.endswith(uses("region_suffix")):
            out.append((end + 1 - len(word), _short_names()[place]))
    return out


@cached
def _short_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for word, place in sorted(place_table().items(), key=lambda kv: (-len(kv[0]), kv[0])):
        out[place] = word
    return out


def one_region(found: list[tuple[int, str]], start: int, end: int) -> str:
    """The one region named in ``[start, end)``, "" when none or two."""
    names = {place for at, place in found if start <= at < end}
    return next(iter(names)) if len(names) == 1 else ""


def host_places(text: str) -> list[tuple[int, str]]:
    """(offset, place) of each place a delegation visits (a cue of ``host_cues.txt`` right before it, a
    delegation word before the cue in its sentence): the offset is the end of the sentence, from where a
    bare title of the place's level is the host's."""
    out = []
    for cue in _host_words(False):
        short = cue.startswith("short:")
        cue = cue.removeprefix("short:")
        at = text.find(cue)
        while at >= 0:
            start = max((text.rfind(c, 0, at) for c in _SENTENCE_END), default=-1) + 1
            place = _short_city(text, at + len(cue)) if short else _place_at(text, at + len(cue))
            own = next((w for w in _self_words() if text.startswith(w, at + len(cue))), "")
            place = own[-1:] if own else place  # 来我市: a host of that level, the page's own
            if place and any(w in text[start:at] for w in _host_words(True)):
                ends = [k for k in (text.find(c, at) for c in _SENTENCE_END) if k >= 0]
                out.append((min(ends, default=len(text)), place))
            at = text.find(cue, at + 1)
    return sorted(out)


def _short_city(text: str, i: int) -> str:
    """A city printed by its first character after a short cue (来潍考察): the one gazetteer city starting with
    that character that the article prints, else the only one the gazetteer knows; "" when none or two."""
    if i >= len(text):
        return ""
    cities = [c for c in city_provinces() if c.startswith(text[i])]
    printed = [c for c in cities if c in text or c[:2] in text[i + 1 :]]
    found = printed or cities
    return found[0] if len(found) == 1 and found[0].endswith(tuple(uses("city_suffix"))) else ""


@cached
def _host_words(delegation: bool) -> tuple[str, ...]:
    rows = [w for w in words("host_cues.txt") if not w.startswith("self:")]
    return tuple(w.removeprefix("with:") for w in rows if w.startswith("with:") == delegation)


@cached
def _self_words() -> tuple[str, ...]:
    return tuple(w.removeprefix("self:") for w in words("host_cues.txt") if w.startswith("self:"))


def _place_at(text: str, i: int) -> str:
    """The place printed at ``text[i]`` (the vocabulary's longest, else a printed city or county)."""
    known = place_table()
    best = ""
    for end, word in automaton("places").iter(text, i, min(len(text), i + 8)):
        if end - len(word) + 1 == i and len(word) > len(best):
            best = word
    if best:
        return known[best]
    for level, places in printed_places(text[max(0, i - 1) : i + 8]).items():
        for place in places:
            if text.startswith(place, i) and place.endswith(level):
                return place
    return ""


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


def _has_word(stem: str) -> bool:
    return any(w in stem for w in _words_inside())


def context_places(article: Article, text: str = "", masthead: str = "") -> dict[str, str]:
    """Level (省, 市, …) → the place a bare 省长 / 市委书记 refers to in this article.

    A level with one place of that level in the article, or one that dominates it (``_dominant``), gets it
    (an article about one province); an article naming no province but cities of one province (the
    gazetteer) is about that province; a place of the page's source line (in ``text`` or in the furniture
    ``masthead`` the cleaning removed: ``sourceplaces``) wins unless a peer is named as often; the dateline
    place wins. Chains update the map as they are read (``titled``).
    """
    places = place_table()
    seen: dict[str, Counter[str]] = {}
    for _, word in automaton("places").iter_long(text):
        seen.setdefault(places[word][-1], Counter())[places[word]] += 1
    for level, printed in printed_places(text).items():
        counts = seen.setdefault(level, Counter())
        for place in printed:  # a place the vocabulary lacks, counted where printed
            counts[place] = max(counts[place], text.count(place), 1)
    context = {level: place for level, found in seen.items() if (place := _dominant(found))}
    context.update(source_context(text, seen, printed_places(text), masthead))
    province = _cities_province(text)
    if province and province[-1] not in seen:
        context[province[-1]] = province
    region = one_region(regions(text), 0, len(text))
    if region:  # an article naming one special administrative region: its 行政长官 is that region's
        context[REGION] = region
    dateline = places.get(article.place or "", "")
    if dateline:
        context[dateline[-1]] = dateline
    return context


_DOMINANT_TIMES = 3  # a place named this often, and this many times as often as the others of its level together


def _dominant(found: Counter[str]) -> str:
    """The place of a level the article is about: the only one named, or one named at least three times and
    three times as often as all the others of its level (an article about one province that names two
    guests once); "" when no place dominates (never a guess between peers)."""
    (place, n), *others = found.most_common()
    rest = sum(k for _, k in others)
    return place if not rest or (n >= _DOMINANT_TIMES and n >= _DOMINANT_TIMES * rest) else ""


def _cities_province(text: str) -> str:
    """An article that names no province but cities of one province (the gazetteer), at least three times:
    that province's article (two cities of one province signing an agreement); one city named once is no
    evidence of what the article is about."""
    hits = [w for _, w in automaton("cities").iter_long(text)]
    province = one_province(text)
    level = province[-1:]
    return province if len(hits) >= _DOMINANT_TIMES and level in uses("province_suffix") else ""
