"""eventparts: the attributes of an event (title of an act, governing date) and the people and policies
tied to events, for ``events.py``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, Mention, Participation, PolicyLink, Sentence, TimeExpr
from ..punctuation import CLAUSE_BREAKS, LIST_MARK, QUOTE_OPEN, SEMICOLONS, SENTENCE_ENDS
from . import eventrules as rules
from .draft import Context, Draft, Ref

PERSON_ACTS = ("inspection", "instruction", "message")  # acts that need a named person as actor
_OBJECT_TYPES = ("inspection", "message")  # their titles keep the object (调研某业发展, 致信祝贺…)
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”")  # a name inside a title or a quotation takes part in nothing


# --- dates ------------------------------------------------------------------------------------------


def governing(
    times: Sequence[TimeExpr], sentence: Sentence, start: int, end: int
) -> tuple[TimeExpr | None, str]:
    """The expression governing ``[start, end)`` among the sentence's ``times``: clause first, then
    sentence (as ``temporal.time_at``), ignoring expressions inside the span (the year of a name,
    2030年度…座谈会). A vague or duration expression may govern too (近日, 今年以来): the caller decides."""
    outside = [t for t in times if not (t.start < end and t.end > start)]
    rel = sentence.start
    left, right = rules.clause_bounds(sentence.text, start - rel, end - rel)
    in_clause = [t for t in outside if left <= t.start - rel and t.end - rel <= right]
    for candidates, source in ((in_clause, "clause"), (outside, "sentence")):
        before = [t for t in candidates if t.end <= start]
        # after the event only inside its clause: a later clause may be dating another event
        # (and only a date: 致信祝贺某校建校100周年 is not dated by its anniversary)
        after = [t for t in candidates if t.start >= end and t.kind == "date"] if source == "clause" else []
        if source == "sentence" and any(t.kind == "date" for t in before):
            # a date of the sentence, not another clause's duration (2016年，…3周年之际，某某作出指示)
            before = [t for t in before if t.kind != "duration"]
        chosen = before[-1] if before else (after[0] if after else None)
        if chosen is not None:
            return chosen, source
    return None, ""


def follow_on(ctx: Context, index: int, name: str) -> TimeExpr | None:
    """A date opening one of the next sentences about the same person (近日在某地调研 … 4日至6日，某某先后到)."""
    for sentence in ctx.article.sentences[index + 1 : index + 4]:
        if name in sentence.text:
            opening = [t for t in ctx.times(sentence.start, sentence.start + 4) if t.kind == "date"]
            if opening:
                return opening[0]
    return None


def title_year(times: Sequence[TimeExpr], end: int) -> TimeExpr | None:
    """The year printed in an event's own name (2030年度…座谈会), when nothing outside it dates the event."""
    return next((t for t in times if t.kind == "date" and t.end <= end), None)


def planned_date(text: str, times: Sequence[TimeExpr], left: int, start: int) -> TimeExpr | None:
    """The date printed between a plan word and the planned name (定于6月18日在某地召开某会)."""
    plans = [w for w in rules.words("plan_words.txt") if w in text[left:start]]
    after = max((text.rfind(w, left, start) + len(w) for w in plans), default=-1)
    if after < 0:
        return None
    return next((t for t in times if t.kind == "date" and t.value and after <= t.start and t.end <= start), None)


def ahead(expr: TimeExpr, reference: str | None) -> TimeExpr:
    """A planned event's month-day (将于9月18日…) read forward: it lies after the article, not before."""
    if not (expr.value and reference and expr.underspecified.startswith("UNDEF-year")):
        return expr
    if expr.value[:10] >= reference[:10]:
        return expr

    def later(value: str | None) -> str | None:
        return f"{int(value[:4]) + 1:04d}{value[4:]}" if value else value

    if expr.value.endswith("02-29"):
        return expr
    return replace(expr, value=later(expr.value), value_end=later(expr.value_end))


# --- names of meetings ------------------------------------------------------------------------------


def convener(ctx: Context, left: int, start: int) -> str:
    """某机构（日期）召开会议 → the body that met, which names the meeting (某机构会议); "" for a person
    (某某召开这次座谈会 is anaphora) or anything longer than a body's name."""
    text = ctx.doc.text
    head = text[left:start].rstrip()
    verb = next((v for v in rules.uses("convenes") if head.endswith(v)), "")
    if not verb or ctx.people(left, start):
        return ""
    skip = [(t.start - left, t.end - left) for t in ctx.times(left, start)]
    body = "".join(ch for i, ch in enumerate(head[: -len(verb)]) if not any(a <= i < b for a, b in skip))
    body = rules.compact(body)
    return body if 2 <= len(body) <= 12 and not any(w in body for w in rules.uses("not_in_body")) else ""


def plan_window(ctx: Context, index: int, left: int) -> str:
    """What runs on into this clause across a line break or a sentence cut without punctuation (a
    headline: 会议确定 / 2024年度…座谈会在某省召开): its last characters."""
    sentence = ctx.article.sentences[index]
    before = ctx.doc.text[sentence.start : left]
    if left > sentence.start and before[-1:].isspace():
        return rules.compact(before)[-4:]
    if index == 0 or left != sentence.start:
        return ""
    previous = ctx.article.sentences[index - 1].text.rstrip()
    return "" if previous[-1:] in SENTENCE_ENDS else rules.compact(previous)[-4:]


def plan_after(text: str, end: int, right: int) -> bool:
    """某论坛将于9月18日在某地举办: a plan word right after the name, before the verb of taking place."""
    after = rules.compact(text[end:right])
    if not any(after.startswith(w) for w in rules.words("plan_words.txt")):
        return False
    return any(w in after for w in rules.happening().after)  # 本次峰会将成为…: no plan of an event


# --- act titles -------------------------------------------------------------------------------------


def act_draft(
    ctx: Context,
    sentence: Sentence,
    trigger: rules.Trigger,
    span: tuple[int, int],
    clause: tuple[int, int],
    actor: Mention | None,
    refs: list[Ref],
    lede: bool,
) -> Draft | None:
    """The draft of an act event: generated title, place; documents a release act issued."""
    text, (start, end), (left, right) = ctx.doc.text, span, clause
    head = _skip_times(ctx, left, start)
    place, p_start, p_end = rules.place_in(text[head:end])
    wants_object = trigger.event_type in _OBJECT_TYPES or trigger.word in rules.uses("object")
    obj = _object(text, end, right) if wants_object else ""
    if trigger.event_type == "release" and not _released(ctx, head, end, right):
        return None  # 某某发布 2031-09-10 (a masthead): nothing is released
    if trigger.form == "visit" and actor is not None:
        if not obj:
            return None
        title, place = actor.text + rules.uses("visit_verb")[0] + obj, obj
    elif actor is not None:
        headline = _headline(ctx, trigger, actor) if lede else ""
        rest = _render(ctx, actor.end, start, refs)
        rest = next((rest[len(h) :] for h in rules.honorifics() if rest.startswith(h)), rest)
        title = headline or actor.text + rest + trigger.word + obj
    else:
        mid = text[head:start]
        if p_start >= 0 and p_end <= len(mid):
            mid = mid[:p_start] + mid[p_end:]
        subject = _subject(text, rules.compact(mid), sentence.start, left)
        if len(subject) < 2:
            return None
        title = subject + trigger.word + obj
    draft = Draft(title, trigger.event_type, start, end, None, None, "unresolved", "", place, False, lede)
    if trigger.word in rules.uses("issues"):
        for m in rules.POLICY.finditer(text, head, max(right, end)):
            prov = ctx.doc.provenance(
                ctx.article.index, sentence, m.start(), m.end(), f"policy:{trigger.word}"
            )
            name = rules.policy_title(m.group(1))
            draft.policies[(name, "issued")] = PolicyLink(name, "issued", prov)
    return draft


def _released(ctx: Context, head: int, end: int, right: int) -> bool:
    """A release names what it releases: a 《title》 in its clause or words (not a date) after the verb."""
    text = ctx.doc.text
    return bool(rules.POLICY.search(text, head, max(right, end)) or _object(text, _skip_times(ctx, end, right), right))


def _subject(text: str, subject: str, floor: int, left: int) -> str:
    """The subject of an act; one starting with 与/在 (or none) takes the noun ending the previous clause."""
    if not subject or subject.startswith(rules.uses("joiner")):
        subject = _previous_tail(text, floor, left) + subject
    return next((subject.removesuffix(w) for w in rules.uses("attributive") if subject.endswith(w)), subject)


def _skip_times(ctx: Context, start: int, end: int) -> int:
    """Move past date expressions (and spaces) that open a clause."""
    text, moved = ctx.doc.text, True
    while moved:
        moved = False
        while start < end and text[start].isspace():
            start += 1
        for t in ctx.times(start - 40, start + 1):
            if t.start <= start < t.end and t.end <= end:
                start, moved = t.end, True
    return start


def _object(text: str, end: int, right: int) -> str:
    obj = rules.compact(text[end:right])
    cuts = [at for at in (obj.find(w) for w in rules.uses("object_end")) if at >= 0]
    obj = obj[: min(cuts)] if cuts else obj
    cut = rules.pattern("object_count").search(obj)
    obj = obj[: cut.start()] if cut else obj
    return obj[:30] if len(obj) >= 2 else ""


def _render(ctx: Context, start: int, end: int, refs: list[Ref]) -> str:
    """The words between an actor and the trigger without dates or positions (names stay), 大会 → its full name."""
    text = ctx.doc.text
    persons = {(p.start, p.end) for p in ctx.people(start - 40, end)}
    skip = [(t.start, t.end) for t in ctx.times(start - 40, end)]
    skip += [b for b in ctx.blocked_in(start, end) if b not in persons]
    out, i = [], start
    while i < end:
        ref = next((r for r in refs if r.bare and r.start == i and r.end <= end), None)
        if ref is not None:
            out.append(ref.draft.title)
            i = ref.end
            continue
        span = next(((s, e) for s, e in skip if s <= i < e), None)
        if span is not None:
            i = span[1]
            continue
        out.append(text[i])
        i += 1
    return rules.compact("".join(out))


def _headline(ctx: Context, trigger: rules.Trigger, actor: Mention) -> str:
    """An article's headline as the title of its own report (周明远就…致贺信), cut after the trigger."""
    headline = rules.compact(ctx.article.title)
    cut = headline.find(trigger.word)
    if cut < 0 or actor.text not in headline[:cut]:
        return ""
    return headline[headline.find(actor.text) : cut + len(trigger.word)]


def _previous_tail(text: str, floor: int, left: int) -> str:
    """The noun that ends the previous clause (始于某地的某某11号线，…与… → 某某11号线)."""
    end = left - 1
    if end <= floor:
        return ""
    start, _ = rules.clause_bounds(text[floor:end], end - floor, end - floor)
    tail = rules.compact(text[floor + start : end])
    cut = max((tail.rfind(w) + len(w) for w in rules.uses("attributive") if w in tail), default=0)
    return tail[cut:]


# --- participants and policies ------------------------------------------------------------------------


def participation(ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None) -> None:
    """People named before a participation verb take part in the event that verb points to."""
    text = ctx.doc.text
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    persons = ctx.carry + [
        p for p in ctx.people(sentence.start, sentence.end) if not any(s < p.start < e for s, e in quoted)
    ]
    prev_end, prev_people = (ctx.carry[0].start if ctx.carry else sentence.start), []
    ctx.carry = []
    for m in rules.participation_pattern().finditer(sentence.text):
        verb, start, end = m.group(), sentence.start + m.start(), sentence.start + m.end()
        if _blocked(text, start, verb) or (verb in rules.uses("needs_mark") and not _marked(text, end)):
            continue
        people = [p for p in persons if prev_end <= p.start and p.end <= start]
        listed = rules.pattern("listed_after").match(text, end)
        if listed:
            _, right = rules.clause_bounds(text, listed.end(), listed.end())
            people = [p for p in persons if listed.end() <= p.start < min(right, sentence.end)]
        between = text[prev_end:start]
        if not people and prev_people and _same_subject(between):
            people = prev_people  # 某某出席会议并讲话: the same subject
        prev_end, prev_people = end, people
        target = _target(ctx, sentence, refs, before, start, end)
        relation = rules.participation_verbs()[verb]
        if relation == "says":
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
    if target is None or target.event_type not in ("meeting", "forum"):
        return []
    known = {name for name, _ in target.participants}
    return [p for p in people[-1:] if p.text in known]


def _link(
    ctx: Context, sentence: Sentence, target: Draft | None, person: Mention, relation: str, verb: str
) -> None:
    home = sentence if person.start >= sentence.start else _sentence_of(ctx.article, person.start)
    prov = ctx.doc.provenance(ctx.article.index, home, person.start, person.end, f"participation:{verb}")
    link = Participation(person.text, relation, prov)
    if target is None:
        ctx.pending.append(link)
    elif not target.planned:
        target.participants.setdefault((person.text, relation), link)


def _sentence_of(article: Article, position: int) -> Sentence:
    return next(s for s in reversed(article.sentences) if s.start <= position)


def _blocked(text: str, start: int, verb: str) -> bool:
    for context in rules.words("participation_block.txt"):
        at = context.find(verb)
        if at >= 0 and text.startswith(context, start - at):
            return True
    return False


def _target(
    ctx: Context, sentence: Sentence, refs: list[Ref], before: Draft | None, start: int, end: int
) -> Draft | None:
    left, right = rules.clause_bounds(ctx.doc.text, start, end)
    left, right = max(left, sentence.start), min(right, sentence.end)
    after = [r for r in refs if end <= r.start < right]
    if after:
        return after[0].draft
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
    window = rules.compact(text[max(floor, start - 14) : start])
    window = next((window.removesuffix(w) for w in rules.uses("aspect") if window.endswith(w)), window)
    return next(((verb, relation) for verb, relation in rules.policy_verbs() if window.endswith(verb)), ("", ""))
