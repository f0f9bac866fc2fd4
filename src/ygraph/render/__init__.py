"""render: every output file, written into a new build folder that replaces the previous one as a whole.

The folder becomes the one readers see only after every file was written (``output.staged``), so a failure
or a kill at any moment leaves every previous output intact; no file's bytes are held in memory longer than
it takes to write them.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from ..config import BuildConfig
from ..model import Corpus
from .gexf import write_gexf
from .graphml import write_graphml
from .html import write_graph_html
from .output import locked, staged
from .report import report_json, write_facts
from .sqlite import write_sqlite
from .tables import events_csv, roles_csv, successions_csv
from .timeline import timeline_html, timeline_json

Renderer = Callable[[nx.MultiDiGraph, Corpus, BinaryIO], object]
FileWriter = Callable[[nx.MultiDiGraph, Corpus, Path], object]  # for writers that need a file name


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

FILE_WRITERS: dict[str, FileWriter] = {
    "ygraph.db": lambda g, c, path: write_sqlite(c, path),
}


def selected(html: bool = True) -> dict[str, Renderer]:
    return dict(sorted({**RENDERERS, **(HTML_RENDERERS if html else {})}.items()))


def all_names() -> list[str]:
    """Every name a build may write (with or without the HTML pages)."""
    return sorted({**RENDERERS, **HTML_RENDERERS, **FILE_WRITERS})


@contextmanager
def output_lock(config: BuildConfig) -> Iterator[Path]:
    """Hold the output folder for a whole build: a second build into it stops at once (``OutputBusy``)."""
    with locked(config.out, all_names()) as state:
        yield state


def render_all(g: nx.MultiDiGraph, corpus: Corpus, html: bool = True) -> dict[str, bytes]:
    """Every file's bytes (for tests; builds write straight to files)."""
    import io
    import tempfile

    files = {}
    for name, render in selected(html).items():
        buffer = io.BytesIO()
        render(g, corpus, buffer)
        files[name] = buffer.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        for name, write in FILE_WRITERS.items():
            write(g, corpus, Path(folder) / name)
            files[name] = (Path(folder) / name).read_bytes()
    return dict(sorted(files.items()))


# Rendered in another process when the build has one (``write_outputs(pool=...)``): the writers that read
# only the graph (about 45 % of the write step at 10 MB), so only the graph is pickled (≈ 0.15 s at 10 MB;
# the corpus would cost 0.8 s more in this process); the other writers run here meanwhile.
FAR = ("graph.html", "graph.gexf", "graph.graphml")


def write_outputs(
    g: nx.MultiDiGraph, corpus: Corpus, config: BuildConfig, pool: Executor | None = None
) -> list[Path]:
    renderers = selected(config.html)
    with staged(config.out, all_names()) as generation:
        far = [name for name in FAR if name in renderers] if pool is not None else []
        future = None
        if pool is not None and far:
            future = pool.submit(render_graph_files, far, [str(generation.file(n)) for n in far], g)
        for name, render in renderers.items():
            if name not in far:
                with generation.open(name) as fh:
                    render(g, corpus, fh)
        for name, write in FILE_WRITERS.items():
            write(g, corpus, generation.file(name))
            generation.done(name)
        if future is not None:
            future.result()
            for name in far:
                generation.done(name)
    return [config.out / name for name in sorted([*renderers, *FILE_WRITERS])]


def render_graph_files(names: list[str], paths: list[str], g: nx.MultiDiGraph) -> None:
    """Render ``names`` (writers of the graph alone, ``FAR``) into ``paths`` (in a worker process: files of
    the parent's generation)."""
    renderers = selected(True)
    gc.freeze()  # the graph just unpickled lives to the end: out of the collector's full passes
    try:
        for name, path in zip(names, paths, strict=True):
            with open(path, "xb") as fh:
                renderers[name](g, None, fh)  # type: ignore[arg-type]
    finally:
        gc.unfreeze()
