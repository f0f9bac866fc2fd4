"""baremeetings: a meeting printed by its kind alone right after a word of calling or holding it (某某在某县调研并
召开座谈会, 某某主持召开座谈会, 随后在某县召开座谈会, 揭牌当天召开的座谈会上). The page narrates that meeting: an
event of its own, also during a tour (docs/gold-conventions.md A8), since a bare noun is no name the name rules read.
One reading, two lanes of session 19 folded (meetings29: nouns during an outing; wide29: a called 座谈会 counted over a
broad unannotated sample); words: ``lexicons/zh/events/bare_meetings.tsv``; tests ``tests/test_meetings29.py``,
``tests/test_wide29.py``.

* A meeting of its own when the article told a tour, visit, signing, talks or opening it is held during, or when a
  ``call`` word names who called it (主持召开, 组织召开) or an ``attend`` word someone who went (出席记者会) on a page
  that told no outing — then only with a day of its own.
* Titled by the place its clause prints before the noun (某县座谈会), else by the noun; dated by its sentence, else
  on the outing's day(s) or the day of the event the article reports at that point (B3).
* Nothing when the article told a meeting already (the bare noun points back to it: ``register.bare``), when a body
  that met stands before the verb (某市召开座谈会: the name rules' 某市座谈会), or when the clause announces, negates,
  repeats or lists it."""

from __future__ import annotations

from .. import lexicons
from ..actors.actorlex import words as actor_words
from ..model import Sentence
from . import dating, eventmodel, eventplaces, guards, namewalk
from . import eventparts as parts
from . import eventrules as rules
from .draft import Context, Draft, Ref, clause
from .register import add

_FILE = "events/bare_meetings.tsv"
_GATHERINGS = ("meeting", "forum")  # what a bare meeting noun refers back to when the article told one
_OUTINGS = ("inspection", "visit", "signing", "talks", "opening")  # what a meeting of its own is held during (A8)
_DAY = len("2030-01-01")
_NO_DAY = ("article", "unresolved")  # a date the sentence did not print: the article's month, or none


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses(_FILE, use)


def called(ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int]) -> Ref | None:
    """The meeting named by the bare ``trigger`` noun at ``start…end`` right after a ``verb`` or ``call`` word
    (and a ``joint``) of its clause, dated by its sentence; None for another word, no such word, a body that met,
    a meeting the article told already, no outing and no caller, or a plan, habit, negation or list of ways."""
    left, start, end = span
    if trigger.word in _uses("session_noun"):
        return _continued_session(ctx, index, sentence, trigger, span)
    if trigger.word not in _uses("noun"):
        return None
    text = ctx.doc.text
    before = rules.compact(text[left:start])
    kind = next((k for k in _uses("kind") if before.endswith(k)), "")  # 新闻发布会: the kind is the noun's
    before = before[: len(before) - len(kind)]
    before = next((before[: -len(j)] for j in _uses("joint") if before.endswith(j)), before)
    own = (*_uses("call"), *_uses("day"))  # a caller or a day printed: a meeting of its own, on no outing too
    attend = _uses("attend")  # 某某出席记者会: someone there, a meeting of its own only on no outing
    verb = next((v for v in (*own, *_uses("verb"), *attend) if before.endswith(v)), "")
    right = clause(sentence, start, end)[1]
    if not verb or _not_happening(before[: len(before) - len(verb)], before):
        return None  # 座谈会上 / 参加座谈会: no call printed, the tour's (A8); 将召开, 定期召开
    if text.startswith(_uses("method"), end) or guards.kind_list(text, left, end, right):
        return None  # 通过召开座谈会、实地走访等方式: a way of working, no one meeting
    body = parts.convener(ctx, left, start)
    if (body and not act_words(body)) or _told(ctx, trigger.word):
        return None  # 某市召开座谈会: the body names its meeting; a meeting told before is the one meant
    outing = _outing(ctx)
    attended_only = verb in attend and not _held_later(text, trigger.word, end, sentence.end)
    if (outing is None and verb not in (*own, *attend)) or (outing is not None and attended_only):
        return None  # 在昨天的发布会上: its day printed; 考察中出席座谈会: the tour's (A8)
    place, at, to = eventplaces.place_in(text[left:start])
    printed = text[left + at : left + to] if place else ""  # 在青禾市: a place printed with its level, not 在揭牌仪式后
    place = place if printed.endswith(eventplaces.place_levels()) or place in eventplaces.place_table(True) else None
    lede = eventmodel.opens_article(ctx, index)
    draft = Draft.undated((place or "") + kind + trigger.word, trigger.event_type, start, end, place, False, lede)
    _date(ctx, Sentence(sentence.start, right, text[sentence.start : right]), draft, index, outing)
    if outing is None and len(draft.date or "") < _DAY and not _month_called(draft, verb):
        return None  # a called noun with no day is no name another page's 座谈会 of that month could be told from
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"event:name:{trigger.word}|bare_meeting"), False)


def _held_later(text: str, noun: str, end: int, stop: int) -> bool:
    """甲出席联席会议并讲话，乙主持联席会议: the noun attended is printed held (a ``verb`` before it) later in its
    sentence, so it is a meeting of its own during the outing too (A8)."""
    return any(v + noun in text[end:stop] for v in _uses("verb"))


def _month_called(draft: Draft, verb: str) -> bool:
    """A meeting someone called (主持召开) in a month its sentence prints with the year (2031年2月甲在某地主持召开座谈会):
    a retrospective's meeting, told at the precision printed (B1)."""
    return verb in _uses("call") and draft.date_source not in _NO_DAY and len(draft.date or "") == len("2030-01")


def _continued_session(ctx: Context, index: int, sentence: Sentence, trigger: rules.Trigger, span: tuple[int, int, int]) -> Ref | None:
    """会议审议了…, 会议经表决 opening a sentence on a page that told no meeting before (a report continued from
    another page, 上接某版): the sitting of the standing body the article prints (市人大常委会会议), dated by its
    sentence, else as the article's other events; None when the article prints no such body."""
    left, start, end = span
    text = ctx.doc.text
    if rules.compact(text[left:start]) or not text.startswith(_uses("session_verb"), end) or _told(ctx, trigger.word):
        return None
    body = rules.pattern("standing_body").search(text, ctx.article.start, ctx.article.end)
    if body is None:
        return None
    table = eventplaces.place_table(True)  # 上海市人大常委会: the place printed before the level, when one is known
    at = next((body.start() - n for n in range(6, 0, -1) if text[body.start() - n : body.start() + 1] in table), body.start())
    title = rules.compact(text[at : body.end()]) + trigger.word
    draft = Draft.undated(title, trigger.event_type, start, end, None, False, False)
    dating.date_event(ctx, sentence, draft, index)  # its sentence's day, else the page's month (no day guessed)
    draft.lede = True  # what the continued report reports, never a passing mention only its month dates
    return Ref(start, end, add(ctx, draft, sentence, start, end, f"event:name:{trigger.word}|continued_session"), False)


def act_words(convener: str) -> bool:
    """Whether what stands before 召开 is an act's words, not a body (又主持召开调度会: no 又主持 met): it opens or
    ends with a ``not_convener`` word."""
    words = _uses("not_convener")
    return bool(convener) and (convener.startswith(words) or convener.endswith(words))


def _live(ctx: Context) -> list[Draft]:
    """The events the article told so far as taking place (not only named, passing or planned), the one it reports
    now last."""
    drafts = [*ctx.drafts, *([ctx.current] if ctx.current is not None else [])]
    return [d for d in drafts if not (d.named_only or d.passing or d.planned)]


def _told(ctx: Context, noun: str) -> bool:
    """Whether the article told a meeting or forum already, or an event whose title holds the noun's stem
    (甲与乙座谈 … 召开座谈会): what the bare noun points back to."""
    stem = noun[: -len(next((h for h in _uses("head") if noun.endswith(h)), ""))] or noun
    return any(d.event_type in _GATHERINGS or stem in d.title for d in _live(ctx))


def _outing(ctx: Context) -> Draft | None:
    """The last tour, visit, signing, talks or opening the article told, which the meeting is held during (A8)."""
    return next((d for d in reversed(_live(ctx)) if d.event_type in _OUTINGS), None)


def _date(ctx: Context, sentence: Sentence, draft: Draft, index: int, outing: Draft | None) -> None:
    """The meeting's day: the one its sentence prints, else the outing's day(s) or the day of the event the
    article reports at that point (6日，某某到某县调研。随后召开座谈会: held on the tour, B3)."""
    dating.date_event(ctx, sentence, draft, index)
    anchor = outing or ctx.current
    if anchor is None or not anchor.date or (draft.date is not None and draft.date_source not in _NO_DAY):
        return  # its own day; or nothing to take
    draft.date, draft.date_end, draft.date_source = anchor.date, anchor.date_end, anchor.date_source
    draft.date_text, draft.explicit = anchor.date_text, anchor.explicit


def _not_happening(opening: str, before: str) -> bool:
    """Whether the words before the verb announce, negate or repeat the meeting (将召开, 计划…召开, 未召开, 定期召开):
    a word of two or more characters anywhere before it, a one-character word right before it."""
    leads = _uses("not_lead")
    if any(len(w) > 1 and w in opening for w in leads) or opening.endswith(tuple(w for w in leads if len(w) == 1)):
        return True
    return bool(rules.pattern("recurring").search(before))


def joined_title(ctx: Context, left: int, start: int, word: str) -> str:
    """A meeting printed by its kind alone right after another meeting's name and a ``joined_meeting`` word
    (甲政府党组会议和常务会议): a second meeting of that one's body, titled with it (某省政府常务会议); ""
    else."""
    text = ctx.doc.text
    joiner = next((j for j in _uses("joined_meeting") if text.endswith(j, 0, start)), "")
    before = start - len(joiner)
    end_word = next((w for w in rules.uses("kind_end") if word.endswith(w) and text.endswith(w, 0, before)), "")
    if not joiner or not end_word:
        return ""
    name_start = namewalk.name_start(text, before - len(end_word), left, ctx.blocked_in(left, before))
    body = body_of(rules.compact(text[name_start:before]))
    return body + word if body else ""


def body_of(title: str) -> str:
    """The shortest start of a meeting's title that ends with an organ of a level (某省政府党组会议 → 某省政府), or ""."""
    organs = tuple(actor_words("level_organs.txt"))
    return next((title[:k] for k in range(2, len(title)) if title[:k].endswith(organs)), "")
