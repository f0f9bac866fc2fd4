"""companions: the officials who go along on a trip (随团的官员包括甲、乙; 陪同某某出访的官员包括…; 甲、乙随团考察;
随同某某出访的代表团成员有：…), for ``participants.py``.

A ``companion`` verb (随团, 随行, 随同, 陪同, …) whose clause names no event after it, and a group's member list
(代表团成员包括…), tie their people to the article's latest visit — also one only announced (planned): a trip's
announcement lists who goes (docs/gold-conventions.md A3, C4). Any other planned event takes no participants.
"""

from __future__ import annotations

from ..model import Sentence
from . import eventrules as rules
from .draft import Context, Draft, Ref


def trip(
    ctx: Context, read: tuple[Sentence, list[Ref]], verb: str, span: tuple[int, int, bool], target: Draft | None
) -> Draft | None:
    """The visit a ``companion`` verb (a ``companion_list`` verb opening a list: 陪同某某出访的官员包括…) at
    ``span`` ties its people to: for a ``greeter`` verb ``target`` when it is a visit (今日抵达某地，获某某迎接), else
    the article's latest visit (planned or held) when the verb's clause names no event after it (期待在某峰会上…。
    某某也到机场迎接); else ``target``."""
    (sentence, refs), (start, end, listed) = read, span
    if not (verb in rules.uses("companion") or (listed and verb in rules.uses("companion_list"))):
        return target
    _, right = rules.clause_bounds(ctx.doc.text, start, end, sentence.start, sentence.end)
    if any(end <= r.start < right for r in refs):
        return target  # 随同调研某工作 / 陪同会见: the event of the clause
    if verb in rules.uses("greeter") and target is not None and target.event_type == "visit" and not target.named_only:
        return target  # 今日抵达某地，获某某迎接: the visit being told
    if _own_day(ctx, sentence.start, start):  # 9日，甲主持会议，乙随同出席: a day of its own
        return target if target is not None and target.start >= sentence.start else None
    return latest_visit(ctx) or target


def _own_day(ctx: Context, start: int, end: int) -> bool:
    """A date printed in ``[start, end)`` (the companions' sentence before the verb): an episode of its own."""
    return any(t.kind == "date" for t in ctx.times(start, end))


def latest_visit(ctx: Context) -> Draft | None:
    """The article's latest visit told so far, planned or held (never one only named as a reference point)."""
    return next((d for d in reversed(ctx.drafts) if d.event_type == "visit" and not d.named_only), None)


def goes_along(target: Draft, verb: str) -> bool:
    """Whether a link by ``verb`` may tie a person to the planned ``target``: a companion or member of a trip
    announced."""
    along = verb in rules.uses("companion") + rules.uses("companion_list")
    along = along or rules.participation_verbs().get(verb) == "members"
    return along and target.event_type == "visit"


def listing(verb: str) -> bool:
    """Whether the list opened after ``verb`` runs to the end of its sentence past commas (随同某某前往的包括甲、
    乙，以及丙): a trip's companions are the whole sentence."""
    return verb in rules.uses("companion") + rules.uses("companion_list")
