"""backrefs: a short name an article gives the event it names in full (…主席团第一次会议 … 主席团会议通过…; …某局媒体
见面会暨首场某发布会 … 在媒体见面会上) is that event told again, not a second one, for ``events.py``.

A draft whose name is picked, character by character in order, from the name of one longer draft of the article
(the same type, the same head: the last ``HEAD`` characters), at least ``SHORTEST`` characters long, with dates
and places that agree, joins it; with two such longer drafts (主席团第一次会议, 主席团第二次会议) it stays (never guess).
A session named short (某市政协九届二次会议) or, by a headline dated by its page, by its body alone (某市政协会议) joins the
session the article names in full (``register.same_session``, ``register.headline_body``), whatever the order of its
characters there."""

from __future__ import annotations

import re

from . import eventrules as rules
from . import sittings
from .draft import Context, Draft, drop, holds
from .openings import dates_fit, join
from .register import headline_body, next_told, same_session
from .titlematch import numbered_bodies, session_numbers

SHORTEST = 4  # 主席团会议, 记者见面会; never a bare trigger word (会议, 座谈会)
HEAD = 2  # the characters the short name ends with, as the full one does (会议, 见面会)


def fold(ctx: Context) -> None:
    """Each short name of one longer event of the article joins that event (``ctx.drafts``)."""
    for short in sorted(ctx.drafts, key=lambda d: len(d.key)):
        if len(short.key) < SHORTEST or not holds(ctx.drafts, short):
            continue
        full = [d for d in ctx.drafts if d is not short and _shortens(short, d) and not _told_after(ctx, short, d)]
        if len(full) == 1 or _one_session(full):
            join(max(full, key=lambda d: len(d.key)), short)
            drop(ctx.drafts, short)


def _told_after(ctx: Context, short: Draft, full: Draft) -> bool:
    """``full`` is told after ``short`` behind a then-word (召开某工作会议。随后，又召开了某系统工作会议): another meeting,
    never the full name of the one told first."""
    return short.start < full.start and next_told(ctx.doc.text, ctx.sentence_at(full.start), full.start)


def _shortens(short: Draft, full: Draft) -> bool:
    """Whether ``short`` names ``full`` again: a shorter name of the same type and head, picked from its name."""
    a, b = short.key, full.key
    if full.event_type != short.event_type or len(b) <= len(a):
        return False
    if full.named_only or short.named_only or full.planned != short.planned:
        return False
    # one session named short (某市政协九届二次会议, a headline's 某市政协会议) and in full: a headline is dated by its page
    session = headline_body(a, b) or same_session(a, b)
    if not dates_fit(short, full) and not (session and short.date_source == "article"):
        return False
    if sittings.other_sittings(a, b) or numbered_bodies(a, b):
        return False  # 某会议选举大会 / 某会议: a sitting of its own; 市委某届某次全会 / 市纪委某届某次全会: two bodies
    place, there = short.place, full.place
    if place and there and place not in there and there not in place:
        return False
    if session:
        return True
    return any(_picked(a, part) or _picked(_unnamed(a, short.event_type), part) for part in _parts(b))


def _one_session(drafts: list[Draft]) -> bool:
    """Names of one numbered session, short and in full (某市政协九届二次会议 / 中国人民政治协商会议第九届某市委员会
    第二次会议): a name shorter still (某市政协会议) names that session."""
    numbers = {session_numbers(d.key) for d in drafts}
    return len(numbers) == 1 and bool(next(iter(numbers)))


def _unnamed(key: str, kind: str) -> str:
    """A signing's name without the generic ``agreement`` word it opens with (协议签字仪式 → 签字仪式): the
    agreement the full name says (某两地战略合作签字仪式) by its own words."""
    word = next((w for w in rules.uses("agreement") if key.startswith(w)), "") if kind == "signing" else ""
    return key[len(word) :] if word and len(key) - len(word) >= SHORTEST else ""


def _parts(key: str) -> list[str]:
    """A name and, when it joins two events (某见面会暨某发布会: ``joint_name``), each of its parts."""
    marks = rules.uses("joint_name")
    return [key] + (re.split("|".join(map(re.escape, marks)), key) if marks else [])


def _picked(short: str, name: str) -> bool:
    """``short``'s characters in order in ``name``, the same head at the end."""
    chars = iter(name)
    return bool(short) and short[-HEAD:] == name[-HEAD:] and len(name) > len(short) and all(c in chars for c in short)
