"""levelchains: a post of a ``chain_level`` (州, 盟, 自治区, 镇, 乡) printed bare after another person's chain printed that
level's place (D1: "the title chain").

``siblings`` completes such a post from the chain before it in the same person's chain (某州委副书记、州长 → 某州州长);
a list of people reads one chain per person, so the next person's 州委副书记 or 州长 stayed bare (中共某州委书记甲，
州委副书记、州长乙). The place a chain of the article printed with that level (``ContextPlaces.printed``, kept by
``personrules._remember_places``) completes it; never a place the page names in passing (no chain printed it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicons import cached
from .actorlex import PUNCT, uses, words
from .placecontext import ContextPlaces
from .terms import congress_count, session_number

_NAME_CHARS = 2  # a place's name before its level has two characters at least (某某州, never 广州)


@cached
def _organs() -> tuple[str, ...]:
    """The organs a chain level's organisation may start with (州委, 州政府, 镇人大): built once, as
    ``positions.canonical`` asks for every post."""
    return (*words("level_organs.txt"), *uses("party_organ"), *uses("chain_level_organ"))


def printed_level_place(org: str, head: str, context: ContextPlaces) -> str:
    """``org`` (printed before ``head``, starting with a chain level) completed with the place of that level a
    chain of the article printed; "" when the post names no such level or no chain printed its place."""
    organs = _organs()
    own = next((head[len(w) :] for w in uses("deputy") if head.startswith(w)), head)
    for level in uses("chain_level"):
        rest = org[len(level) :]
        if not (org.startswith(level) or (not org and own.startswith(level))):
            continue
        department = len(level) == 1 and len(rest) >= 2 and rest[0] not in uses("not_level_organ")  # 州公安局局长
        if rest and not rest.startswith(organs) and rest not in uses("bare_modifier") and not department:
            continue  # 自治区代主席: a modifier of the title, not an organisation
        place = context.printed.get(level, "") or context.printed.get(level[-1], "")
        if place.endswith(level) and len(place) - len(level) >= _NAME_CHARS:
            return place + rest
    return ""


def bare_level_organ(org: str) -> bool:
    """``org`` is a chain level alone or with its organ, with no place (州委, 州人大常委会, 自治区, 自治区政府, 镇党委): a
    post of it says nothing of whose post it is (the scorer's bare title), unless a chain printed the place."""
    level = next((w for w in uses("chain_level") if org.startswith(w)), "")
    rest = org[len(level) :]
    return bool(level) and (rest in _organs() or (not rest and len(level) > 1))


def remember_level_place(organization: str, places: ContextPlaces) -> None:
    """A chain's organisation printed with a chain level after a place's name (临江州委, 青禾镇党委): that place is
    the level's for the posts after it (kept under the level itself: 自治区 is no district)."""
    organs = _organs()
    for level in uses("chain_level"):
        at = organization.find(level, _NAME_CHARS)
        rest = organization[at + len(level) :] if at >= 0 else ""
        if at >= 0 and (not rest or rest.startswith(organs)) and level not in uses("place_level"):
            places.printed[level] = organization[: at + len(level)]
            return


def page_level_places(text: str, context: ContextPlaces, has_word: Callable[[str], bool]) -> None:
    """The one place of a chain level of one character (州, 盟, 镇, 乡) the page prints plainly — at a clause start,
    before that level's organ, a session's number or punctuation, named ``_NAMED_TIMES`` times at least or once
    before its own congress's count or term (某镇第N次党代会, 某州第N届人大) — is the
    page's own for its bare posts of that level (某某州委常委、州长甲 … 。州人大常委会主任乙 → 某某州人大常委会主任), as the
    one city or county a page names is for 市长, 县长 (``printedplaces``); two such places leave the level bare."""
    found: dict[str, set[str]] = {}
    deny = words("not_place_chars.txt")
    for m in _page_level_pattern().finditer(text):
        stem, level = m.group(1), m.group(2)
        # its own congress's count or term right after it (中国共产党某镇第N次代表大会, 某州第N届人大常委会): printed once
        own_congress = congress_count().match(text, m.end()) is not None or session_number().match(text, m.end()) is not None
        if set(stem) & deny or has_word(stem) or (text.count(stem + level) < _NAMED_TIMES and not own_congress):
            continue
        found.setdefault(level, set()).add(stem + level)
    for level, places in sorted(found.items()):
        if len(places) == 1 and level not in context.printed:
            context.at[level] = context.printed[level] = next(iter(places))
            context.source_rule[level] = PAGE_RULE


PAGE_RULE = "page.level_place"  # the id a post completed with the page's own place of a chain level carries


def page_rule(place: str, context: ContextPlaces) -> str:
    """``PAGE_RULE`` when ``place`` (a completed organisation) opens with the page's own place of a chain level."""
    for level, own in context.at.items():
        if context.source_rule.get(level) == PAGE_RULE and place.startswith(own):
            return PAGE_RULE
    return ""


_NAMED_TIMES = 2  # a prefecture's name printed once is a place named in passing (并报州人大…: no place at all)


@cached
def _page_level_pattern() -> re.Pattern[str]:
    levels = "".join(re.escape(w) for w in uses("chain_level") if len(w) == 1)
    punct = re.escape("".join(sorted(PUNCT)))
    followers = [w.removeprefix("after:") for w in words("place_cues.txt") if w.startswith("after:")]
    after = "|".join(re.escape(w) for w in sorted({*_organs(), *uses("ordinal"), *followers}, key=len, reverse=True))
    if not levels or not after:
        return re.compile("(?!)")
    cues = [w for w in words("place_cues.txt") if not w.startswith("after:")]
    # after a joiner too (甲州政府与乙州政府): the second place is read, and two places leave the level bare;
    # after a place cue (中国共产党某镇第N次代表大会, 在某镇): where printed places start
    joiners = "".join(f"|(?<={re.escape(w)})" for w in sorted({*words("joiners.txt"), *cues}, key=len, reverse=True))
    # after the county or city it is part of too (某县某镇): a level of a wider place ends a place's name
    wider = "".join(re.escape(w) for w in uses("place_level") if len(w) == 1 and w not in levels)
    return re.compile(
        rf"(?:^|(?<=[{punct}{wider}]){joiners})([\u4e00-\u9fff]{{2,4}}?)([{levels}])(?=[{punct}]|{after}|$)"
    )


def without_sector(place: str) -> str:
    """A place without the sector a member sits for printed before it (``member_sector``: 澳区某省 → 某省)."""
    sector = next((w for w in uses("member_sector") if place.startswith(w) and len(place) > len(w)), "")
    return place[len(sector) :]
