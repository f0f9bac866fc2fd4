"""graph.graphml: the graph as networkx writes it, with key ids equal to attribute names.

A streaming writer: the bytes of ``nx.write_graphml(g, prettyprint=True, named_key_ids=True)`` (ElementTree
back end), written element by element instead of through an ElementTree of the whole graph.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, BinaryIO

import networkx as nx

from .xmltext import XML_DECLARATION, TextSink, escape_attr, escape_text

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
        opening = _opening(indent, name)
        text = v if type(v) is str else str(v)
        parts.append(f"{opening}>{escape_text(text)}</data>" if text else f"{opening} />")
    return "".join(parts)


@cache
def _opening(indent: str, name: str) -> str:
    return indent + '<data key="' + escape_attr(name) + '"'


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


def write_graphml(g: nx.MultiDiGraph, fh: BinaryIO) -> None:
    if "id" in g.graph or g.graph.get("node_default") or g.graph.get("edge_default"):
        raise ValueError("graph ids and attribute defaults are not written")
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


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(g, buffer)
    return buffer.getvalue()
