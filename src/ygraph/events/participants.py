"""participants: the people and policies tied to the events of one article (participation verbs,
lists after 出席…的还有, 《…》 after a policy verb), for ``events.py``."""

from __future__ import annotations

import re

from .. import scan
from ..model import Mention, Participation, PolicyLink, Sentence
from ..punctuation import CLAUSE_BREAKS, LIST_MARK, QUOTE_OPEN, SEMICOLONS
from . import eventrules as rules
from .draft import Context, Draft, Ref

SAYS_TYPES = ("meeting", "forum", "talks")  # 表示/说 make speakers of those already taking part (an
# inspector's remarks on a tour are not a speech at an event: the seed annotation does not count them)

_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”")  # a name inside a title or a quotation takes part in nothing


def participation(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """People named before a participation verb take part in the event that verb points to."""
    text = ctx.doc.text
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    persons = ctx.carry + [
        p for p in ctx.people(sentence.start, sentence.end) if not any(s < p.start < e for s, e in quoted)
    ]
    prev_end, prev_people = (ctx.carry[0].start if ctx.carry else sentence.start), []
    ctx.carry = []
    for m in scan.finditer(rules.participation_pattern(), sentence.text):
        verb, start, end = m.group(), sentence.start + m.start(), sentence.start + m.end()
        if _blocked(text, start, verb) or (verb in rules.uses("needs_mark") and not _marked(text, end)):
            continue
        people = [p for p in persons if prev_end <= p.start and p.end <= start]
        listed = rules.pattern("listed_after").match(text, end)  # 出席会议的还有…, 代表团成员包括…
        if listed:
            _, right = rules.clause_bounds(text, listed.end(), listed.end(), sentence.start, sentence.end)
            people = [p for p in persons if listed.end() <= p.start < min(right, sentence.end)]
        between = text[prev_end:start]
        if not people and prev_people and _same_subject(between):
            people = prev_people  # 某某出席会议并讲话: the same subject
        prev_end, prev_people = end, people
        target = _target(ctx, sentence, refs, before, start, end)
        relation = rules.participation_verbs()[verb]
        if relation == "leads":  # 某某带领某某、某某: the leader and those led
            _, right = rules.clause_bounds(text, end, end, sentence.start, sentence.end)
            people = people + [p for p in persons if end <= p.start and p.end <= min(right, sentence.end)]
            relation = "attended"
        if relation == "says":
            people = people or _pronoun_subject(ctx, sentence, target, start)
            people, relation = _speakers(target, people), "spoke_at"
        for person in people:
            _link(ctx, sentence, target, person, relation, verb)
    if sentence.text.rstrip()[-1:] in SEMICOLONS:
        ctx.carry = [p for p in persons if p.start >= prev_end]


def _marked(text: str, end: int) -> bool:
    """A ``needs_mark`` verb (说) counts only before a mark, a quotation or the end (说明 is no speech)."""
    return end >= len(text) or text[end] in CLAUSE_BREAKS + QUOTE_OPEN


def _same_subject(between: str) -> bool:
    """Two participation verbs share their people: no clause break between them, or a word such as 并
    (某某出席会议并讲话)."""
    same = rules.uses("same_subject")
    return any(w in between for w in same) or not any(c in between for c in CLAUSE_BREAKS)


def _speakers(target: Draft | None, people: list[Mention]) -> list[Mention]:
    """表示/指出/说 make a speaker only of someone already taking part in that meeting."""
    if target is None or target.event_type not in SAYS_TYPES:
        return []
    known = {name for name, _ in target.participants}
    return [p for p in people[-1:] if p.text in known]


def _pronoun_subject(ctx: Context, sentence: Sentence, target: Draft | None, start: int) -> list[Mention]:
    """他说 / 她还强调: the first participant of ``target`` named in the nearest earlier sentence naming one."""
    left, _ = rules.clause_bounds(ctx.doc.text, start, start, sentence.start, sentence.end)
    opening = rules.compact(ctx.doc.text[max(left, sentence.start) : start])
    if target is None or not any(opening.startswith(w) and len(opening) <= 4 for w in rules.uses("pronoun")):
        return []
    known = {name for name, _ in target.participants}
    for earlier in reversed([s for s in ctx.article.sentences if s.end <= sentence.start]):
        named = [p for p in ctx.people(earlier.start, earlier.end) if p.text in known]
        if named:
            return named[:1]
    return []


def _link(
    ctx: Context, sentence: Sentence, target: Draft | None, person: Mention, relation: str, verb: str
) -> None:
    home = sentence if person.start >= sentence.start else ctx.sentence_at(person.start)
    prov = ctx.doc.provenance(ctx.article.index, home, person.start, person.end, f"participation:{verb}")
    link = Participation(person.text, relation, prov)
    if target is None:
        ctx.pending.append(link)
    elif not target.planned:
        target.participants.setdefault((person.text, relation), link)


def _blocked(text: str, start: int, verb: str) -> bool:
    for context in rules.words("participation_block.txt"):
        at = context.find(verb)
        if at >= 0 and text.startswith(context, start - at):
            return True
    return False


def _target(
    ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None, start: int, end: int
) -> Draft | None:
    left, right = rules.clause_bounds(ctx.doc.text, start, end, sentence.start, sentence.end)
    after = [r for r in refs if end <= r.start < right]
    if after:
        return after[0].draft
    if ctx.doc.text.startswith(rules.uses("points_ahead"), end):  # 在某某的主持下，举行某会: the event after
        later = [r for r in refs if r.start >= end]
        if later:
            return later[0].draft
    itself = [r for r in refs if r.start <= start and end <= r.end]  # the verb is the act (会见)
    if itself:
        return itself[0].draft
    earlier = [r for r in refs if r.end <= start]
    if earlier:
        return earlier[-1].draft
    if before is not None:
        return before
    return refs[0].draft if refs else None


def policies(ctx: Context, sentence: Sentence, refs: list[Ref]) -> None:
    """《…》 after a policy verb (审议并原则通过, 签署) belongs to the event the sentence is about."""
    text = ctx.doc.text
    last_end, last = -1, ("", "")
    for m in rules.POLICY.finditer(text, sentence.start, sentence.end):
        gap = rules.compact(text[last_end : m.start()]) if last_end >= 0 else None
        if gap is not None and (gap in ("", LIST_MARK) or gap in rules.uses("list_joiner")):
            verb, relation = last
        else:
            verb, relation = _policy_verb(text, sentence.start, m.start())
        last_end, last = m.end(), (verb, relation)
        target = ctx.current
        if not relation or target is None or target.planned:
            continue
        name = rules.policy_title(m.group(1))
        prov = ctx.doc.provenance(ctx.article.index, sentence, m.start(), m.end(), f"policy:{verb}")
        if not any(p[0] == name for p in target.policies):
            target.policies[(name, relation)] = PolicyLink(name, relation, prov)


def _policy_verb(text: str, floor: int, start: int) -> tuple[str, str]:
    """The policy verb (policy_verbs.tsv row) right before a 《title》 and its relation, ("", "") if none."""
    window = rules.strip_end(rules.compact(text[max(floor, start - 14) : start]), rules.uses("aspect"))
    return next(
        ((verb, relation) for verb, relation in rules.policy_verbs() if window.endswith(verb)), ("", "")
    )


def add_people(
    ctx: Context, sentence: Sentence, draft: Draft, people: list[tuple[Mention, str]], verb: str
) -> None:
    """People an act names itself (its actor, the guests of talks) with their relation to it."""
    for person, relation in people:
        prov = ctx.doc.provenance(
            ctx.article.index, sentence, person.start, person.end, f"participation:{verb}"
        )
        draft.participants.setdefault((person.text, relation), Participation(person.text, relation, prov))
