"""levelchains: a post of a ``chain_level`` (州, 盟, 自治区, 镇, 乡) printed bare after another person's chain printed that
level's place (D1: "the title chain").

``siblings`` completes such a post from the chain before it in the same person's chain (某州委副书记、州长 → 某州州长);
a list of people reads one chain per person, so the next person's 州委副书记 or 州长 stayed bare (中共某州委书记甲，
州委副书记、州长乙). The place a chain of the article printed with that level (``ContextPlaces.printed``, kept by
``personrules._remember_places``) completes it; never a place the page names in passing (no chain printed it).
"""

from __future__ import annotations

from ..lexicons import cached
from .actorlex import uses, words
from .placecontext import ContextPlaces

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
        if rest and not rest.startswith(organs) and rest not in uses("bare_modifier"):
            continue  # 自治区代主席: a modifier of the title, not an organisation
        place = context.printed.get(level, "") or context.printed.get(level[-1], "")
        if place.endswith(level) and len(place) - len(level) >= _NAME_CHARS:
            return place + rest
    return ""


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
