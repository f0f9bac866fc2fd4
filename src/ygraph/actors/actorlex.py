"""actorlex: the actors vocabulary (titles, surnames, places, boundaries) and name/position helpers.

Everything here is data-driven: the words come from ``lexicons/zh/actors/*``; this module only turns
them into automata and small predicates shared by ``mentions``, ``roles`` and ``people``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

import ahocorasick

from .. import lexicons
from ..lexicons import TEXT_KEYS, alternation, cached
from ..punctuation import NAME_PUNCT as PUNCT
from .japanesenames import japanese_surnames, particle_checked
from .terms import is_term, ordinal_given
from .windowed import Window
from .wordstarts import word_start

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NAME_CHARS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·\-－‐]+")  # CJK, the middle dot or a hyphen: one name
_JOINED = re.compile(r"[·\-－‐]")  # what joins the parts of a dotted name
T = TypeVar("T")


@dataclass(frozen=True)
class Title:
    head: str
    single: bool  # one holder at a time
    ellipsis: str  # "place" | "org" | "-"


@cached
def titles() -> dict[str, Title]:
    return {
        row[0]: Title(row[0], row[1] == "single", row[2]) for row in lexicons.load_table("actors/titles.tsv")
    }


@cached
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicons.load_lines("actors/surnames.txt")
    compound = frozenset(n for n in [*names, *japanese_surnames()] if len(n) == 2)  # 渡边: read as compound
    return frozenset(n for n in names if len(n) == 1), compound


@cached
def words(name: str) -> frozenset[str]:
    return frozenset(lexicons.load_lines(f"actors/{name}"))


@cached
def prefix_stop_words() -> tuple[str, ...]:
    """The stop words of prefix_stops.txt (a post starts after them), its ``!`` exceptions left out."""
    return tuple(w for w in words("prefix_stops.txt") if not w.startswith("!"))


@cached
def table(name: str) -> dict[str, str]:
    return {row[0]: row[1] if len(row) > 1 else "" for row in lexicons.load_table(f"actors/{name}")}


@cached  # called in inner loops: one lookup instead of three calls
def uses(use: str) -> tuple[str, ...]:
    """Words of ``actors/word_uses.tsv`` with that use, longest first."""
    return lexicons.word_uses("actors/word_uses.tsv", use)


def any_of(use: str) -> str:
    """A non-capturing alternation of the words of ``use`` (longest first), for a pattern's source."""
    return f"(?:{alternation(uses(use))})"


@cached
def address_forms() -> tuple[str, ...]:
    """Words after a name that are only a form of address (同志: the honorifics.tsv rows without a position)."""
    return tuple(w for w, position in table("honorifics.tsv").items() if position == "-")


@cached
def _not_in_dotted() -> frozenset[str]:
    return frozenset(uses("not_in_dotted_name"))


@cached
def _not_in_name() -> frozenset[str]:
    return frozenset(uses("not_in_name"))


@cached
def place_table(abbreviations: bool = False) -> dict[str, str]:
    """The place table (``actors/places.tsv``): printed name → canonical name. One-character abbreviations
    (京, 沪) only with ``abbreviations``: they are read in an event's place phrase, never in running text."""
    return {
        row[0]: row[1]
        for row in lexicons.load_table("actors/places.tsv")
        if abbreviations or (row[2:3] or ("",))[0] != "abbreviation"
    }


@cached
def province_places() -> frozenset[str]:
    """Canonical names of the province-level places (provinces, municipalities, regions): the vocabulary
    knows all of them, so a bare organ of their level (市政协) may take one from the article."""
    rows = lexicons.load_table("actors/places.tsv")
    return frozenset(row[1] for row in rows if row[2:3] == ("province",))


@cached
def city_provinces() -> dict[str, str]:
    """The gazetteer (``actors/cities.tsv``): a prefecture-level city as printed → its province."""
    return {row[0]: row[1] for row in lexicons.load_table("actors/cities.tsv")}


@cached
def counties() -> dict[str, str]:
    """The county gazetteer (``actors/counties.tsv``): a county-level unit as printed → its province."""
    return {row[0]: row[2] for row in lexicons.load_table("actors/counties.tsv")}


@cached
def city_stems() -> dict[str, str]:
    """A gazetteer city's name without its level (菏泽 → 菏泽市), two characters at least and no place of the
    vocabulary (吉林 is the province's)."""
    known = place_table()
    return {c[:-1]: c for c in city_provinces() if c.endswith(uses("printed_level")) and len(c) > 2 and c[:-1] not in known}


def gazetteer_places(printed: str) -> tuple[str, ...]:
    """The cities and counties of the gazetteer printed in full in ``printed`` (a chain's title), in printed
    order (the innermost last) and once each: never a set, whose order would change with the hash seed."""
    return tuple(dict.fromkeys(w for _, w in sorted(gazetteer_hits(printed))))


def gazetteer_hits(text: str, found: Iterable[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """(end, name) of each city or county of the gazetteer printed in full in ``text``, never where the next
    character makes it part of a word (某市场, 某区域: ``gazetteer_stop``); a county of one character before its
    level (沛县) only after a boundary or a ``short_place_before`` word and never before a ``short_place_stop``
    (代县长, 和县级). ``found``: the cities then the counties the automata find in ``text``, when the article
    was scanned already (``placescan.PlaceScan.gazetteer``)."""
    if found is None:
        found = [*long_hits("cities", text), *long_hits("counties", text)]
    out = []
    for end, word in found:
        after = text[end + 1 : end + 2]
        if after and after in uses("gazetteer_stop"):
            continue
        if len(word) == 2 and not _short_place_read(text, end - 1, after):
            continue
        out.append((end, word))
    return out


def _short_place_read(text: str, start: int, after: str) -> bool:
    before = text[start - 1] if start > 0 else ""
    open_before = not before or not CJK.match(before) or before in uses("short_place_before")
    return open_before and not (after and after in uses("short_place_stop"))


def one_province(text: str, cities: Iterable[tuple[int, str]] | None = None) -> str:
    """The province of the gazetteer cities printed in ``text`` (``cities``: their hits, when scanned
    already) when they are all of one province, else "" (none, or cities of two provinces: never a guess)."""
    hits = long_hits("cities", text) if cities is None else cities
    found = {city_provinces()[w] for _, w in hits}
    return next(iter(found)) if len(found) == 1 else ""


@cached
def provinces() -> tuple[str, ...]:
    """Printed names of the province-level places, longest first."""
    rows = lexicons.load_table("actors/places.tsv")
    return tuple(sorted((row[0] for row in rows if row[2:3] == ("province",)), key=len, reverse=True))


@cached
def short_place(canonical: str) -> str:
    """An event's place: the canonical name's shortest printed form without its level suffix (北京市 → 北京,
    新疆维吾尔自治区 → 新疆, 合肥市 → 合肥)."""
    forms = [printed for printed, full in place_table().items() if full == canonical] or [canonical]
    return strip_place_suffix(min(forms, key=len))


def strip_place_suffix(name: str) -> str:
    """A place name without its province or city suffix (江苏省 → 江苏), itself when nothing is left."""
    suffix = next((w for w in (*uses("province_suffix"), *uses("city_suffix")) if name.endswith(w)), "")
    return name[: len(name) - len(suffix)] or name


@cached
def automaton(kind: str) -> ahocorasick.Automaton:
    """Aho-Corasick over a vocabulary: ``titles``, ``places``, ``cities``, ``counties``, ``city_stems``, ``countries``, ``honorifics``, ``speech``."""
    vocab = {
        "titles": lambda: titles().keys(),
        "places": lambda: place_table().keys(),
        "cities": lambda: city_provinces().keys(),
        "counties": lambda: counties().keys(),
        "city_stems": lambda: city_stems().keys(),
        "countries": lambda: words("countries.txt"),
        "honorifics": lambda: table("honorifics.tsv").keys(),
        "speech": lambda: words("speech_verbs.txt"),
    }[kind]()
    a = ahocorasick.Automaton()
    for w in vocab:
        a.add_word(w, w)
    a.make_automaton()
    return a


@cached
def _window(kind: str) -> Window:
    return Window(automaton(kind), automaton(kind).keys())


def long_hits(kind: str, text: str) -> list[tuple[int, str]]:
    """``automaton(kind).iter_long(text)``, scanning only near the words' last characters (``windowed``)."""
    return _window(kind).hits(text)


def longest_suffix_title(text: str) -> str:
    """The longest title head that ends ``text`` ("" when none)."""
    heads = titles()  # only the lengths of the heads ending with its last character can match (60,000 calls a MB)
    for n in _title_lengths().get(text[-1:], ()):
        if n <= len(text) and text[-n:] in heads:
            return text[-n:]
    return ""


@cached
def _title_lengths() -> dict[str, tuple[int, ...]]:
    """Last character of a title head → the lengths of the heads ending with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for head in titles():
        if head:
            lengths.setdefault(head[-1], set()).add(len(head))
    return {char: tuple(sorted(ns, reverse=True)) for char, ns in lengths.items()}


def opens_with_title(text: str) -> bool:
    """Does ``text`` start with a title head of two characters or more (区长陈: 区长 and a name cut short)?"""
    heads = titles()
    return any(text[:n] in heads for n in range(2, min(len(text), _longest_title()) + 1))


@cached
def _longest_title() -> int:
    return max(map(len, titles()), default=0)


def starts_boundary(text: str, i: int) -> bool:
    """Does a name end right before ``text[i]`` (punctuation, end of text, or a boundary word)?"""
    if i >= len(text) or text[i] in PUNCT or not CJK.match(text[i]):
        return True
    return any(text.startswith(w, i) for w in _boundaries_by_char().get(text[i], ()))


def _boundary_words() -> frozenset[str]:
    """Words a name ends before: ``name_boundaries.txt`` and the honorifics (龚明远同志, 龚明远总书记)."""
    return words("name_boundaries.txt") | frozenset(table("honorifics.tsv"))


@cached
def _boundaries_by_char() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in _boundary_words():
        out.setdefault(w[0], []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_FOREIGN_LONGEST = 5  # a Japanese name after a foreign title: a surname of two and a given name of three


@cached(maxsize=TEXT_KEYS)  # pure in its arguments (and the vocabulary): few strings, tested very often
def plausible_name(name: str, foreign: bool = False) -> bool:
    """A 2-3 character Han name with a known surname (3-4 with a compound one or a minority name's first
    element, ``name_starts.txt``); relaxed after a foreign title."""
    if not _NAME_CHARS.fullmatch(name) or name in _non_names() or ("·" not in name and _JOINED.search(name)):
        return False  # a hyphen only inside a dotted name (某-某某·某某: a double given name)
    if "·" in name:
        parts = _JOINED.split(name)
        return all(parts) and len(name) <= 16 and not set(name) & _not_in_dotted()
    if not _not_in_name().isdisjoint(particle_checked(name)) or is_term(name) or ordinal_given(name):
        return False  # 第五任, 第十届: a holder's term (第五 is also a surname)
    single, compound = surnames()
    if not foreign and _address(name, compound):
        return False
    if foreign:  # relaxed, but never a post joiner opening the next post (某国副首相兼经济大臣)
        return (
            2 <= len(name) <= _FOREIGN_LONGEST
            and _foreign_shape(name, single, compound)
            and not name.startswith(uses("post_joiner"))
            and not name.startswith(uses("motion_verb"))  # 总统访某国: the headline's verb and the country
            and not opens_with_title(name[1:])  # 某董事局副主席, 某委员会委员: an organ's last character and a title
            and not any(name[k : k + 2] in _boundary_words() for k in range(len(name) - 1))  # 某长官离澳期间，
        )
    if word_start(name):
        return False  # 才能, 布置, 来川: a word that starts with a surname character
    if name.endswith(uses("name_never_last")):
        return False  # 某市长安区: a district's name after 市, not a mayor's
    if (name[:2] in compound or name[:2] in words("name_starts.txt")) and 3 <= len(name) <= 4:
        return True  # 欧阳某某; a minority name without a surname (格桑某某)
    return name[0] in single and 2 <= len(name) <= 3


_JAPANESE_LENGTH = 4  # a Japanese name printed whole: a surname of two characters and a given name of two


def _foreign_shape(name: str, single: frozenset[str], compound: frozenset[str]) -> bool:
    """A name read after a foreign title: it opens with a known surname (an Asian name: 阮某某, 渡边某某), is a
    Japanese name of four characters (``japanese_end``), or half its characters or more are of foreign names
    (``foreign_char``): 某国总统专机清晨抵达 names nobody."""
    known = name[0] in single or name[:2] in compound
    japanese = len(name) == _JAPANESE_LENGTH and name.endswith(uses("japanese_end"))  # 峰岸义人
    return known or japanese or 2 * sum(c in uses("foreign_char") for c in name) >= len(name)


def is_non_name(word: str) -> bool:
    """A listed non-name, a verb that ends names, a place or a country."""
    return word in _non_names()


def place_prefix(org: str) -> str:
    """The canonical place an organisation starts with (上海市委 → 上海市), "" when none."""
    places = place_table()
    best = ""
    for end, word in automaton("places").iter(org):
        if end - len(word) + 1 == 0 and len(word) > len(best):
            best = word
    if best:
        return places[best]
    m = _level_place().match(org)
    place = m.group(1) if m else ""
    return place[:-1] if place[-2:-1] == place[-1:] else place  # 某县县委: the place is 某县


@cached
def _level_place() -> re.Pattern[str]:
    organs = alternation(words("level_organs.txt"))
    levels = alternation(uses("place_level"))
    stops = alternation([w for w in words("prefix_stops.txt") if w[0] != "!"])  # 闭幕式由省政协: no place's name
    return re.compile(rf"((?:(?!{stops})[\u4e00-\u9fff]){{2,4}}?(?:{levels}))(?:{organs})")


def is_foreign(org: str) -> bool:
    """Starts with a country, or a former prefix (前) and a country (a lookup per prefix length)."""
    forms, lengths = _country_forms()
    return any(org[:n] in forms for n in lengths)


@cached
def _country_forms() -> tuple[frozenset[str], tuple[int, ...]]:
    forms = frozenset(f for c in words("countries.txt") for f in (c, *(p + c for p in uses("former"))))
    return forms, tuple(sorted({len(f) for f in forms}))


@cached
def _non_names() -> frozenset[str]:
    """Listed non-names, verbs that end names (强调, 指出), places and countries: never a person."""
    return (
        words("not_person.txt")
        | words("speech_verbs.txt")
        | _boundary_words()
        | frozenset(place_table())
        | words("countries.txt")
        | frozenset(row[1] for row in lexicons.load_table("actors/list_leads.tsv"))  # 区领导: a lead, no name
        | frozenset(w for w in uses("post_start") if len(w) > 2)  # 国防部指出: a ministry, no name
    )


def _address(name: str, compound: frozenset[str]) -> bool:
    """Surname + a title or a form of address (李主任, 王总): no given name."""
    rest = name[2:] if name[:2] in compound else name[1:]
    return rest in titles() or rest in words("address_suffixes.txt")


@dataclass(frozen=True)
class FormRow:
    """A row of an ``id<TAB>tag<TAB>pattern`` form table (shared_posts.tsv, respective_forms.tsv): the id reaches
    the fact, the tag says how the stage reads a match."""

    id: str
    tag: str
    pattern: re.Pattern[str]


@cached
def form_rows(table: str) -> tuple[FormRow, ...]:
    return tuple(FormRow(i, tag, re.compile(p)) for i, tag, p in lexicons.load_table(table))


def starts_level(org: str) -> bool:
    """省人大…, 市政协…: the organisation opens with a level character (place_level)."""
    return org[:1] in uses("place_level")
