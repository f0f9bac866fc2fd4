"""retold: an event the body tells again, or ties to an event already told, without a date of its own (lane
date26). An event named again (升旗仪式 … 升旗仪式结束后), named with a demonstrative (这场发布会), or held right
after or at an event already dated to a day (某仪式结束后，…举行酒会; 在某会议上，…举行交接仪式) is on that event's
day, not in the article's month (``dating._article_day``). Vocabulary: ``lexicons/zh/events/retold.tsv``."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS
from . import eventrules as rules
from .draft import Context, Draft

_FILE = "events/retold.tsv"
_DAY = 10  # len("2031-06-09"): only an event dated to the day gives its day
_PRINTED = ("clause", "sentence", "context")  # date sources of a date the text prints for the event
_HEAD = 2  # the shortest head word opening a sentence that names the event alone (论坛期间)
_TAIL = 4  # the shortest tail of a name that names it again (升旗仪式, 全体会议)
_TOURS = frozenset({"inspection", "visit"})  # the types of a tour an event is held after or during


def uses(use: str) -> tuple[str, ...]:
    """Words of ``retold.tsv`` with that use, longest first."""
    return lexicons.word_uses(_FILE, use)


def retold_days(ctx: Context, draft: Draft) -> tuple[str, str | None] | None:
    """The (first, last) day of the event ``draft`` tells again or is held at, when an event of the article
    before it is dated to the day; None when none is. An event told again takes the name of the event it
    tells (这场发布会 → that 发布会's name), so that the two are one."""
    dated = [d for d in ctx.drafts if d is not draft and d.start < draft.start and _printed_day(d)]
    if not dated:
        return None
    told = _same_name(draft, dated) or _demonstrative(draft, dated, _modified(ctx.doc.text, draft.start))
    if told is not None:
        draft.title = told.title
        return told.date or "", told.date_end
    return _tied(ctx, draft, dated)


def _printed_day(draft: Draft) -> bool:
    """Dated to a day by what the text prints for it, not by the page's date (a headline told again)."""
    return len(draft.date or "") == _DAY and draft.date_source in _PRINTED


def _same_name(draft: Draft, dated: list[Draft]) -> Draft | None:
    """The last dated event of exactly that name (升旗仪式 told again: 升旗仪式结束后…)."""
    same = [d for d in dated if d.title == draft.title]
    return same[-1] if same else None


def _demonstrative(draft: Draft, dated: list[Draft], modified: bool) -> Draft | None:
    """这场发布会: the headline's or lede's dated event whose name ends like the rest, else the last such; told
    with a description (这场某某型的博览会: ``modified``), the headline's or lede's event of its type."""
    word = next((w for w in uses("demonstrative") if draft.title.startswith(w)), "")
    rest = draft.title[len(word) :]
    if not (word or modified) or len(rest) < 2:
        return None
    named = [d for d in dated if d.title.endswith(rest)]
    main = [d for d in named if d.lede or d.headline]
    lead = [d for d in dated if (d.lede or d.headline) and d.event_type == draft.event_type] if modified else []
    return main[0] if main else named[-1] if named else lead[0] if lead else None


_DESCRIBED = 12  # the longest description between a demonstrative and the name it opens (这场某某型的博览会)


def _modified(text: str, start: int) -> bool:
    """A demonstrative, then a description closed by an attributive particle, right before ``start``."""
    before = text[max(0, start - _DESCRIBED) : start]
    if not before.endswith(rules.uses("attributive")):
        return False
    at = max((before.rfind(w) + len(w) for w in uses("demonstrative") if w in before), default=-1)
    return at >= 0 and not any(c in CLAUSE_BREAKS for c in before[at:])


def _tied(ctx: Context, draft: Draft, dated: list[Draft]) -> tuple[str, str | None] | None:
    """The days of a dated event named in the sentence of ``draft`` before it, right before an ``after`` word
    (its last day) or a ``during`` word (its days)."""
    sentence = ctx.sentence_at(draft.start)
    before = ctx.doc.text[sentence.start : draft.start]
    for use in ("after", "during"):
        for word in uses(use):
            at = before.find(word)
            while at >= 0:
                told = next((d for d in reversed(dated) if _named_before(before[:at], d.title)), None)
                # a plan told by the head word alone (论坛期间，还将举办…); a held act so told is atmeeting.py's
                told = told or next((d for d in reversed(dated) if draft.planned and _head_opens(before[:at], d.title)), None)
                told = told or _tour_before(before[:at], dated)
                if told is not None and use == "after":
                    return told.date_end or told.date or "", None
                if told is not None:
                    return told.date or "", told.date_end
                at = before.find(word, at + 1)
    return None


def _tour_before(text: str, dated: list[Draft]) -> Draft | None:
    """考察结束后, 调研期间: ``text`` ends with the act word of a tour (an inspection or visit trigger, not a
    name) and the article has told a dated tour before: the last one (gold-conventions B3)."""
    if not text.endswith(_tour_words()):
        return None
    return next((d for d in reversed(dated) if d.event_type in _TOURS), None)


@cached
def _tour_words() -> tuple[str, ...]:
    """The act words of a tour (inspection or visit triggers that are no name), once, not per word read."""
    return tuple(t.word for t in rules.triggers().values() if t.event_type in _TOURS and t.form != "name")


def _named_before(text: str, title: str) -> bool:
    """Whether ``text`` ends with the name ``title`` or a tail of it long enough to name it alone
    (江城市第三次全体会议 named again as 第三次全体会议)."""
    tail = min(_TAIL, len(title))
    return bool(title) and any(text.endswith(title[k:]) for k in range(0, len(title) - tail + 1))


def _head_opens(text: str, title: str) -> bool:
    """Whether ``text``, all the sentence prints before the ``after`` or ``during`` word, is the head of the name
    ``title`` alone (论坛期间，还将举办…: the forum the article named in full), at least ``_HEAD`` characters."""
    head = rules.compact(text)
    return len(head) >= _HEAD and len(title) > len(head) and title.endswith(head)


def recalled(ctx: Context, draft: Draft) -> bool:
    """Whether an act's words tell it as recalled from before the report (某某曾到某地调研: ``recalled``)."""
    words = ctx.doc.text[ctx.sentence_at(draft.start).start : draft.end]
    return any(w in words for w in uses("recalled"))
