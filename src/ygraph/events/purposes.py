"""purposes: the gathering a led group travels to (甲率代表团赴某地，出席某会议), whose members attend it too.

A trip sentence prints a ``leads`` verb with a ``delegation`` group after it in its clause, and further on an
attending or presiding verb of the leader that points to a gathering (出席某会议, 与乙共同主持某会议): that
gathering is the trip's purpose, kept on the article's :class:`Context`. The members a later sentence lists for
the group (代表团成员包括…, ``members`` rows, a ``delegation`` word before them in their clause) attend the
visit, as before, and every purpose of the article (rule ``participation:purpose:<members row>``).
"""

from __future__ import annotations

from ..model import Sentence
from . import eventrules as rules
from .draft import Context, Draft

_RELATIONS = ("attended", "presided")  # the leader goes to the gathering: 出席, 参加, 主持
_NOT_PURPOSE = ("visit", "inspection")  # the trip itself, or a tour on the way


def led_trip(text: str, sentence: Sentence, verb: str, end: int) -> bool:
    """A ``leads`` verb with a ``delegation`` group after it in its clause (率领特区政府代表团前往某地)."""
    if rules.participation_verbs().get(verb) != "leads":
        return False
    _, right = rules.clause_bounds(text, end, end, sentence.start, sentence.end)
    return any(w in text[end:right] for w in rules.uses("delegation"))


def note(ctx: Context, verb: str, target: Draft | None) -> None:
    """After a led trip in its sentence, the gathering a verb of attending or presiding points to is a purpose."""
    relation = rules.participation_verbs().get(verb)
    if relation not in _RELATIONS or target is None or target.named_only or target.event_type in _NOT_PURPOSE:
        return
    if target not in ctx.purposes:
        ctx.purposes.append(target)


def group_members(text: str, sentence: Sentence, start: int) -> bool:
    """A ``members`` verb whose clause names a ``delegation`` group before it (代表团成员包括…)."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    return any(w in text[left:start] for w in rules.uses("delegation"))
