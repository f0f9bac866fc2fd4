"""The data graph.html draws: nodes with build-time positions, importance ranks and the days they cover.

* ``x``, ``y``: from ``layout.graph_layout``; the page never moves a node (hiding and showing restore it).
* ``c``: the node's component (0 = the largest, which the page fits on opening).
* ``r``: importance rank (0 = most important): the page gives the first ones labels legible at the first
  view and shows the others as the reader zooms in.
* ``when``: day spans (``[first, end)``, days since 1970-01-01) the node is known at: an event its date, a
  person or position the posts observed and the events taken part in, an organisation its posts, a place or
  policy its events, a document its date and the events it reports. The date filter shows a node when one
  of its spans meets the range; a node without any is undated and hidden while a range is set.
* ``tip``: tooltip lines, every code translated (``vocabulary``), evidence without Markdown markup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import networkx as nx

from .layout import Layout, graph_layout
from .spans import day_span, display_date, merge_spans
from .vocabulary import KINDS, display_evidence, term

KIND_STYLE: dict[str, dict[str, str]] = {
    "event": {"color": "#e4572e", "shape": "diamond"},
    "person": {"color": "#2f80d1", "shape": "dot"},
    "position": {"color": "#5f9e2f", "shape": "square"},
    "organization": {"color": "#9b59b6", "shape": "triangleDown"},
    "place": {"color": "#e09b0b", "shape": "triangle"},
    "policy": {"color": "#17a398", "shape": "star"},
    "document": {"color": "#8d8d8d", "shape": "hexagon"},
}
# How much a link of a node of this kind counts towards its importance: people and events are what a reader
# looks for; a document links to every event it reports, which makes it a hub of little interest.
KIND_WEIGHT = {"person": 1.3, "event": 1.2, "document": 0.4, "organization": 0.8, "place": 0.8}
NODE_FIELDS = (
    ("date", "日期", display_date),
    ("date_end", "结束日期", display_date),
    ("date_precision", "日期精度", lambda v: term("precision", v)),
    ("event_type", "类型", lambda v: term("event_type", v)),
    ("place", "地点", str),
    ("organization", "机构", str),
    ("positions", "职务", str),
    ("date_source", "日期来源", lambda v: term("date_source", v)),
    ("n_sources", "来源数", str),
    ("sources", "来源", str),
    ("evidence", "证据", display_evidence),
)
EDGE_FIELDS = (
    ("first_seen", "首次出现", display_date),
    ("last_seen", "最后出现", display_date),
    ("position", "职务", str),
    ("source_file", "来源", str),
    ("evidence", "证据", display_evidence),
)
Spans = list[tuple[int, int]]


def tooltip(label: str, attrs: dict[str, Any], fields: tuple) -> list[list[str]]:
    """Tooltip lines as (caption, text) pairs; the page turns them into text nodes."""
    lines = [["", label]] if label else []
    for name, caption, shown in fields:
        value = attrs.get(name)
        if value not in (None, "", 0, "none"):
            lines.append([caption, shown(str(value))])
    return lines


def importance_ranks(g: nx.MultiDiGraph) -> dict[str, int]:
    """Rank of each node by its distinct neighbours, weighted by kind (ties by id)."""
    score = {
        nid: len(set(g.predecessors(nid)) | set(g.successors(nid))) * KIND_WEIGHT.get(kind, 1.0)
        for nid, kind in g.nodes(data="kind", default="")
    }
    return {nid: rank for rank, nid in enumerate(sorted(score, key=lambda n: (-score[n], n)))}


def edge_span(attrs: dict[str, Any]) -> tuple[int, int] | None:
    """The days an edge itself is dated over: a post from first to last observation, a succession's window."""
    if attrs.get("relation") == "holds_position":
        return day_span(attrs.get("first_seen") or None, attrs.get("last_seen") or None)
    if attrs.get("relation") == "succeeded":
        return day_span(attrs.get("before_last_seen") or None, attrs.get("after_first_seen") or None)
    return None


def node_spans(g: nx.MultiDiGraph) -> dict[str, Spans]:
    """Each node's day spans (see the module docstring)."""
    spans: dict[str, Spans] = defaultdict(list)
    for nid, a in g.nodes(data=True):
        own = day_span(a.get("date") or None, a.get("date_end") or None)
        if own:
            spans[nid].append(own)
    events = {nid: list(spans[nid]) for nid, kind in g.nodes(data="kind") if kind == "event"}
    for u, v, a in g.edges(data=True):
        if a.get("relation") == "holds_position":
            span = edge_span(a)
            for end in (u, v):
                spans[end].extend([span] if span else [])
        for here, there in ((u, v), (v, u)):
            if there in events and here not in events:
                spans[here].extend(events[there])
    for position, organization, a in g.edges(data=True):
        if a.get("relation") == "part_of":
            spans[organization].extend(spans.get(position, []))
    return spans


def node_entries(g: nx.MultiDiGraph, layout: Layout) -> Iterator[dict[str, Any]]:
    index = {nid: i for i, nid in enumerate(sorted(g.nodes))}
    ranks, spans = importance_ranks(g), node_spans(g)
    for nid, a in g.nodes(data=True):
        i, label = index[nid], a.get("label", nid)
        entry = {
            "id": nid,
            "label": label,
            "kind": a.get("kind", ""),
            "x": layout.positions[i][0],
            "y": layout.positions[i][1],
            "c": layout.component[i],
            "r": ranks[nid],
            "tip": tooltip(label, a, NODE_FIELDS),
        }
        if spans.get(nid):
            entry["when"] = merge_spans(spans[nid])
        yield entry


def edge_entries(g: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for u, v, key, a in g.edges(keys=True, data=True):
        entry = {
            "id": key,
            "from": u,
            "to": v,
            "relation": a.get("relation", ""),
            "tip": tooltip(term("relation", a.get("relation", "")), a, EDGE_FIELDS),
        }
        span = edge_span(a)
        if span:
            entry["when"] = [list(span)]
        yield entry


def page_layout(g: nx.MultiDiGraph) -> Layout:
    ids = sorted(g.nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    return graph_layout(len(ids), ((index[u], index[v]) for u, v in g.edges()))


def kinds_legend(g: nx.MultiDiGraph) -> list[dict[str, str]]:
    order = list(KIND_STYLE)
    kinds = sorted(
        {k for _, k in g.nodes(data="kind", default="")},
        key=lambda k: (order.index(k) if k in order else len(order), k),
    )
    default = {"color": "#cccccc", "shape": "dot"}
    return [{"kind": k, "name": KINDS.get(k, k), **KIND_STYLE.get(k, default)} for k in kinds]
