"""graph.html: a self-contained vis-network page (our own Jinja2 template, vis-network inlined once).

pyvis's own template links bootstrap from a CDN and writes node ids into HTML unescaped, so only its bundled
vis-network build is used. Document text reaches the page only as JSON data in a
``<script type="application/json">`` block and is put on screen with ``textContent``: it is never markup.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .layout import force_layout

VIS_NETWORK = Path("templates/lib/vis-9.1.2/vis-network.min.js")
LAYOUT_SEED = 7
MAX_STABILIZATION_ITERATIONS = 400
# Each iteration costs about O(n log n): large graphs get fewer, so the page settles in seconds.
STABILIZATION_BUDGET = 200_000
MIN_STABILIZATION_ITERATIONS = 100
IMPROVED_LAYOUT_MAX_NODES = 150  # vis's improved layout is quadratic; beyond this it stalls the page
# Above this many nodes positions are computed at build time and the page draws them with physics off.
PRESET_LAYOUT_MIN_NODES = 300

KIND_STYLE: dict[str, dict[str, str]] = {
    "event": {"color": "#e4572e", "shape": "diamond", "name": "事件"},
    "person": {"color": "#4c9be8", "shape": "dot", "name": "人物"},
    "position": {"color": "#76b041", "shape": "box", "name": "职务"},
    "organization": {"color": "#9b59b6", "shape": "ellipse", "name": "机构"},
    "place": {"color": "#f3a712", "shape": "triangle", "name": "地点"},
    "policy": {"color": "#17a398", "shape": "square", "name": "政策文件"},
    "document": {"color": "#8d8d8d", "shape": "hexagon", "name": "文档"},
}
RELATION_NAMES = {
    "holds_position": "任职",
    "presided": "主持",
    "spoke_at": "讲话",
    "attended": "出席",
    "sent": "致函",
    "held_in": "举办地",
    "adopted": "通过",
    "reviewed": "审议",
    "issued": "印发",
    "signed": "签署",
    "mentions": "提及",
    "mentioned_in": "报道于",
    "announced_in": "预告于",
    "succeeded": "接任",
    "part_of": "隶属",
}
NODE_FIELDS = (
    ("date", "日期"),
    ("date_end", "结束日期"),
    ("date_precision", "日期精度"),
    ("event_type", "类型"),
    ("place", "地点"),
    ("organization", "机构"),
    ("positions", "职务"),
    ("date_source", "日期来源"),
    ("n_sources", "来源数"),
    ("sources", "来源"),
    ("evidence", "证据"),
)
EDGE_FIELDS = (
    ("first_seen", "首次出现"),
    ("last_seen", "最后出现"),
    ("position", "职务"),
    ("source_file", "来源"),
    ("evidence", "证据"),
)


def script_json(value: Any) -> Markup:
    """JSON that no document text can break out of: ``<``, ``>`` and ``&`` become ``\\u003c`` etc."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return Markup(text)


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("ygraph.render", "templates"), autoescape=select_autoescape(["j2"])
    )


@cache
def static_text(name: str) -> Markup:
    """One of our own scripts or stylesheets, to inline (trusted code, not data)."""
    return Markup(resources.files("ygraph.render").joinpath("static", name).read_text(encoding="utf-8"))


@cache
def vis_network_js() -> Markup:
    """vis-network's standalone build, as bundled by the installed pyvis package."""
    text = resources.files("pyvis").joinpath(str(VIS_NETWORK)).read_text(encoding="utf-8")
    if "</script" in text.lower():
        raise RuntimeError("the bundled vis-network cannot be inlined: it contains </script")
    return Markup(text)


def write_page(fh: BinaryIO, template: str, streams: Mapping[str, Iterable[str]], **context: Any) -> None:
    """The rendered template, written piece by piece; each of ``streams`` (text already safe for the page)
    is written where the template puts that variable, without ever being one string."""
    marks = {f"\x00{name}\x00": pieces for name, pieces in streams.items()}
    context.update({name: Markup(f"\x00{name}\x00") for name in streams})
    for piece in _environment().get_template(template).generate(**context):
        for mark, pieces in marks.items():
            if mark in piece:
                before, piece = piece.split(mark, 1)
                fh.write(before.encode("utf-8"))
                for text in pieces:
                    fh.write(text.encode("utf-8"))
        fh.write(piece.encode("utf-8"))


def render_page(template: str, **context: Any) -> bytes:
    buffer = io.BytesIO()
    write_page(buffer, template, {}, **context)
    return buffer.getvalue()


def tooltip(label: str, attrs: dict[str, Any], fields: tuple[tuple[str, str], ...]) -> list[list[str]]:
    """Tooltip lines as (caption, text) pairs; the page turns them into text nodes."""
    lines = [["", label]] if label else []
    for name, caption in fields:
        value = attrs.get(name)
        if value not in (None, "", 0):
            lines.append([caption, str(value)])
    return lines


def relation_name(relation: str) -> str:
    return f"{RELATION_NAMES[relation]}（{relation}）" if relation in RELATION_NAMES else relation


def stabilization_iterations(n_nodes: int) -> int:
    budget = STABILIZATION_BUDGET // max(n_nodes, 1)
    return max(MIN_STABILIZATION_ITERATIONS, min(MAX_STABILIZATION_ITERATIONS, budget))


def preset_positions(g: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Build-time positions for a large graph (none for a small one: the page's physics does better)."""
    if g.number_of_nodes() < PRESET_LAYOUT_MIN_NODES:
        return {}
    ids = sorted(g.nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    positions = force_layout(len(ids), ((index[u], index[v]) for u, v in g.edges()))
    return dict(zip(ids, positions, strict=True))


def node_entries(g: nx.MultiDiGraph, positions: dict[str, tuple[int, int]]) -> Iterator[dict[str, Any]]:
    for nid, a in g.nodes(data=True):
        yield {
            "id": nid,
            "label": a.get("label", nid),
            "kind": a.get("kind", ""),
            "date": str(a.get("date") or ""),
            "degree": g.degree(nid),
            "tip": tooltip(a.get("label", nid), a, NODE_FIELDS),
            **({"x": positions[nid][0], "y": positions[nid][1]} if positions else {}),
        }


def edge_entries(g: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for u, v, key, a in g.edges(keys=True, data=True):
        yield {
            "id": key,
            "from": u,
            "to": v,
            "relation": a.get("relation", ""),
            "tip": tooltip(relation_name(a.get("relation", "")), a, EDGE_FIELDS),
        }


def graph_meta(g: nx.MultiDiGraph, positions: dict[str, tuple[int, int]]) -> dict[str, Any]:
    """The page's kinds legend and vis options."""
    kinds = sorted(
        {k for _, k in g.nodes(data="kind", default="")},
        key=lambda k: list(KIND_STYLE).index(k) if k in KIND_STYLE else 99,
    )
    n_nodes = g.number_of_nodes()
    return {
        "kinds": [
            {"kind": k, **KIND_STYLE.get(k, {"color": "#cccccc", "shape": "dot", "name": k})} for k in kinds
        ],
        "options": {
            "seed": LAYOUT_SEED,
            "iterations": stabilization_iterations(n_nodes),
            "improvedLayout": n_nodes <= IMPROVED_LAYOUT_MAX_NODES,
            "preset": bool(positions),
        },
    }


def graph_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    positions = preset_positions(g)
    return {
        "nodes": list(node_entries(g, positions)),
        "edges": list(edge_entries(g)),
        **graph_meta(g, positions),
    }


def _json_array(entries: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, entry in enumerate(entries):
        yield ("," if i else "") + script_json(entry)
    yield "]"


def graph_json_pieces(g: nx.MultiDiGraph) -> Iterator[str]:
    """``script_json(graph_data(g))`` one entry at a time: the entries as dicts, and the JSON as one string
    (with its escaped copies), were most of the write step's memory on large graphs."""
    positions = preset_positions(g)
    meta = graph_meta(g, positions)
    yield '{"edges":'
    yield from _json_array(edge_entries(g))
    yield f',"kinds":{script_json(meta["kinds"])},"nodes":'
    yield from _json_array(node_entries(g, positions))
    yield f',"options":{script_json(meta["options"])}}}'


def write_graph_html(g: nx.MultiDiGraph, fh: BinaryIO, title: str = "ygraph") -> None:
    write_page(
        fh,
        "graph.html.j2",
        {"data": graph_json_pieces(g)},
        title=title,
        vis_js=vis_network_js(),
        style=static_text("style.css"),
        script=static_text("graph.js"),
        n_nodes=g.number_of_nodes(),
        n_edges=g.number_of_edges(),
    )


def graph_html(g: nx.MultiDiGraph, title: str = "ygraph") -> bytes:
    buffer = io.BytesIO()
    write_graph_html(g, buffer, title)
    return buffer.getvalue()
