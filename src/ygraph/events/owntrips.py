"""owntrips: a person's own trip printed with its day (某市长某某7日到访某市, 某某于5月2日至6日访问某国): the
page reports the trip as it happens, so it is a ``visit`` of that person even with no group named and no talks
told (lane trips28). A visit word with no day printed before it in its clause (某某此次访华, 访华期间) stays
a trip told through its talks (``visits.person_visit``); the words are ``own_trips.txt``."""

from __future__ import annotations

from ..punctuation import COMMAS
from . import eventrules as rules
from .draft import Context

_GAP = 6  # at most these characters between the traveller and the verb, the day left out (于, 上午, 起)


def dated_own_trip(ctx: Context, trigger: rules.Trigger, span: tuple[int, int, int, int]) -> bool:
    """Whether the visit word at ``start…end`` is a person's own trip: an ``own_trips.txt`` word with a
    destination after it in its clause, the person printed before it, and a day printed in the clause before the
    word (8日，甲访问某地 / 甲8日到访某地); nothing but the day and a few characters between person and word."""
    left, start, end, right = span
    text = ctx.doc.text
    if trigger.event_type != "visit" or trigger.word not in rules.words("own_trips.txt"):
        return False
    if not rules.compact(text[end:right]):
        return False  # 某某8日到访: no destination, no trip of its own
    person = next((p for p in reversed(ctx.people(left, start)) if p.end <= start), None)
    if person is None:
        return False
    days = [t for t in ctx.times(left, start) if t.kind == "date" and t.precision == "day"]
    if not days and not _day_opener(ctx, left):
        return False
    gap = "".join(
        ch for i, ch in enumerate(text[person.end : start], person.end) if not any(t.start <= i < t.end for t in days)
    )
    gap = rules.compact(gap)
    if len(gap) > _GAP or rules.trigger_pattern().search(gap) or rules.participation_pattern().search(gap):
        return False  # 甲8日会见来访的乙: another verb between, the person does something else
    blocked = (*rules.uses("object_marker"), *rules.uses("welcomes"), *rules.words("not_before.txt"))
    return not any(w in gap for w in blocked)


def _day_opener(ctx: Context, left: int) -> bool:
    """Whether the clause before ``left`` is a day alone opening the sentence (8日上午，甲访问某地)."""
    sentence = ctx.sentence_at(left)
    days = [t for t in ctx.times(sentence.start, left) if t.kind == "date" and t.precision == "day"]
    if not days:
        return False
    text = ctx.doc.text
    before, after = rules.compact(text[sentence.start : days[0].start]), rules.compact(text[days[-1].end : left])
    return not before and all(ch in COMMAS for ch in after)
