"""``ygraph who POSITION [--on DATE]``: who was observed holding a position, from the observations alone.

A holder "held it on D" only when D lies within the span between their first and last observation; between
two holders the answer is the two observations that bound the change ("last seen A on …, first seen B on …"),
never a tenure the sources do not give.
"""

from __future__ import annotations

from typing import Any

from ..actors.placecontext import ContextPlaces
from ..actors.positions import canonical
from .answer import Answer, NotFound
from .dates import first_day, last_day, overlaps
from .store import Store, spellings, suggest

COLUMNS = ("person", "seen", "date", "position_text", "evidence", "file")
BRIEF = ("person", "seen", "date", "evidence", "file")


def resolve_position(store: Store, text: str) -> str:
    """The stored position for what the user typed: as typed, or its canonical form (aliases, 中共…)."""
    candidates = []
    for name in spellings(text):
        position = canonical(name, None, ContextPlaces()) if name else None
        candidates += [name, position.canonical] if position is not None else [name]
    for candidate in candidates:
        if candidate in store.positions:
            return candidate
    raise NotFound("position", text, suggest(candidates[-1], store.positions))


def who(store: Store, position_text: str, on: str | None = None) -> Answer:
    position = resolve_position(store, position_text)
    roles = store.rows(
        "SELECT id, person, first_seen, last_seen FROM roles WHERE position = ? "
        "ORDER BY first_seen IS NULL, first_seen, person",
        position,
    )
    data: dict[str, Any] = {"position": position, "on": on}
    title = f"{position}" + (f" on {on}" if on else "")
    if on is None:
        rows = [row for role in roles for row in _span_rows(store, role)]
        return Answer(
            title, COLUMNS, rows, data={**data, "status": "holders" if rows else "none"}, brief=BRIEF
        )
    dated = [r for r in roles if r["first_seen"]]
    holders = [r for r in dated if overlaps(r["first_seen"], r["last_seen"], on, on)]
    if holders:
        notes = [
            f"{r['person']}: seen as {position} from {r['first_seen']} to {r['last_seen']}" for r in holders
        ]
        rows = [row for role in holders for row in _span_rows(store, role)]
        return Answer(title, COLUMNS, rows, notes, {**data, "status": "held"}, BRIEF)
    return _between(store, position, on, dated, Answer(title, COLUMNS, [], data=data, brief=BRIEF))


def _between(store: Store, position: str, on: str, dated: list[dict], answer: Answer) -> Answer:
    before = [r for r in dated if last_day(r["last_seen"]) < first_day(on)]
    after = [r for r in dated if first_day(r["first_seen"]) > last_day(on)]
    last = max(before, key=lambda r: (r["last_seen"], r["person"]), default=None)
    first = min(after, key=lambda r: (r["first_seen"], r["person"]), default=None)
    parts = []
    if last:
        parts.append(f"last seen {last['person']} on {last['last_seen']}")
        answer.rows.append(_observation(store, last, "last seen", last["last_seen"]))
    if first:
        parts.append(f"first seen {first['person']} on {first['first_seen']}")
        answer.rows.append(_observation(store, first, "first seen", first["first_seen"]))
    if last and first:
        answer.data["status"] = "between"
    elif last:
        answer.data["status"] = "after_last"
        parts.append("no later observation")
    elif first:
        answer.data["status"] = "before_first"
        parts.insert(0, "no earlier observation")
    else:
        answer.data["status"] = "none"
        parts.append("no dated observation of this position")
    answer.notes.append(f"no observation of {position} on {on}: " + ", ".join(parts))
    return answer


def _span_rows(store: Store, role: dict) -> list[dict[str, Any]]:
    if not role["first_seen"]:
        return [_observation(store, role, "seen (undated)", None)]
    if role["first_seen"] == role["last_seen"]:
        return [_observation(store, role, "seen", role["first_seen"])]
    return [
        _observation(store, role, "first seen", role["first_seen"]),
        _observation(store, role, "last seen", role["last_seen"]),
    ]


def _observation(store: Store, role: dict, seen: str, date: str | None) -> dict[str, Any]:
    """The observation of ``role`` on ``date`` (the first such, in the store's order) with its evidence."""
    found = store.rows(
        "SELECT id, position_text FROM observations WHERE role = ? AND date IS ? ORDER BY id LIMIT 1",
        role["id"],
        date,
    )
    obs = found[0] if found else {"id": None, "position_text": ""}
    evidence, file = store.evidence("observation", obs["id"])
    return {"person": role["person"], "seen": seen, "date": date, "position_text": obs["position_text"],
            "evidence": evidence, "file": file}  # fmt: skip
