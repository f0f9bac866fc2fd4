"""shortnames: a notice's leaver and taker of one post printed under two names of its body, the full one and a short
one (临江青禾银行行长 / 青行行长, 青禾电气公司董事长 / 青禾电气董事长, 江城市副市长 / 江城副市长).

A report names a body in full where it removes the holder and by its short name where it appoints the successor (or
the reverse), so the two holders stand on two keys that never meet, and each is a side no one is paired with. The
short name is read as the full one only where the article has exactly that shape: one key whose claims are one
person's and give the post (a start, no end), one other key of the same title head whose claims never give it
(an end, or a holder printed now; who of several holders left is the notice steps' to say), and the one name
shortening the other — its characters in the same order in the longer name, its last character the longer name's
last or the one before a place's level or an organisation's noun that a short name drops (市, 省; 公司, 集团). Each
of the two keys must be the other's only partner in the article. The taker's claims then spell the leaver's post, so the notice steps (``people``, ``seats``)
pair them; nothing else in the corpus changes (the role claims keep their printed posts).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..actors.actorlex import longest_suffix_title
from ..actors.contractions import shortens
from ..model import RoleClaim
from .postkeys import post_key, single_post, succession_position
from .seats import seat_post

Article = tuple[str, int]


def short_names_read(roles: list[RoleClaim]) -> list[RoleClaim]:
    """The claims, each taker's claims respelled with the post of the one leaver its short name pairs it with."""
    keys: dict[Article, dict[str, list[RoleClaim]]] = defaultdict(lambda: defaultdict(list))
    for r in roles:
        if single_post(r, notice=True) or seat_post(r):
            keys[(r.provenance.file, r.provenance.article)][post_key(r.position)].append(r)
    respell: dict[tuple[str, int, str], RoleClaim] = {}
    for at, posts in keys.items():
        for taker_key, leaver in _pairs(posts).items():
            respell[(*at, taker_key)] = leaver
    if not respell:
        return roles
    out: list[RoleClaim] = []
    for r in roles:
        leaver = respell.get((r.provenance.file, r.provenance.article, post_key(r.position)))
        if leaver is not None:
            r = replace(r, position=leaver.position, organization=leaver.organization)
        out.append(r)
    return out


def _pairs(posts: dict[str, list[RoleClaim]]) -> dict[str, RoleClaim]:
    """Taker's key → a claim of the leaver's key (its longest spelling), for each taker key (one person's claims,
    giving the post) with exactly one leaver key partner (no claim giving the post, one ending it or holding it now)
    and that leaver key with no other taker key partner."""
    takers = {k: cs for k, cs in posts.items() if _one_person(cs) and _gives(cs)}
    leavers = {k: cs for k, cs in posts.items() if "start" not in {c.change for c in cs} and _holds(cs)}
    by_head: dict[str, list[str]] = defaultdict(list)  # a taker meets only the leaver keys of its title head
    for lk, lcs in leavers.items():
        by_head[_head(lcs[0].position)].append(lk)
    by_head.pop("", None)  # a post with no known title head has no short spelling to meet
    found: dict[str, list[str]] = defaultdict(list)
    partners: dict[str, int] = defaultdict(int)
    for t, tcs in takers.items():
        taker, head = tcs[0].person, _head(tcs[0].position)
        for lk in by_head.get(head, ()):
            lcs = leavers[lk]
            if _spelled_apart(tcs[0].position, lcs[0].position, head) and all(
                _two_people(taker, c.person) for c in lcs
            ):
                found[t].append(lk)
                partners[lk] += 1
    out: dict[str, RoleClaim] = {}
    for t, lks in sorted(found.items()):
        if len(lks) == 1 and partners[lks[0]] == 1:
            out[t] = max(posts[lks[0]], key=lambda c: (len(c.position), c.position))
    return out


def _one_person(claims: list[RoleClaim]) -> bool:
    return len({c.person for c in claims}) == 1


def _gives(claims: list[RoleClaim]) -> bool:
    """The key gives the post (a start) and never ends it."""
    changes = {c.change for c in claims}
    return "start" in changes and "end" not in changes


def _holds(claims: list[RoleClaim]) -> bool:
    """The key ends the post or prints it held now."""
    return bool({c.change for c in claims} & {"end", ""})


def _two_people(a: str, b: str) -> bool:
    """Two names, neither the other nor the other with a character more (甲 / 甲作: one name read twice)."""
    return not (a.startswith(b) or b.startswith(a))


def _head(position: str) -> str:
    return longest_suffix_title(succession_position(position))


def _spelled_apart(a: str, b: str, head: str) -> bool:
    """Two spellings of one post whose title head (``head``, the caller's, of both) is the same: one body the
    other's short name (``shortens``)."""
    a, b = succession_position(a), succession_position(b)
    short, full = sorted((a[: -len(head)], b[: -len(head)]), key=len)
    return shortens(short, full)
