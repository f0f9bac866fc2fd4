"""kinds: the type of an event printed by its name (a joint name 某座谈会暨签约仪式, a forum inside a meeting's
name), and the trigger words that end a printed name, for ``events.py``, ``references.py`` and
``eventplaces.py``."""

from __future__ import annotations

from ..lexicons import cached
from .eventrules import Trigger, compact, trigger_pattern, triggers, uses


def name_type(title: str, trigger: Trigger) -> str:
    """A joint name (某座谈会暨签约仪式) takes the type of its first event; a meeting's name holding a forum's
    noun is a forum (某论坛·某峰会); else the trigger's type."""
    kind = _joint_type(compact(title)) or trigger.event_type
    if kind != "meeting":
        return kind
    inner = {triggers()[m.group()].event_type for m in trigger_pattern().finditer(compact(title))}
    return "forum" if "forum" in inner else kind


def _joint_type(title: str) -> str:
    """The type of the event a ``joint_name`` word (暨) follows when a trigger ends the part before it
    (某座谈会暨签约仪式: a meeting holding a signing), "" when the name joins none."""
    for mark in uses("joint_name"):
        at = title.find(mark)
        first = [m for m in trigger_pattern().finditer(title, 0, max(at, 0)) if m.end() == at]
        if at >= 2 and first:
            return triggers()[first[-1].group()].event_type
    return ""


@cached
def name_triggers() -> tuple[str, ...]:
    """The trigger words that end an event's printed name (form ``name``: 座谈会, 论坛…)."""
    return tuple(w for w, trigger in triggers().items() if trigger.form == "name")
