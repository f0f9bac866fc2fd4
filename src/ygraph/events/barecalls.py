"""barecalls: a meeting printed by its noun alone right after a word of calling it (某某主持召开座谈会, 随后在某县召开
座谈会, 揭牌当天召开的座谈会里). The page narrates that meeting: it is an event of its own, also during a tour
(docs/gold-conventions.md A8), titled by the place its clause prints and its noun (某县座谈会), else by the noun.
Counted over a broad unannotated sample (lane wide29): the name rules left every such meeting unread, since a
bare noun is no name. A noun the article already told as an event is that event told again. Words:
``lexicons/zh/events/bare_calls.tsv``."""

from __future__ import annotations

from .. import lexicons
from ..model import Sentence
from . import dating, eventmodel, eventplaces
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .register import add

_FILE = "events/bare_calls.tsv"
_RULE = "bare_call"  # the rule id's tag: event:name:<noun>|bare_call


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses(_FILE, use)


def called(ctx: Context, index: int, sentence: Sentence, word: str, span: tuple[int, int, int]) -> Ref | None:
    """The meeting ``word`` printed alone at ``start…end`` right after a ``verb`` (and a ``joint``) of its
    clause: the meeting the article named already, else a meeting of its own, dated by its clause; None for
    another word, no verb, a plan or habit before the verb, or one item of a list of ways after the noun."""
    left, start, end = span
    if word not in _uses("noun"):
        return None
    text = ctx.doc.text
    before = rules.compact(text[left:start])
    before = next((before[: -len(j)] for j in _uses("joint") if before.endswith(j)), before)
    verb = next((v for v in _uses("verb") if before.endswith(v)), "")
    if not verb:
        return None  # 座谈会上 / 参加座谈会 alone: no call printed, the tour's (gold-conventions A8)
    opening = before[: len(before) - len(verb)]
    if any(p in opening for p in _uses("plan")) or text.startswith(_uses("method"), end):
        return None  # 将召开座谈会, 定期召开座谈会; 通过召开座谈会等途径
    body = parts.convener(ctx, left, start)
    if body and not any(w in body for w in _uses("not_body")):
        return None  # 某市召开座谈会: the body that met names the meeting (某市座谈会), the name rules' reading
    if (known := _told(ctx, word)) is not None:
        return Ref(start, end, known, False)  # 某座谈会…。会上 / 召开座谈会: the meeting told before
    place, _, _ = eventplaces.place_in(text[left:start])
    place = place if place and place.endswith(eventplaces.place_levels()) else None  # not 在揭牌仪式后
    draft = Draft.undated((place or "") + word, "meeting", start, end, place, False, not eventmodel.told(ctx))
    _date(ctx, sentence, draft, index)
    if draft.date is None or len(draft.date) < len("2030-01-01"):
        return None  # a bare noun with no day is no name another page's 座谈会 of that month could be told from
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"event:name:{word}|{_RULE}"), False)


def _told(ctx: Context, word: str) -> Draft | None:
    """The meeting the article told before that the bare noun names again: one whose title holds the noun's
    stem (某座谈会, 甲与乙座谈), else the last meeting it reports (某联席会议召开…会后召开座谈会)."""
    stem = word[: -len(next((h for h in _uses("head") if word.endswith(h)), ""))] or word
    live = [d for d in reversed(ctx.drafts) if not (d.planned or d.named_only or d.passing)]
    return next((d for d in live if stem in d.title), None) or next(
        (d for d in live if d.event_type == "meeting"), None
    )


def _date(ctx: Context, sentence: Sentence, draft: Draft, index: int) -> None:
    """The meeting's day: the one its sentence prints, else the day of the event the article reports at that
    point (a tour's 座谈会 is held on the tour: 6日，某某到某县调研。随后召开座谈会)."""
    dating.date_event(ctx, sentence, draft, index)
    current = ctx.current
    if draft.date_source in ("article", "unresolved") and current is not None and current.date:
        draft.date, draft.date_end, draft.date_source = current.date, current.date_end, "context"
