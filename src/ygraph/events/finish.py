"""finish: an event draft of an article made the ``Event`` the build keeps (for ``events.extract_events``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event, Participation
from . import plandays
from .draft import Context, Draft
from .eventrules import uses
from .participants import SAYS_TYPES

TOUR_TYPES = ("inspection", "visit")  # no one speaks on a tour (C1): finish._tour_remarks


def finish(ctx: Context, draft: Draft) -> Event:
    """The article's event of ``draft``: its date source, the headline's pending participants, the dateline's
    place on the dateline's day, a tour's remarks as attendance."""
    relative = draft.date_source == "article" or (
        draft.date_source in ("clause", "sentence", "context") and not draft.explicit
    )
    if ctx.article.date_source == "cross_document" and relative:
        # the year came from another document (year hints), whatever expression gave month and day
        draft.date_source = "cross_document"
    first = next((d for d in ctx.drafts if not d.planned), None)
    if ctx.pending and draft is first and draft.lede and draft.event_type in SAYS_TYPES:
        # people listed in a headline before the report of the meeting they attended
        for p in ctx.pending:
            draft.participants.setdefault((p.person, p.relation), p)
    # the dateline place is where the article's own report happened, on the dateline's day
    on_dateline_day = draft.lede and draft.date is not None and draft.date == ctx.article.date
    place = draft.place or (ctx.article.place if on_dateline_day else None)
    date = draft.date
    return Event(
        id=f"event:{date or 'undated'}:{draft.title}",
        title=draft.title,
        event_type=draft.event_type,
        date=date,
        date_end=draft.date_end if date else None,
        date_source=draft.date_source if date else "unresolved",
        date_text=re.sub(r"\s+", "", draft.date_text),
        place=place,
        planned=draft.planned or plandays.after_page(date, ctx.article.published),
        participants=tuple(sorted(_tour_remarks(draft, _chair_printed(draft.participants)), key=_participation_key)),
        policies=tuple(sorted(draft.policies.values(), key=lambda p: (p.title, p.relation))),
        provenance=tuple(draft.provenance),
    )


def _chair_printed(links: dict[tuple[str, str], Participation]) -> dict[tuple[str, str], Participation]:
    """A meeting convened by one person (甲率团来访，召开某座谈会) and chaired by another the report names (乙主持
    座谈会): the chair presides; the convener's presiding, read from 召开 alone (``convenes_only``), is left out."""
    presided = [key for key in links if key[1] == "presided"]
    convened = [key for key in presided if links[key].provenance.rule.removeprefix(_PART) in uses("convenes_only")]
    if not convened or len(convened) == len(presided):
        return links
    return {k: p for k, p in links.items() if k not in convened}


_PART = "participation:"  # the rule of a participation: participation:<verb>


def _tour_remarks(draft: Draft, links: dict[tuple[str, str], Participation]) -> list[Participation]:
    """The participations ``links`` of ``draft``; on a tour (an inspection or visit) no one speaks
    (docs/gold-conventions.md C1): the leader's remarks and the local officials' reports on site make them
    ``attended``."""
    if draft.event_type not in TOUR_TYPES:
        return list(links.values())
    out = {k: p for k, p in links.items() if p.relation != "spoke_at"}
    for (name, relation), p in links.items():
        if relation == "spoke_at":
            out.setdefault((name, "attended"), replace(p, relation="attended"))
    return list(out.values())


def _participation_key(p: Participation) -> tuple[str, str, int]:
    return (p.person, p.relation, p.provenance.start)
