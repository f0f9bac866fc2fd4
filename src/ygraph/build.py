"""The build: read the inputs, run the per-document pipeline over them (``pipeline.process_document``,
through an engine), then the corpus steps (merge with reprints and successions, graph) and the writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import lexicons
from .config import BuildConfig
from .corpus import graph, merge
from .engine import open_engine
from .errors import NothingBuilt
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
    """Build the graph and every output file from ``config.paths`` into ``config.out``."""
    from .render import output_lock, write_outputs

    lexicons.set_user_dirs(list(config.lexicon_dirs))
    files, skipped = read.find_inputs(list(config.paths), config.follow_outside_links, exclude=(config.out,))
    with output_lock(config):
        sources, warnings = read.read_all(files, config.pub_date)
        warnings = [*skipped, *warnings]
        if not sources:
            raise NothingBuilt(
                "no input file could be read (see the warnings above); "
                "give .txt or .md files in UTF-8, GB18030 or Big5"
            )
        facts = extract_all(sources, config, progress)
        corpus = merge.merge(facts, tuple(warnings))
        g = graph.build_graph(corpus)
        outputs = write_outputs(g, corpus, config)
    n_files = len(files) + len(skipped)
    return BuildResult(corpus, tuple(outputs), n_files, n_files - len(sources))
