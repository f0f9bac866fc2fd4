"""graph.graphml: the graph as networkx writes it, with key ids equal to attribute names.

A streaming writer: the bytes of ``nx.write_graphml(g, prettyprint=True, named_key_ids=True)`` (ElementTree
back end), written element by element instead of through an ElementTree of the whole graph.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

import networkx as nx

from .fragments import KEY, SENTINEL, Fragments, Memo
from .xmltext import XML_DECLARATION, ByteSink, TextSink, clean_bytes, escape_attr, escape_text

NS_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
ROOT = (
    f'<graphml xmlns="{NS_GRAPHML}" xmlns:xsi="{NS_XSI}" '
    f'xsi:schemaLocation="{NS_GRAPHML} {NS_GRAPHML}/1.0/graphml.xsd">'
)
# networkx's GraphML type table (the last entry per Python type wins): int is "long", float "double".
XML_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}

_DATA_INDENT = "\n      "

Key = tuple[str, str, str]  # attribute name, GraphML type, scope ("graph" | "node" | "edge")


def xml_type(name: str, value: Any) -> str:
    try:
        return XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"GraphML cannot hold {type(value).__name__} values (attribute {name!r})") from None


def _collect(seen: dict[Key, None], scope: str, rows: Iterable[Mapping[str, Any]]) -> None:
    shapes: set[tuple[tuple, tuple]] = set()  # rows of a shape seen (names and value types) add no key
    for data in rows:
        shape = (tuple(data), tuple(map(type, data.values())))
        if shape in shapes:
            continue
        shapes.add(shape)
        for name, value in data.items():
            seen.setdefault((str(name), xml_type(name, value), scope))


def graph_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    return {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}


def declared_keys(g: nx.MultiDiGraph) -> list[Key]:
    """Keys in networkx's order: first use (graph, nodes, edges), each inserted at the top."""
    seen: dict[Key, None] = {}
    _collect(seen, "graph", [graph_data(g)])
    _collect(seen, "node", (data for _, data in g.nodes(data=True)))
    _collect(seen, "edge", (data for *_, data in g.edges(data=True)))
    return list(reversed(seen))


def _data(data: Mapping[str, Any], indent: str) -> str:
    """``leaf("data", ' key="…"', str(v))`` per attribute, after ``indent``; the opening of each key's element
    made once (a graph has a few dozen keys and hundreds of thousands of values)."""
    parts = []
    for k, v in data.items():
        name = k if type(k) is str else str(k)
        opening = _OPENINGS.get((indent, name))
        if opening is None:
            opening = _OPENINGS[(indent, name)] = indent + '<data key="' + escape_attr(name) + '"'
        text = v if type(v) is str else str(v)
        parts.append(f"{opening}>{escape_text(text)}</data>" if text else f"{opening} />")
    return "".join(parts)


_OPENINGS: dict[tuple[str, str], str] = {}


def _element(tag: str, attrs: str, data: Mapping[str, Any]) -> str:
    if not data:
        return f"\n    <{tag}{attrs} />"
    return f"\n    <{tag}{attrs}>{_data(data, _DATA_INDENT)}\n    </{tag}>"


def _graph_body(g: nx.MultiDiGraph, sink: TextSink) -> None:
    for node, data in g.nodes(data=True):
        sink.add(_element("node", f' id="{escape_attr(str(node))}"', data))
    if g.is_multigraph():
        for u, v, key, data in g.edges(keys=True, data=True):
            ends = (
                f' source="{escape_attr(str(u))}" target="{escape_attr(str(v))}" id="{escape_attr(str(key))}"'
            )
            sink.add(_element("edge", ends, data))
    else:
        for u, v, data in g.edges(data=True):
            sink.add(
                _element("edge", f' source="{escape_attr(str(u))}" target="{escape_attr(str(v))}"', data)
            )
    sink.add(_data(graph_data(g), "\n    "))


def _ends(u: Any, v: Any, key: str) -> str:
    return f' source="{escape_attr(str(u))}" target="{escape_attr(str(v))}" id="{escape_attr(key)}"'


def _kept_body(g: nx.MultiDiGraph, sink: ByteSink, memo: Memo) -> None:
    """``_graph_body`` for a multigraph, each element's bytes from the last build when it is unchanged
    (``fragments``; an edge's key is printed where its stored bytes hold ``KEY``)."""
    with memo.open("graph.graphml") as kept:
        for (node, data), key in zip(g.nodes(data=True), memo.digests.nodes, strict=True):
            sink.add(_kept_node(kept, node, data, key))
        for (u, v, k, data), key in zip(g.edges(keys=True, data=True), memo.digests.edges, strict=True):
            sink.add(_kept_edge(kept, u, v, k, data, key))
    sink.add(clean_bytes(_data(graph_data(g), "\n    ")))


def _kept_node(kept: Fragments, node: Any, data: Mapping[str, Any], key: bytes | None) -> bytes:
    def make() -> bytes:
        return clean_bytes(_element("node", f' id="{escape_attr(str(node))}"', data))

    return kept.element(key, make) or make()


def _kept_edge(kept: Fragments, u: Any, v: Any, k: Any, data: Mapping[str, Any], key: bytes | None) -> bytes:
    def make() -> bytes | None:
        parts = _element("edge", _ends(u, v, SENTINEL), data).split(SENTINEL)
        return KEY.join(map(clean_bytes, parts)) if len(parts) == 2 else None

    stored = kept.element(key, make) if type(k) is str else None
    if stored is None:
        return clean_bytes(_element("edge", _ends(u, v, str(k)), data))
    return stored.replace(KEY, clean_bytes(escape_attr(k)))


def write_graphml(g: nx.MultiDiGraph, fh: BinaryIO, memo: Memo | None = None) -> None:
    """``memo``: the elements of the last build (``fragments``), for a multigraph; the same bytes."""
    if "id" in g.graph or g.graph.get("node_default") or g.graph.get("edge_default"):
        raise ValueError("graph ids and attribute defaults are not written")
    if memo is not None and g.is_multigraph() and g.number_of_nodes():
        _write_kept(g, fh, memo)
        return
    sink = TextSink(fh)
    sink.add(XML_DECLARATION + ROOT)
    for name, kind, scope in declared_keys(g):
        name = escape_attr(name)
        sink.add(f'\n  <key id="{name}" for="{scope}" attr.name="{name}" attr.type="{kind}" />')
    edgedefault = "directed" if g.is_directed() else "undirected"
    if g.number_of_nodes() or graph_data(g):
        sink.add(f'\n  <graph edgedefault="{edgedefault}">')
        _graph_body(g, sink)
        sink.add("\n  </graph>")
    else:
        sink.add(f'\n  <graph edgedefault="{edgedefault}" />')
    sink.add("\n</graphml>\n")
    sink.flush()


def _head(g: nx.MultiDiGraph) -> str:
    keys = "".join(
        f'\n  <key id="{name}" for="{scope}" attr.name="{name}" attr.type="{kind}" />'
        for name, kind, scope in ((escape_attr(n), k, s) for n, k, s in declared_keys(g))
    )
    edgedefault = "directed" if g.is_directed() else "undirected"
    return f'{XML_DECLARATION}{ROOT}{keys}\n  <graph edgedefault="{edgedefault}">'


def _write_kept(g: nx.MultiDiGraph, fh: BinaryIO, memo: Memo) -> None:
    sink = ByteSink(fh)
    sink.add(clean_bytes(_head(g)))
    _kept_body(g, sink, memo)
    sink.add(b"\n  </graph>\n</graphml>\n")
    sink.flush()


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(g, buffer)
    return buffer.getvalue()
