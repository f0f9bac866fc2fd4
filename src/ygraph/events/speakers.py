"""speakers: who speaks at an event by 表示/指出/说 (participation.tsv ``says``): someone already taking part,
anyone speaking 在某会上 or on the floor (会上，某某说), a pronoun's antecedent; for ``participants.py``."""

from __future__ import annotations

from ..actors.actorlex import surnames, titles
from ..model import Mention, Sentence
from ..punctuation import CLAUSE_BREAKS, COMMAS, LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .groups import without_times

SAYS_TYPES = (
    "meeting",
    "forum",
    "talks",
    "signing",
    "other",
)  # 表示/说 make speakers of those already taking part (not an inspection: an inspector's remarks on the tour
# are no speech at an event in the seed gold, although the real pages' golds count them; docs/decisions.md)

WELCOMED_TYPES = ("visit",)  # 对某团来访表示欢迎: the welcome is said at the talks, not at the visit


def says(
    ctx: Context, sentence: Sentence, refs: list[Ref], target: Draft | None, people: list[Mention], start: int
) -> tuple[Draft | None, list[Mention]]:
    """The event and the speakers of 表示/指出/说: someone already taking part in that meeting (the last
    name before the verb and those listed with it: 甲、乙表示), or anyone who speaks 在某会上 (在座谈会上说);
    a visit welcomed (对某团来访表示欢迎) is no meeting: the talks or meeting reported before it."""
    if ctx.doc.text.startswith(rules.uses("consoles"), start):
        return target, []  # 向其亲属表示慰问: consoling someone, no words said at the event
    at = _at_event(ctx, refs, people, start)
    if at is not None:
        return at.draft, [p for p in people if p.end <= at.start]
    framed = _framed(ctx.doc.text, sentence, refs)
    if framed is not None:  # 在某日举办的某发布会上，发言人某某表示: the speaker of the event the sentence opens in
        return framed.draft, _subject(ctx.doc.text, [p for p in people if p.start >= framed.end])
    if target is not None and target.event_type in WELCOMED_TYPES:
        target = next((d for d in reversed(ctx.drafts) if d.event_type in SAYS_TYPES), target)
    people = people or _pronoun_subject(ctx, sentence, target, start) or _addressed(ctx, sentence, target, start)
    floor = _on_the_floor(ctx.doc.text, sentence, people) or _said_on_the_floor(ctx.doc.text, people, start)
    floor = floor or _speaks_for(ctx.doc.text, people, start)
    target = target if floor else _own_event(ctx, target, people, _subject(ctx.doc.text, people))
    return target, _speakers(ctx.doc.text, target, people, floor)


def _known(draft: Draft) -> set[str]:
    """Those taking part in ``draft`` in the article so far (a sender is not there)."""
    return {name for name, relation in draft.participants if relation != "sent"}


def _own_event(ctx: Context, target: Draft | None, people: list[Mention], subject: list[Mention]) -> Draft | None:
    """The event a speaker takes part in when ``target`` (an event one may speak at) does not hold them: the
    latest told so far that holds the speaker and the others named with them before the verb (在会见甲时，乙表示:
    the talks with 甲, not the talks reported last), else the latest that holds the speaker (甲出席开幕式。…
    甲表示: the ceremony, not the forum named last). A tour's remarks stay with the tour that holds its
    leader (C1: no speech there)."""
    if not subject:
        return target
    told = [d for d in reversed(ctx.drafts) if d.event_type in SAYS_TYPES and not d.planned and not d.named_only]
    for names in ({p.text for p in people}, {p.text for p in subject}):
        if target is not None and names <= _known(target):
            return target
        held = next((d for d in told if names <= _known(d)), None)
        if held is not None:
            return held
    return target


def _at_event(ctx: Context, refs: list[Ref], people: list[Mention], start: int) -> Ref | None:
    """某某在座谈会上说, 某某9日在某发布会上表示: the event named between the speaker and the verb, printed as
    在<event>上 (a date before 在 left out)."""
    if not people:
        return None
    text = ctx.doc.text
    for r in refs:
        if people[-1].end <= r.start and r.end <= start:
            opening = rules.compact(without_times(ctx, people[-1].end, text[people[-1].end : r.start]))
            closing = rules.compact(text[r.end : start])
            if opening.startswith(rules.uses("at_open")) and closing.startswith(rules.uses("at_close")):
                return r
    return None


def _framed(text: str, sentence: Sentence, refs: list[Ref]) -> Ref | None:
    """The event a sentence opens in, printed as its first clause 在<…event>上， (在5月8日举办的某论坛上，; 在某论坛
    开幕式上，: a ``meeting_part`` before 上): whoever says something in the clauses after it says it there (C2;
    lane cere27). None when the clause is not such a frame or names a plan (将在…上)."""
    for r in refs:
        if not (sentence.start <= r.start and r.end <= sentence.end) or r.draft.planned:
            continue
        opening = rules.compact(text[sentence.start : r.start])
        closing = rules.compact(text[r.end : min(r.end + 8, sentence.end)])
        part = next((w for w in rules.uses("meeting_part") if closing.startswith(w)), "")
        closing = closing[len(part) :]
        close = next((w for w in rules.uses("at_close") if closing.startswith(w)), "")
        framed = opening.startswith(rules.uses("at_open")) and not any(c in CLAUSE_BREAKS for c in opening)
        if framed and close and closing[len(close) : len(close) + 1] in tuple(COMMAS):
            return r
    return None


def _speakers(text: str, target: Draft | None, people: list[Mention], floor: bool = False) -> list[Mention]:
    """表示/指出/说 make a speaker only of someone already taking part in that meeting (or anyone when the
    sentence opens with ``floor``: 会上，某某说): the last name before the verb and the names listed with it."""
    if target is None or target.event_type not in SAYS_TYPES or not people:
        return []
    known = {name for name, relation in target.participants if relation != "sent"}  # a sender is not there
    known |= {p.text for p in people} if floor else set()
    known |= {p.text for i, p in enumerate(people) if _group_head(text, p, people[i - 1].end if i else 0)}
    return [p for p in _subject(text, people) if p.text in known]


def _subject(text: str, people: list[Mention]) -> list[Mention]:
    """The last name before the verb and the names listed with it (甲、乙表示)."""
    if not people:
        return []
    gap = text[people[-2].end : people[-1].start] if len(people) > 1 else ""
    if gap.startswith(rules.uses("addressee")) and not any(c in CLAUSE_BREAKS for c in gap):
        return [people[-2]]  # 甲向(新任市长)乙说: 乙 is spoken to
    subject = [people[-1]]
    for p in reversed(people[:-1]):
        gap = rules.compact(text[p.end : subject[0].start])
        if gap != LIST_MARK and gap not in rules.uses("list_joiner"):
            break
        subject.insert(0, p)
    return subject


def _group_head(text: str, person: Mention, floor: int) -> bool:
    """考察团团长某某表示: the head of a group (a ``group_head`` word in the titles right before the name, after
    ``floor``) takes part in the events of the group's visit, so speaks at the meeting."""
    left, _ = rules.clause_bounds(text, person.start, person.start)
    return any(w in text[max(left, floor) : person.start] for w in rules.uses("group_head"))


def _said_on_the_floor(text: str, people: list[Mention], start: int) -> bool:
    """某某在会上表示 / 某某在座谈时说: an ``at_open`` word and a ``floor`` word between the last name and the
    verb: that person spoke at the meeting reported, whether or not the article named them there before."""
    if not people:
        return False
    gap = rules.compact(text[people[-1].end : start])
    opener = next((w for w in rules.uses("at_open") if gap.startswith(w)), "")
    return bool(opener) and gap[len(opener) :] in rules.uses("floor")


def _speaks_for(text: str, people: list[Mention], start: int) -> bool:
    """某某代表市委、市政府对…表示欢迎: an ``on_behalf`` word (not a noun: 代表团) right after the last name and
    no clause break before the verb: a formal address on behalf of a body, made at the event reported; so is one
    made after a greeting (patterns.tsv ``greeted_then``: 某某在对…表示祝贺后说)."""
    if not people:
        return False
    gap = rules.compact(text[people[-1].end : start])
    if rules.pattern("greeted_then").fullmatch(gap):
        return True  # 某某在对某地的发展表示祝贺后说: the greeting then the address, made at the event reported
    return (
        gap.startswith(rules.uses("on_behalf"))
        and not gap.startswith(rules.uses("not_on_behalf"))
        and not any(c in gap for c in CLAUSE_BREAKS)
    )


def _on_the_floor(text: str, sentence: Sentence, people: list[Mention]) -> bool:
    """The sentence opens with a ``floor`` word (会上，) or a speech of the speaker's own (``speech_occasion``:
    在作供职报告时，) right before its first speaker."""
    if not people or people[0].start < sentence.start:
        return False
    opening = rules.compact(text[sentence.start : people[0].start])
    occasion = rules.pattern("speech_occasion").match(opening)
    word = occasion.group() if occasion else next((w for w in rules.uses("floor") if opening.startswith(w)), "")
    rest = opening[len(word) :]
    return bool(word) and rest[:1] in COMMAS and not any(c in rest[1:] for c in CLAUSE_BREAKS)


def _pronoun_subject(ctx: Context, sentence: Sentence, target: Draft | None, start: int) -> list[Mention]:
    """他说 / 她还强调: the first person named in the sentence's clauses before it, else in the nearest earlier
    sentence naming anyone, when that person takes part in ``target`` (在表态发言中，某某表示感谢。他表示…: 他 is
    某某, whoever presided before; 甲致辞时表示，…，他强调: 甲)."""
    left, _ = rules.clause_bounds(ctx.doc.text, start, start, sentence.start, sentence.end)
    opening = rules.compact(ctx.doc.text[max(left, sentence.start) : start])
    if target is None or not any(opening.startswith(w) and len(opening) <= 4 for w in rules.uses("pronoun")):
        return []
    known = {name for name, relation in target.participants if relation != "sent"}  # a sender is not there
    own = ctx.people(sentence.start, left)  # 甲致辞时表示，…，他强调: the subject of the sentence's clauses before
    if own:
        return own[:1] if own[0].text in known else []
    for earlier in reversed([s for s in ctx.article.sentences if s.end <= sentence.start]):
        named = ctx.people(earlier.start, earlier.end)
        if named:
            return named[:1] if named[0].text in known else []
    return []


_ADDRESS_SLACK = 2  # characters allowed between a form of address and the verb (周市长还指出)


def _addressed(ctx: Context, sentence: Sentence, target: Draft | None, start: int) -> list[Mention]:
    """郑市长强调 / 周市長還指出: a clause opening with a surname and a title head (a form of address) names the
    one participant of ``target`` with that surname (none when two share it): its nearest earlier mention."""
    left, _ = rules.clause_bounds(ctx.doc.text, start, start, sentence.start, sentence.end)
    opening = rules.compact(ctx.doc.text[max(left, sentence.start) : start])
    if target is None or not opening or opening[0] not in surnames()[0]:
        return []
    heads = [h for h in titles() if opening.startswith(h, 1) and len(opening) - 1 - len(h) <= _ADDRESS_SLACK]
    known = {name for name, relation in target.participants if relation != "sent" and name[:1] == opening[0]}
    if not heads or len(known) != 1:
        return []
    named = [p for p in ctx.people(ctx.article.sentences[0].start, sentence.start) if p.text in known]
    return named[-1:]
