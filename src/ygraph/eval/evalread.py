"""ygraph eval reading: the gold file (checked: an object with an ``events`` list, each list's entries with
their required fields) and what a build produced, read back from graph.graphml and the report.json beside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import UsageError

PARTICIPATION = {"presided": "presided", "spoke_at": "spoke", "attended": "attended", "sent": "sent"}
REQUIRED: dict[str, tuple[str, ...]] = {
    "events": ("id", "title", "date"),
    "roles": ("person", "role"),
    "successions": ("role", "before", "after"),
    "conflicts": ("variants",),
    "not_people": (),
    "other_people": (),
}


@dataclass(frozen=True)
class PredEvent:
    id: str
    title: str
    date: str
    date_end: str
    place: str
    planned: bool
    sources: tuple[str, ...] = ()  # document paths
    event_type: str = ""


@dataclass
class Prediction:
    """What a build produced, read back from graph.graphml (and report.json beside it)."""

    events: list[PredEvent]
    persons: list[str]
    roles: list[tuple[str, str]]  # (person, position)
    participation: list[tuple[str, str, str]]  # (person, event id, presided|spoke|attended)
    successions: list[tuple[str, str, str]]  # (position, before, after)
    conflicts: list[list[str]] | None  # None when report.json is absent
    policies: list[tuple[str, str, str]] = field(default_factory=list)  # (event id, relation, policy)
    announced: dict[str, list[str]] = field(default_factory=dict)  # event id → announcing documents
    role_spans: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # → first, last seen


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise UsageError(f"gold file {path}: expected an object with an 'events' list")
    for key, fields in REQUIRED.items():
        entries = gold.setdefault(key, [])
        if not isinstance(entries, list):
            raise UsageError(f"gold file {path}: '{key}' must be a list")
        for i, entry in enumerate(entries):
            lacking = [f for f in fields if not isinstance(entry, dict) or f not in entry]
            if lacking:
                raise UsageError(f"gold file {path}: {key}[{i}] lacks {', '.join(lacking)}")
    return gold


def _read_graph(path: Path) -> nx.Graph:
    try:
        return nx.read_graphml(path)
    except Exception as exc:  # OSError, networkx errors and the XML parser's own (they differ by backend)
        raise UsageError(f"cannot read graph {path}: {exc}") from None


def _read_conflicts(report: Path) -> list[list[str]] | None:
    if not report.is_file():
        return None
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read {report}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("conflicts", []), list):
        raise UsageError(f"{report}: expected an object with a 'conflicts' list")
    return [[str(v) for v in c.get("variants", [])] for c in data.get("conflicts", [])]


def load_prediction(graph_path: Path) -> Prediction:
    g = _read_graph(graph_path)
    label = {n: str(d.get("label", n)) for n, d in g.nodes(data=True)}
    kind = {n: d.get("kind", "") for n, d in g.nodes(data=True)}
    events = [
        PredEvent(
            id=n,
            title=label[n],
            date=str(d.get("date", "")),
            date_end=str(d.get("date_end", "")),
            place=str(d.get("place", "")),
            planned=str(d.get("planned", "")).lower() == "true",
            sources=tuple(s for s in str(d.get("sources", "")).split(";") if s),
            event_type=str(d.get("event_type", "")),
        )
        for n, d in g.nodes(data=True)
        if kind[n] == "event"
    ]
    pred = Prediction(events, sorted(label[n] for n in g if kind[n] == "person"), [], [], [], None)
    for u, v, d in g.edges(data=True):
        relation = d.get("relation", "")
        if relation == "holds_position":
            pred.roles.append((label[u], label[v]))
            pred.role_spans[(label[u], label[v])] = (
                str(d.get("first_seen", "")),
                str(d.get("last_seen", "")),
            )
        elif relation == "announced_in":
            pred.announced.setdefault(u, []).append(label[v])
        elif relation in PARTICIPATION and kind[v] == "event":
            pred.participation.append((label[u], v, PARTICIPATION[relation]))
        elif kind[v] == "policy" and kind[u] == "event":
            pred.policies.append((u, relation, label[v]))
        elif relation == "succeeded":
            pred.successions.append((str(d.get("position", "")), label[v], label[u]))
    pred.conflicts = _read_conflicts(Path(graph_path).parent / "report.json")
    return pred
