"""actsubjects: the person who does an act whose clause names nobody, read from the sentence around it (a dated
sentence's first person, the subject of what a says verb reports), for ``acts`` and ``actdraft``."""

from __future__ import annotations

from ..model import Mention, Sentence
from ..punctuation import CLAUSE_BREAKS, COMMAS, LIST_MARK
from . import eventrules as rules
from . import guards
from .draft import Context


def sentence_subject(ctx: Context, sentence: Sentence, left: int, undated: bool = False) -> Mention | None:
    """The person opening a clause of a dated sentence (only positions before it: 5月29日，某市副市长某某带领…),
    subject of an act in a later clause that names nobody (…，深入某县督查…); with ``undated`` the sentence
    may print no date (甲还来到某区，会见了乙: talks, which still need a day of their own)."""
    first = _modified_head(ctx, ctx.people(sentence.start, left))
    dated = any(t.kind == "date" for t in ctx.times(sentence.start, left))
    if first is None or not (dated or (undated and len(ctx.people(sentence.start, left)) == 1)):
        return None  # undated, the one person before is the subject (甲会见乙，丙…: no sure subject)
    rel = first.start - sentence.start
    clause_left = ctx.past_dateline(sentence.start + rules.clause_bounds(sentence.text, rel, rel + len(first.text))[0], first.start)
    titles = [*ctx.blocked_in(clause_left, first.start), *((t.start, t.end) for t in ctx.times(clause_left, first.start))]
    head = [
        c
        for i, c in enumerate(ctx.doc.text[clause_left : first.start], clause_left)
        if not any(a <= i < b for a, b in titles)
    ]
    between = ctx.doc.text[first.end : left]
    announced = [w + c for w in rules.uses("announces") for c in COMMAS]  # 甲宣布，…: what 甲 announced
    said = max((at + len(v) for v in (*rules.says_verbs(), *announced) if (at := between.find(v)) >= 0), default=-1)
    if said >= 0:  # 某某表示，要到基层调研: what was said, not done; 甲宣布，乙将启程…，期间将会晤丙: 乙 acts
        return _reported_subject(ctx, first.end + said, left)
    if rules.pattern("group_head_after").match(ctx.doc.text, first.end, left):
        return first  # 以甲为组长的某调研组，到某市调研: the group's head acts for the group
    opening = "".join(head)
    opening = opening[max((opening.rfind(w) + len(w) for w in rules.uses("attributive") if w in opening), default=0) :]
    return first if not guards.subject_head(opening).strip(LIST_MARK) else None  # 某市委常委、副市长某某; 甲时期的某职乙


def _reported_subject(ctx: Context, said: int, left: int) -> Mention | None:
    """The first person of the clause right after a says verb's comma (甲宣布，某党主席乙将于某日启程…): the
    subject of what was said, who does its later acts; None when that clause names nobody."""
    text = ctx.doc.text
    opening = said + (text[said : said + 1] in CLAUSE_BREAKS)
    first = next((p for p in ctx.people(opening, left) if p.end <= left), None)
    return first if first is not None and not any(c in CLAUSE_BREAKS for c in text[opening : first.start]) else None


def _modified_head(ctx: Context, people: list[Mention]) -> Mention | None:
    """The first person of a sentence, past those inside an attributive phrase before it (甲主政某处时期的某职乙:
    乙, the phrase's ``attributive`` 的 between them and no clause break)."""
    text = ctx.doc.text
    while len(people) > 1:
        between = text[people[0].end : people[1].start]
        if any(c in CLAUSE_BREAKS for c in between) or not any(w in between for w in rules.uses("attributive")):
            break
        people = people[1:]
    return people[0] if people else None


def acting_person(ctx: Context, floor: int, left: int) -> Mention | None:
    """The person opening the clause before ``left`` with an act word right after the name (甲到访某中心 与官员座谈:
    甲): who does a next act opening with a joiner (与…座谈), not the whole clause before it; None else."""
    text, end = ctx.doc.text, left - 1
    if end <= floor:
        return None
    start = rules.clause_bounds(text, end, end, floor)[0]
    first = next((p for p in ctx.people(start, end) if p.end <= end), None)
    if first is None or text[start : first.start].strip() or not rules.trigger_pattern().match(text, first.end):
        return None
    return first
