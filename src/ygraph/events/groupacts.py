"""groupacts: the leaders of a travelling group (甲、乙率某代表团赴某地考察) and those who went along with it
(某某一同前往) attend the talks, meeting or banquet the article reports with the group (某某会见了考察团,
考察团一行与某某会谈, …率团赴某地考察，并举行某座谈会), for ``events.py`` (docs/gold-conventions.md C4: a
delegation's leader and the members the page names). Words: ``events/group_acts.tsv``."""

from __future__ import annotations

from dataclasses import replace

from .. import lexicons
from ..model import Mention, Participation, Provenance
from . import eventrules as rules
from .draft import Context, Draft

_FILE = "events/group_acts.tsv"
_TRIPS = ("visit", "inspection")
_ACTS = ("talks", "meeting", "other")  # 会见考察团, 与代表团座谈, 设宴欢迎代表团
_REACH = 60  # characters from a leader's name to the lead word (the titles of a second leader between)


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses(_FILE, use)  # longest first


def join(ctx: Context) -> None:
    """Each leader or companion of the article's travelling group attends every act reported with the group
    (a group word in the act's title or in its sentence), when the act is told as the trip is (both done or
    both planned)."""
    trips = [d for d in ctx.drafts if d.event_type in _TRIPS and not d.named_only]
    if not trips:
        return
    acts = _acts(ctx, trips)
    if not acts:
        return
    members = _members(ctx, trips)
    for act in acts:
        for name, (planned, prov) in members.items():
            if planned == act.planned:
                act.participants.setdefault((name, "attended"), Participation(name, "attended", prov))


def _acts(ctx: Context, trips: list[Draft]) -> list[Draft]:
    """The acts told with the group after its trip: a headline or lede told before it names its own parties
    (甲会见乙率领的代表团), and its copy of an act the body tells again is no act to add them to."""
    first = min(t.start for t in trips)
    return [
        d
        for d in ctx.drafts
        if d.event_type in _ACTS and not d.named_only and d.start > first and _with_group(ctx, d)
    ]


def _with_group(ctx: Context, draft: Draft) -> bool:
    """A group word (代表团, 考察团) in the act's title or in the sentence that tells it."""
    groups = rules.uses("delegation")
    if any(w in draft.title for w in groups):
        return True
    sentence = ctx.sentence_at(draft.start)
    return any(w in ctx.doc.text[sentence.start : sentence.end] for w in groups)


def _members(ctx: Context, trips: list[Draft]) -> dict[str, tuple[bool, Provenance]]:
    """The trip's attendants who lead the group (a lead word after the name) or went along with it (its
    ``along`` rows), with whether their trip is planned and the provenance of the new tie."""
    found: dict[str, tuple[bool, Provenance]] = {}
    along = {f"participation:{w}": w for w in _uses("along")}
    for trip in trips:
        for (name, relation), part in trip.participants.items():
            word = along.get(part.provenance.rule) if relation == "attended" else None
            if word:
                found.setdefault(name, (trip.planned, replace(part.provenance, rule=_rule(word))))
    for person in ctx.persons:
        trip = next((t for t in trips if (person.text, "attended") in t.participants), None)
        word = _lead_after(ctx, person) if trip else ""
        if trip and word:
            sentence = ctx.sentence_at(person.start)
            prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, _rule(word))
            found.setdefault(person.text, (trip.planned, prov))
    return found


def _rule(word: str) -> str:
    return f"participation:group_act:{word}"


def _lead_after(ctx: Context, person: Mention) -> str:
    """The lead word after the name when only other leaders and titles stand between them and a group word
    follows in its clause (甲，省长乙率某代表团), else ""."""
    text, sentence = ctx.doc.text, ctx.sentence_at(person.start)
    hi = min(sentence.end, person.end + _REACH)
    for word in _uses("lead"):
        at = text.find(word, person.end, hi)
        if at < 0 or not _only_names(ctx, person.end, at):
            continue
        _, right = rules.clause_bounds(text, at, at + len(word), sentence.start, sentence.end)
        if any(g in text[at + len(word) : right] for g in rules.uses("delegation")):
            return word
    return ""


def _only_names(ctx: Context, start: int, end: int) -> bool:
    """Nothing but names, titles and ``join`` words (、, 和) between ``start`` and ``end``."""
    rest, at = [], start
    for lo, hi in ctx.blocked_in(start, end):
        if hi <= at or lo >= end:
            continue
        rest.append(ctx.doc.text[at:max(lo, at)])
        at = max(at, hi)
    rest.append(ctx.doc.text[at:end])
    left = rules.compact("".join(rest))
    for word in _uses("join"):
        left = left.replace(word, "")
    return not left
