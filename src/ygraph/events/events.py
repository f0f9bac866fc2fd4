"""events: dated, typed, placed events with participants and policies in one article.

*Named* events (…座谈会, …论坛: the name as printed) count when the text says they took place or are
planned; *act* events (揭牌运行, 考察, 致唁电: the subject does something) when their clause or sentence
is dated, or they open the article. A bare mention (会议, 此次座谈会) is not a new event: it points back
to the last named one and carries its participants. Vocabulary: ``lexicons/zh/events/``; see docs/events.md.
"""

from __future__ import annotations

import re

from ..model import (
    Article,
    Document,
    Event,
    Mention,
    Participation,
    Sentence,
    TimeExpr,
)
from ..punctuation import ASIDE
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft, Ref

_SAYS_TYPES = ("meeting", "forum")


def extract_events(doc: Document, article: Article, mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
    persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: (m.start, m.end))
    blocked = sorted((m.start, m.end) for m in mentions if m.kind in ("person", "position"))
    ctx = Context(doc, article, persons, blocked)
    for index, sentence in enumerate(article.sentences):
        before = ctx.current
        refs = _refs(ctx, index, sentence)
        parts.participation(ctx, sentence, refs, before)
        parts.policies(ctx, sentence, refs)
    return tuple(_finish(ctx, d) for d in ctx.drafts)


def _refs(ctx: Context, index: int, sentence: Sentence) -> list[Ref]:
    found: list[Ref] = []
    matches = list(rules.trigger_pattern().finditer(sentence.text))
    for k, m in enumerate(matches):
        trigger = rules.triggers()[m.group()]
        following = rules.triggers()[matches[k + 1].group()] if k + 1 < len(matches) else None
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if trigger.form == "name" and following and following.form == "name" and _runs_on(
            ctx, sentence, start, sentence.start + matches[k + 1].start()
        ):
            continue  # 博览会开幕式, 博览会新闻发布会: the name goes on to the next trigger
        if trigger.form == "name":
            ref = _named(ctx, index, sentence, trigger, start, end)
        else:
            ref = _act(ctx, index, sentence, trigger, start, end, found)
        if ref is not None:
            found.append(ref)
            ctx.current = ref.draft
    return found


def _runs_on(ctx: Context, sentence: Sentence, start: int, following: int) -> bool:
    """Whether the name ending at the next trigger (at ``following``) reaches back over this one."""
    left, _ = _clause(sentence, following, following + 1)
    if left > start:
        return False
    return rules.name_start(ctx.doc.text, following, left, ctx.blocked_in(left, following)) <= start


def _named(
    ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, start: int, end: int
) -> Ref | None:
    text = ctx.doc.text
    left, right = _clause(sentence, start, end)
    if any(text.startswith(w, end) for w in rules.words("not_after.txt")):
        return None
    walked = rules.name_start(text, start, left, ctx.blocked_in(left, start))
    name_start = rules.strip_prefixes(text, walked, start)
    title = rules.compact(text[name_start:end])
    if len(title) < len(trigger.word) + 2:
        convener = parts.convener(ctx, left, start) if walked == start else ""
        if not convener:
            draft = _bare(ctx, trigger.word, trigger.event_type)
            return Ref(start, end, draft, True) if draft else None
        title, name_start = convener + trigger.word, start
    elif len(title) <= len(trigger.word) + 3 and walked == name_start:
        # a generic name (常委会会议) is the convener's: 某市委召开常委会会议 → 某市委常委会会议
        title = parts.convener(ctx, left, name_start) + title
    if rules.counted(title):
        return None
    prefix = text[left:name_start].rstrip()
    planned = any(w in parts.plan_window(ctx, index, left) + prefix for w in rules.words("plan_words.txt"))
    planned = planned or parts.plan_after(text, end, right)
    said = rules.happening()
    happened = (
        planned
        or any(prefix.endswith(w) for w in said.before)
        or any(w in text[end:right] for w in said.after)
        or any(prefix.endswith(a) and text.startswith(b, end) for a, b in said.around)
    )
    if not happened:
        known = _same(ctx, title, None)
        return Ref(name_start, end, known, False) if known else None
    place, _, _ = rules.place_in(text[left:right])
    lede = not ctx.drafts and index < 3
    draft = Draft(
        title, trigger.event_type, name_start, end, None, None, "unresolved", "", place, planned, lede
    )
    if planned:
        _date_planned(ctx, draft, right, left)
    else:
        _date(ctx, sentence, draft, index)
    rule = f"event:name:{trigger.word}"
    return Ref(name_start, end, _add(ctx, draft, sentence, start, end, rule), False)


def _date_planned(ctx: Context, draft: Draft, right: int, left: int) -> None:
    """A planned event's date after the plan word (定于6月18日召开…), its own year (2030年度…), or a date
    after it in its clause; a date before the plan word dates the decision (8月16日，会议确定…)."""
    expr = parts.planned_date(ctx.doc.text, ctx.times(left, draft.start), left, draft.start)
    expr = expr or parts.title_year(ctx.times(draft.start, draft.end), draft.end)
    expr = expr or parts.title_year(ctx.times(draft.end, right), right)
    if expr is not None:
        expr = parts.ahead(expr, ctx.article.date)
        _set_date(draft, expr, "clause")


def _act(
    ctx: Context,
    index: int,
    sentence: Sentence,
    trigger: rules.Trigger,
    start: int,
    end: int,
    refs: list[Ref],
) -> Ref | None:
    text = ctx.doc.text
    left, right = _clause(sentence, start, end, ASIDE)
    after = (*rules.words("not_after.txt"), *rules.uses("act_modifier"))
    if any(text.startswith(w, end) for w in after):
        return None
    if any(text[left:start].rstrip().endswith(w) for w in rules.words("not_before.txt")):
        return None
    if any(len(w) > 1 and w in text[left:start] for w in rules.words("plan_words.txt")):
        return None  # 某新区将于6月1日揭牌: announced, not done (planned acts are left to their reports)
    actor = next((p for p in ctx.people(left, start) if p.end <= start), None)
    if actor is not None and any(w in text[left : actor.start] for w in rules.uses("object_marker")):
        actor = None  # 就某某逝世 / 向某某: the person is the object, not the one acting
    if trigger.event_type in parts.PERSON_ACTS and actor is None:
        return None
    lede = not ctx.drafts and index < 3
    draft = parts.act_draft(ctx, sentence, trigger, (start, end), (left, right), actor, refs, lede)
    if draft is None:
        return None
    # a named person's act stays even undated (某某曾到某地调研: W040), another act needs a date
    keep = lede or (actor is not None and trigger.event_type in parts.PERSON_ACTS)
    if not _date(ctx, sentence, draft, index, actor, article_fallback=keep, act=True):
        return None
    if trigger.form == "visit" and draft.date_source not in ("clause", "sentence"):
        return None
    ref = Ref(start, end, _add(ctx, draft, sentence, start, end, f"event:act:{trigger.word}"), False)
    if actor is not None:
        prov = ctx.doc.provenance(
            ctx.article.index, sentence, actor.start, actor.end, f"participation:{trigger.word}"
        )
        ref.draft.participants.setdefault(
            (actor.text, "attended"), Participation(actor.text, "attended", prov)
        )
    return ref


def _clause(sentence: Sentence, start: int, end: int, extra: str = "") -> tuple[int, int]:
    rel_left, rel_right = rules.clause_bounds(sentence.text, start - sentence.start, end - sentence.start)
    if extra:
        cut = sentence.text.rfind(extra, rel_left, start - sentence.start)
        rel_left = cut + len(extra) if cut >= 0 else rel_left
    return sentence.start + rel_left, sentence.start + rel_right


def _bare(ctx: Context, word: str, kind: str = "meeting") -> Draft | None:
    """The named event a bare 会议/座谈会 refers to: the last one with that ending, else the last of its type
    (揭牌仪式 → the opening), else the last meeting."""
    live = [d for d in reversed(ctx.drafts) if not d.planned]
    if ctx.current is not None and not ctx.current.planned:
        live.insert(0, ctx.current)
    for d in live:
        if d.title.endswith(word):
            return d
    same = next((d for d in live if d.event_type == kind), None)
    return same or next((d for d in live if d.event_type in _SAYS_TYPES), None)


def _same(ctx: Context, title: str, date: str | None, source: str = "", kind: str = "") -> Draft | None:
    """The draft of this article with the same name and a compatible date; a headline dated only by the
    article (source ``article``) is the same event as the dated report below it, named alike."""
    key = rules.title_key(title)
    for d in ctx.drafts:
        headline = ("article" in (source, d.date_source) or d.lede) and d.event_type == kind
        if d.key != key and not (headline and rules.headline_alike(key, d.key)):
            continue
        if date is None or d.date is None or "article" in (source, d.date_source):
            return d
        if d.date.startswith(date) or date.startswith(d.date):
            return d
    return None


def _add(ctx: Context, draft: Draft, sentence: Sentence, start: int, end: int, rule: str) -> Draft:
    prov = ctx.doc.provenance(ctx.article.index, sentence, start, end, rule)
    known = _same(ctx, draft.title, draft.date, draft.date_source, draft.event_type)
    if known is None or known.planned != draft.planned:
        draft.provenance.append(prov)
        ctx.drafts.append(draft)
        return draft
    known.provenance.append(prov)
    if _better(draft, known):
        known.date, known.date_end, known.date_source, known.date_text = (
            draft.date,
            draft.date_end,
            draft.date_source,
            draft.date_text,
        )
    known.place = known.place or draft.place
    if len(draft.key) > len(known.key) and draft.key.endswith(known.key):
        known.title = draft.title  # the headline's short name (民营企业座谈会) takes the full one
    return known


_SOURCE_RANK = {"clause": 3, "sentence": 2, "article": 1, "unresolved": 0}


def _better(new: Draft, old: Draft) -> bool:
    def rank(d: Draft) -> tuple[bool, int, int]:
        # a date the text prints for the event beats the article's date, whatever their precision
        printed = bool(d.date) and d.date_source in ("clause", "sentence")
        return (printed, len(d.date or ""), _SOURCE_RANK.get(d.date_source, 0) if d.date else 0)

    return rank(new) > rank(old)


def _date(
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
    expr, source = parts.governing(ctx.times(sentence.start, sentence.end), sentence, draft.start, draft.end)
    blocker = expr if expr is not None and expr.kind != "date" else None  # 近日, 今年以来: no date
    expr = None if blocker else expr
    if expr is None and actor is not None:
        expr, source = parts.follow_on(ctx, index, actor.text), "sentence"
    if expr is None:
        expr, source = parts.title_year(ctx.times(draft.start, draft.end), draft.end), "clause"
    if expr is not None:
        _set_date(draft, expr, source)
        return True
    if blocker is not None:
        # a named event stays, undated; an act only when its article reports it as just done (近日…)
        recent = draft.lede and rules.compact(blocker.text) in rules.words("recent_words.txt")
        draft.date_text = blocker.text if recent or not act else ""
        return not act or recent
    if not article_fallback:
        return False
    if ctx.article.date and (draft.lede or not act):
        # Only the article's own report is dated as precisely as the article: another event it mentions
        # without a date happened around then, so it keeps the month.
        date = ctx.article.date if draft.lede else ctx.article.date[:7]
        draft.date, draft.date_source = date, "article"
    return True


def _set_date(draft: Draft, expr: TimeExpr, source: str) -> None:
    draft.date_text = expr.text
    draft.date, draft.date_end = expr.value, expr.value_end
    draft.date_source = source if expr.value else "unresolved"
    draft.explicit = expr.anchor is None  # a full date printed in the text needs no reference year


def _finish(ctx: Context, draft: Draft) -> Event:
    relative = draft.date_source == "article" or (
        draft.date_source in ("clause", "sentence") and not draft.explicit
    )
    if ctx.article.date_source == "cross_document" and relative:
        # the year came from another document (year hints), whatever expression gave month and day
        draft.date_source = "cross_document"
    first = next((d for d in ctx.drafts if not d.planned), None)
    if ctx.pending and draft is first and draft.lede and draft.event_type in _SAYS_TYPES:
        # people listed in a headline before the report of the meeting they attended
        for p in ctx.pending:
            draft.participants.setdefault((p.person, p.relation), p)
    # the dateline place is where the article's own report happened, on the dateline's day
    on_dateline_day = draft.lede and draft.date is not None and draft.date == ctx.article.date
    place = draft.place or (ctx.article.place if on_dateline_day else None)
    date = draft.date
    return Event(
        id=f"event:{date or 'undated'}:{draft.title}",
        title=draft.title,
        event_type=draft.event_type,
        date=date,
        date_end=draft.date_end if date else None,
        date_source=draft.date_source if date else "unresolved",
        date_text=re.sub(r"\s+", "", draft.date_text),
        place=place,
        planned=draft.planned,
        participants=tuple(sorted(draft.participants.values(), key=_participation_key)),
        policies=tuple(sorted(draft.policies.values(), key=lambda p: (p.title, p.relation))),
        provenance=tuple(draft.provenance),
    )


def _participation_key(p: Participation) -> tuple[str, str, int]:
    return (p.person, p.relation, p.provenance.start)
