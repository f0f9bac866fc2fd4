"""shortposts: one post printed in full and short in one report (某数位发展部长 / 数发部长, 某县政府综合发展处处长 /
综发处处长, 某市义勇消防总队长 / 某义消总队长): for successions the short spelling is the full one.

A report names a body in full once and then by its contraction, the first character of each two-character word
(数位|发展 → 数发); the two holders of the post are then printed with two spellings of one post and never met
as one. The contraction is read only inside one article, where the full name is printed: a short name alone is
ambiguous. A party committee and one of its organs (某市委 / 某市纪委) are no contraction (one character between).
A body printed without its place (保安司司长, 市交通局局长) beside the same body printed after a place (某地保安司司长,
某市交通局局长) in one report is that place's too (succ29); a body printed without its parent (十军团指挥官) beside
the one post printed under a parent (某陆军十军团指挥官) is that one too (session 33).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..actors.actorlex import longest_suffix_title, place_prefix, titles, uses, words
from ..actors.contractions import contracts
from ..model import RoleClaim
from .postkeys import held_post


def spelled_in_full(roles: list[RoleClaim], placed: bool = False) -> list[RoleClaim]:
    """The claims with each contracted post of an article replaced by the one full post it contracts there
    (the full post's organisation too), and with ``placed`` each post printed without its place by the one
    post printed with it there; every other claim as it was."""
    full: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    for r in roles:
        if r.organization and held_post(r):  # 某地前某司司长: that post too
            full[(r.provenance.file, r.provenance.article)].add((r.position, r.organization))
    heads = {post: longest_suffix_title(post) for posts in full.values() for post, _ in posts}
    read: dict[tuple[str, int, str, str], tuple[str, str] | None] = {}  # the answer depends on these alone
    out = []
    for r in roles:
        at = (r.provenance.file, r.provenance.article)
        key = (*at, r.position, r.organization)
        if key not in read:  # one article prints one post many times: each spelling read once (perf30)
            read[key] = _one_full(r, full.get(at, set()), heads, placed)
        if (found := read[key]) is not None:
            r = replace(r, position=found[0], organization=found[1])
        out.append(r)
    return out


def _one_full(
    claim: RoleClaim, posts: set[tuple[str, str]], heads: dict[str, str], placed: bool
) -> tuple[str, str] | None:
    """The one full post (position, organisation) of ``posts`` that ``claim``'s post is short for, or None
    (``heads``: each post's title head, read once per build instead of once per claim and post)."""
    short = claim.position
    longer = [p for p in posts if contracts(short, p[0], heads[p[0]])] if claim.organization else []
    if placed and not longer and (own := _own_body(claim)):
        longer = [p for p in posts if _placed(short, own, *p)]
    if placed and not longer and len(own := claim.organization) >= _LEAST_OWN and not place_prefix(own):
        longer = [p for p in posts if _parented(short, own, *p)]
    if placed and not longer and _bare_handed_on(claim):
        longer = [p for p in posts if heads[p[0]] == short]
    return longer[0] if len(longer) == 1 else None


def _bare_handed_on(claim: RoleClaim) -> bool:
    """原部长甲, 由乙接任秘书长一职 in a report that prints one 某部长, one 某党秘书长: a one-holder head printed alone
    for the one who held it before or for the one a notice hands it to or takes it from, with no organisation of
    its own (the report's post of that head, handed on)."""
    title = titles().get(claim.position)
    return not claim.organization and bool(claim.change) and title is not None and title.single


_LEAST_OWN = 3  # 十军团, 组织部: a body of its own (市委, 军团 alone are organs of any parent)
_LEAST_PARENT = 2  # 陆军, 某市委: the parent body printed before it


def _parented(short: str, own: str, position: str, organization: str) -> bool:
    """The post ``short`` of the body ``own`` is ``position`` printed without the parent body it opens with
    (十军团指挥官 / 陆军十军团指挥官, 组织部部长 / 某市委组织部部长): the same body under a parent of its own."""
    extra = len(organization) - len(own)
    if extra < _LEAST_PARENT or not position.endswith(short) or not organization.endswith(own):
        return False
    return not organization[:extra].startswith((*uses("acting"), *uses("stand_in_word"), *uses("former")))  # 署理: no parent


def _own_body(claim: RoleClaim) -> str:
    """The organisation ``claim``'s post names without a place ("" when it names none, or a place already)."""
    own = claim.organization or _level_body(claim.position, tuple(uses("place_level")))
    return "" if not own or place_prefix(own) else own


def _placed(short: str, own: str, position: str, organization: str) -> bool:
    """The post ``short`` of organisation ``own`` (``_own_body``) is ``position`` printed without the place it
    opens with: the same organisation after a place, and no place of its own (保安司司长 / 某地保安司司长)."""
    extra = len(organization) - len(own)
    if extra <= 0 or not position.endswith(short) or not organization.endswith(own):
        return False
    levels = tuple(uses("place_level"))
    place = organization[: extra + 1] if own.startswith(levels) else organization[:extra]
    return bool(place_prefix(organization)) or (len(place) > 2 and place.endswith(levels))


_LEAST_BODY = 3  # 市某局: a level and a body of two characters at least (市委 alone is a bare organ)


def _level_body(position: str, levels: tuple[str, ...]) -> str:
    """The body of a post printed after its level alone (市交通局局长 → 市交通局), which has no organisation."""
    stem = position[: len(position) - len(longest_suffix_title(position))]
    return stem if stem.startswith(levels) and len(stem) >= _LEAST_BODY and stem[1:] not in words("level_organs.txt") else ""
