"""formerholders: one report printing a one-holder post for two people, one of them only as the holder before
(前任市长甲, 原某局长甲, 卸任局长甲; a bare 前 names a holder of any earlier time) and the other as its holder now (某市长乙): the former one came before.

The report says who held the post before and who holds it now; the dates of the former holder's term are not
printed, so the succession's first day is left empty and its second is the present holder's first claim.
"""

from __future__ import annotations

from collections import defaultdict

from ..actors.actorlex import uses
from ..model import RoleClaim, Succession
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, LIST_MARK
from .postkeys import held_post, post_key, single_post, succession_position

FORMER = "former"  # RoleClaim.change of a post printed as held before by its holder (前任, 前, 原)


def former_holders(roles: list[RoleClaim], paired: set[tuple[str, frozenset[str]]]) -> list[Succession]:
    """Per article and post: exactly one holder printed only as a former one, exactly one holder printed now
    (no change, or a start), neither printed on the other side: a succession. Pairs already read (``paired``:
    a notice) are not made again."""
    articles: dict[tuple[str, int, str], dict[str, dict[str, list[RoleClaim]]]] = defaultdict(
        lambda: {FORMER: defaultdict(list), "now": defaultdict(list)}
    )
    for r in roles:
        if r.change not in (FORMER, "", "start") or not _one_holder(r):
            continue
        if r.change == FORMER and not _predecessor_marked(r):
            continue  # 前总统甲: a former holder of any earlier time, not the one before the present holder
        side = FORMER if r.change == FORMER else "now"
        articles[(r.provenance.file, r.provenance.article, post_key(r.position))][side][r.person].append(r)
    out = []
    for (_, _, key), sides in sorted(articles.items()):
        before, now = sides[FORMER], sides["now"]
        if len(before) != 1 or len(now) != 1 or set(before) & set(now):
            continue
        ((a, left),), ((b, held),) = before.items(), now.items()
        if (key, frozenset((a, b))) in paired:
            continue
        first = min(held, key=lambda c: (c.date or "9", c.provenance.start))
        label = max((succession_position(c.position) for c in (*left, *held)), key=lambda p: (len(p), p))
        out.append(Succession(label, a, b, "", first.date or "", (left[0].provenance, first.provenance)))
    return out


def _one_holder(r: RoleClaim) -> bool:
    """A one-holder post with an organisation; a former holder's claim is judged on its post, not its marker.
    An organisation ending with a list's closing word (甲、乙等副主席 read as 乙等's) is a list, not a body."""
    if r.organization.endswith(tuple(uses("list_end"))):
        return False
    return single_post(r) if r.change != FORMER else held_post(r)


def _predecessor_marked(r: RoleClaim) -> bool:
    """A word naming the holder just before (``former_predecessor``: 前任, 原, 卸任, 上届…) printed before the
    post, after the last punctuation before the name (the evidence is the original text, either script)."""
    prov = r.provenance
    before = prov.evidence[: prov.span_end - prov.start - len(r.person)]  # the span may hold the title too
    cut = max(before.rfind(c) for c in CLAUSE_BREAKS + LIST_MARK + LINE_BREAK)
    return any(w in before[cut + 1 :] for w in uses("former_predecessor"))
