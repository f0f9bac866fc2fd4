"""The build: read the inputs, run the per-document pipeline over them (``pipeline.process_document``,
through an engine), then the corpus steps (merge with reprints and successions, graph) and the writers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from . import lexicons
from .cache import DocumentCache
from .config import BuildConfig
from .corpus import graph, merge
from .engine import Engine, open_engine, side_pool, with_jobs
from .errors import NothingBuilt
from .model import BuildWarning, Corpus, DocumentFacts, Source
from .text import read

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    outputs: tuple[Path, ...]
    n_files: int
    n_skipped: int
    n_cached: int = 0  # documents whose facts came from the cache
    cache_warnings: tuple[BuildWarning, ...] = ()  # W051: cache entries ignored (not part of the outputs)


Hints = Mapping[str, Mapping[int, int]]


def extract_all(
    sources: list[Source],
    config: BuildConfig,
    progress: Progress | None = None,
    cache: DocumentCache | None = None,
) -> list[DocumentFacts]:
    """The pipeline over every source, then again over the documents that learnt a year from another
    document (``merge.infer_year_hints``). With a ``cache``, only the documents without an entry run."""
    found = _lookup(sources, {}, cache)
    todo = [s for s, f in zip(sources, found, strict=True) if f is None]
    with open_engine(with_jobs(config, todo)) as engine:
        facts = _extract(engine, sources, found, {}, cache, progress)
        hints = merge.infer_year_hints(facts)
        if hints:
            redo = [s for s in sources if s.path in hints]
            again = _extract(engine, redo, _lookup(redo, hints, cache), hints, cache, None)
            redone = {f.document.path: f for f in again}
            facts = [redone.get(f.document.path, f) for f in facts]
    return facts


def _lookup(sources: list[Source], hints: Hints, cache: DocumentCache | None) -> list[DocumentFacts | None]:
    if cache is None:
        return [None] * len(sources)
    return [cache.get(s, hints.get(s.path)) for s in sources]


def _extract(
    engine: Engine,
    sources: list[Source],
    found: list[DocumentFacts | None],
    hints: Hints,
    cache: DocumentCache | None,
    progress: Progress | None,
) -> list[DocumentFacts]:
    """``found`` (cached facts) completed by the engine over the sources without any, in input order."""
    todo = [s for s, f in zip(sources, found, strict=True) if f is None]
    fresh = iter(engine.map(todo, hints, progress) if todo else [])
    facts = []
    for source, cached in zip(sources, found, strict=True):
        if cached is None:
            cached = next(fresh)
            if cache is not None:
                cache.put(source, hints.get(source.path), cached)
        facts.append(cached)
    return facts


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Build the graph and every output file from ``config.paths`` into ``config.out``."""
    from .render import write_outputs

    lexicons.set_user_dirs(list(config.lexicon_dirs))
    files = read.discover(list(config.paths))
    sources, warnings = read.read_all(files, config.pub_date)
    if not sources:
        raise NothingBuilt(
            "no input file could be read (see the warnings above); give .txt or .md files in UTF-8, GB18030 or Big5"
        )
    cache = DocumentCache(config.cache) if config.cache is not None else None
    facts = extract_all(sources, config, progress, cache)
    with side_pool(config, sources) as pool:
        corpus = merge.merge(facts, tuple(warnings))
        g = graph.build_graph(corpus)
        outputs = write_outputs(g, corpus, config, pool)
    if cache is not None:
        cache.prune()
    n_cached = len(sources) - len(cache.extracted) if cache else 0
    notes = tuple(cache.warnings) if cache else ()
    return BuildResult(corpus, tuple(outputs), len(files), len(files) - len(sources), n_cached, notes)
