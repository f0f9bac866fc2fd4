"""sittings: meetings and their sittings (某会议第三次全体会议, 闭幕大会, 第十三次会议), named after the
meeting or body holding them, and references back to earlier meetings, for ``events.py``."""

from __future__ import annotations

import re

from . import eventrules as rules
from .draft import Context, Draft

_ORDINAL = re.compile(r"^第?[\d一二三四五六七八九十百零〇]+次")


def session(title: str) -> bool:
    """A sitting named only by its ordinal and kind (第三次全体会议, 闭幕大会): it needs its holder's name."""
    key = rules.compact(title)
    rest = _ORDINAL.sub("", key)
    if rest in rules.uses("ordinal_session"):
        return rest != key  # 第十三次会议 is a sitting, 会议 alone is a bare mention
    return rest in rules.uses("session")


def is_sitting(title: str) -> bool:
    """A name ending in a sitting (某会议第三次全体会议, 某会议闭幕大会)."""
    key = rules.compact(title)
    words = [w for w in rules.uses("session") if w not in rules.uses("ordinal_session")]
    return any(key.endswith(w) and len(key) > len(w) + 4 for w in words)


def back_reference(text: str, floor: int, left: int) -> bool:
    """学习/传达/研究讨论 … 在某会上的讲话: the clause studies what was said at an earlier event."""
    return any(w in text[floor : left + 1] for w in rules.uses("back_reference"))


def holder(ctx: Context, left: int, start: int) -> str:
    """某会议（日期）举行第三次全体会议 → the meeting or body before the convening verb ("" if a person)."""
    text = ctx.doc.text
    left = max(left, text.rfind("在", left, start) + 1)  # 某某在某会议举行第三次全体会议上当选: after 在
    head = text[left:start].rstrip()
    verb = next((v for v in rules.uses("convenes") if head.endswith(v)), "")
    if not verb or ctx.people(left, start):
        return ""
    skip = [(t.start - left, t.end - left) for t in ctx.times(left, start)]
    body = "".join(ch for i, ch in enumerate(head[: -len(verb)]) if not any(a <= i < b for a, b in skip))
    body = rules.compact(body)
    return body if 2 <= len(body) <= 30 and not any(c in body for c in "在的了，,") else ""


def own_rest(text: str, right: int, end: int) -> str:
    """The rest of the sentence until the next event word: what its subject (the name) still does."""
    m = rules.trigger_pattern().search(text, right, end)
    return text[right : m.start() if m else end]


def parent_meeting(ctx: Context) -> Draft | None:
    """The meeting the article reports whose sittings (闭幕大会, 选举大会) follow it."""
    live = (d for d in reversed(ctx.drafts) if not d.planned and d.event_type == "meeting")
    return next((d for d in live if d.holder or not (session(d.title) or is_sitting(d.title))), None)


def first_sitting(ctx: Context, draft: Draft) -> Draft | None:
    """The meeting of this article whose first sitting ``draft`` is (same day or undated), if any."""
    if draft.planned:
        return None
    for d in ctx.drafts:
        if d.holder or d.planned or not rules.sitting_of(draft.key, d.key):
            continue
        if (
            d.date is None
            or draft.date is None
            or d.date.startswith(draft.date)
            or draft.date.startswith(d.date)
        ):
            return d
    return None


def holder_name(d: Draft) -> str:
    return d.holder or d.title


def without_times_between(ctx: Context, start: int, end: int) -> str:
    skip = [(t.start, t.end) for t in ctx.times(start - 40, end)]
    return "".join(
        c for i, c in enumerate(ctx.doc.text[start:end], start) if not any(a <= i < b for a, b in skip)
    )
