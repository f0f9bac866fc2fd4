"""ownerplaces: the place a page prints as the owner of one of its bodies (某县人民政府, 某县第五届人大常委会,
某区公所: ``owner_organs.tsv``). It is the page's own place of that level, printed plainly, so an organ
printed after a bare level (县法院院长, 县政协副主席) takes it as it takes a place printed in a chain,
and a bare title (区长) takes it when the page names no other place of that level.

Read where a clause starts (the start of the text, after punctuation or a place cue), the place 2–4
characters and its level, as ``printedplaces`` reads a place the vocabulary lacks; or anywhere when it is
already the article's one place of that level (辞去某县人民政府县长). Two owners of one level, or an
owner other than the article's place of that level, leave that level as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import scan
from ..lexicons import cached
from ..time.numerals import numeral_characters
from .actorlex import PUNCT, city_provinces, counties, longest_suffix_title, place_table, table, uses, words
from .placecontext import ContextPlaces


@cached
def _organs() -> dict[str, str]:
    """Owner organ → its rule id."""
    return table("owner_organs.tsv")


@cached
def _term() -> str:
    """An optional term between the place and its organ (第五届, 十六届)."""
    ordinal = "|".join(re.escape(w) for w in uses("ordinal"))
    numerals = re.escape(numeral_characters(("digit", "ten")))
    suffix = "|".join(re.escape(w) for w in uses("term_suffix"))
    return f"(?:(?:{ordinal})?[{numerals}0-9]+(?:{suffix}))?" if ordinal and suffix else ""


@cached
def _organ_pattern() -> str:
    return "|".join(re.escape(w) for w in sorted(_organs(), key=len, reverse=True))


@cached
def _clause_pattern() -> re.Pattern[str]:
    punct = re.escape("".join(sorted(PUNCT)))
    levels = re.escape("".join(uses("place_level")))
    organs = _organ_pattern()
    if not organs or not levels:
        return re.compile("(?!)")
    # after a joiner too (甲县政府与乙县政府): the second owner is read, and two owners leave the level alone
    joiners = "".join(f"|(?<={re.escape(w)})" for w in sorted(words("joiners.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[{punct}\n]){joiners})([\u4e00-\u9fff]{{2,4}}?)([{levels}]){_term()}({organs})"
    )


def owner_context(context: ContextPlaces, text: str, has_word: Callable[[str], bool]) -> None:
    """Into ``context``, by level: the one owner place of that level the page prints, as printed (strong) and
    with the organ's rule id as ``source_rule`` (the id reaches a completed role's provenance). ``has_word``:
    a stem holding a verb or a stop word is no place (``printedplaces.stem_has_word``). Owners joined by a
    joiner are both read (甲市政府与乙市政府签约: two governments, no owner)."""
    found: dict[str, dict[str, str]] = {}
    for place, rule in (*_clause_owners(text, has_word), *_article_owners(text, context)):
        found.setdefault(place[-1], {}).setdefault(place, rule)
    for level, owners in sorted(found.items()):
        if len(owners) != 1 or level in context.printed or level in context.source_rule:
            continue
        (place, rule), current = next(iter(owners.items())), context.at.get(level, "")
        if current and current != place:
            continue  # the article's place of that level is another one: no guess between the two
        context.print_place(level, place)
        context.source_rule[level] = rule


def _clause_owners(text: str, has_word: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(place, rule) of each owner printed at a clause start, read as ``printedplaces`` reads a place."""
    known, deny = place_table(), words("not_place_chars.txt")
    out = []
    for m in scan.finditer(_clause_pattern(), text):  # tried near a level character only (scan.needs)
        stem, level = m.group(1), m.group(2)
        if longest_suffix_title(stem + level):
            continue
        place = known.get(stem + level) or known.get(stem) or stem + level
        if not place.endswith(level):
            continue
        # a gazetteer's place is read whatever its characters (晋城市: 城 is a not_place_char of new stems)
        if place in _known_places() or (not set(stem) & deny and _new_place(stem, level, has_word)):
            out.append((place, _organs()[m.group(3)]))
    return out


@cached
def _known_places() -> frozenset[str]:
    return frozenset(place_table().values()) | frozenset(city_provinces()) | frozenset(counties())


def _new_place(stem: str, level: str, has_word: Callable[[str], bool]) -> bool:
    """A place the vocabulary lacks: a short stem holding no word (某某率省政府代表团: a name and a verb) and
    never a province (the vocabulary knows every one)."""
    return len(stem) <= _NEW_STEM and level not in uses("province_suffix") and not has_word(stem)


# four characters before a level are mostly a name and a verb (某某率省政府…), not a place the vocabulary lacks
_NEW_STEM = 3


def _article_owners(text: str, context: ContextPlaces) -> list[tuple[str, str]]:
    """(place, rule) for the article's place of a level printed anywhere right before an owner organ."""
    out = []
    if not _organ_pattern():
        return out
    for place in sorted(context.at.values()):
        organ = _owned_by(text, place)
        if organ is not None:
            out.append((place, _organs()[organ]))
    return out


def _owned_by(text: str, place: str) -> str | None:
    """The owner organ of the first ``place`` printed right before one (an optional term between), None when
    none: ``re.search(place + term + (organ))``'s group, read as the organ's pattern after each occurrence of
    the place (one expression for every place, not one compiled per place)."""
    at, after, n = text.find(place), _organ_after(), len(place)
    while at >= 0:
        m = after.match(text, at + n)
        if m:
            return m.group(1)
        at = text.find(place, at + 1)
    return None


@cached
def _organ_after() -> re.Pattern[str]:
    """An owner organ (an optional term before it), as printed right after a place."""
    return re.compile(rf"{_term()}({_organ_pattern()})")
