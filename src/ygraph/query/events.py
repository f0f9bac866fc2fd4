"""``ygraph events [--from --to --type --person --place --text]``: events in date order, filtered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .answer import Answer
from .dates import overlaps
from .store import Store, like_pattern, spellings

COLUMNS = ("date", "date_end", "type", "title", "place", "participants", "sources")
BRIEF = ("date", "type", "title", "place", "participants")


@dataclass(frozen=True)
class EventFilters:
    date_from: str | None = None  # ISO at any precision; checked by the caller
    date_to: str | None = None
    event_type: str | None = None
    person: str | None = None
    place: str | None = None
    text: str | None = None  # in the title or in a sentence reporting the event


def events(store: Store, filters: EventFilters) -> Answer:
    where, args = _conditions(store, filters)
    sql = "SELECT * FROM events" + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += " ORDER BY date IS NULL, date, title, id"
    found = store.rows(sql, *args)
    if filters.date_from or filters.date_to:
        found = [e for e in found if e["date"] and overlaps(
            e["date"], e["date_end"] or e["date"], filters.date_from, filters.date_to
        )]  # fmt: skip
    rows = [_row(store, e) for e in found]
    data = {"filters": {k: v for k, v in vars(filters).items() if v is not None}}
    return Answer("events", COLUMNS, rows, data=data, brief=BRIEF)


def _conditions(store: Store, filters: EventFilters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if filters.event_type is not None:
        where.append("event_type = ?")
        args.append(store.event_type(filters.event_type))
    if filters.place is not None:
        where.append("place = ?")
        args.append(store.place(filters.place))
    if filters.person is not None:
        where.append("id IN (SELECT event FROM participation WHERE person = ?)")
        args.append(store.person(filters.person))
    if filters.text is not None and filters.text.strip():
        found = []
        for text in spellings(filters.text, words=True):
            found.append(
                "title LIKE ? ESCAPE '\\' OR id IN (SELECT event FROM provenance WHERE event IS NOT NULL "
                f"AND sentence IN ({store.matching_sentences(text)}))"
            )
            args += [like_pattern(text), store.text_parameter(text)]
        where.append("(" + " OR ".join(found) + ")")
    return where, args


def _row(store: Store, event: dict[str, Any]) -> dict[str, Any]:
    people = store.rows(
        "SELECT person, relation FROM participation WHERE event = ? ORDER BY person, relation", event["id"]
    )
    return {"date": event["date"], "date_end": event["date_end"], "type": event["event_type"],
            "title": event["title"], "place": event["place"],
            "participants": "; ".join(f"{p['person']}:{p['relation']}" for p in people),
            "sources": event["sources"], "id": event["id"]}  # fmt: skip
