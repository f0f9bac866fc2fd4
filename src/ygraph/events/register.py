"""register: the drafts of one article — a report of an event already drafted (same name, a short or
headline form, the meeting reported through its sitting) joins it, else a new draft — for ``events.py``."""

from __future__ import annotations

import datetime as dt
from itertools import islice
from os.path import commonprefix

from ..model import Sentence
from . import copies, dating, listed, plandays, sides, sittings, titlematch
from . import eventrules as rules
from .draft import COMPARED, Context, Draft, compared
from .eventparts import headline_line
from .headlines import abbreviation, for_sides, named_part, same_parties, unnumbered_sitting
from .participants import SAYS_TYPES
from .titlematch import printed_numbers

GATHERINGS = {"meeting", "forum"}  # a fair's name is a meeting's, its opening with a forum a forum's


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
        elsewhere = elsewhere and not (_venue(place) or _venue(d.place))  # 某公墓 / 北京: a venue may lie in the city
        numbered = headline and unnumbered_sitting(key, d.key)  # 某政府全体会议 / 某政府第八次全体会议
        if (sittings.other_sittings(key, d.key) and not numbered) or (elsewhere and d.key == key and date and len(date) == 10):
            continue  # 某会议, 某会议选举大会, 某会议闭幕大会: three events
        if titlematch.two_bodies(key, d.key) or titlematch.ceremonies_apart(key, d.key):
            continue  # 甲区领导干部大会, 乙开发区领导干部大会: two bodies met; 甲县、乙县县长就职典礼
        retold = d.headline and d.event_type == kind and titlematch.headline_repeats(key, d.key)
        gathers = d.event_type == kind or {d.event_type, kind} <= GATHERINGS  # 博览会开幕式 (meeting) / 某博览会开幕式暨论坛
        short = gathers and titlematch.shortened(key, d.key)  # 2031年泛珠…联席会议 / 2031年泛珠三角…
        short = short or (kind == d.event_type == "signing" and same_parties(key, d.key))
        short = short or (kind == d.event_type == "signing" and for_sides(key) and not for_sides(d.key))
        short = short or (d.event_type == kind and bare_form(key, place, d, date))
        short = short or (d.event_type == kind and _bare_then_named(key, d, date))  # 出席联席会议 … 在某联席会上
        short = short or (d.event_type == kind and headline_talks(key, d, date, source))
        # a fair named in full by a page-dated mention (宣布第五届江海投资贸易洽谈会开幕), the report's 第五届江洽会…
        gathering = source == "article" and (d.event_type == kind or {d.event_type, kind} <= GATHERINGS)
        short = short or (gathering and abbreviation(title, d.title))
        short = short or (d.event_type == kind and same_session(title, d.title))  # 省政协某届某次会议 in full
        short = short or (d.event_type == kind and not elsewhere and one_ceremony(ctx, key, d.key))  # 县长就职典礼
        alike = headline and (titlematch.headline_alike(key, d.key) or named_part(title, d.title))
        talked = any(w in key for w in sides.uses("discussion")) and source != "article"  # 甲乙座谈 / 某座谈会
        alike = alike or (talked and d.headline and kind == d.event_type and sides.discussion(d))
        if within_discussion(d, key, kind, date, source):
            return d  # 甲率团赴某地考察，与乙座谈交流 (the visit's days) … 21日举行某座谈会: that discussion, named
        if d.key != key and not alike and not retold and not short:
            continue
        if date is None or d.date is None or "article" in (source, d.date_source):
            return d
        if d.date.startswith(date) or date.startswith(d.date):
            return d
        if d.key == key and printed_numbers(title) and printed_numbers(title) == printed_numbers(d.title):
            return d  # 某届人大某次会议开幕 … 某届人大某次会议闭幕次日: one session, told on two of its days
    return None


def within_discussion(known: Draft, key: str, kind: str, date: str | None, source: str) -> bool:
    """A discussion act dated only by the days of the visit it is told in (甲率团赴某地考察，与乙座谈交流), and a
    named meeting holding a ``discussion`` word on one of those days (21日，两地举行工作交流座谈会): one
    meeting, told first in summary and then by its name and day."""
    talked = any(w in key for w in sides.uses("discussion")) and source in ("clause", "sentence")
    ranged = bool(known.date and known.date_end) and len(date or "") == 10
    inside = ranged and str(known.date) <= str(date) <= str(known.date_end)
    return talked and inside and kind == known.event_type and sides.discussion(known) and not known.planned


def _venue(place: str) -> bool:
    """A place ending with a ``venue_end`` word (某革命公墓, 某会展中心): a venue, which may lie in any city."""
    return place.endswith(rules.uses("venue_end"))


def one_ceremony(ctx: Context, key: str, known: str) -> bool:
    """The ceremony of office ``known`` named again (titlematch.one_ceremony), unless the article has drafted a
    ceremony of this very name (宣誓就职仪式 … 宣誓就职仪式上午10时举行: that one, not the oath told before)."""
    return titlematch.one_ceremony(key, known) and not any(d.key == key for d in ctx.drafts)


HEADLINE_DAYS = 7  # a headline's talks dated by the page: the report's printed day at most this much before
HEADLINE_ACTS = ("talks", "inspection")  # a person's acts a headline names by its actor first (甲会见乙, 甲在某地调研)


def headline_talks(key: str, known: Draft, date: str | None, source: str) -> bool:
    """Talks a headline (or the article's first event) names (甲会见乙一行), dated only by the page or on the
    same day, and talks of the same host the report dates itself at most a few days before (甲于某日在某地
    会见…): one event, the printed day. So is a headline's tour (甲在某县调研时强调) and the tour the report
    tells (某日，甲深入某县就某事进行调研)."""
    printed = source in ("clause", "sentence") and date is not None and len(date) == 10
    opening = known.headline or known.lede  # the headline, or the first event the article tells
    by_page = known.date_source == "article" or known.date == date  # dated by the page, or that very day
    # told once so far (a headline printed twice over tells it once): the next talks of that host are other talks
    once = len({p.evidence.strip() for p in known.provenance}) == 1
    meal = any(w in key and w not in known.key for w in rules.uses("own_meal"))  # 甲会见乙，并与乙共进午餐: two
    if not (opening and once and known.event_type in HEADLINE_ACTS and by_page and printed) or meal:
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


def _bare_then_named(key: str, known: Draft, date: str | None) -> bool:
    """A meeting told first by its noun alone (主持联席会议) and then by its name on that day (在某市—某县某联席会上):
    one meeting, which takes the name."""
    word = rules.trigger_pattern().fullmatch(known.key)
    heads = [m.group() for m in rules.trigger_pattern().finditer(key) if m.end() == len(key)]  # 联席会 / 联席会议
    same_head = any(known.key.startswith(h) or h.startswith(known.key) for h in heads)
    return word is not None and bool(date) and known.date == date and same_head and key != known.key


def add(ctx: Context, draft: Draft, sentence: Sentence, start: int, end: int, rule: str) -> Draft:
    prov = ctx.doc.provenance(ctx.article.index, sentence, start, end, rule)
    draft.headline = headline_line(ctx, sentence)
    reported = sittings.reported_sitting(ctx, draft)
    reported = reported or sittings.main_session_of(ctx, draft)  # 某论坛…出席“某主题”主论坛: the forum
    if reported is not None:  # 大会举行第二次全体会议, 某人代会开幕大会: the meeting reported, one event
        reported.provenance.append(prov)
        return reported
    first = sittings.first_sitting(ctx, draft)
    if first is not None:
        # the meeting reported through its first sitting (某会议举行第三次全体会议): one event, the sitting's name
        first.holder, first.title = first.title, draft.title
        first.provenance.append(prov)
        dating.take_better_date(first, draft)
        return first
    parent = sittings.undated_sitting_parent(ctx, draft)
    if parent is not None:  # 某党代会第二次全体会议 with no day, in the report of the congress's day: that day
        draft.date, draft.date_source = parent.date, "context"
    held = sittings.sitting_held(ctx, draft)
    if held is not None:  # 某会议举行第三次全体会议… 在某会议上 (same day): the sitting reported first
        held.holder = draft.title
        held.provenance.append(prov)
        return held
    told = copies.told_sitting(ctx, draft)  # 本次召开的第二十次全体会议: the sitting named before, planned or held
    known = told or same(ctx, draft.title, draft.date, draft.date_source, draft.event_type, draft.place)
    if known is not None and known.key != draft.key and not known.headline and known.start < sentence.start:
        known = None if next_told(ctx.doc.text, sentence, start) else known  # 召开某工作会议…。随后，又召开了某系统工作会议
    relayed = draft.named_only and rule.split(":")[-1] in rules.uses("relayed_after")
    named_apart = relayed and known is not None and not known.named_only and known.key != draft.key
    # a relayed meeting (传达某电视电话会议精神) is never the meeting relaying it (电视电话会议)
    held = known is not None and told is None and announced_then_held(known, draft)
    apart = known is not None and known.planned != draft.planned and not _both_ahead(ctx, known, draft)
    if known is None or (apart and told is None and not held) or named_apart:
        draft.provenance.append(prov)
        ctx.drafts.append(draft)
        copies.parent_congress(ctx, draft, prov)  # 某党代会举行预备会议: the congress, named, undated
        return draft
    known.planned = known.planned and not held  # 期间甲将与乙会面 … 8日下午，甲与乙会面: one talks, held
    bare = bare_form(draft.key, draft.place, known, draft.date)  # 某市座谈会: never the name it tells again
    if known.named_only and not draft.named_only:
        reported_after_all(known, draft)
    known.provenance.append(prov)
    if not _later_day(known, draft):  # a numbered session told on a later day of it keeps its first day
        dating.take_better_date(known, draft)
    known.place = known.place or draft.place
    if within_discussion(known, draft.key, draft.event_type, draft.date, draft.date_source):
        known.title = draft.title  # the summary's discussion takes the name and the day
        known.date, known.date_end, known.date_text = draft.date, None, draft.date_text
    longer = len(draft.key) > len(known.key) and trigger_form(rule) == "name"
    if longer and (draft.key.endswith(known.key) or titlematch.shortened(draft.key, known.key) or _bare_then_named(draft.key, known, draft.date)):
        known.title = draft.title  # the headline's short name (民营企业座谈会) takes the full one
    elif known.headline and trigger_form(rule) == "name" and known.title != draft.title and not bare:
        known.title = draft.title  # a headline's act (甲乙签署协议) retold by the report's named event
    known.headline = known.headline and draft.headline
    return known


def next_told(text: str, sentence: Sentence, start: int) -> bool:
    """A then-word (随后, 接着) before ``start`` in its sentence: what it names is told after the events of the
    sentences before, never a name of one of them."""
    return any(w in text[sentence.start : start] for w in rules.uses("then_word"))


def _both_ahead(ctx: Context, known: Draft, draft: Draft) -> bool:
    """A headline's event dated after its page (某论坛下月举行) and the report's announcement of it (将于某日举行):
    both dated, both announced (plandays.announced), one event though only one prints a plan word."""
    dated = bool(known.date and draft.date)
    return dated and plandays.announced(ctx, known) and plandays.announced(ctx, draft)


def announced_then_held(known: Draft, draft: Draft) -> bool:
    """Talks announced (``actdraft.announced``: planned) and then reported held on the very day they were
    announced for (访问期间，甲将与乙会面。8日下午，甲与乙会面): one event, held, not a planned and a held one."""
    same_day = bool(known.date) and len(known.date or "") == 10 and known.date == draft.date
    return known.planned and not draft.planned and same_day and known.event_type == draft.event_type == "talks"


def reported_after_all(known: Draft, draft: Draft) -> None:
    """传达某会议精神 (某全会以来) … 某日，某会议在某地举行: a meeting first only named, then reported — an event
    of the article, dated and placed as the report would be alone (docs/gold-conventions.md A1, A2)."""
    known.named_only = False
    known.date, known.date_end, known.date_source = draft.date, draft.date_end, draft.date_source
    known.date_text, known.explicit = draft.date_text, draft.explicit
    known.place, known.lede = draft.place, draft.lede


def _later_day(known: Draft, draft: Draft) -> bool:
    """Whether ``draft`` tells the numbered session ``known`` (某届人大某次会议) on a later day of it."""
    if not (known.date and draft.date and len(known.date) == len(draft.date) == 10):
        return False
    numbered = bool(printed_numbers(draft.title)) and printed_numbers(draft.title) == printed_numbers(known.title)
    return known.key == draft.key and draft.date > known.date and numbered


def same_session(title: str, other: str) -> bool:
    """某省政协十二届二次会议 / 中国人民政治协商会议第十二届某省委员会第二次会议: one session printed short and in
    full — the same edition and session numbers, a ``session_body`` word in the short name and every character
    of the short name in the full one (a body's words are picked from its full name: 政协 from 政治协商)."""
    numbers = printed_numbers(title)
    if len(numbers) < 2 or numbers != printed_numbers(other):
        return False
    short, long = sorted((rules.title_key(title), rules.title_key(other)), key=len)
    if short == long or not any(w in short for w in rules.uses("session_body")):
        return False
    return set(short) <= set(long)


def headline_body(title: str, other: str) -> bool:
    """某市政协会议 in a headline / 中国人民政治协商会议第九届某市委员会第二次会议: a body's meeting named short and
    without numbers, each of its characters in a numbered session's full name (a ``session_body`` word in it)."""
    short, long = sorted((rules.title_key(title), rules.title_key(other)), key=len)
    if printed_numbers(short) or len(printed_numbers(long)) < 2 or short == long:
        return False
    return any(w in short for w in rules.uses("session_body")) and set(short) <= set(long)


def trigger_form(rule: str) -> str:
    """``event:name:…`` → name, ``event:act:…`` → act."""
    return rule.split(":")[1] if rule.count(":") >= 2 else ""


def bare(ctx: Context, word: str, kind: str = "meeting") -> Draft | None:
    """The named event a bare 会议/座谈会 refers to: the last one with that ending, else the last of its type
    (揭牌仪式 → the opening), else the last meeting."""
    live = [d for d in islice(reversed(ctx.drafts), 2 * COMPARED) if not (d.planned or d.named_only or d.passing)]
    if ctx.current is not None and not ctx.current.planned and not ctx.current.passing:
        live.insert(0, ctx.current)
    for d in live:
        if d.title.endswith(word):
            return d
    if word in rules.uses("session_rite"):  # 主持了某会第二次全体会议及闭幕式: the meeting's closing, not the sitting's
        live = [d for d in live if not sittings.sitting_part(d.key)] or live
    same = next((d for d in live if d.event_type == kind), None)
    gathered = next((d for d in live if d.event_type in GATHERINGS), None) if kind in GATHERINGS else None
    return same or gathered or next((d for d in live if d.event_type in SAYS_TYPES), None)  # 会议开幕式: no talks'


def add_listed(ctx: Context, sentence: Sentence, closing: Draft, head: int, start: int) -> None:
    """Register the items of a list of acts before the act closing it (乙启动 in 甲开通、乙启动、丙上线)."""
    text = ctx.doc.text
    while head < start and text[head].isspace():
        head += 1
    begin = head + next((len(w) for w in rules.uses("list_opener") if text.startswith(w, head)), 0)
    at = listed.item_start(text, head, start)
    if at <= begin:
        return
    for part_start, part in listed.parts(text, begin, at - 1):
        word = listed.ends_act(part)
        if word not in rules.uses("listed_act") or len(part) <= len(word) + 1:
            continue  # an item ending with a trigger is an act of its own already
        draft = Draft.undated(part, closing.event_type, part_start, part_start + len(part), closing.place)
        draft.date, draft.date_end, draft.date_source = closing.date, closing.date_end, closing.date_source
        draft.date_text, draft.explicit = closing.date_text, closing.explicit
        add(ctx, draft, sentence, part_start, part_start + len(part), f"event:listed:{word}")
