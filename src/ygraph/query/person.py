"""``ygraph person NAME``: the positions a person was seen in and the events they took part in, by date."""

from __future__ import annotations

from typing import Any

from .answer import Answer
from .store import Store

COLUMNS = ("date", "until", "kind", "what", "place", "file", "evidence")
BRIEF = ("date", "until", "kind", "what", "place", "evidence")
_KIND_ORDER = {"position": 0, "presided": 1, "spoke_at": 2, "attended": 3}


def person(store: Store, text: str) -> Answer:
    name = store.person(text)
    rows = [_position_row(store, r) for r in store.rows(
        "SELECT id, position, first_seen, last_seen FROM roles WHERE person = ?", name
    )]  # fmt: skip
    rows += [_event_row(store, r) for r in store.rows(
        "SELECT p.id, p.relation, e.id AS event, e.title, e.date, e.date_end, e.place "
        "FROM participation p JOIN events e ON e.id = p.event WHERE p.person = ?",
        name,
    )]  # fmt: skip
    rows.sort(key=lambda r: (r["date"] or "\uffff", _KIND_ORDER.get(r["kind"], 9), r["what"]))
    aliases = sorted(a for a, n in store.aliases.items() if n == name and a != name)
    data = {"person": name, "aliases": aliases}
    notes = [f"also written {', '.join(aliases)}"] if aliases else []
    return Answer(name, COLUMNS, rows, notes, data, BRIEF)


def _position_row(store: Store, role: dict[str, Any]) -> dict[str, Any]:
    first = store.rows(
        "SELECT id FROM observations WHERE role = ? ORDER BY date IS NULL, date, id LIMIT 1", role["id"]
    )
    evidence, file = store.evidence("observation", first[0]["id"]) if first else ("", "")
    return {"date": role["first_seen"], "until": role["last_seen"], "kind": "position", "what": role["position"],
            "place": None, "file": file, "evidence": evidence}  # fmt: skip


def _event_row(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    evidence, file = store.evidence("participation", row["id"])
    return {"date": row["date"], "until": row["date_end"], "kind": row["relation"], "what": row["title"],
            "place": row["place"], "file": file, "evidence": evidence, "event": row["event"]}  # fmt: skip
