"""movedholders: a reshuffle that moves a post's holder to another post and gives the post to someone else in
one report (现任某局长甲升任副秘书长 … 某局长由乙接任): the one moved came before the one given the post.

A holder printed now (no change) who takes another post in the same report (a start) leaves the first one; when
exactly one other person takes that first post there (a start), that is a succession, dated by the two claims.
A post taken as well (兼任, 兼) is kept, not left, and a post won at an election names no one who left it: no
succession.
"""

from __future__ import annotations

from collections import defaultdict

from ..actors.actorlex import uses
from ..model import RoleClaim, Succession
from .postkeys import post_key, single_post, succession_position

Article = tuple[str, int]


def moved_holders(roles: list[RoleClaim], paired: set[tuple[str, frozenset[str]]]) -> list[Succession]:
    """Per report and one-holder post: one holder printed now who starts another post in the report, and one
    other person who starts this post there: a succession. Pairs already read (``paired``) are not made again."""
    now: dict[tuple[Article, str], dict[str, RoleClaim]] = defaultdict(dict)
    starts: dict[tuple[Article, str], dict[str, RoleClaim]] = defaultdict(dict)
    moved: dict[Article, set[str]] = defaultdict(set)  # who starts a post in the report, kept or not
    for r in roles:
        where = (r.provenance.file, r.provenance.article)
        if r.change == "start" and _elected(r):
            continue
        if r.change == "start" and not _kept_too(r):
            moved[where].add(r.person)
        if not single_post(r):
            continue
        if r.change == "start":
            starts[(where, post_key(r.position))].setdefault(r.person, r)
        elif r.change == "":
            now[(where, post_key(r.position))].setdefault(r.person, r)
    out = []
    for (where, key), takers in sorted(starts.items()):
        leavers = {p: c for p, c in now.get((where, key), {}).items() if p in moved[where] and p not in takers}
        if len(takers) != 1 or len(leavers) != 1:
            continue
        ((a, left),), ((b, taken),) = leavers.items(), takers.items()
        if (key, frozenset((a, b))) in paired:
            continue
        label = max((succession_position(c.position) for c in (left, taken)), key=lambda p: (len(p), p))
        out.append(Succession(label, a, b, left.date or "", taken.date or "", (left.provenance, taken.provenance)))
    return out


def _elected(r: RoleClaim) -> bool:
    """A post won at an election (当选): a session's results name no one who left it (conventions E1); the rules
    that read one are word_uses.tsv elected_form."""
    return r.provenance.rule in uses("elected_form")


def _kept_too(r: RoleClaim) -> bool:
    """A post taken on top of the one held (兼任某职): the holder keeps the first."""
    return any(w in r.provenance.evidence for w in uses("post_joiner"))
