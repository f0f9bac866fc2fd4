"""graph.html: a self-contained vis-network page (our own Jinja2 template, vis-network inlined once).

pyvis's own template links bootstrap from a CDN and writes node ids into HTML unescaped, so only its bundled
vis-network build is used. Document text reaches the page only as JSON data in a
``<script type="application/json">`` block and is put on screen with ``textContent``: it is never markup.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

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


def render_page(template: str, **context: Any) -> bytes:
    html = _environment().get_template(template).render(**context)
    return html.encode("utf-8")


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


def graph_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    positions = preset_positions(g)
    nodes = [
        {
            "id": nid,
            "label": a.get("label", nid),
            "kind": a.get("kind", ""),
            "date": str(a.get("date") or ""),
            "degree": g.degree(nid),
            "tip": tooltip(a.get("label", nid), a, NODE_FIELDS),
            **({"x": positions[nid][0], "y": positions[nid][1]} if positions else {}),
        }
        for nid, a in g.nodes(data=True)
    ]
    edges = [
        {
            "id": key,
            "from": u,
            "to": v,
            "relation": a.get("relation", ""),
            "tip": tooltip(relation_name(a.get("relation", "")), a, EDGE_FIELDS),
        }
        for u, v, key, a in g.edges(keys=True, data=True)
    ]
    kinds = sorted(
        {n["kind"] for n in nodes}, key=lambda k: list(KIND_STYLE).index(k) if k in KIND_STYLE else 99
    )
    return {
        "nodes": nodes,
        "edges": edges,
        "kinds": [
            {"kind": k, **KIND_STYLE.get(k, {"color": "#cccccc", "shape": "dot", "name": k})} for k in kinds
        ],
        "options": {
            "seed": LAYOUT_SEED,
            "iterations": stabilization_iterations(len(nodes)),
            "improvedLayout": len(nodes) <= IMPROVED_LAYOUT_MAX_NODES,
            "preset": bool(positions),
        },
    }


def graph_html(g: nx.MultiDiGraph, title: str = "ygraph") -> bytes:
    return render_page(
        "graph.html.j2",
        title=title,
        data=script_json(graph_data(g)),
        vis_js=vis_network_js(),
        style=static_text("style.css"),
        script=static_text("graph.js"),
        n_nodes=g.number_of_nodes(),
        n_edges=g.number_of_edges(),
    )
