"""occasiondays: the day of an act told during the event its article reports — talks or a signing printed
without a day (会见前，双方签署了…), an act around the event (会后…), a part of a group's visit (在港期间…), an
event held at another (某推介会上还举行了某仪式) — for ``dating``: the occasion's day, place and range.
"""

from __future__ import annotations

from ..model import Sentence
from . import eventparts as parts
from . import eventrules as rules
from . import headlines, sides
from .draft import Context, Draft, announced_trip


def context_date(ctx: Context, draft: Draft) -> bool:
    """Talks or a signing printed without a day (会见前，双方签署了…) happened on the day (and at the place)
    of the event the article is reporting when it is dated to the day — during a visit of several days, on
    those days: date source ``context``."""
    current = ctx.current
    if current is not None and current.date_source == "article" and len(current.date or "") < 10:
        # 举办某某周系列活动 during a trip, dated by no word of its own: the trip is still what is reported
        current = next((d for d in reversed(ctx.drafts) if d.event_type == "visit" and not d.planned and len(d.date or "") == 10), current)
    if current is None or current.planned or not current.date:
        return False
    if len(current.date) < 10 and not (current.event_type == "visit" and draft.event_type in parts.IN_VISIT_MONTH):
        return False  # a visit told by its month (日前): its banquet and talks are of that month too
    side = sides.side_act(ctx, draft, current)  # 会前，某某会见…; 会后双方签署…; 中午宴请…: an act of its own
    if draft.event_type == "talks" and current.event_type in ("meeting", "forum") and not side:
        return False  # 会见 during a meeting or forum is taking part in it
    opening = rules.compact(ctx.doc.text[ctx.sentence_at(draft.start).start : draft.start])
    after = draft.event_type == "signing" and (opening.startswith(rules.uses("after_meeting")) or bool(side))
    headline = headlines.headline_act(ctx.drafts, draft) if draft.event_type == "signing" else None
    if draft.event_type in ("signing", "visit") and current.event_type != "talks" and not (after or headline):
        # an agreement signed at a meeting is its outcome (policies), unless the headline reports the signing
        # (甲乙签署合作协议 … 会上，甲与乙签署了合作协议): then the meeting's day is the signing's; a visit needs its talks
        return False
    draft.date, draft.date_end, draft.date_text = current.date, stay_end(current), current.date_text
    # the day of an event dated only by the page (the headline's 甲会见乙) is the page's too: a report below
    # with a day of its own (会见后，甲乙签署…) is the same act, and its day wins (register.same)
    source = "article" if current.date_source == "article" else "context"
    draft.date_source, draft.explicit = source, current.explicit
    draft.place = draft.place or current.place  # the same occasion
    draft.side, draft.around = side, current if side else None
    return True


def stay_end(current: Draft) -> str | None:
    """The last day an act told during ``current`` may have taken place on: a visit's last day (某月某日至某日…
    访问 … 其间会见了某某: one of its days, not printed, never its first day alone), else None (that day)."""
    return current.date_end if current.event_type == "visit" else None


def side_day(ctx: Context, draft: Draft) -> None:
    """An act told around the event reported (sides.side_act) dated by that event's day, or by a coarse period
    holding it (今年…，并共同签署…), took place on that day, around it."""
    current = ctx.current
    if current is None or current.planned or not current.date or len(current.date) < 10 or not draft.date:
        return
    if len(draft.date) > len(current.date) or not current.date.startswith(draft.date):
        return
    side = sides.side_act(ctx, draft, current)
    if side:
        draft.date, draft.date_end, draft.date_text = current.date, stay_end(current), current.date_text
        draft.date_source, draft.explicit, draft.side, draft.around = "context", current.explicit, side, current
        draft.place = draft.place or current.place


def same_occasion(outer: Draft, inner: Draft) -> None:
    """An event held at another (某推介会上还举行了某仪式) takes its day and place when it has none finer."""
    if outer.date and (not inner.date or len(inner.date) < len(outer.date)) and not inner.planned:
        inner.date, inner.date_end, inner.date_text = outer.date, outer.date_end, outer.date_text
        inner.date_source, inner.explicit = "context", outer.explicit
    inner.place = inner.place or outer.place


_VISIT_PARTS = ("talks", "meeting", "signing", "other")


def visit_day(ctx: Context, sentence: Sentence, draft: Draft) -> bool:
    """Talks, a discussion or a signing without a time word told during a group's visit (在港期间，代表团与
    某某会面; 考察团一行与某某进行座谈): a ``visit_during`` word before it in its sentence, or the group (a
    ``delegation`` word, 一行) in its clause, makes it a part of the article's latest dated visit: its days and
    place (date source ``context``). An announced act (将会见某某一行) is part of the latest announced visit, the
    group anywhere in its clause (docs/gold-conventions.md B3: an act of no day of its own takes the trip's)."""
    if draft.event_type not in _VISIT_PARTS:
        return False
    text = ctx.doc.text
    left, right = rules.clause_bounds(text, draft.start, draft.start, sentence.start, sentence.end)
    during = any(w in text[sentence.start : draft.start] for w in rules.uses("visit_during"))
    told = text[left : right if draft.planned else draft.start]  # 将会见某某一行: an announced trip's guests
    group = any(w in told for w in (*rules.uses("delegation"), *rules.uses("group_end")))
    # an announced act is part of an announced trip (某某将于7月1日至5日率团访问 … 某某将会见其一行), a held act
    # of a trip held
    # (a trip set off on tomorrow is flagged planned only later: announced_trip)
    visits = (d for d in reversed(ctx.drafts) if d.event_type == "visit" and draft.planned in (d.planned, announced_trip(ctx, d)))
    visit = next((d for d in visits if d.date), None)
    if not (during or group) or visit is None or visit is draft:
        return False
    draft.date, draft.date_end, draft.date_text = visit.date, visit.date_end, visit.date_text
    draft.date_source, draft.explicit = "context", visit.explicit
    draft.place = draft.place or visit.place
    return True


def trip_part(ctx: Context, sentence: Sentence, start: int, framed: bool = False) -> bool:
    """Talks announced with the visiting group in their clause (某某将会见某某一行), or in a sentence opened by the
    trip's frame (``framed``), after a trip announced with its days: part of that trip, dated by it
    (gold-conventions B3), never a plan only named."""
    text = ctx.doc.text
    left, right = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    group = framed or any(w in text[left:right] for w in (*rules.uses("delegation"), *rules.uses("group_end")))
    return group and any(d.event_type == "visit" and d.date and announced_trip(ctx, d) for d in ctx.drafts)


def trip_framed(ctx: Context, sentence: Sentence) -> bool:
    """The sentence opens with a trip's frame (某某访问某国期间，: patterns.tsv trip_frame)."""
    return bool(rules.pattern("trip_frame").match(rules.compact(sentence.text)))
