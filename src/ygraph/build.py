"""The build: read the inputs, run the per-document pipeline over them (``pipeline.process_document``,
through an engine), then the corpus steps (merge with reprints and successions, graph) and the writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import lexicons
from .config import BuildConfig, validate
from .corpus import graph, merge
from .engine import check_available, open_engine
from .errors import nothing_readable
from .model import Corpus, DocumentFacts, Source
from .text import read

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    outputs: tuple[Path, ...]
    n_files: int
    n_skipped: int


def extract_all(
    sources: list[Source], config: BuildConfig, progress: Progress | None = None
) -> list[DocumentFacts]:
    """The pipeline over every source, then again over the documents that learnt a year from another
    document (``merge.infer_year_hints``)."""
    with open_engine(config) as engine:
        facts = engine.map(sources, {}, progress)
        hints = merge.infer_year_hints(facts)
        if hints:
            redo = [s for s in sources if s.path in hints]
            redone = {f.document.path: f for f in engine.map(redo, hints, None)}
            facts = [redone.get(f.document.path, f) for f in facts]
    return facts


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Build the graph and every output file from ``config.paths`` into ``config.out``.

    Options and inputs are checked first (:class:`~ygraph.errors.UsageError`); nothing is created before.
    """
    from .render import output_lock, write_outputs

    validate(config)
    check_available(config)
    lexicons.set_user_dirs(list(config.lexicon_dirs))
    files, skipped = read.find_inputs(list(config.paths), config.follow_outside_links, exclude=(config.out,))
    sources, warnings = read.read_all(files, config.pub_date)
    warnings = [*skipped, *warnings]
    if not sources:
        raise nothing_readable(warnings)  # before the lock: a usage error creates no output folder
    with output_lock(config):
        facts = extract_all(sources, config, progress)
        warnings = lexicons.stray_warnings(config.lexicon_dirs) + warnings
        corpus = merge.merge(facts, tuple(warnings))
        g = graph.build_graph(corpus)
        outputs = write_outputs(g, corpus, config)
    n_files = len(files) + len(skipped)
    return BuildResult(corpus, tuple(outputs), n_files, n_files - len(sources))
