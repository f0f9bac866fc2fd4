"""lasting: the days an event lasts when its sentence prints one day and then the event's length (5日抵达某市，
开始为期4天的访问 → the 5th to the 8th; 18日结束为期三天的访问 → the 16th to the 18th), for ``dating``.

The length is ``time/rules.tsv`` ``event_length`` (a duration valued ``LENGTH``); its count of days is
``events/patterns.tsv`` ``length_days`` (read by ``numerals.count_value``); an ending word
(``length_ends``: 结束, 闭幕) between the day and the length makes the day the last one. A range or a
coarser date is left as printed; so is an act that takes place during a stay (会见, 签署): its stay lasts,
not the act."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import TimeExpr
from ..punctuation import CLAUSE_BREAKS
from ..time.numerals import count_value
from . import eventrules as rules
from .draft import Context, Draft
from .eventparts import LENGTH

NAME_SPAN = 30  # how far after a length the name of the event it measures may end
MAX_DAYS = 31  # a longer stay is told in weeks or months: no range is read from it
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
