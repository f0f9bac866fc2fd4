"""seats: a post several people hold at once (a deputy's, a spokesman's) handed on one for one by a notice: the one
report ends it for exactly one person and gives it to exactly one other (免去甲某部副部长职务，任命乙为某部副部长;
某会发言人甲请辞，由乙接任). The notice says who takes whose seat: a succession dated by it, as for a one-holder
post (``people.notice_successions``).

Never a seat of a body (a member's: 委员, 常委, 理事, 代表 … ``word_uses.tsv`` member_seat, several of which a
reshuffle hands on at once and the golds never pair), an honour (荣誉, 名誉), a post won at an election (当选: the
results name no one who left it), a post with no organisation, nor a post whose leaver the corpus sees holding it
after the notice. Two leavers or two takers of the post in one report: the notice does not say who took whose seat.
"""

from __future__ import annotations

from collections import defaultdict

from ..actors.actorlex import longest_suffix_title, titles, uses
from ..model import RoleClaim, Succession, date_interval
from .postkeys import acting, post_key, single_post, succession_position

Where = tuple[str, int, str]  # file, article, post key


def seat_successions(roles: list[RoleClaim], paired: set[tuple[str, frozenset[str]]]) -> list[Succession]:
    """Per report and seat: exactly one person whose notice ends it and exactly one other it gives it to."""
    changes: dict[Where, dict[str, dict[str, RoleClaim]]] = defaultdict(lambda: {"start": {}, "end": {}})
    seen: dict[tuple[str, str], str] = {}  # (post, person) → the last day the person is seen holding it
    for r in roles:
        if r.date and r.change != "end":
            held = (post_key(r.position), r.person)
            seen[held] = max(seen.get(held, ""), date_interval(r.date)[0])
    for r in roles:
        if r.change in ("start", "end") and seat_post(r) and not (r.change == "start" and "elect" in r.provenance.rule):
            where = (r.provenance.file, r.provenance.article, post_key(r.position))
            changes[where][r.change].setdefault(r.person, r)
    out = []
    for (_, _, key), sides in sorted(changes.items()):
        enders = {p: c for p, c in sides["end"].items() if p not in sides["start"]}
        takers = {p: c for p, c in sides["start"].items() if p not in sides["end"]}
        if len(enders) != 1 or len(takers) != 1:
            continue
        ((a, end),), ((b, start),) = enders.items(), takers.items()
        if (key, frozenset((a, b))) in paired or (end.date and seen.get((key, a), "") > date_interval(end.date)[0]):
            continue
        spellings = [succession_position(c.position) if acting(c.position) else c.position for c in (end, start)]
        label = max(spellings, key=lambda p: (len(p), p))
        out.append(Succession(label, a, b, end.date or "", start.date or "", (end.provenance, start.provenance)))
    return out


def seat_post(r: RoleClaim) -> bool:
    """A post of several holders with an organisation, neither a body's seat nor an honour."""
    head = longest_suffix_title(r.position)
    info = titles().get(head)
    if not info or info.single or len(r.organization) < 2 or single_post(r, notice=True):
        return False
    stem = r.position[: len(r.position) - len(head)]
    return not stem.endswith(tuple(uses("honorary"))) and not head.endswith(tuple(uses("member_seat")))
