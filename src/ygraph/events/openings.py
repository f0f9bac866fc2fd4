"""openings: the opening ceremony of a gathering the article reports is that gathering's event, not a second one
(某论坛23日开幕 … 出席论坛开幕式; 某交易会 … 举行第二届某交会开幕仪式; 某论坛今日举行开幕仪式), for ``events.py``.

A draft named by an ``opening_ceremony`` word of ``word_uses.tsv`` (开幕式, 开幕仪式, 开幕典礼 …), alone or after a
name that is the gathering's (its whole name, its head word 论坛, a short form or an abbreviation of the same
edition), joins the one gathering (a meeting or forum not itself so named) of the article whose date and place
agree with it; of two such gatherings, the one told before the ceremony (a later one is named in its speeches). Two
told before it, or none: the ceremony stays an event (never guess)."""

from __future__ import annotations

from . import dating, titlematch
from . import eventrules as rules
from .draft import Context, Draft, drop, holds
from .headlines import abbreviation

GATHERINGS = ("meeting", "forum")


def ceremony_stem(title: str) -> str | None:
    """The name before the opening-ceremony word (论坛开幕式 → 论坛, 开幕仪式 → ""), None for any other name."""
    key = rules.compact(title)
    word = next((w for w in rules.uses("opening_ceremony") if key.endswith(w)), "")
    if not word:
        return None
    stem = key[: -len(word)]
    mark = next((m for m in rules.uses("name_modifier") if stem.endswith(m)), "")
    return stem[: len(stem) - len(mark)]


def fold(ctx: Context) -> None:
    """Each opening ceremony drafted beside the one gathering it opens joins that gathering (``ctx.drafts``)."""
    for ceremony in list(ctx.drafts) * 2:  # twice: a bare one whose named ceremony joined its gathering first
        stem = ceremony_stem(ceremony.title) if holds(ctx.drafts, ceremony) else None
        if stem is None:
            continue
        hosts = [g for g in ctx.drafts if g is not ceremony and _opens(stem, ceremony, g)]
        told = [g for g in hosts if g.start < ceremony.start]  # 某论坛举行。…出席论坛开幕式 … 成功举办某论坛: the one before
        host = hosts[0] if len(hosts) == 1 else told[0] if len(told) == 1 else None
        if host is not None:
            join(host, ceremony)
            drop(ctx.drafts, ceremony)


def _opens(stem: str, ceremony: Draft, gathering: Draft) -> bool:
    """Whether ``ceremony`` (named ``stem`` + a ceremony word) can be the opening of ``gathering``: a meeting or
    forum, or, for a bare ceremony word (开幕仪式), the article's opening ceremony named in full (某周开幕式)."""
    named = ceremony_stem(gathering.title)
    if named is not None:
        return not stem and bool(named) and _dated_there(ceremony, gathering)
    if gathering.event_type not in GATHERINGS:
        return False
    return _dated_there(ceremony, gathering) and _names(stem, gathering)


def _dated_there(ceremony: Draft, gathering: Draft) -> bool:
    """Told as held, dates and places that agree."""
    if gathering.named_only or gathering.planned != ceremony.planned or not dates_fit(ceremony, gathering):
        return False
    place, there = ceremony.place, gathering.place
    return not (place and there and place not in there and there not in place)


def _names(stem: str, gathering: Draft) -> bool:
    """The ceremony's name before its ceremony word names the gathering: nothing (开幕式), its head or whole name
    (论坛, 世界某论坛), a short form of it, or an abbreviation of the same edition (第二届某交会)."""
    key, short = gathering.key, rules.title_key(stem) if stem else ""
    if not short or key.endswith(short):
        return True
    return titlematch.shortened(short, key) or abbreviation(stem, gathering.title) or _abbreviates(stem, gathering.title)


SHORT = (2, 6)  # the length of an abbreviated name after its edition (高交会, 江海博览会)


def _abbreviates(stem: str, title: str) -> bool:
    """第二届某交会 / 某国第二届某某成果交易会: the same edition printed inside the long name, and after it the
    short name's characters picked in order from the long one's, the last one the same."""
    edition, name = rules.edition(stem), rules.compact(title)
    short = rules.compact(stem)[len(edition) :]
    if not edition or edition not in name or not SHORT[0] <= len(short) <= SHORT[1]:
        return False
    rest = name[name.index(edition) + len(edition) :]
    chars = iter(rest)
    return short[-1] == rest[-1:] and rest != short and all(c in chars for c in short)


def dates_fit(ceremony: Draft, gathering: Draft) -> bool:
    """No date on either side, one date the other's at a coarser precision, or the ceremony's day inside the
    gathering's days."""
    a, b = ceremony.date, gathering.date
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    return len(a) == len(b) == 10 and b <= a <= (gathering.date_end or b)


def join(gathering: Draft, ceremony: Draft) -> None:
    """The gathering takes the ceremony's reports, people, policies, and its date when that one is better."""
    dating.take_better_date(gathering, ceremony)
    gathering.place = gathering.place or ceremony.place
    gathering.provenance.extend(p for p in ceremony.provenance if p not in gathering.provenance)
    for key, part in ceremony.participants.items():
        gathering.participants.setdefault(key, part)
    for key, policy in ceremony.policies.items():
        gathering.policies.setdefault(key, policy)
