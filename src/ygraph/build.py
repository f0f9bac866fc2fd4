"""The build: read the inputs, run the per-document pipeline over them (``pipeline.process_document``,
through an engine), then the corpus steps (merge with reprints and successions, graph) and the writers."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import lexicons, lexiconstrays, scanstore
from .cache import DocumentCache
from .config import BuildConfig, validate
from .corpus import graph, merge
from .corpus.reprints import DiffMemo
from .engine import (
    AUTO_MIN_CHARS,
    Engine,
    beside,
    check_available,
    collector_paused,
    open_engine,
    side_pool,
    with_jobs,
    writer_jobs,
)
from .errors import nothing_readable
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
    output_warnings: tuple[BuildWarning, ...] = ()  # W053: an output whose writer failed (left out)


Hints = Mapping[str, Mapping[int, int]]


def extract_all(
    sources: list[Source],
    config: BuildConfig,
    progress: Progress | None = None,
    cache: DocumentCache | None = None,
    settle: bool = False,
    processes: Callable[[], int] | None = None,
) -> list[DocumentFacts]:
    """The pipeline over every source, then again over the documents that learnt a year from another
    document (``merge.infer_year_hints``). With a ``cache``, only the documents without an entry run.
    ``settle`` (inside ``settled_heap``): the cached facts, which live to the end of the build, are moved
    out of the cyclic collector's view before the others are extracted (its passes rescanned them).
    ``processes``: how many processes the corpus steps may use (``engine.writer_jobs``), asked only by a
    rebuild with few new documents (``_lookup_beside``)."""
    found = _lookup_beside(sources, config, cache, processes, progress)
    if found is None:
        found = _lookup(sources, {}, cache)
    if settle and cache is not None:
        gc.freeze()
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
    with collector_paused():
        return [cache.get(s, hints.get(s.path)) for s in sources]


def _lookup_beside(
    sources: list[Source],
    config: BuildConfig,
    cache: DocumentCache | None,
    processes: Callable[[], int] | None,
    progress: Progress | None,
) -> list[DocumentFacts | None] | None:
    """A rebuild with few new documents (less text than ``jobs="auto"`` starts workers for) and a second
    process to spare: a worker extracts the new documents while this process decodes the cached entries
    (docs/performance.md, twelfth session). None (nothing done) otherwise. A damaged entry is left to
    the ordinary pass, as a document to extract (W051)."""
    if cache is None or processes is None or config.engine != "local":
        return None
    new = [s for s in sources if not cache.has(s)]
    if not new or len(new) == len(sources) or sum(len(s.text) for s in new) >= AUTO_MIN_CHARS:
        return None
    if processes() == 1:
        return None
    with beside(config, new) as future:
        found = _lookup(sources, {}, cache)
        extracted = dict(zip([s.path for s in new], future.result(), strict=True))
    for i, source in enumerate(sources):
        if found[i] is None and source.path in extracted:
            found[i] = extracted[source.path]
            cache.put(source, None, extracted[source.path])
    for n, source in enumerate(new, 1):
        if progress:
            progress(n, len(new), source.path)
    return found


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


@contextmanager
def settled_heap() -> Iterator[None]:
    """The corpus steps allocate millions of objects that live to the end of the build: the cyclic garbage
    collector's full passes rescanned all of them (≈ 15 % of the corpus steps at 10 MB). Each step's results
    are moved out of its view (``gc.freeze``) as they are made, and given back at the end."""
    try:
        yield
    finally:
        gc.unfreeze()


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Build the graph and every output file from ``config.paths`` into ``config.out``.

    Options and inputs are checked first (:class:`~ygraph.errors.UsageError`); nothing is created before.
    """
    from .render import output_lock, write_outputs

    validate(config)
    check_available(config)
    lexicons.set_user_dirs(list(config.lexicon_dirs))
    files, skipped = read.find_inputs(list(config.paths), config.follow_outside_links, exclude=(config.out,))
    sources, warnings = read.read_all(files, config.pub_date, int(config.max_file_mb * 1e6))
    warnings = [*skipped, *warnings]
    if not sources:
        raise nothing_readable(warnings)  # before the lock: a usage error creates no output folder
    cache = DocumentCache(config.cache) if config.cache is not None else None
    analysed = scanstore.load(cache) if cache is not None else None  # the rules' analysis, kept
    processes = _once(lambda: writer_jobs(config, sources))  # ``auto`` samples the idle cores once
    with output_lock(config), settled_heap():
        facts = extract_all(sources, config, progress, cache, settle=True, processes=processes)
        warnings = lexiconstrays.stray_warnings(config.lexicon_dirs) + warnings
        known = cache.pairs() if cache is not None else {}
        memo = DiffMemo(known, cache.shingles() if cache is not None else None, keep_index=cache is not None)
        written: list[BuildWarning] = []
        with collector_paused():
            with side_pool(config, sources, processes()) as pool:
                gc.freeze()
                corpus = merge.merge(facts, tuple(warnings), memo, pool)
            n_sources = _release(facts, sources)
            gc.freeze()  # before the writers fork: their copies of the heap stay shared
            # the graph is built by the process that writes the files reading it: with --jobs > 1 a forked
            # writer, while this one writes the corpus's own files (render.CORPUS_ONLY)
            outputs = write_outputs(lambda: graph.build_graph(corpus), corpus, config, processes(), written)
        if cache is not None:
            cache.put_pairs(memo.used, known)
            cache.put_shingles(memo.index, memo.problems)
            scanstore.keep(cache, analysed)
            cache.prune()
    n_files = len(files) + len(skipped)
    n_cached = n_sources - len(cache.extracted) if cache else 0
    notes = tuple(cache.warnings) if cache else ()
    return BuildResult(corpus, tuple(outputs), n_files, n_files - n_sources, n_cached, notes, tuple(written))


def _release(facts: list[DocumentFacts], sources: list[Source]) -> int:
    """Empty the per-document facts and the texts read once the merge has made the corpus (nothing after it
    reads them: the writers read the corpus and the graph), so that their memory is free for the writers
    (docs/performance.md, twenty-second session). The number of sources, which the summary still needs."""
    n_sources = len(sources)
    facts.clear()
    sources.clear()
    return n_sources


def _once(decide: Callable[[], int]) -> Callable[[], int]:
    """``decide()``, called the first time it is asked for, then remembered for the build."""
    decided: list[int] = []

    def once() -> int:
        if not decided:
            decided.append(decide())
        return decided[0]

    return once
