"""graph.gexf: the same graph with Gephi dynamics (events at their dates, positions over their span)."""

from __future__ import annotations

import calendar
import io
import re

import networkx as nx

# networkx stamps today's date into <meta>; a build must not change from one day to the next.
_LAST_MODIFIED = re.compile(rb'\s+lastmodifieddate="[^"]*"')


def date_interval(value: str) -> tuple[str, str]:
    """The days an ISO date at its precision covers: "2020-08" → ("2020-08-01", "2020-08-31")."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", f"{value}-12-31"
    if len(parts) == 2:
        last_day = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{value}-01", f"{value}-{last_day:02d}"
    return value, value


def dynamic_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with ``start``/``end`` on dated events and ``holds_position`` edges, and edge ids = keys."""
    dyn = nx.MultiDiGraph()
    for nid, attrs in g.nodes(data=True):
        extra = {}
        if attrs.get("kind") == "event" and attrs.get("date"):
            start = date_interval(str(attrs["date"]))[0]
            extra = {"start": start, "end": date_interval(str(attrs.get("date_end") or attrs["date"]))[1]}
        dyn.add_node(nid, **attrs, **extra)
    for u, v, key, attrs in g.edges(keys=True, data=True):
        extra = {"id": key}
        if attrs.get("relation") == "holds_position" and attrs.get("first_seen"):
            extra["start"] = date_interval(str(attrs["first_seen"]))[0]
            extra["end"] = date_interval(str(attrs["last_seen"] or attrs["first_seen"]))[1]
        dyn.add_edge(u, v, key=key, **attrs, **extra)
    return dyn


def gexf_bytes(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(dynamic_copy(g), buffer, encoding="utf-8", prettyprint=True)
    return _LAST_MODIFIED.sub(b"", buffer.getvalue())
