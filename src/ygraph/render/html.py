"""graph.html: a self-contained vis-network page (our own Jinja2 template, vis-network inlined once).

The page's data (positions, ranks, date spans, translated tooltips) is made in ``graphdata``; this module
renders pages (also timeline.html) and streams the data into them.

pyvis's own template links bootstrap from a CDN and writes node ids into HTML unescaped, so only its bundled
vis-network build is used. Document text reaches the page only as JSON data in a
``<script type="application/json">`` block and is put on screen with ``textContent``: it is never markup.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from json.encoder import JSONEncoder, c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .fastjson import compact_arrays
from .graphdata import edge_entries, kinds_legend, node_entries, page_layout

VIS_NETWORK = Path("templates/lib/vis-9.1.2/vis-network.min.js")


def script_json(value: Any) -> Markup:
    """JSON that no document text can break out of: ``<``, ``>`` and ``&`` become ``\\u003c`` etc."""
    return Markup(_script_text(value))


def _script_text(value: Any) -> str:
    """``script_json`` as a plain string (joining Markup escapes every piece added to it: slow)."""
    return _script_safe("".join(_COMPACT(value, 0)))


def _script_safe(text: str) -> str:
    """JSON text with ``<``, ``>``, ``&`` and the two line separators as escapes (the same JSON value)."""
    for char in "<>&\u2028\u2029":
        if char in text:
            text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _not_json(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# ``json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode``, made once: that
# method makes a new C encoder at every call (and a table of the objects seen, for cycles our data never has).
if c_make_encoder is not None:
    _COMPACT = c_make_encoder(None, _not_json, encode_basestring, None, ":", ",", True, False, True)
else:  # pragma: no cover - a Python without the json accelerator
    _COMPACT = JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).iterencode


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
    text = (_package_folder("pyvis") / VIS_NETWORK).read_text(encoding="utf-8")
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


def _package_folder(name: str) -> Path:
    """A package's folder, found without importing it (importing pyvis pulls in IPython: ≈ 1 s)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {name} package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def render_page(template: str, **context: Any) -> bytes:
    buffer = io.BytesIO()
    write_page(buffer, template, {}, **context)
    return buffer.getvalue()


def graph_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    layout = page_layout(g)
    return {
        "edges": list(edge_entries(g)),
        "kinds": kinds_legend(g),
        "nodes": list(node_entries(g, layout)),
    }


def _json_array(entries: Iterator[dict[str, Any]]) -> Iterator[str]:
    """``script_json(list(entries))`` in pieces (through orjson: the entries hold no floats)."""
    return map(_script_safe, compact_arrays(entries, _script_text))


def graph_json_pieces(g: nx.MultiDiGraph) -> Iterator[str]:
    """``script_json(graph_data(g))`` one entry at a time: the entries as dicts, and the JSON as one string
    (with its escaped copies), were most of the write step's memory on large graphs."""
    layout = page_layout(g)
    yield '{"edges":'
    yield from _json_array(edge_entries(g))
    yield f',"kinds":{script_json(kinds_legend(g))},"nodes":'
    yield from _json_array(node_entries(g, layout))
    yield "}"


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
