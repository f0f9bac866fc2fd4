"""positions: printed titles → canonical positions (one node per position).

A printed chain element such as ``中共上海市委书记`` becomes ``上海市委书记``; an elliptical one takes what
it lacks from its context (``市长`` after ``上海市委副书记`` → ``上海市长``; ``书记处书记`` after
``…协会党组成员`` → ``…协会书记处书记``). Organisation aliases come from ``actors/org_aliases.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .actorlex import longest_suffix_title, place_prefix, table, titles, uses


@dataclass(frozen=True)
class Position:
    printed: str  # as printed (whitespace removed)
    canonical: str  # e.g. 上海市委书记
    organization: str  # canonical organisation part, "" when none
    head: str  # the title head, e.g. 书记
    place: str  # canonical place the organisation starts with, "" when none
    resolved: bool  # False: a bare title with no organisation found in its context


def _alias(org: str) -> str:
    party = next((p for p in uses("party") if org.startswith(p)), "")
    if party and not org.startswith(uses("party_centre")):
        org = org[len(party) :]
    aliases = table("org_aliases.tsv")
    for alias in sorted(aliases, key=len, reverse=True):
        if org.startswith(alias):
            return aliases[alias] + org[len(alias) :]
    return org


def _collapse(text: str) -> str:
    """临江市 + 市长 → 临江市长 (``level_title`` words after a ``place_level``)."""
    for level in uses("place_level"):
        for head in uses("level_title"):
            text = text.replace(level + level + head, level + head)
    return text


def canonical(printed: str, prev: Position | None, context_places: dict[str, str]) -> Position | None:
    """Canonical form of one chain element; ``prev`` is the element before it in the same chain.

    ``context_places`` maps a level character (省, 市, …) to the last place of that level seen in the
    article (or the dateline place): it resolves a bare 省长 / 市委书记 in an article about one province.
    """
    head = longest_suffix_title(printed)
    if not head:
        return None
    aliases = table("title_aliases.tsv")
    if printed in aliases:
        return Position(printed, aliases[printed], "", head, "", True)
    org = _alias(printed[: -len(head)])
    info = titles()[head]
    if not org or org in uses("bare_organ"):
        level = (org or head)[0]
        if (org or info.ellipsis == "place") and level in uses("place_level"):
            place = (prev.place if prev and prev.place.endswith(level) else "") or context_places.get(
                level, ""
            )
            if place:
                return _make(printed, place + org[1:], head)
        elif prev and prev.organization:
            return _make(printed, prev.organization, head)
        return Position(printed, org + head, "", head, "", False)  # unresolved: never a succession
    return _make(printed, org, head)


def _make(printed: str, org: str, head: str) -> Position:
    bare = org
    for modifier in uses("modifier"):
        bare = bare.removesuffix(modifier)
    return Position(printed, _collapse(org + head), bare, head, place_prefix(org), True)
