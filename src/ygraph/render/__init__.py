"""render: every output file, written into a new build folder that replaces the previous one as a whole.

The folder becomes the one readers see only after every file was written (``output.staged``), so a failure
or a kill at any moment leaves every previous output intact; no file's bytes are held in memory longer than
it takes to write them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from ..config import BuildConfig
from ..errors import warn
from ..model import BuildWarning, Corpus
from .forked import run_writers
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


# The writers in the order worker processes take them (``forked.run_writers``): the costliest first, as
# measured at 10 MB (docs/performance.md); names not listed come after these, in name order.
BY_COST = (
    "ygraph.db",
    "graph.html",
    "facts.json",
    "graph.gexf",
    "graph.graphml",
    "timeline.html",
    "roles.csv",
)


# The writers that read the corpus alone (never the graph): with ``jobs`` > 1 this process writes them while a
# forked child builds the graph and writes the others (the two halves cost about the same at 10 MB:
# docs/performance.md, eleventh session). A writer not listed here is given the graph.
CORPUS_ONLY = frozenset(
    {
        "ygraph.db",
        "facts.json",
        "timeline.html",
        "timeline.json",
        "events.csv",
        "roles.csv",
        "successions.csv",
    }
)
Graph = nx.MultiDiGraph | Callable[[], nx.MultiDiGraph]


def by_cost(names: list[str]) -> list[str]:
    rank = {name: i for i, name in enumerate(BY_COST)}
    return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))


def write_outputs(
    g: Graph,
    corpus: Corpus,
    config: BuildConfig,
    jobs: int = 1,
    warnings: list[BuildWarning] | None = None,
) -> list[Path]:
    """Every output file into a new build folder, published as one. ``g`` is the graph or a function that
    builds it, called once per process by the first writer that needs the graph: with ``jobs`` > 1 the
    writers are shared with forked copies of this process (same bytes), the first of which builds the graph
    and writes the writers that read it while this process writes the others (``CORPUS_ONLY``). A writer
    that raises leaves its file out (the previous build's too) with a W053 warning appended to
    ``warnings``; the other files are written. An ``OSError`` (disk full) stops the build and leaves the
    previous outputs as they were."""
    renderers = selected(config.html)
    names = sorted([*renderers, *FILE_WRITERS])
    graph = _once(g)
    with staged(config.out, all_names()) as generation:

        def write(name: str) -> None:
            given = None if name in CORPUS_ONLY else graph()
            if name in FILE_WRITERS:
                generation.write_path(name, lambda path: FILE_WRITERS[name](given, corpus, path))
            else:
                generation.write(name, lambda fh: renderers[name](given, corpus, fh))

        first_child = [n for n in names if n not in CORPUS_ONLY]
        outcome = run_writers(by_cost(names), write, jobs, first_child)
        generation.tidy()
        generation.written(n for n in names if n in outcome.done)
    failed = sorted(outcome.failed.items())
    if warnings is not None:
        warnings.extend(warn("W053", name, message) for name, message in failed)
    return [config.out / name for name in names if name in outcome.done]


def _once(g: Graph) -> Callable[[], nx.MultiDiGraph]:
    """The graph, built by the first call (in the process that makes it) when ``g`` builds it."""
    if not callable(g):
        return lambda: g
    built: list[nx.MultiDiGraph] = []

    def graph() -> nx.MultiDiGraph:
        if not built:
            built.append(g())
        return built[0]

    return graph
