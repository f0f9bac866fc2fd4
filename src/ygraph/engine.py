"""Run the per-document stages over many sources: in this process, in worker processes, or on Dask.

Whatever the engine, results come back in the order of ``sources`` so outputs are byte-identical.
An engine is opened once per build (:func:`open_engine`) so the year-hint second pass reuses its workers.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from .config import BuildConfig
from .errors import UsageError
from .model import DocumentFacts, Source
from .pipeline import process_document

Progress = Callable[[int, int, str], None]
Item = tuple[Source, Mapping[int, int] | None]
# Several chunks per worker keep both cores busy when document sizes differ; one chunk per document
# would pay a pickling round trip per file.
CHUNKS_PER_WORKER = 4
MAX_CHUNK = 16
# ``--jobs auto``: below this much text (characters to extract) starting workers costs more than they save
# (measured, docs/performance.md); above it, one worker per core, never more than one per document.
AUTO_MIN_CHARS = 1_000_000
# ``--jobs auto`` for the writers, which read the whole corpus (cached documents too): below this much text
# they run in this process, above it one forked writer per idle core beyond this one (measured,
# docs/performance.md).
AUTO_WRITE_MIN_CHARS = 100_000


class Engine(Protocol):
    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]: ...


def init_worker(lexicon_dirs: tuple[str, ...]) -> None:
    """Per worker process: user lexicon folders and every lexicon file (``set_user_dirs`` reads again only
    what changed: other folders, or a user file edited since; a loaded file is not loaded twice)."""
    from . import lexicons

    lexicons.set_user_dirs([Path(d) for d in lexicon_dirs])
    _preload_lexicons()


def _preload_lexicons() -> None:
    from . import lexicons

    root = resources.files("ygraph").joinpath("lexicons", "zh")
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                stack.append((entry, f"{name}/"))
            elif name.endswith(".tsv"):
                lexicons.load_table(name)
            elif name.endswith(".txt"):
                lexicons.load_lines(name)


def process_items(items: Sequence[Item], lexicon_dirs: tuple[str, ...] | None = None) -> list[DocumentFacts]:
    """The per-document stages over a chunk of (source, year hints), in order."""
    if lexicon_dirs is not None:
        init_worker(lexicon_dirs)
    return [process_document(source, hint) for source, hint in items]


def _items(sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]]) -> list[Item]:
    return [(s, dict(hints[s.path]) if s.path in hints else None) for s in sources]


def _chunks(items: list[Item], jobs: int) -> list[list[Item]]:
    size = max(1, min(MAX_CHUNK, math.ceil(len(items) / (jobs * CHUNKS_PER_WORKER))))
    return [items[i : i + size] for i in range(0, len(items), size)]


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while cache entries or workers' results are decoded, nor during the
    corpus steps: an entry or a result is a tree of model objects (no cycles to find), yet the collector's
    passes over the growing heap were a quarter of the decoding time; merge and graph (10 MB) spent 0.9 of
    4.4 CPU s in the collector (three full passes among 1,600 passes) and leave 8 objects in cycles, the
    writers 85. Reference counting frees everything else as usual; the collector's previous state is
    restored (and finds those few objects then)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class SerialEngine:
    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]:
        results = []
        for i, item in enumerate(_items(sources, hints)):
            results.extend(process_items([item]))
            if progress:
                progress(i + 1, len(sources), item[0].path)
        return results


class PoolEngine:
    """Worker processes; chunks are submitted together and collected in input order."""

    def __init__(self, executor: Executor, jobs: int) -> None:
        self.executor = executor
        self.jobs = jobs

    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]:
        chunks = _chunks(_items(sources, hints), self.jobs)
        futures = [self.executor.submit(process_items, chunk) for chunk in chunks]
        results: list[DocumentFacts] = []
        with collector_paused():  # the results are unpickled here: trees of model objects
            for chunk, future in zip(chunks, futures, strict=True):
                results.extend(future.result())
                if progress:
                    progress(len(results), len(sources), chunk[-1][0].path)
        return results


def worker_pool(config: BuildConfig) -> ProcessPoolExecutor:
    """``jobs`` processes, each initialised once (lexicons)."""
    # forkserver: workers fork from a clean single-threaded server, never from a parent that runs a
    # progress-bar thread (fork with threads can deadlock); preloading the stages makes each fork cheap.
    # A __main__ read from stdin cannot be re-imported by a forkserver or spawned child: fork then.
    main_file = getattr(sys.modules["__main__"], "__file__", None)
    methods = multiprocessing.get_all_start_methods()
    if main_file and not Path(main_file).is_file() and "fork" in methods:
        context = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ygraph.pipeline"])
    else:  # pragma: no cover - platform dependent
        context = multiprocessing.get_context("spawn")
    dirs = tuple(str(d) for d in config.lexicon_dirs)
    return ProcessPoolExecutor(
        max_workers=config.jobs, mp_context=context, initializer=init_worker, initargs=(dirs,)
    )


class DaskEngine:
    """dask.bag over the sources: partitions of documents on a local scheduler or a dask.distributed one."""

    def __init__(self, config: BuildConfig, pool: Executor | None = None, client: Any = None) -> None:
        self.jobs = config.jobs
        self.dirs = tuple(str(d) for d in config.lexicon_dirs)
        self.pool = pool
        self.client = client

    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]:
        import dask.bag as db

        items = _items(sources, hints)
        if not items:
            return []
        partitions = min(len(items), self.jobs * CHUNKS_PER_WORKER)
        bag = db.from_sequence(items, npartitions=partitions).map_partitions(
            process_items, lexicon_dirs=self.dirs
        )
        if self.client is not None:
            results = list(bag.compute(scheduler=self.client))
        else:
            with _DaskProgress(bag.name, len(items), items, progress):
                results = self._local(bag)
        if progress and self.client is not None:
            progress(len(results), len(items), items[-1][0].path)
        return results


    def _local(self, bag: Any) -> list[DocumentFacts]:
        """On the worker processes, or on threads of a pool of this call's own: dask's default pool would
        keep its threads to the end of the process, and the writers fork only from a single thread."""
        if self.pool is not None:
            return list(bag.compute(scheduler="processes", pool=self.pool, num_workers=self.jobs))
        with ThreadPoolExecutor(max_workers=self.jobs) as threads:
            return list(bag.compute(scheduler="threads", pool=threads, num_workers=self.jobs))


class _DaskProgress:
    """Counts finished partitions of one bag (local schedulers report each task in this process)."""

    def __init__(self, name: str, total: int, items: list[Item], progress: Progress | None) -> None:
        self.callback = None
        if progress is None:
            return
        done = 0

        def posttask(key: Any, result: Any, dsk: Any, state: Any, worker_id: Any) -> None:
            nonlocal done
            if isinstance(key, tuple) and key[0] == name and isinstance(result, list):
                done += len(result)
                progress(done, total, items[min(done, total) - 1][0].path)

        from dask.callbacks import Callback

        self.callback = Callback(posttask=posttask)

    def __enter__(self) -> _DaskProgress:
        if self.callback is not None:
            self.callback.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.callback is not None:
            self.callback.__exit__(*exc)


@contextmanager
def open_dask(config: BuildConfig) -> Iterator[Engine]:
    require("dask.bag", "--engine dask", "dask")
    if config.scheduler:
        distributed = require("distributed", "--scheduler", "distributed")
        with distributed.Client(config.scheduler) as client:
            yield DaskEngine(config, client=client)
    elif config.jobs > 1:
        with worker_pool(config) as pool:
            yield DaskEngine(config, pool=pool)
    else:
        yield DaskEngine(config)


@contextmanager
def open_engine(config: BuildConfig) -> Iterator[Engine]:
    """The engine ``config`` asks for, with its workers started once and stopped at the end
    (``jobs="auto"`` not decided by :func:`with_jobs` runs in-process)."""
    config = with_jobs(config, ())
    if config.engine == "dask":
        with open_dask(config) as engine:
            yield engine
    elif config.jobs > 1:
        with worker_pool(config) as pool:
            yield PoolEngine(pool, config.jobs)
    else:
        yield SerialEngine()


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - platform dependent


def idle_cores() -> int:
    """Cores not busy with other processes: the cores less the load average (this process counts one)."""
    try:
        busy = max(0.0, os.getloadavg()[0] - 1.0)
    except OSError:  # pragma: no cover - platform dependent
        busy = 0.0
    return max(1, min(cores(), round(cores() - busy)))


def with_jobs(config: BuildConfig, sources: Sequence[Source]) -> BuildConfig:
    """``config`` with ``jobs="auto"`` decided for extracting ``sources``: serial when they are little text,
    else one worker per idle core (serial when other processes keep the cores busy: workers would only
    compete with them). The outputs are the same whatever is decided."""
    if isinstance(config.jobs, int) and config.jobs >= 1:
        return config
    if config.jobs != "auto":
        raise UsageError(f"jobs={config.jobs!r}: give a number of processes (1 or more) or 'auto'")
    chars = sum(len(s.text) for s in sources)
    jobs = 1 if chars < AUTO_MIN_CHARS else max(1, min(idle_cores(), len(sources)))
    return replace(config, jobs=jobs)


def writer_jobs(config: BuildConfig, sources: Sequence[Source]) -> int:
    """Processes for the writers (``render.write_outputs``): ``--jobs`` as given; ``auto``: one below
    ``AUTO_WRITE_MIN_CHARS`` of text in the whole corpus, else the idle cores. Another engine than the local
    one (Dask's threads and connections) keeps them in this process."""
    if config.engine != "local":
        return 1
    if isinstance(config.jobs, int):
        return config.jobs
    if sum(len(s.text) for s in sources) < AUTO_WRITE_MIN_CHARS:
        return 1
    return idle_cores()


@contextmanager
def side_pool(config: BuildConfig, sources: Sequence[Source]) -> Iterator[Executor | None]:
    """One worker process for the corpus steps that can run beside the main one (writers), when the
    corpus is large enough that ``jobs="auto"`` would use workers (or ``--jobs`` > 1); else None."""
    if config.engine != "local" or with_jobs(config, sources).jobs == 1:
        yield None
        return
    with worker_pool(replace(config, jobs=1)) as pool:
        pool.submit(_warm)  # start the worker (and its imports) while the parent merges
        yield pool


def _warm() -> None:
    import ygraph.render  # noqa: F401


def map_documents(
    sources: list[Source],
    hints: Mapping[str, Mapping[int, int]],
    config: BuildConfig,
    progress: Progress | None = None,
) -> list[DocumentFacts]:
    """One pass of the per-document stages (opens and closes an engine; a build keeps one open)."""
    with open_engine(with_jobs(config, sources)) as engine:
        return engine.map(sources, hints, progress)


def check_available(config: BuildConfig) -> None:
    """The packages the chosen engine needs are installed: a usage error before anything is read."""
    if config.engine == "dask":
        require("dask.bag", "--engine dask", "dask")
        if config.scheduler:
            require("distributed", "--scheduler", "distributed")


def install_hint(extra: str) -> str:
    """The one spelling of an install hint (the README's): from the ygraph source folder."""
    return f"python3 -m pip install -e '.[{extra}]' (in the ygraph folder)"


def require(module: str, option: str, extra: str) -> Any:
    """Import an optional dependency or stop with a one-line usage error (exit 2)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(
            f"{option} needs the {module.split('.')[0]!r} package: {install_hint(extra)}"
        ) from None
