"""shortposts: one post printed in full and short in one report (某数位发展部长 / 数发部长, 某县政府综合发展处处长 /
综发处处长, 某市义勇消防总队长 / 某义消总队长): for successions the short spelling is the full one.

A report names a body in full once and then by its contraction, the first character of each two-character word
(数位|发展 → 数发); the two holders of the post are then printed with two spellings of one post and never met
as one. The contraction is read only inside one article, where the full name is printed: a short name alone is
ambiguous. A party committee and one of its organs (某市委 / 某市纪委) are no contraction (one character between).
A body printed without its place (保安司司长, 市交通局局长) beside the same body printed after a place (某地保安司司长,
某市交通局局长) in one report is that place's too (succ29).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..actors.actorlex import longest_suffix_title, place_prefix, uses, words
from ..actors.contractions import contracts
from ..model import RoleClaim
from .postkeys import single_post


def spelled_in_full(roles: list[RoleClaim], placed: bool = False) -> list[RoleClaim]:
    """The claims with each contracted post of an article replaced by the one full post it contracts there
    (the full post's organisation too), and with ``placed`` each post printed without its place by the one
    post printed with it there; every other claim as it was."""
    full: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    for r in roles:
        if r.organization and single_post(r):
            full[(r.provenance.file, r.provenance.article)].add((r.position, r.organization))
    out = []
    for r in roles:
        posts = full.get((r.provenance.file, r.provenance.article), set())
        longer = [p for p in posts if contracts(r.position, p[0])] if r.organization else []
        longer = longer or ([p for p in posts if _placed(r, *p)] if placed else [])
        if len(longer) == 1:
            ((position, organization),) = longer
            r = replace(r, position=position, organization=organization)
        out.append(r)
    return out


def _placed(claim: RoleClaim, position: str, organization: str) -> bool:
    """``claim``'s post is ``position`` printed without the place it opens with: the same organisation after a
    place, and no place of its own (保安司司长 / 某地保安司司长)."""
    levels = tuple(uses("place_level"))
    own = claim.organization or _level_body(claim.position, levels)
    extra = len(organization) - len(own)
    if not own or extra <= 0 or not position.endswith(claim.position) or not organization.endswith(own):
        return False
    if place_prefix(own):
        return False
    place = organization[: extra + 1] if own.startswith(levels) else organization[:extra]
    return bool(place_prefix(organization)) or (len(place) > 2 and place.endswith(levels))


_LEAST_BODY = 3  # 市某局: a level and a body of two characters at least (市委 alone is a bare organ)


def _level_body(position: str, levels: tuple[str, ...]) -> str:
    """The body of a post printed after its level alone (市交通局局长 → 市交通局), which has no organisation."""
    stem = position[: len(position) - len(longest_suffix_title(position))]
    return stem if stem.startswith(levels) and len(stem) >= _LEAST_BODY and stem[1:] not in words("level_organs.txt") else ""
