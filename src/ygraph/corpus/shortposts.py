"""shortposts: one post printed in full and short in one report (某数位发展部长 / 数发部长, 某县政府综合发展处处长 /
综发处处长, 某市义勇消防总队长 / 某义消总队长): for successions the short spelling is the full one.

A report names a body in full once and then by its contraction, the first character of each two-character word
(数位|发展 → 数发); the two holders of the post are then printed with two spellings of one post and never met
as one. The contraction is read only inside one article, where the full name is printed: a short name alone is
ambiguous. A party committee and one of its organs (某市委 / 某市纪委) are no contraction (one character between).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..actors.contractions import contracts
from ..model import RoleClaim
from .postkeys import single_post


def spelled_in_full(roles: list[RoleClaim]) -> list[RoleClaim]:
    """The claims with each contracted post of an article replaced by the one full post it contracts there
    (the full post's organisation too); every other claim as it was."""
    full: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    for r in roles:
        if r.organization and single_post(r):
            full[(r.provenance.file, r.provenance.article)].add((r.position, r.organization))
    out = []
    for r in roles:
        posts = full.get((r.provenance.file, r.provenance.article), set())
        longer = [p for p in posts if contracts(r.position, p[0])] if r.organization else []
        if len(longer) == 1:
            ((position, organization),) = longer
            r = replace(r, position=position, organization=organization)
        out.append(r)
    return out
