"""escorted: an official's own act told with the people going along introduced by 由 (由甲、乙等人陪同视察某地;
由某局长某某陪同前往某乡会勘, Taiwan and mainland county reports). The companions are no actor and 陪同 blocks
nothing there: the person before 由 acts, the companions attend (participants.py reads 陪同). Pattern ``escort``
of ``patterns.tsv``; lane trip25, tests/test_trip25.py."""

from __future__ import annotations

from ..model import Mention, Sentence
from . import eventrules as rules
from .draft import Context, Draft


def escort_span(ctx: Context, left: int, start: int) -> tuple[int, int] | None:
    """The last 由…陪同 phrase of ``left…start`` that names a person between 由 and 陪同, else None."""
    found = None
    for m in rules.pattern("escort").finditer(ctx.doc.text, left, start):
        if any(m.start() < p.start and p.end <= m.end() for p in ctx.people(m.start(), m.end())):
            found = (m.start(), m.end())
    return found


def escorted_actor(ctx: Context, sentence: Sentence, left: int, start: int) -> Mention | None:
    """The person acting when the clause ``left…start`` holds an escort phrase: the first person of the clause
    before 由 (某县长某某今日由某某陪同视察), else the first one of the sentence before the clause (…，由某某陪同视察:
    the companions' clause opens with 由); None without an escort or a person before it."""
    span = escort_span(ctx, left, start)
    if span is None:
        return None
    before = ctx.people(left, span[0]) or ctx.people(sentence.start, span[0])
    return before[0] if before else None


def escorted_people(ctx: Context, left: int, start: int) -> list[Mention]:
    """The companions an escort phrase of ``left…start`` names (none without one)."""
    span = escort_span(ctx, left, start)
    return [] if span is None else [p for p in ctx.people(span[0], span[1]) if p.end <= span[1]]


def without_escort(words: str) -> str:
    """An act's title words without the escort phrase (由…陪同, 在…陪同下): 某某视察某工程."""
    return rules.pattern("escort_title").sub("", words)


def accompanied_tour(ctx: Context, start: int, end: int) -> Draft | None:
    """陪同考察/陪同参观 (an ``accompanies`` verb, then a ``tour_word``): the hosts attend the article's latest
    visit told so far (an inspection when no visit is), not the event of their clause."""
    text = ctx.doc.text
    after = end + next((len(w) for w in rules.uses("tour_pronoun") if text.startswith(w, end)), 0)  # 陪同其参观
    if text[start:end] not in rules.uses("accompanies") or not text.startswith(rules.uses("tour_word"), after):
        return None
    told = [d for d in reversed(ctx.drafts) if not d.planned and not d.named_only]
    return next((d for d in told if d.event_type == "visit"), None) or next(
        (d for d in told if d.event_type == "inspection"), None
    )


def tour_before(ctx: Context, start: int) -> Draft | None:
    """The tour an act at ``start`` repeats after an ``accompanies`` verb (甲同样陪同其参观): the article's latest
    visit or inspection, as for the people going along (``accompanied_tour``)."""
    text = ctx.doc.text
    for pronoun in ("", *rules.uses("tour_pronoun")):
        verb = next((w for w in rules.uses("accompanies") if text.endswith(w + pronoun, 0, start)), "")
        if verb:
            at = start - len(pronoun)
            return accompanied_tour(ctx, at - len(verb), at)
    return None
