"""sourceplaces: the page's own place read from its source line, masthead or dateline (来源：江城新闻网讯,
江城日报, 据江城电视台报道, 江城讯), with the rows of ``actors/source_places.tsv``.

A stem between a lead (a line start or a lead word) and a suffix is a place when the gazetteer knows it as a
city (江城 → 江城市) or county (counties.tsv), the vocabulary knows it, or the article prints it with its level (江城市). It is the
page's place of its level unless a peer of that level is named as often or more (never a guess).
"""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicons, scan
from ..lexicons import cached
from ..model import Article, Document
from ..text.clean import normalized
from .actorlex import city_provinces, counties, long_hits, place_table, uses
from .placecontext import ContextPlaces


@cached
def _rows() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {"lead": [], "suffix": [], "organ": [], "stamp": []}
    for rule, kind, word in lexicons.load_table("actors/source_places.tsv"):
        out[kind].append((rule, word))
    return {k: tuple(sorted(v, key=lambda r: -len(r[1]))) for k, v in out.items()}


@cached
def _pattern() -> re.Pattern[str]:
    leads = "|".join(re.escape(w) for _, w in _rows()["lead"])
    suffixes = "|".join(re.escape(w) for _, w in _rows()["suffix"])
    if not suffixes:
        return re.compile("(?!)")
    # a stamp's date or clock before the paper (2030-01-23  江城日报) opens it as a line start would
    ends = re.escape("".join(w for _, w in _rows()["stamp"]))
    stamp = rf"[0-9{ends}][ \t\u3000]"
    return re.compile(rf"(?:{leads or '(?!)'}|^|{stamp})[ \t\u3000]*([\u4e00-\u9fff]{{2,4}}?)({suffixes})", re.M)


@cached
def _organ_pattern() -> re.Pattern[str]:
    """A lead word, then a place and its level opening an organ's name (来源：江城市商务局, 来源：沛县人民政府):
    never at a bare line start, where a sentence may open with any place."""
    leads = "|".join(re.escape(w) for _, w in _rows()["lead"])
    organs = "|".join(re.escape(w) for _, w in _rows()["organ"])
    if not leads or not organs:
        return re.compile("(?!)")
    # one character may do here (来源：沛县人民政府): a county of one character, which ``_known`` checks
    return re.compile(rf"(?:{leads})[ \t\u3000]*([\u4e00-\u9fff]{{1,4}}?)({organs})")


def _place(stem: str, text: str, printed: dict[str, set[str]]) -> str:
    """The place ``stem`` names: a gazetteer city or county, a place of the vocabulary, or one printed with a level
    (江城市: a name-like stem that ``printed_places`` declines is still the source's, printed in full)."""
    if len(stem) > 2 and stem.endswith(tuple(uses("printed_level"))):
        return stem  # 来源:江城市新闻中心: printed with its level
    for level in uses("printed_level"):
        if (
            stem + level in city_provinces()
            or stem + level in counties()
            or stem + level in printed.get(level, set())
            or stem + level in text
        ):
            return stem + level
    return place_table().get(stem, "")


def source_places(text: str, printed: dict[str, set[str]], lines: str = "") -> list[tuple[str, str]]:
    """(place, rule id) of each source line / masthead / dateline of ``text`` (or of the furniture ``lines``
    the cleaning removed from it) that names a place."""
    suffix_rule = dict((w, r) for r, w in (*_rows()["suffix"], *_rows()["organ"]))
    out = []
    source = lines + "\n" + text if lines else text
    for m in scan.finditer(_pattern(), source):  # tried where its gate holds only (scan.needs)
        place = _place(m.group(1), text, printed)
        if place:
            out.append((place, suffix_rule[m.group(2)]))
    for m in _organ_pattern().finditer(source):  # 来源：江城市商务局, never 来源：中国市场报 (a known place only)
        place = _known(m.group(1), m.group(2), printed)
        if place:
            out.append((place, suffix_rule[m.group(2)]))
    return out


def _known(stem: str, level: str, printed: dict[str, set[str]]) -> str:
    """The place ``stem`` + ``level`` when the gazetteer, the vocabulary or the article's printed places
    know it (not a mere substring of the text), else ""."""
    place = stem + level
    if place in city_provinces() or place in counties() or place in printed.get(level, set()):
        return place
    known = place_table().get(stem, "")
    return known if known.endswith(level) else ""


def source_context(
    context: ContextPlaces, text: str, seen: dict[str, Counter[str]], printed: dict[str, set[str]], lines: str = ""
) -> None:
    """Into ``context``, by level: the source's place, printed (and ``source_rule`` its rule id) when the
    source names one place of that level and no peer of that level is named as often as it (the source line
    counted once); ``own``: the source's one place of that level even when a peer is named as often (the
    page's own place, read only where the page says so: 来我市)."""
    found: dict[str, dict[str, str]] = {}
    for place, rule in source_places(text, printed, lines):
        found.setdefault(place[-1], {}).setdefault(place, rule)
    for level, places in found.items():
        if len(places) != 1:
            continue
        (place, rule), counts = next(iter(places.items())), _counts(text, seen.get(level, Counter()), level)
        context.own[level] = place  # the page's own place, whatever else it names (来我市: the hosts')
        own = max(counts[place], text.count(place)) + 1
        if all(n < own for p, n in counts.items() if p != place):
            context.print_place(level, place)
            context.source_rule[level] = rule


def _counts(text: str, seen: Counter[str], level: str) -> Counter[str]:
    """``seen`` with the gazetteer's cities of ``level`` printed in ``text`` (a peer the vocabulary lacks)."""
    out = Counter(seen)
    for _, city in long_hits("cities", text):
        if city.endswith(level):
            out[city] = max(out[city], text.count(city))
    return out


def masthead(doc: Document, article: Article) -> str:
    """The original lines of ``article`` (and, for the first article, the lines before it) as the cleaning
    normalized them (Simplified, half-width: converted once, with the document, ``Document.normalized_source``):
    a source line alone on its line (来源：江城日报) is page furniture the cleaning removed."""
    first = article.index == 0
    start = 0 if first else doc.offsets[article.start]
    end = doc.offsets[article.end] if article.end < len(doc.offsets) else len(doc.source.text)
    lines = doc.normalized_source if doc.normalized_source is not None else normalized(doc.source.text)
    return lines[start:end] if end > start else ""
