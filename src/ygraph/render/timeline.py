"""timeline.html (an offline page of events in date order) and timeline.json (TimelineJS's format)."""

from __future__ import annotations

import html
from typing import Any

from ..corpus.graph import normalize_evidence, role_spans
from ..model import Corpus, Event, date_sort_key, precision_of
from .html import render_page, script_json, static_text
from .output import dump_json

UNDATED = "日期不详"
RELATION_NAMES = {"presided": "主持", "spoke_at": "讲话", "attended": "出席", "sent": "致函"}


def event_order(event: Event) -> tuple[str, str, str]:
    """Calendar order at each date's own precision ("2020" before "2020-08" before "2020-08-20"); undated last."""
    return (date_sort_key(event.date), event.title, event.id)


def display_date(value: str | None) -> str:
    """A date at the precision it is known: 2020 → 2020年, 2020-08 → 2020年8月, never an invented day."""
    if not value:
        return UNDATED
    parts = [int(p) for p in value.split("-")]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, ("年", "月", "日"), strict=False))


def display_span(start: str | None, end: str | None) -> str:
    if end and end != start:
        return f"{display_date(start)}至{display_date(end)}"
    return display_date(start)


def _event_entry(event: Event) -> dict[str, Any]:
    participants = sorted({(p.person, p.relation) for p in event.participants})
    evidence = sorted({normalize_evidence(p.evidence) for p in event.provenance})
    return {
        "id": event.id,
        "date": event.date or "",
        "date_end": event.date_end or "",
        "precision": precision_of(event.date),
        "display_date": display_span(event.date, event.date_end),
        "title": event.title,
        "type": event.event_type,
        "place": event.place or "",
        "planned": event.planned,
        "participants": [{"name": n, "relation": RELATION_NAMES.get(r, r)} for n, r in participants],
        "sources": list(event.sources),
        "evidence": evidence,
    }


def timeline_data(corpus: Corpus) -> dict[str, Any]:
    events = [_event_entry(e) for e in sorted(corpus.events, key=event_order)]
    positions: dict[str, list[dict[str, str]]] = {}
    for span in role_spans(corpus.roles):
        positions.setdefault(span.person, []).append(
            {"position": span.position, "span": display_span(span.first_seen, span.last_seen)}
        )
    people = sorted({p["name"] for e in events for p in e["participants"]} | set(positions))
    return {
        "events": events,
        "types": sorted({e["type"] for e in events}),
        "people": people,
        "positions": positions,
    }


def timeline_html(corpus: Corpus, title: str = "ygraph 时间线") -> bytes:
    data = timeline_data(corpus)
    return render_page(
        "timeline.html.j2",
        title=title,
        data=script_json(data),
        style=static_text("style.css"),
        script=static_text("timeline.js"),
        n_events=len(data["events"]),
    )


def timelinejs_date(value: str) -> dict[str, int]:
    """TimelineJS date object with only the parts known: "2020-08" → {"year": 2020, "month": 8}."""
    parts = [int(p) for p in value.split("-")]
    return dict(zip(("year", "month", "day"), parts, strict=False))


def _timelinejs_slide(event: Event) -> dict[str, Any]:
    # TimelineJS renders headline and text as HTML, so document text is escaped here.
    people = "、".join(sorted({p.person for p in event.participants}))
    lines = [event.place or "", people, *sorted({normalize_evidence(p.evidence) for p in event.provenance})]
    text = "<br>".join(html.escape(line) for line in lines if line)
    slide: dict[str, Any] = {
        "start_date": timelinejs_date(event.date or ""),
        "text": {"headline": html.escape(event.title), "text": text},
        "group": event.event_type,
        "unique_id": event.id,
    }
    if event.date_end:
        slide["end_date"] = timelinejs_date(event.date_end)
    return slide


def timeline_json(corpus: Corpus, title: str = "ygraph 时间线") -> bytes:
    """Dated events only: TimelineJS cannot place an event without a start date."""
    dated = [e for e in sorted(corpus.events, key=event_order) if e.date]
    return dump_json(
        {
            "title": {"text": {"headline": html.escape(title), "text": f"{len(dated)} 个有日期的事件"}},
            "events": [_timelinejs_slide(e) for e in dated],
        }
    )
