"""groupcalls: a visiting group's calls, for ``acts``: the tour of a group sent for a task (督导组, 调研小组) that
a briefing to it belongs to, a group's talks with a host it names (代表团拜会某某), and a call on a body (拜会某市政府)
that the headline told already. Vocabulary: ``lexicons/zh/events/word_uses.tsv`` (``task_group``, ``passive``,
``attributive``, ``host_body``), docs/events.md."""

from __future__ import annotations

from ..model import Sentence
from . import actpeople, dating
from . import eventrules as rules
from .draft import Context, Draft, Ref, compared
from .eventplaces import HOST_SPAN


def task_group_tour(ctx: Context, trigger: rules.Trigger) -> Draft | None:
    """The tour the article told already of a group an act word names (督导组, 调研小组: ``groups.task_group_at``),
    which a briefing to the group is part of; None when none was told."""
    told = (d for d in reversed(compared(ctx.drafts)) if d.event_type == trigger.event_type and not d.planned)
    return next(told, None)


def group_talks(ctx: Context, trigger: rules.Trigger, group: bool, span: tuple[int, int, int]) -> bool:
    """Talks whose subject is a visiting group (代表团/访问团…拜会某某), not announced, not received (获某某接见:
    ``passive``), its host a person named in the object, not the owner of it (拜访某某的母校: ``attributive``)."""
    start, end, right = span
    text = ctx.doc.text
    received = any(w in text[max(0, start - 8) : start] for w in rules.uses("passive"))
    named = actpeople.object_people(ctx, end, right)
    hosts = [p for p in named if not text.startswith(rules.uses("attributive"), p.end)]
    body = not named and host_body(text, end, right)  # 拜访某市长某某的母校: a person named owns it, no body called on
    return group and not received and trigger.event_type == "talks" and (bool(hosts) or body)


def headline_call(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int], index: int
) -> Ref | None:
    """A group's call the headline told (某访团拜会某某市长), retold in the body with no group before it and a
    body as its host (…，并于8日拜会江城市政府): the headline's talks, dated by the body when the page alone dated them."""
    start, end, right = span
    if trigger.event_type != "talks" or not host_body(ctx.doc.text, end, right):
        return None
    known = next((d for d in compared(ctx.drafts) if d.headline and d.event_type == "talks" and trigger.word in d.title), None)
    if known is None or known.planned:
        return None
    dating.date_retold(ctx, sentence, known, start, end, index)
    return Ref(start, end, known, True)


def told_call(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int], index: int
) -> Ref | None:
    """A visiting group's call on a body (no person named after it) that the headline told as talks: that call
    (``headline_call``), never a second one, whether or not a group word opens the body's clause."""
    start, end, right = span
    if trigger.event_type != "talks" or actpeople.object_people(ctx, end, right):
        return None
    return headline_call(ctx, sentence, trigger, span, index)


def host_body(text: str, end: int, right: int) -> bool:
    """A visiting group's call on a body, not a person (某访问团拜会江城市政府/市议会/本会: word_uses ``host_body``
    ending the object's first words), never on the body's property (拜会市政府的官员 names a person, 市政府大楼)."""
    head = rules.compact(text[end:right])[:HOST_SPAN]
    head = rules.strip_start(head, rules.uses("aspect"))
    at = max((head.find(w) + len(w) for w in rules.uses("host_body") if w in head), default=-1)
    return at > 0 and (at == len(head) or not head[at:].startswith(rules.uses("host_body_not")))
