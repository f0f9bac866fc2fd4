"""records: a meeting record's header fields (主席 / 甲; 出席 / 乙、丙…; 列席 / 丁: ``actors/fieldlists.py``) tie their
people to the meeting the record is of — the first held meeting of the article (its headline's, 某市政府第N次市政会议):
the chair presided, those attending and those sitting in attended (``word_uses.tsv`` field_presided,
field_attended; a recorder's field, 纪录, ties no one). A person noted away (甲(公假): field_absent) or replaced (甲(乙代))
takes no part; the stand-in (乙) attends; 主席致词： in the record's body: the chair spoke (session 40). Session 31; the EXAMPLE rows of events/word_uses.tsv."""

from __future__ import annotations

from ..actors.actorlex import uses as uses_actors
from ..actors.fieldlists import field_names
from ..model import Participation
from . import eventrules as rules
from .draft import Context, Draft

RULE = "participation:field:"  # + the field's label


def fields(ctx: Context) -> None:
    """Link the people of the article's header fields to the record's meeting."""
    entries = field_names(ctx.doc, ctx.article)
    meeting = _record_meeting(ctx) if entries else None
    if meeting is None:
        return
    people = {p.start: p for p in ctx.persons}
    for item in entries:
        relation = _relation(item.label)
        person = people.get(item.start)
        if relation is None or person is None or _away(item.note):
            continue
        home = ctx.sentence_at(person.start)
        prov = ctx.doc.provenance(ctx.article.index, home, person.start, person.end, RULE + item.label)
        meeting.participants.setdefault((person.text, relation), Participation(person.text, relation, prov))
    _chair_speaks(ctx, meeting)


def _chair_speaks(ctx: Context, meeting: Draft) -> None:
    """主席致词： / 主席裁示： in the record's body: the chair the header named spoke at the meeting
    (``word_uses.tsv`` chair_says after a field_presided label)."""
    chairs = sorted(person for person, relation in meeting.participants if relation == "presided")
    text, lo, hi = ctx.doc.text, ctx.article.start, ctx.article.end
    said = (
        at
        for label in rules.uses("field_presided")
        for word in rules.uses("chair_says")
        if (at := text.find(label + word, lo, hi)) >= 0
    )
    at = min(said, default=-1)
    if not chairs or at < 0:
        return
    home = ctx.sentence_at(at)
    for chair in chairs:
        prov = ctx.doc.provenance(ctx.article.index, home, home.start, home.end, RULE + "chair_says")
        meeting.participants.setdefault((chair, "spoke_at"), Participation(chair, "spoke_at", prov))


def _record_meeting(ctx: Context) -> Draft | None:
    return next(
        (d for d in ctx.drafts if d.event_type == "meeting" and not (d.planned or d.named_only or d.passing)), None
    )


def _away(note: str) -> bool:
    """甲(公假): away; 甲(乙代): 乙 sat in for 甲 (乙's own item carries the mark alone, 代, and attends)."""
    marks = uses_actors("field_stand_in")
    return note in rules.uses("field_absent") or (note not in marks and note.endswith(marks))


def _relation(label: str) -> str | None:
    if label in rules.uses("field_presided"):
        return "presided"
    return "attended" if label in rules.uses("field_attended") else None
