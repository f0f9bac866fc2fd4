"""sides: one sentence, two acts (issue 13, class 14) — acts told around the event an article reports (会前，
某某会见…; 会后双方签署…; 会议期间…会面), a signing joined to a meeting (…并共同签署某宣言), and a second named
event told after the first in its sentence (…座谈会在某市举行，并于27日举行成果发布会), for ``events.py`` and
``dating.py``. Vocabulary: ``lexicons/zh/events/side_acts.tsv``."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons
from ..model import Mention, Participation
from ..punctuation import (
    CLAUSE_BREAKS,
    CLOSING_BRACKETS,
    OPENING_BRACKETS,
    SEMICOLONS,
    SENTENCE_ENDS,
    TITLE_OPEN,
)
from . import eventrules as rules
from . import titleholder
from .actpeople import partners
from .draft import Context, Draft, Ref
from .escorted import without_escort

_FILE = "events/side_acts.tsv"
_OPENING_SPAN = 12  # characters of a clause read for its opening word
BRACKETS = OPENING_BRACKETS + CLOSING_BRACKETS  # around a day printed after a day word: 今早(13日)
_VENUE_SPAN = 8  # characters of a place between 在 and a partner word opening the talks
_GROUP_HEAD = 12  # characters of a clause before the end of the visiting group word that opens it

_NAME_CHARS = r"[^《》「」“”，。；]"  # a character of a quoted name


def uses(use: str) -> tuple[str, ...]:
    """Words of ``side_acts.tsv`` with that use, longest first."""
    return lexicons.word_uses(_FILE, use)


def side_act(ctx: Context, draft: Draft, current: Draft) -> str:
    """The word that makes the act of ``draft`` (talks, a signing) an act of its own around the event
    reported (``current``), printed without a day of its own; "" when none."""
    text = ctx.doc.text
    side = opening(ctx, draft.start, "side") if draft.event_type in ("talks", "signing") else ""
    if side and rules.compact(text[max(draft.start - 2, 0) : draft.start]).endswith(uses("tally")):
        side = ""  # 论坛期间共签约项目46个: a tally of what was signed, no act of its own
    word = text[draft.start : draft.end]
    if not side and draft.event_type == "talks" and word in uses("own_occasion"):
        return word  # 中午宴请了出席会议的代表: a banquet is no way of taking part in the meeting
    if side or draft.event_type != "signing" or _titled_object(text, draft.end):
        return side
    joined = opening(ctx, draft.start, "joined", inner=True)
    if joined and _on_floor(ctx, draft.start):
        return ""  # 在某联席会上，双方观看了…，并进行结对签约: done at the meeting, its outcome (A4)
    if joined and current.event_type in ("meeting", "forum"):
        return joined  # 某会议在某地举行，并共同签署某宣言
    floor = opening(ctx, draft.start, "floor")
    return floor if floor and headline_signing(ctx) else ""  # 会上，甲与乙签署…协议 under a signing headline


def _on_floor(ctx: Context, start: int) -> bool:
    """The act's sentence opens with a meeting's floor (在某某联席会上，…): a name ending with a gathering's
    trigger, then 上, before the first comma."""
    sentence = ctx.sentence_at(start)
    head = rules.compact(ctx.doc.text[sentence.start : start]).split("，")[0].split(",")[0]
    floor = next((w for w in rules.uses("venue_after") if head.endswith(w)), "")  # 上
    if not floor or not head.startswith(rules.uses("venue_lead")):  # 在
        return False
    found = rules.trigger_pattern().search(head[: -len(floor)])
    return found is not None and found.end() == len(head) - len(floor) and rules.triggers()[found.group()].event_type in ("meeting", "forum")


def outcome(ctx: Context, start: int, end: int) -> bool:
    """A signing of a 《title》 joined to the meeting its sentence reports (…会议在某地举行，并签署了《某协议》):
    the meeting's outcome, a policy of it, not an act of its own."""
    current, sentence = ctx.current, ctx.sentence_at(start)
    if current is None or current.event_type not in ("meeting", "forum") or current.start < sentence.start:
        return False
    signed = _titled_object(ctx.doc.text, end) or discussion(current)  # 甲与乙座谈，并签署合作协议 (A4)
    signed = signed or _named_before(ctx.doc.text[sentence.start : start], ctx.doc.text[end : end + 8])
    return signed and bool(opening(ctx, start, "joined", inner=True))


def _named_before(before: str, after: str) -> bool:
    """What is signed is an agreement word alone (签署宣言) whose quoted name the sentence printed before it (宣读
    「某宣言」…并共同签署宣言): that document, the meeting's outcome."""
    word = next((w for w in rules.uses("agreement") if rules.compact(after).startswith(w)), "")
    return bool(word) and re.search(rf"[《「“]{_NAME_CHARS}{{0,30}}{re.escape(word)}[》」”]", before) is not None


def discussion(draft: Draft) -> bool:
    """A discussion act (甲与某代表团座谈, 进行了座谈: an act trigger holding a ``discussion`` word): what is
    signed in its sentence is its outcome (docs/gold-conventions.md A4), and a headline's discussion is the
    body's named 座谈会 of that day."""
    rule = draft.provenance[0].rule if draft.provenance else ""
    return rule.startswith("event:act:") and any(w in rule for w in uses("discussion"))


def _titled_object(text: str, end: int) -> bool:
    """What is signed is a 《title》 (签署了《某协议》): the meeting's outcome, a policy of it."""
    rest = rules.strip_start(rules.compact(text[end : end + 4]), rules.uses("aspect"))
    return rest.startswith(TITLE_OPEN)


def opening(ctx: Context, start: int, use: str, inner: bool = False) -> str:
    """The ``use`` word opening the clause of the act at ``start`` (after a comma, or the sentence's start;
    with ``inner`` only after a comma), "" when none: 会前，某某会见… / 某会议举行，会后双方签署…."""
    text = ctx.doc.text
    sentence = ctx.sentence_at(start)
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    if inner and left <= sentence.start:
        return ""
    head = rules.compact(text[left : min(start, left + _OPENING_SPAN)])
    found = next((w for w in uses(use) if head.startswith(w)), "") or _side_phrase(head, use)
    if found or left <= sentence.start:
        return found
    # 会前，某某与某某会面: the side word is a clause of its own right before the act's clause
    before = text[sentence.start : left].rstrip()
    before = before[:-1] if before and before[-1] in CLAUSE_BREAKS else before
    cut = max((before.rfind(c) for c in CLAUSE_BREAKS), default=-1)
    alone = rules.compact(before[cut + 1 :])
    return next((w for w in uses(use) if alone == w), "") or _side_phrase(alone, use, whole=True)


def _side_phrase(head: str, use: str, whole: bool = False) -> str:
    """A side phrase naming the gathering and its moment (大会开始前, 论坛期间, 这是开幕式前: patterns.tsv
    side_phrase) where no side word of the list opens the clause; "" when none, or for another use."""
    if use != "side":
        return ""
    found = rules.pattern("side_phrase").match(head)
    return found.group(0) if found and (not whole or found.end() == len(head)) else ""


def strip_opening(subject: str) -> str:
    """An act's subject without the side word (and adverb) opening it: 会后双方 → 双方; without an
    announcing word before a partner word (将与某某 → 与某某)."""
    for use in ("side", "joined", "floor"):
        word = next((w for w in uses(use) if subject.startswith(w)), "")
        if word:
            rest = subject[len(word) :]
            return _past_plan(rules.strip_start(rest, adverbs(rest)))
    bare = _past_plan(rules.strip_start(subject, adverbs(subject)))  # 再与某某见面 → 与某某
    return bare if bare.startswith(rules.uses("partner")) else _past_plan(subject)


def adverbs(head: str) -> tuple[str, ...]:
    """The adverbs that may open ``head`` before its partner word: ``adverb`` words, and ``partner_adverb`` words
    only right before a partner word (就与某某会见, never 就某事座谈: 就 opens a topic there)."""
    partnered = tuple(w for w in uses("partner_adverb") if head.startswith(w) and head.startswith(rules.uses("partner"), len(w)))
    return (*uses("adverb"), *partnered)


def _past_plan(head: str) -> str:
    """``head`` without a ``talks_plan`` word opening it, a partner word it ends with kept (将与某某, 会跟某某)."""
    plan = next((w for w in (*rules.uses("talks_plan"), *rules.uses("talks_modal")) if head.startswith(w)), "")
    if not plan:
        return head
    kept = next((p for p in rules.uses("partner") if plan.endswith(p)), "")
    rest = head[len(plan) - len(kept) :]
    return rest if rest.startswith(rules.uses("partner")) else head


def partner_opening(ctx: Context, left: int, start: int) -> str:
    """The act's clause opens (after a side word and an adverb) with a ``partner`` word: 会前先与某某会面 —
    the people of the clause are the other side, the actor is the sentence's subject."""
    head = rules.compact(without_escort(ctx.doc.text[past_times(ctx, left, start) : start]))  # 在甲陪同下: no partner
    for use in ("side", "joined"):
        word = next((w for w in uses(use) if head.startswith(w)), "")
        head = head[len(word) :]
    head = _past_plan(rules.strip_start(head, adverbs(head)))  # …，将与某某会晤; 亦会与…: announced
    head = _past_venue(head)  # 甲，26日在某市与乙会面: where, then the partner
    return next((w for w in rules.uses("partner") if head.startswith(w)), "")


def _past_venue(head: str) -> str:
    """``head`` past a ``venue_lead`` and the place it opens when a ``partner`` word follows that place within
    :data:`_VENUE_SPAN` characters (在某市与某某会面: the clause opens with where the talks were)."""
    lead = next((w for w in rules.uses("venue_lead") if head.startswith(w)), "")
    if not lead:
        return head
    at = min((k for w in rules.uses("partner") if (k := head.find(w, len(lead) + 1)) > 0), default=-1)
    return head[at:] if 0 < at <= len(lead) + _VENUE_SPAN else head


def past_times(ctx: Context, left: int, start: int) -> int:
    """Where the clause ``left…start`` goes on past the time expressions opening it, brackets around them
    included, and a ``daypart`` after them (13日与某某会面, 今早(13日)首先与某某会面, 晚上与某某会面: the day is no
    word of the talks)."""
    at = left
    for t in ctx.times(left, start):
        if rules.compact(ctx.doc.text[at : t.start]).strip(BRACKETS):
            break
        at = t.end
    while at < start and ctx.doc.text[at] in BRACKETS:
        at += 1
    part = next((w for w in rules.uses("daypart") if ctx.doc.text.startswith(w, at)), "")  # 晚上与某某会面
    return at + len(part)


def leaders_partner(ctx: Context, left: int, start: int) -> bool:
    """…，并与江城市委市政府领导会面 (``place_leaders``): the talks' clause opens with a partner word and names as
    the other side only the leaders of one printed place, no person: talks of their own, whose actor is the
    sentence's subject (unlike 与部分省区领导会面, 与有关人员交流: no side the page names)."""
    word = partner_opening(ctx, left, start)
    if not word:
        return False
    head = rules.compact(ctx.doc.text[left:start])
    guest = rules.pattern("partner_held").sub("", head[head.find(word) + len(word) :])
    guest = min((guest.split(w)[0] for w in rules.uses("topic")), key=len)  # 与乙就某事举行会谈
    return bool(rules.pattern("place_leaders").match(guest))


def headline_signing(ctx: Context) -> bool:
    """Whether the article's headline names a signing (甲市与乙区签署合作协议, 与某省签9协议)."""
    title = rules.compact(ctx.article.title)
    if not title:
        return False
    return any(w in title for w, t in rules.triggers().items() if t.event_type == "signing")


def second_event(ctx: Context, found: list[Ref], ref: Ref) -> Draft | None:
    """The event that stays the one reported when ``ref`` is a named event told after another named event of
    its sentence: in a clause opening with a ``second`` word (…座谈会在某市举行，并于27日举行成果发布会), or
    relayed by it (某常委会召开会议，传达学习某某在某会议、某座谈会上的讲话: ``relay`` between them); None when
    ``ref`` is not such an event."""
    named = [r for r in found[:-1] if not r.bare and r.draft is not ref.draft]
    if ref.bare or not named or named[-1].end > ref.start:
        return None
    sentence = ctx.sentence_at(ref.start)
    if named[-1].start < sentence.start:
        return None
    if opening(ctx, ref.start, "second", inner=True):
        return named[-1].draft
    between = ctx.doc.text[named[0].end : ref.start]
    return named[0].draft if any(w in between for w in rules.uses("relay")) else None


def talks_sides(ctx: Context, talks: bool, left: int, start: int) -> tuple[bool, list[Mention]]:
    """Whether the clause of talks opens with a partner word (会前先与某某会面: the actor is the sentence's
    subject), and the other side of the talks printed before the trigger (甲与乙会面 → 乙)."""
    if not talks:
        return False, []
    if partner_opening(ctx, left, start):
        return True, [p for p in ctx.people(left, start) if p.end <= start]
    adverbs = uses("adverb") + rules.uses("also")
    if group_partner(ctx, left, start) or titleholder.title_partner(ctx, left, start, adverbs):
        return False, [p for p in ctx.people(left, start) if p.end <= start]  # 代表团/行政长官与某某会面: its hosts named
    return False, partners(ctx, left, start)


def continued_actor(ctx: Context, sentence_start: int, refs: list[Ref], event_type: str) -> Mention | None:
    """甲拜会了乙；与丙举行会谈 / 甲会见乙，并与丙会谈: talks told earlier in the sentence, then a clause opening
    with a partner word: the first person before those talks acts again (None when no such talks)."""
    prior = next((r.start for r in reversed(refs) if r.draft.event_type == event_type and not r.bare), None)
    text = ctx.doc.text
    if prior is None and text[:sentence_start].rstrip()[-1:] in SEMICOLONS and ctx.drafts:
        # 甲拜会了乙；与丙…: the talks of the clauses before the semicolon, past another act told after them
        # there (甲拜访乙，并参观某院；之后拜访丙)
        told = next((d for d in reversed(ctx.drafts) if d.event_type == event_type), ctx.drafts[-1])
        opening = max(text.rfind(c, 0, told.start) for c in SENTENCE_ENDS + SEMICOLONS + "\n") + 1  # a line too
        same = told.event_type == event_type and not any(c in SENTENCE_ENDS for c in text[told.start : sentence_start])
        prior = told.start if same else None
        sentence_start = opening
    if prior is None:
        return None
    return next((p for p in ctx.people(sentence_start, prior) if p.end <= prior), None)


def group_partner(ctx: Context, left: int, start: int) -> bool:
    """The act's clause opens with a visiting group (a ``delegation`` word, 一行, a ``group_subject`` pronoun)
    and a ``partner`` word (代表团与某某会面, 考察团一行与某某座谈, 他们亦与某某见面)."""
    head = rules.compact(ctx.doc.text[left:start])
    groups = (*rules.uses("delegation"), *rules.uses("group_end"), *rules.uses("group_subject"))
    at = max((head.find(w) + len(w) for w in groups if 0 <= head.find(w) <= _GROUP_HEAD), default=-1)
    if at < 0:
        return False
    rest = rules.strip_start(head[at:], uses("adverb") + rules.uses("also"))
    return rest.startswith(rules.uses("partner"))



def joint_signers(ctx: Context) -> None:
    """某会议…，并共同签署某宣言: a signing joined to a meeting and done jointly (``jointly`` in its title) is
    signed by the meeting's people, who attend it (rule participation:jointly)."""
    for draft in ctx.drafts:
        meeting = draft.around
        if meeting is None:
            continue
        joined = draft.side in uses("joined") and any(w in draft.title for w in uses("jointly"))
        both = draft.side in uses("side") and meeting.event_type == "talks" and draft.title.startswith(uses("both_sides"))
        if not (joined or both):  # 会见后，双方共同签署…: the talks' two sides sign
            continue
        for person, _ in list(meeting.participants):
            link = next(p for (name, _), p in meeting.participants.items() if name == person)
            prov = replace(link.provenance, rule="participation:" + ("jointly" if joined else "both_sides"))
            draft.participants.setdefault((person, "attended"), Participation(person, "attended", prov))


def after_meeting(ctx: Context, draft: Draft) -> None:
    """会后，举行了宪法宣誓仪式: a ceremony the sentence after the meeting reported tells without a day of its
    own (an ``after_meeting`` word opening it) took place on the meeting's day, at its place."""
    current = ctx.current
    if current is None or current.planned or len(current.date or "") != 10 or current.event_type == draft.event_type:
        return
    opening = rules.compact(ctx.doc.text[ctx.sentence_at(draft.start).start : draft.start])
    after_talks = current.event_type == "talks" and opening.startswith(rules.uses("after_talks"))  # 会见后: talks'
    if opening.startswith(rules.uses("after_meeting")) or after_talks:
        draft.date, draft.date_end, draft.date_text = current.date, None, current.date_text
        draft.date_source, draft.explicit = "context", current.explicit
        draft.place = draft.place or current.place
