"""graph.gexf: the same graph with Gephi dynamics (events at their dates, positions over their span).

A streaming writer: the bytes networkx's ``write_gexf(prettyprint=True)`` (GEXF 1.2draft) produced for the
dynamic copy of the graph (``start``/``end`` on dated events and ``holds_position`` edges, edge ids = keys),
without the copy and without an ElementTree of the whole graph; and without networkx's date stamp in
``<meta>``, so that a build does not change from one day to the next.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

import networkx as nx

from ..model import date_interval
from .xmltext import XML_DECLARATION, TextSink, escape_attr

NS_GEXF = "http://www.gexf.net/1.2draft"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
ROOT = (
    f'<gexf xmlns="{NS_GEXF}" xmlns:xsi="{NS_XSI}" '
    f'xsi:schemaLocation="{NS_GEXF} {NS_GEXF}/gexf.xsd" version="1.2">'
)
# Kept as networkx wrote it, so that files stay byte-identical to those of earlier builds.
META = f"\n  <meta>\n    <creator>NetworkX {nx.__version__}</creator>\n  </meta>"
# networkx's GEXF type table (the last entry per Python type wins).
XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
# Edge attributes networkx lifts into XML attributes of <edge> rather than <attvalue>s.
EDGE_XML_ATTRS = ("label", "weight", "type")

Spell = tuple[str, str] | None
Attvalues = Iterator[tuple[str, Any]]


def node_spell(attrs: Mapping[str, Any]) -> Spell:
    if attrs.get("kind") == "event" and attrs.get("date"):
        start = date_interval(str(attrs["date"]))[0]
        return start, date_interval(str(attrs.get("date_end") or attrs["date"]))[1]
    return None


def edge_spell(attrs: Mapping[str, Any]) -> Spell:
    if attrs.get("relation") == "holds_position" and attrs.get("first_seen"):
        start = date_interval(str(attrs["first_seen"]))[0]
        return start, date_interval(str(attrs["last_seen"] or attrs["first_seen"]))[1]
    return None


def node_attvalues(attrs: Mapping[str, Any]) -> Attvalues:
    return ((k, v) for k, v in attrs.items() if k != "label")


def edge_attvalues(attrs: Mapping[str, Any], key: Any) -> Attvalues:
    yield from ((k, v) for k, v in attrs.items() if k not in EDGE_XML_ATTRS)
    yield "networkx_key", key  # networkx's name for the multigraph key


def value_text(value: Any) -> str:
    if type(value) is str:  # most values
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if type(value) is float:
        return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


class AttributeTable:
    """Attribute ids per class in order of first use (all node attributes first, then edge attributes)."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
        self.count = 0

    def add(self, cls: str, values: Attvalues) -> None:
        table = self.ids[cls]
        for title, value in values:
            if type(value) not in XML_TYPES:
                raise TypeError(f"GEXF cannot hold {type(value).__name__} values (attribute {title!r})")
            if title not in table:
                table[title] = (str(self.count), XML_TYPES[type(value)])
                self.count += 1

    def declarations(self) -> str:
        # networkx inserts each class's <attributes> at the top of <graph>: edges (declared last) come first.
        return "".join(self._declare(cls) for cls in ("edge", "node") if self.ids[cls])

    def _declare(self, cls: str) -> str:
        rows = "".join(
            f'\n      <attribute id="{i}" title="{escape_attr(title)}" type="{kind}" />'
            for title, (i, kind) in self.ids[cls].items()
        )
        return f'\n    <attributes mode="static" class="{cls}">{rows}\n    </attributes>'


def _element(tag: str, attrs: str, spell: Spell, values: Attvalues, table: dict[str, tuple[str, str]]) -> str:
    if spell:
        attrs += f' start="{escape_attr(spell[0])}" end="{escape_attr(spell[1])}"'
    rows = "".join(
        f'\n          <attvalue for="{table[k][0]}" value="{escape_attr(value_text(v))}" />'
        for k, v in values
    )
    if not rows:
        return f"\n      <{tag}{attrs} />"
    return f"\n      <{tag}{attrs}>\n        <attvalues>{rows}\n        </attvalues>\n      </{tag}>"


def _edge_attrs(u: Any, v: Any, key: Any, attrs: Mapping[str, Any]) -> str:
    out = f' source="{escape_attr(str(u))}" target="{escape_attr(str(v))}" id="{escape_attr(str(key))}"'
    for name in EDGE_XML_ATTRS:
        if name in attrs:
            out += f' {name}="{escape_attr(str(attrs[name]))}"'
    return out


def _section(sink: TextSink, tag: str, rows: Iterator[str]) -> None:
    first = next(rows, None)
    if first is None:
        sink.add(f"\n    <{tag} />")
        return
    sink.add(f"\n    <{tag}>{first}")
    for row in rows:
        sink.add(row)
    sink.add(f"\n    </{tag}>")


def _nodes(g: nx.MultiDiGraph, table: AttributeTable) -> Iterator[str]:
    ids = table.ids["node"]
    for node, attrs in g.nodes(data=True):
        head = f' id="{escape_attr(str(node))}" label="{escape_attr(str(attrs.get("label", node)))}"'
        yield _element("node", head, node_spell(attrs), node_attvalues(attrs), ids)


def _edges(g: nx.MultiDiGraph, table: AttributeTable) -> Iterator[str]:
    ids = table.ids["edge"]
    for u, v, key, attrs in g.edges(keys=True, data=True):
        yield _element(
            "edge", _edge_attrs(u, v, key, attrs), edge_spell(attrs), edge_attvalues(attrs, key), ids
        )


def attribute_table(g: nx.MultiDiGraph) -> tuple[AttributeTable, bool]:
    """The attribute ids, and whether anything has a spell (the graph is then dynamic). A row of a shape
    already seen (attribute names and value types) adds no attribute: only new shapes are read."""
    table, dynamic = AttributeTable(), False
    shapes: set[tuple[tuple, tuple]] = set()
    for _, attrs in g.nodes(data=True):
        shape = (tuple(attrs), tuple(map(type, attrs.values())))
        if shape not in shapes:
            shapes.add(shape)
            table.add("node", node_attvalues(attrs))
        dynamic = dynamic or node_spell(attrs) is not None
    shapes.clear()
    for *_, key, attrs in g.edges(keys=True, data=True):
        shape = (tuple(attrs), (type(key), *map(type, attrs.values())))
        if shape not in shapes:
            shapes.add(shape)
            table.add("edge", edge_attvalues(attrs, key))
        dynamic = dynamic or edge_spell(attrs) is not None
    return table, dynamic


def write_gexf(g: nx.MultiDiGraph, fh: BinaryIO) -> None:
    if not g.is_multigraph() or not g.is_directed():
        raise TypeError("graph.gexf is written from a MultiDiGraph")
    table, dynamic = attribute_table(g)
    sink = TextSink(fh)
    sink.add(XML_DECLARATION + ROOT + META)
    mode = 'mode="dynamic" name="" timeformat="date"' if dynamic else 'mode="static" name=""'
    sink.add(f'\n  <graph defaultedgetype="directed" {mode}>{table.declarations()}')
    _section(sink, "nodes", _nodes(g, table))
    _section(sink, "edges", _edges(g, table))
    sink.add("\n  </graph>\n</gexf>\n")
    sink.flush()


def gexf_bytes(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_gexf(g, buffer)
    return buffer.getvalue()
