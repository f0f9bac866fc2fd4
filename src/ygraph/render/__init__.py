"""render: every output file, each written to a temporary file, all renamed into place at the end.

Renaming only after every file was written means a failure while rendering or writing leaves every previous
output intact (``output.staged``); no file's bytes are held in memory longer than it takes to write them.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from ..config import BuildConfig
from ..model import Corpus
from .gexf import write_gexf
from .graphml import write_graphml
from .html import write_graph_html
from .output import staged
from .report import report_json, write_facts
from .tables import events_csv, roles_csv, successions_csv
from .timeline import timeline_html, timeline_json

Renderer = Callable[[nx.MultiDiGraph, Corpus, BinaryIO], object]


def _writes(render: Callable[[nx.MultiDiGraph, Corpus], bytes]) -> Renderer:
    return lambda g, c, fh: fh.write(render(g, c))


RENDERERS: dict[str, Renderer] = {
    "graph.graphml": lambda g, c, fh: write_graphml(g, fh),
    "graph.gexf": lambda g, c, fh: write_gexf(g, fh),
    "facts.json": lambda g, c, fh: write_facts(c, fh),
    "events.csv": _writes(lambda g, c: events_csv(c)),
    "roles.csv": _writes(lambda g, c: roles_csv(c)),
    "successions.csv": _writes(lambda g, c: successions_csv(c)),
    "timeline.json": _writes(lambda g, c: timeline_json(c)),
    "report.json": _writes(report_json),
}
HTML_RENDERERS: dict[str, Renderer] = {
    "graph.html": lambda g, c, fh: write_graph_html(g, fh),
    "timeline.html": _writes(lambda g, c: timeline_html(c)),
}


def selected(html: bool = True) -> dict[str, Renderer]:
    return dict(sorted({**RENDERERS, **(HTML_RENDERERS if html else {})}.items()))


def render_all(g: nx.MultiDiGraph, corpus: Corpus, html: bool = True) -> dict[str, bytes]:
    """Every file's bytes (for tests; builds write straight to files)."""
    import io

    files = {}
    for name, render in selected(html).items():
        buffer = io.BytesIO()
        render(g, corpus, buffer)
        files[name] = buffer.getvalue()
    return files


# Rendered in another process when the build has one (``write_outputs(pool=...)``): about half the time of
# the write step at 10 MB, the other half (and pickling the graph and corpus) stays in this process.
FAR = ("facts.json", "graph.html", "graph.graphml")


def write_outputs(
    g: nx.MultiDiGraph, corpus: Corpus, config: BuildConfig, pool: Executor | None = None
) -> list[Path]:
    renderers = selected(config.html)
    with staged(config.out) as staging:
        far = [name for name in FAR if name in renderers] if pool is not None else []
        future = None
        if pool is not None and far:
            future = pool.submit(render_files, far, [staging.reserve(n) for n in far], g, corpus)
        for name, render in renderers.items():
            if name not in far:
                with staging.open(name) as fh:
                    render(g, corpus, fh)
        if future is not None:
            future.result()
    return [config.out / name for name in renderers]


def render_files(names: list[str], paths: list[str], g: nx.MultiDiGraph, corpus: Corpus) -> None:
    """Render ``names`` into ``paths`` (in a worker process: the files the parent reserved)."""
    renderers = selected(True)
    for name, path in zip(names, paths, strict=True):
        with open(path, "wb") as fh:
            renderers[name](g, corpus, fh)
