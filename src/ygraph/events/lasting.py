"""lasting: the days an event lasts when its sentence prints one day and then the event's length (5日抵达某市，
开始为期4天的访问 → the 5th to the 8th; 18日结束为期三天的访问 → the 16th to the 18th), for ``dating``.

The length is ``time/rules.tsv`` ``event_length`` (a duration valued ``LENGTH``); its count of days is
``events/patterns.tsv`` ``length_days`` (read by ``numerals.count_value``); an ending word
(``length_ends``: 结束, 闭幕) between the day and the length makes the day the last one. A range or a
coarser date is left as printed; so is an act that takes place during a stay (会见, 签署): its stay lasts,
not the act.

A gathering reported for one day and named again by its noun alone, as the subject of a later sentence that prints
its range (某论坛今晚开幕。…本届论坛于十四日至二十一日在某地举办), lasts that range (``told_range``: the opening day
is the gathering's, gold-conventions A7, B3)."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import TimeExpr
from ..punctuation import CLAUSE_BREAKS
from ..time.numerals import count_value
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .eventparts import LENGTH

NAME_SPAN = 30  # how far after a length the name of the event it measures may end
MAX_DAYS = 31  # a longer stay is told in weeks or months: no range is read from it
GATHERINGS = ("meeting", "forum", "other")  # events a range of days is told for (not an act of one day)
DURING = ("talks", "signing", "release")  # acts held during a stay: the stay's length is not theirs


def length_days(text: str) -> int | None:
    """The days of an event's length as printed (为期3天 → 3, 為期兩日 → 2); None for anything else
    (为期半天, 为期10余天, 为期两周)."""
    m = rules.pattern("length_days").search(text)
    n = count_value(m.group("n")) if m else None
    return n if n is not None and 2 <= n <= MAX_DAYS else None


def _names_other(text: str, at: int, event_type: str) -> bool:
    """Whether another kind of event is named after a length in its clause (赴某市，参加为期3天的某论坛): the
    length is that event's (a visit's trip named after it, 开启为期3日的访问行程, is the visit's own)."""
    stop = min(len(text), at + NAME_SPAN)
    stop = next((i for i in range(at, stop) if text[i] in CLAUSE_BREAKS), stop)
    m = rules.trigger_pattern().search(text, at, stop)
    return m is not None and rules.triggers()[m.group()].event_type != event_type


def lasting(ctx: Context, draft: Draft, expr: TimeExpr) -> None:
    """The days of ``draft``, just dated to the day by ``expr``, when a length follows that day in its
        sentence with no other date between them: from the day on, or up to it after an ending word. An event
    named before the length takes it unless another kind of event is named right after it (抵达某地，开启为期
    5天的某某之旅 is the arrival's; 赴某市，参加为期3天的某论坛 the forum's)."""
    if draft.event_type in DURING or draft.date_end or len(draft.date or "") != 10 or expr.value_end:
        return
    sentence = ctx.sentence_at(expr.start)
    later = ctx.times(expr.end, sentence.end)
    length = next((t for t in later if t.underspecified == LENGTH), None)
    if length is None or any(t.kind == "date" and t.end <= length.start for t in later):
        return
    days = length_days(length.text)
    if days is None or (draft.end <= length.start and _names_other(ctx.doc.text, length.end, draft.event_type)):
        return  # 1日率团赴某市，参加为期3天的某论坛: the length of the forum named after it, not the trip's
    day = date.fromisoformat(draft.date or "")
    if rules.pattern("length_ends").search(ctx.doc.text, expr.end, length.start):
        draft.date, draft.date_end = (day - timedelta(days=days - 1)).isoformat(), day.isoformat()
    else:
        draft.date_end = (day + timedelta(days=days - 1)).isoformat()


def told_range(ctx: Context, refs: list[Ref]) -> None:
    """The range printed for the gathering reported when a sentence opens with its noun alone (bare, after a
    ``title_prefixes.txt`` word at most: 此次论坛, 会议) and its clause prints one range of days holding the day
    the gathering was dated to, then a ``held_verb`` (举办, 举行): the gathering takes that range."""
    for ref in refs:
        draft = ref.draft
        if not ref.bare or draft.planned or draft.date_end or draft.event_type not in GATHERINGS:
            continue
        if len(draft.date or "") != 10 or draft is not ctx.current:
            continue
        sentence = ctx.sentence_at(ref.start)
        opening = rules.compact(ctx.doc.text[sentence.start : ref.start])
        if opening and opening not in rules.words("title_prefixes.txt"):
            continue
        _, right = clause(sentence, ref.start, ref.end)
        dates = [t for t in ctx.times(ref.end, right) if t.kind == "date"]
        if len(dates) != 1 or not dates[0].value_end or len(dates[0].value or "") != 10:
            continue
        first, last = dates[0].value or "", dates[0].value_end or ""
        held = ctx.doc.text[dates[0].end : right]
        if first <= (draft.date or "") <= last and any(w in held for w in rules.uses("held_verb")):
            draft.date, draft.date_end, draft.date_text = first, last, dates[0].text
