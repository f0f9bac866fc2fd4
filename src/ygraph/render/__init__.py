"""render: every output file, rendered in memory first, then each written atomically.

Rendering everything before writing anything means a failure while rendering (the likely kind) leaves every
previous output intact; each single file is replaced atomically by ``write_atomic``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx

from ..config import BuildConfig
from ..model import Corpus
from ..output import write_atomic
from .gexf import gexf_bytes
from .graphml import graphml_bytes
from .html import graph_html
from .report import facts_json, report_json
from .tables import events_csv, roles_csv, successions_csv
from .timeline import timeline_html, timeline_json

Renderer = Callable[[nx.MultiDiGraph, Corpus], bytes]

RENDERERS: dict[str, Renderer] = {
    "graph.graphml": lambda g, c: graphml_bytes(g),
    "graph.gexf": lambda g, c: gexf_bytes(g),
    "facts.json": lambda g, c: facts_json(c),
    "events.csv": lambda g, c: events_csv(c),
    "roles.csv": lambda g, c: roles_csv(c),
    "successions.csv": lambda g, c: successions_csv(c),
    "timeline.json": lambda g, c: timeline_json(c),
    "report.json": report_json,
}
HTML_RENDERERS: dict[str, Renderer] = {
    "graph.html": lambda g, c: graph_html(g),
    "timeline.html": lambda g, c: timeline_html(c),
}


def render_all(g: nx.MultiDiGraph, corpus: Corpus, html: bool = True) -> dict[str, bytes]:
    renderers = {**RENDERERS, **(HTML_RENDERERS if html else {})}
    return {name: render(g, corpus) for name, render in sorted(renderers.items())}


def write_outputs(g: nx.MultiDiGraph, corpus: Corpus, config: BuildConfig) -> list[Path]:
    files = render_all(g, corpus, html=config.html)
    written = []
    for name, data in files.items():
        write_atomic(config.out / name, data)
        written.append(config.out / name)
    return written
