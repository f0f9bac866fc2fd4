"""baremeetings: a meeting printed by its kind alone right after a word of holding it (某某在某县调研并召开座谈会,
某某主持座谈会, 稍后举行的对接会上) during a tour, a visit, a signing or talks the article told, and no meeting
before it: a meeting of its own, held on the day its sentence prints (gold-conventions A8), titled by the noun. Words: ``bare_meetings.tsv``; lane meetings29,
``tests/test_meetings29.py``. A meeting the article told already is what the noun points back to
(``register.bare``), so this module adds nothing then."""

from __future__ import annotations

from .. import lexicons
from ..model import Sentence
from . import dating, eventmodel, eventplaces, guards
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .register import add

_GATHERINGS = ("meeting", "forum")  # what a bare meeting noun refers back to when the article told one
_OUTINGS = ("inspection", "visit", "signing", "talks")  # what a meeting of its own is held during (A8)


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses("events/bare_meetings.tsv", use)


def held(ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int]) -> Ref | None:
    """The meeting named by the bare ``trigger`` noun at ``span`` right after a ``verb`` of holding it, dated by
    its sentence; None when the noun is no such kind, the article told no outing it is held during or a meeting
    already, or the clause announces, negates, repeats or lists it."""
    start, end = span
    outing = _outing(ctx) if trigger.word in _uses("noun") else None
    if outing is None:
        return None
    left, right = clause(sentence, start, end)
    text = ctx.doc.text
    before = rules.compact(text[left:start])
    verb = next((w for w in _uses("verb") if before.endswith(w)), "")
    if not verb or _not_happening(before[: len(before) - len(verb)], before):
        return None
    if guards.kind_list(text, left, end, right):
        return None  # 通过召开座谈会、实地走访等方式: a way of working, no one meeting
    place, _, _ = eventplaces.place_in(text[left:right])
    lede = not eventmodel.told(ctx) and index < 3
    draft = Draft.undated(trigger.word, trigger.event_type, start, end, place, False, lede)
    dating.date_event(ctx, Sentence(sentence.start, right, text[sentence.start : right]), draft, index)
    if draft.date is None:  # no day in its sentence: held on the outing's day(s) (B3)
        draft.date, draft.date_end, draft.date_source = outing.date, outing.date_end, outing.date_source
        draft.date_text, draft.explicit = outing.date_text, outing.explicit
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"event:bare_meeting:{trigger.word}"), False)


def act_words(convener: str) -> bool:
    """Whether what stands before 召开 is an act's words, not a body (又主持召开调度会: no 又主持 met): it opens or
    ends with a ``not_convener`` word."""
    words = _uses("not_convener")
    return bool(convener) and (convener.startswith(words) or convener.endswith(words))


def _outing(ctx: Context) -> Draft | None:
    """The last tour, visit, signing or talks the article told, which the meeting is held during (A8); None when
    the article told none, or told a meeting or forum, which the bare noun points back to (both taking place, not
    only named)."""
    drafts = [*ctx.drafts, *([ctx.current] if ctx.current is not None else [])]
    live = [d for d in drafts if not (d.named_only or d.passing or d.planned)]
    if any(d.event_type in _GATHERINGS for d in live):
        return None
    return next((d for d in reversed(live) if d.event_type in _OUTINGS), None)


def _not_happening(opening: str, before: str) -> bool:
    """Whether the words before the verb announce, negate or repeat the meeting (将召开, 计划…召开, 未召开, 定期召开):
    a word of two or more characters anywhere before it, a one-character word right before it."""
    leads = _uses("not_lead")
    if any(len(w) > 1 and w in opening for w in leads) or opening.endswith(tuple(w for w in leads if len(w) == 1)):
        return True
    return bool(rules.pattern("recurring").search(before))
