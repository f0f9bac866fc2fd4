"""timeline.html (events on a zoomable time axis, a reading list, tenure bars) and timeline.json (TimelineJS).

The page is drawn by our own small scripts (``static/timeaxis.js``, ``timeline.js``, ``tenure.js``; see
docs/decisions.md): items are placed by day numbers computed here (``spans``), so a month covers its days.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

from ..corpus.graph import normalize_evidence, role_spans
from ..model import Corpus, Event, date_sort_key, precision_of
from .fastjson import dump_indented
from .html import render_page, script_json, static_text
from .spans import UNDATED, day_span, display_date, display_span
from .vocabulary import display_evidence, term

__all__ = ["display_date", "display_span", "timeline_data", "timeline_html", "timeline_json"]

PAGE_SCRIPTS = ("timeaxis.js", "timeline.js", "tenure.js")


def event_order(event: Event) -> tuple[str, str, str]:
    """Calendar order at each date's own precision ("2020" before "2020-08" before "2020-08-20"); undated last."""
    return (date_sort_key(event.date), event.title, event.id)


def _event_entry(event: Event) -> dict[str, Any]:
    participants = sorted({(p.person, p.relation) for p in event.participants})
    evidence = sorted({display_evidence(normalize_evidence(p.evidence)) for p in event.provenance})
    span = day_span(event.date, event.date_end)
    return {
        "id": event.id,
        "date": event.date or "",
        "span": list(span) if span else None,
        "precision": term("precision", precision_of(event.date)),
        "display_date": display_span(event.date, event.date_end),
        "title": event.title,
        "type": event.event_type,
        "type_name": term("event_type", event.event_type),
        "place": event.place or "",
        "planned": event.planned,
        "participants": [{"name": n, "relation": term("relation", r)} for n, r in participants],
        "sources": list(event.sources),
        "evidence": evidence,
    }


def tenures(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """Per person, each post as observed: the days from first to last observation and every observation."""
    observed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in corpus.roles:
        observed[(claim.person, claim.position)].add(claim.date or "")
    out: dict[str, list[dict[str, Any]]] = {}
    for span in role_spans(corpus.roles):
        dates = sorted(observed[(span.person, span.position)])
        whole = day_span(span.first_seen or None, span.last_seen or None)
        out.setdefault(span.person, []).append(
            {
                "position": span.position,
                "organization": span.organization,
                "span": list(whole) if whole else None,
                "display": display_span(span.first_seen, span.last_seen) if span.first_seen else UNDATED,
                "points": [list(day_span(d) or ()) for d in dates if d],
                "undated": "" in dates,
                "sources": list(span.sources),
            }
        )
    return out


def timeline_data(corpus: Corpus) -> dict[str, Any]:
    events = [_event_entry(e) for e in sorted(corpus.events, key=event_order)]
    posts = tenures(corpus)
    people = sorted({p["name"] for e in events for p in e["participants"]} | set(posts))
    return {
        "events": events,
        "types": [{"code": t, "name": term("event_type", t)} for t in sorted({e["type"] for e in events})],
        "people": people,
        "tenures": posts,
    }


def timeline_html(corpus: Corpus, title: str = "ygraph 时间线") -> bytes:
    data = timeline_data(corpus)
    return render_page(
        "timeline.html.j2",
        title=title,
        data=script_json(data),
        style=static_text("style.css"),
        scripts=[static_text(name) for name in PAGE_SCRIPTS],
        n_events=len(data["events"]),
    )


def timelinejs_date(value: str) -> dict[str, int]:
    """TimelineJS date object with only the parts known: "2020-08" → {"year": 2020, "month": 8}."""
    parts = [int(p) for p in value.split("-")]
    return dict(zip(("year", "month", "day"), parts, strict=False))


def _timelinejs_slide(event: Event) -> dict[str, Any]:
    # TimelineJS renders headline and text as HTML, so document text is escaped here.
    people = "、".join(sorted({p.person for p in event.participants}))
    evidence = sorted({display_evidence(normalize_evidence(p.evidence)) for p in event.provenance})
    lines = [event.place or "", people, *evidence]
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
    return dump_indented(
        {
            "title": {"text": {"headline": html.escape(title), "text": f"{len(dated)} 个有日期的事件"}},
            "events": [_timelinejs_slide(e) for e in dated],
        }
    )
