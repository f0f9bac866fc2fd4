"""register: the drafts of one article — a report of an event already drafted (same name, a short or
headline form, the meeting reported through its sitting) joins it, else a new draft — for ``events.py``."""

from __future__ import annotations

import datetime as dt
from os.path import commonprefix

from ..model import Sentence
from . import dating, sittings
from . import eventrules as rules
from .draft import Context, Draft, compared


def same(
    ctx: Context, title: str, date: str | None, source: str = "", kind: str = "", place: str | None = None
) -> Draft | None:
    """The draft of this article with the same name and a compatible date; a headline dated only by the
    article (source ``article``) is the same event as the dated report below it, named alike. Held in
    other places on one day, two meetings of one name stay two."""
    key = rules.title_key(title)
    for d in compared(ctx.drafts):
        headline = ("article" in (source, d.date_source) or d.lede) and d.event_type == kind
        elsewhere = place and d.place and place not in d.place and d.place not in place and not d.headline
        if sittings.other_sittings(key, d.key) or (elsewhere and d.key == key and date and len(date) == 10):
            continue  # 某会议, 某会议选举大会, 某会议闭幕大会: three events
        retold = d.headline and d.event_type == kind and rules.headline_repeats(key, d.key)
        short = d.event_type == kind and rules.shortened(key, d.key)  # 2031年泛珠…联席会议 / 2031年泛珠三角…
        short = short or (kind == d.event_type == "signing" and same_parties(key, d.key))
        short = short or (d.event_type == kind and bare_form(key, place, d, date))
        short = short or (d.event_type == kind and headline_talks(key, d, date, source))
        if d.key != key and not (headline and rules.headline_alike(key, d.key)) and not retold and not short:
            continue
        if date is None or d.date is None or "article" in (source, d.date_source):
            return d
        if d.date.startswith(date) or date.startswith(d.date):
            return d
    return None


HEADLINE_DAYS = 7  # a headline's talks dated by the page: the report's printed day at most this much before


def headline_talks(key: str, known: Draft, date: str | None, source: str) -> bool:
    """Talks a headline (or the article's first event) names (甲会见乙一行), dated only by the page or on the
    same day, and talks of the same host the report dates itself at most a few days before (甲于某日在某地
    会见…): one event, the printed day."""
    printed = source in ("clause", "sentence") and date is not None and len(date) == 10
    opening = known.headline or known.lede  # the headline, or the first event the article tells
    by_page = known.date_source == "article" or known.date == date  # dated by the page, or that very day
    once = len(known.provenance) == 1  # told once so far: the next talks of that host are other talks
    if not (opening and once and known.event_type == "talks" and by_page and printed):
        return False
    if not known.date or len(known.date) != 10 or not date <= known.date:
        return False
    days = (_day(known.date) - _day(date)).days
    host = len(commonprefix([key, known.key]))
    return days <= HEADLINE_DAYS and host >= 2


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def bare_form(key: str, place: str | None, known: Draft, date: str | None) -> bool:
    """某地 + a bare event word (两省在某市召开座谈会 → 某市座谈会) on the day of the article's event of
    that word held there (or nowhere said): that event told again, not a second one."""
    stem = key.removeprefix(rules.title_key(place)) if place else key
    word = rules.trigger_pattern().fullmatch(stem)
    same_day = bool(date) and len(date or "") == 10 and known.date == date
    there = not (place and known.place) or place in known.place or known.place in place
    return word is not None and same_day and there and known.key.endswith(stem) and known.key != key


def same_parties(key: str, other: str) -> bool:
    """Two signings of one article between the same sides (甲市与乙区正式签约 / 甲市与某省乙区人民政府签署协议):
    the same first side before a ``partner`` word, and the second side's start printed in the other's."""
    for word in rules.uses("partner"):
        first, sep, second = key.partition(word)
        first_other, sep_other, second_other = other.partition(word)
        sides = bool(sep and sep_other) and len(first) >= 2 and first == first_other and min(len(second), len(second_other)) >= 2
        if sides and (second[:2] in second_other or second_other[:2] in second):
            return True
    return False


def add(ctx: Context, draft: Draft, sentence: Sentence, start: int, end: int, rule: str) -> Draft:
    prov = ctx.doc.provenance(ctx.article.index, sentence, start, end, rule)
    title = rules.compact(ctx.article.title)
    line = rules.compact(sentence.text)
    draft.headline = bool(title) and len(line) >= 4 and (line in title or title in line)
    first = sittings.first_sitting(ctx, draft)
    if first is not None:
        # the meeting reported through its first sitting (某会议举行第三次全体会议): one event, the sitting's name
        first.holder, first.title = first.title, draft.title
        first.provenance.append(prov)
        dating.take_better_date(first, draft)
        return first
    held = sittings.sitting_held(ctx, draft)
    if held is not None:  # 某会议举行第三次全体会议… 在某会议上 (same day): the sitting reported first
        held.holder = draft.title
        held.provenance.append(prov)
        return held
    known = same(ctx, draft.title, draft.date, draft.date_source, draft.event_type, draft.place)
    relayed = draft.named_only and rule.split(":")[-1] in rules.uses("relayed_after")
    named_apart = relayed and known is not None and not known.named_only and known.key != draft.key
    # a relayed meeting (传达某电视电话会议精神) is never the meeting relaying it (电视电话会议)
    if known is None or known.planned != draft.planned or named_apart:
        draft.provenance.append(prov)
        ctx.drafts.append(draft)
        return draft
    bare = bare_form(draft.key, draft.place, known, draft.date)  # 某市座谈会: never the name it tells again
    known.provenance.append(prov)
    dating.take_better_date(known, draft)
    known.place = known.place or draft.place
    longer = len(draft.key) > len(known.key) and trigger_form(rule) == "name"
    if longer and (draft.key.endswith(known.key) or rules.shortened(draft.key, known.key)):
        known.title = draft.title  # the headline's short name (民营企业座谈会) takes the full one
    elif known.headline and trigger_form(rule) == "name" and known.title != draft.title and not bare:
        known.title = draft.title  # a headline's act (甲乙签署协议) retold by the report's named event
    known.headline = known.headline and draft.headline
    return known


def trigger_form(rule: str) -> str:
    """``event:name:…`` → name, ``event:act:…`` → act."""
    return rule.split(":")[1] if rule.count(":") >= 2 else ""
