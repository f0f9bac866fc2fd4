"""dating: the date of an event while its article is read — the governing expression, the article's
date, the day of the event reported before it (``context``, the occasion's day in ``occasiondays``), a name's
own year — for ``events.py``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import Mention, Sentence, TimeExpr
from ..time.articledate import document_date_spans
from . import (
    atmeeting,
    documents,
    eventplaces,
    headlines,
    lasting,
    plandays,
    reported,
    retold,
    sides,
    sittings,
    toldday,
)
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft
from .occasiondays import context_date, side_day, visit_day
from .reported import captioned, carried_day, lede_days, recent_edition, recent_period, recent_report
from .setdate import set_date


def date_held(ctx: Context, sentence: Sentence, draft: Draft, index: int, after: tuple[int, bool]) -> None:
    """A named event told as held: its sentence's day, else the day its context gives (``date_by_context``); a
    name opening its sentence is placed by the rest of it (某会议，4日上午在某地举行) when its clause prints none."""
    (right, subject), text = after, ctx.doc.text
    date_event(ctx, sentence, draft, index)
    if draft.date_source == "article":
        date_by_context(ctx, draft, text, right, sentence.end, subject)
    elif subject and draft.place is None:
        draft.place = eventplaces.place_in(sittings.own_rest(text, right, sentence.end))[0]


def date_by_context(ctx: Context, draft: Draft, text: str, right: int, end: int, subject: bool) -> None:
    """A named event the article dates only by itself: a date later in the sentence it opens (某会议…，
    昨日在某地闭幕), else, for a sitting, the day of the meeting it belongs to (闭幕大会); a session named in
    passing (``passing_session``) is left undated rather than given the article's month."""
    passing = passing_session(draft)
    if subject:
        rest = sittings.own_rest(text, right, end)
        # a session named in passing is not dated by a year later in its sentence (…，确定了今年工作的…)
        dated = [t for t in event_times(ctx, right, right + len(rest)) if t.kind == "date" and t.value]
        expr = next((t for t in dated if not (passing and len(t.value or "") == 4)), None)
        if expr is not None:
            set_date(draft, expr, "sentence")
            draft.place = draft.place or eventplaces.place_in(rest)[0]  # …，29日在某地开幕: there too
            return
    parent = sittings.parent_meeting(ctx)
    if (
        parent is not None
        and sittings.sitting_of(draft.key, rules.title_key(sittings.holder_name(parent)))
        and parent.date
    ):
        draft.date, draft.date_end, draft.date_text = parent.date, None, parent.date_text
        draft.date_source, draft.explicit = "context", parent.explicit
        draft.place = draft.place or parent.place
    elif passing and draft.date_source == "article":
        recent = rules.pattern("passing_recent").match(text, draft.end) is not None  # 刚刚通过了…: this year
        year = (ctx.article.date or "")[:4] if recent else None
        draft.date, draft.date_end, draft.date_text = year or None, None, ""
        draft.date_source = "article" if year else "unresolved"
        atmeeting.session_after(ctx, draft)  # 大会闭幕后，随后召开了某委某届一次全会: the meeting's day
    elif not draft.lede and draft.event_type in parts.CONTEXT_DATED:
        sides.after_meeting(ctx, draft)
    if not passing and draft.date_source == "article":
        atmeeting.held_at_meeting(ctx, draft)  # 会上，还举办了某圆桌论坛: the meeting's day
    if not passing and draft.date_source == "article":
        toldday.report_day(ctx, draft)  # 某考察团抵达某市…。某座谈会在县政府召开: the report's day


def passing_session(draft: Draft) -> bool:
    """A numbered session or congress (十三届全国人大二次会议, 十八大) that is not the article's first event: named
    in passing, it held no session on the article's day or month, so only a date of its own dates it."""
    return not draft.lede and rules.pattern("passing_session").search(draft.title) is not None


def date_planned(ctx: Context, draft: Draft, right: int, left: int, subject: bool = False) -> None:
    """A planned event's date after the plan word (定于6月18日召开…), its own year (2030年度…), or a date
    after it in its clause; a date before the plan word dates the decision (8月16日，会议确定…) — unless the
    planned event is the sentence's subject (9月16日，某协调会第二十次全体会议将在某地召开): that day is its."""
    expr = parts.planned_date(ctx.doc.text, ctx.times(left, draft.start), left, draft.start)
    expr = expr or parts.title_year(ctx.times(draft.start, draft.end), draft.end)
    expr = expr or parts.title_year(ctx.times(draft.end, right), right)
    if expr is None and subject:  # the subject's own day, never one before the article (that dates a decision)
        article_day = (ctx.article.date or "")[:10]
        opening = [t for t in ctx.times(ctx.sentence_at(draft.start).start, left) if t.kind == "date" and t.value]
        alone = opening and not _WORD.search(ctx.doc.text, opening[-1].end, draft.start)  # 9月16日，某会议将…
        expr = opening[-1] if alone and opening[-1].value[:10] >= article_day else None
    if expr is not None:
        expr = ahead(expr, ctx.article.date)
        set_date(draft, expr, "clause")
        lasting.lasting(ctx, draft, expr)  # 明日（5日）将率团…开启为期3日的访问
        return
    opening = _opening(ctx, draft, left)  # 9月16日，某会议将在某地召开: a day after the article's
    if opening is not None:
        set_date(draft, opening, "sentence")
        lasting.lasting(ctx, draft, opening)
        return
    told = retold.retold_days(ctx, draft)  # 某仪式结束后，将举行酒会: the day of the planned event named
    if told is not None:
        draft.date, draft.date_end, draft.date_source = told[0], told[1], "context"
    elif not draft.lede:
        visit_day(ctx, ctx.sentence_at(draft.start), draft)  # 某某将会见其一行: the announced trip's days


def _opening(ctx: Context, draft: Draft, left: int) -> TimeExpr | None:
    sentence = ctx.sentence_at(draft.start)
    first = next((t for t in ctx.times(sentence.start, left) if t.kind == "date" and t.value), None)
    return plandays.opening_day(ctx, draft, left, ahead(first, ctx.article.date) if first else None)


def ahead(expr: TimeExpr, reference: str | None) -> TimeExpr:
    """A planned event's month-day (将于9月18日…) read forward: it lies after the article, not before; so does its
    day printed alone (12月30日的报道：某会议9日举行 → the next month's 9th)."""
    by_month = expr.underspecified.startswith("UNDEF-day")
    if not (expr.value and reference and (by_month or expr.underspecified.startswith("UNDEF-year"))):
        return expr
    if expr.value[:10] >= reference[:10]:
        return expr
    later = _next_month if by_month else _next_year
    if later(expr.value) is None:
        return expr  # 2月29日, 31日: no such day a month or a year on
    return replace(expr, value=later(expr.value), value_end=later(expr.value_end) if expr.value_end else None)


def _next_year(value: str) -> str | None:
    return _valid(f"{int(value[:4]) + 1:04d}{value[4:]}")


def _next_month(value: str) -> str | None:
    year, month = (int(value[:4]) + 1, 1) if value[5:7] == "12" else (int(value[:4]), int(value[5:7]) + 1)
    return _valid(f"{year:04d}-{month:02d}{value[7:]}")


def _valid(value: str) -> str | None:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return None
    return value


_WORD = re.compile(r"\w")  # a word character: anything but punctuation and spaces
_SAME_DAY = "UNDEF-same-day"  # 当日, 当天, 同日 (time/normalization.tsv)
_SOURCE_RANK = {"clause": 4, "sentence": 3, "context": 2, "article": 1, "unresolved": 0}


def better(new: Draft, old: Draft) -> bool:
    def rank(d: Draft) -> tuple[bool, int, int]:
        # a date the text prints for the event beats the article's date, whatever their precision
        printed = bool(d.date) and d.date_source in ("clause", "sentence")
        return (printed, len(d.date or ""), _SOURCE_RANK.get(d.date_source, 0) if d.date else 0)

    return rank(new) > rank(old)


def take_better_date(into: Draft, other: Draft) -> None:
    """``into`` takes ``other``'s date (start, end, source, printed text) when ``other``'s is better."""
    if better(other, into):
        into.date, into.date_end = other.date, other.date_end
        into.date_source, into.date_text = other.date_source, other.date_text


def date_event(
    ctx: Context,
    sentence: Sentence,
    draft: Draft,
    index: int,
    actor: Mention | None = None,
    article_fallback: bool = True,
    act: bool = False,
) -> bool:
    """Date from the expression governing the event (clause, then sentence), never from inside its name;
    else the article's date. False when nothing in the text dates it and no fallback is allowed."""
    expr, source, blocker = _governing(ctx, sentence, draft, act)
    if expr is None and actor is not None:
        expr, source = parts.follow_on(ctx, index, actor.text), "sentence"
    if expr is not None and expr.precision == "year" and parts.name_year(draft.title) not in ("", expr.value):
        expr = None  # 2004年某烟火、2007某灯会都在此举办: another item's year, the name prints its own
    named = parts.title_year(ctx.times(draft.start, draft.end), draft.end) if expr is None else None
    named = None if named is not None and _named_period(named) else named
    recent = named is not None and reported.recent_inside(ctx, draft, blocker, named)  # 日前 in a named edition
    if named is not None and not _edition_year(ctx, draft, named) and not recent:
        expr, source = named, "clause"
    if expr is not None:
        _date_by(ctx, draft, expr, source, act)
        return True
    if blocker is not None:
        return _blocked(ctx, draft, blocker, act)
    by_act = _act_day(ctx, sentence, draft, index) if act else None
    if by_act is not None and (by_act or not draft.planned):  # announced talks need no event reported
        return by_act
    if not article_fallback:
        return False
    # an act too, not only the lede's or a list item's: told without a time word in a dated report, it is of the
    # report's month or of the day the story is at, as a named event is (lane date26, class D8) — unless its
    # words recall it from before the report (某某曾到某地调研)
    if ctx.article.date and not (act and retold.recalled(ctx, draft)):
        _article_day(ctx, draft, index)
    return True


def _named_period(named: TimeExpr) -> bool:
    """A span of months an event's name covers (2031年下半年某项目集中开工仪式, 第三季度某分析会): what the
    event is about, never when it was held; it is dated as a name printing no date is."""
    return named.precision == "month" and bool(named.value_end) and named.value_end != named.value


def _edition_year(ctx: Context, draft: Draft, named: TimeExpr) -> bool:
    """The year an event's name prints (临江·青禾2031年合作联席会议召开) is its edition's, not its date, when
    the article's headline reports it held and the article is dated more precisely within that year: the
    headline's report is the article's, of the article's day."""
    year, date = named.value or "", ctx.article.date or ""
    title, line = rules.compact(ctx.article.title), rules.compact(ctx.sentence_at(draft.start).text)
    headline = bool(title) and len(line) >= 4 and (line in title or title in line)  # as register.add
    own = headline and draft.lede and not draft.planned and len(year) == 4
    return own and len(date) > len(year) and date.startswith(year)


def _governing(
    ctx: Context, sentence: Sentence, draft: Draft, act: bool
) -> tuple[TimeExpr | None, str, TimeExpr | None]:
    """The expression governing the event in its sentence and its source (clause, sentence), or the vague
    or duration expression that blocks any date (近日, 今年以来)."""
    times = event_times(ctx, sentence.start, sentence.end)
    expr, source = parts.governing(times, sentence, draft.start, draft.end)
    if act and expr is not None and headlines.beyond_page(expr, draft, ctx.article.date):
        expr = None  # 《某纲要》公布 2035年…: a target stated after the act
    if expr is not None and expr.kind != "date":
        return None, "", expr
    return expr, source, None


def event_times(ctx: Context, start: int, end: int) -> list[TimeExpr]:
    """The time expressions in ``[start, end)`` that may date an event: never a page's own date (a headline
    glued to its stamp: 某会召开 某网2031-04-13 09:15), nor one opening a byline or a photo credit."""
    sentence = ctx.sentence_at(start)
    page = [(sentence.start + a, sentence.start + b) for a, b in document_date_spans(sentence.text)]
    return [
        t
        for t in ctx.times(start, end)
        if not _byline(ctx.doc.text, t.end) and not any(a <= t.start < b for a, b in page)
    ]


def _date_by(ctx: Context, draft: Draft, expr: TimeExpr, source: str, act: bool) -> None:
    """The event dated by ``expr``: the day of the event just named (推介会当日), else the expression's, with
    the days the event lasts (为期3天); talks or a signing around the event reported take its day."""
    known = named_day(ctx, expr)
    if known is not None:  # 推介会当日: the day of the event just named
        draft.date, draft.date_end, draft.date_text = known.date, None, known.date_text
        draft.date_source, draft.explicit = "context", known.explicit
        return
    set_date(draft, expr, source)
    lasting.lasting(ctx, draft, expr)
    if act and draft.event_type in ("talks", "signing"):
        side_day(ctx, draft)  # 今年…，并共同签署某宣言: the day of the meeting it was signed at


def _blocked(ctx: Context, draft: Draft, blocker: TimeExpr, act: bool) -> bool:
    """A named event stays, undated; an act only when its article reports it as just done (近日…): then the
    period the report's day allows (7月31日讯 日前，某会召开: that month)."""
    issued = act and draft.event_type == "release" and bool(draft.policies)  # 某院日前印发《某方案》
    recent = (draft.lede or issued) and rules.recent_word(blocker.text)
    draft.date_text = blocker.text if recent or not act else ""
    coarse = recent_period(ctx.article.date) if recent else None
    if coarse is not None:
        draft.date, draft.date_source = coarse, "article"
    elif not act and recent_edition(ctx, draft, blocker):
        # 在日前由某会主办的2031江海峰会上: the edition the name prints is the year it was held
        draft.date, draft.date_source = rules.name_year(draft.title), "clause"
    return not act or recent


def _act_day(ctx: Context, sentence: Sentence, draft: Draft, index: int) -> bool | None:
    """An act no time word dates: the day of the visit it is part of, of the photo caption's report, of the
    event reported (talks, signings), the date a notice is signed with or its number's year; None when none
    of them applies (the article's date may still)."""
    if not draft.lede and (before := atmeeting.followed(ctx, draft)) is not None:
        draft.date, draft.date_end, draft.date_source = before.date, None, "context"  # 随后出席…: the day before it
        return True
    if _announced_on_trip(ctx, sentence, draft):
        return None  # 此行还将同乙会谈: announced during the trip under way, no day of its own (A3)
    if not draft.lede and visit_day(ctx, sentence, draft):
        return True
    if len(ctx.article.date or "") == 10 and captioned(ctx, index):
        # a photo caption: the day reported, the lede's own day when it prints one (昨天, 9日) before the page's
        draft.date, draft.date_source = reported.lede_day(ctx) or ctx.article.date, "article"
        return True
    talked = draft.event_type == "meeting" and any(w in draft.title for w in sides.uses("discussion"))
    if (draft.event_type in parts.CONTEXT_DATED or talked) and not draft.lede:
        return context_date(ctx, draft)  # 考察团…并与某局就某事进行了座谈: a discussion during the visit
    signed = signature_date(ctx, draft) if draft.event_type == "release" else None
    if signed is not None:
        set_date(draft, signed, "sentence")  # 某办公厅印发…的通知 … 某办公厅 / 2031年5月6日
        return True
    numbered = documents.own_number_year(ctx, draft.start) if draft.event_type == "release" else ""
    if numbered and numbered < (ctx.article.date or "")[:4]:
        draft.date, draft.date_source, draft.date_text = numbered, "clause", numbered  # 某发〔2030〕12号
        return True
    return None


def _announced_on_trip(ctx: Context, sentence: Sentence, draft: Draft) -> bool:
    """An act announced (a plan word before it in its clause: 此行还将同乙会谈) while the article's visit is under way
    (told, not planned, on the page's day or before): it has no day of its own."""
    page, text = ctx.article.date or "", ctx.doc.text
    left, _ = rules.clause_bounds(text, draft.start, draft.start, sentence.start, sentence.end)
    if not any(w in text[left : draft.start] for w in rules.words("plan_words.txt")):
        return False
    return any(d.event_type == "visit" and not d.planned and d.date and d.date[: len(page)] <= page for d in ctx.drafts)


def _article_day(ctx: Context, draft: Draft, index: int) -> None:
    """Only the article's own report is dated as precisely as the article: another event it mentions
    without a date happened around then, so it keeps the month (or the day the story is at). A report that
    opens 近日 tells its events as recent, not as of its day; one whose lede prints a range, as of its days."""
    told = None if draft.lede else retold.retold_days(ctx, draft)  # 升旗仪式结束后…: the day of the event named
    if told is not None:
        draft.date, draft.date_end, draft.date_source = told[0], told[1], "context"
        return
    carried = None if draft.lede else carried_day(ctx, index, draft.start)
    daypart = None if draft.lede or carried else reported.daypart_day(ctx, index)  # 晚上出席某宴会: that day
    carried = (daypart, None) if daypart else carried
    own = reported.lede_day(ctx) if draft.lede else None  # 昨天… in a page of today: the report's is yesterday
    date = (own or ctx.article.date) if draft.lede else carried[0] if carried else (ctx.article.date or "")[:7]
    date = recent_period(date) if draft.lede and recent_report(ctx) else date
    draft.date, draft.date_source = date, "article" if date else "unresolved"
    draft.date_end = carried[1] if carried else draft.date_end
    during = draft.event_type in lasting.DURING  # talks or a signing on one of the lede's days: never all of them
    days = lede_days(ctx) if draft.lede and date == ctx.article.date and not during else None
    if days is not None:  # 某月某日至某日，某某一行来某地调研: the report's event lasts the lede's days
        draft.date, draft.date_end = days


def named_day(ctx: Context, expr: TimeExpr) -> Draft | None:
    """某推介会当日 / 会议当天: a same-day word right after an event's name means that event's day; the
    article's event of that name (held, dated to the day), else None."""
    if expr.underspecified != _SAME_DAY:
        return None
    text = ctx.doc.text
    words = [m for m in rules.trigger_pattern().finditer(text, max(expr.start - 8, 0), expr.start)]
    word = words[-1] if words else None
    if word is None or word.end() != expr.start:
        return None
    held = (d for d in reversed(ctx.drafts) if not d.planned and d.date and len(d.date) == 10)
    return next((d for d in held if d.title.endswith(word.group())), None)


def signature_date(ctx: Context, draft: Draft) -> TimeExpr | None:
    """The date a notice is signed with: its issuer (the act's subject) then a full date ending the line,
    on one line or two (某办公厅 / 2031年5月6日)."""
    signed = documents.signature(ctx, draft.end, len(ctx.doc.text))
    return signed[1] if signed is not None and draft.title.startswith(signed[0]) else None


def date_retold(ctx: Context, sentence: Sentence, known: Draft, start: int, end: int, index: int) -> None:
    """The headline's (or the first) act dated only by the page (某代表团赴某省考察) or by a year (“2031年某考察团”
    莅临考察), retold in the body with a date of its own (11月22日至23日，某代表团赴某省学习考察): the body's date,
    range included, is the event's."""
    coarse = known.date_source == "article" or (known.date_source == "clause" and len(known.date or "") == 4)
    if not ((known.headline or known.lede) and coarse):
        return
    probe = Draft.undated(known.title, known.event_type, start, end)
    dated = date_event(ctx, sentence, probe, index, article_fallback=False, act=True)
    if dated and probe.date_source in ("clause", "sentence"):
        take_better_date(known, probe)


def _byline(text: str, end: int) -> bool:
    """A date opening a byline or a photo credit (2031-05-06 某报记者 某某 摄): it dates the page, not events."""
    window, nots = text[end : end + _BYLINE_REACH], rules.uses("byline_not")
    return any(
        not text.startswith(nots, end + i)
        for w in rules.uses("byline")
        for i in range(len(window))
        if window.startswith(w, i)
    )  # 今下午举行记者会: a press conference, no byline


_BYLINE_REACH = 8  # how far after a date a byline word makes it the page's
