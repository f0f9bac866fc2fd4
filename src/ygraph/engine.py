"""Run the per-document stages over many sources: in this process, in worker processes, or on Dask.

Whatever the engine, results come back in the order of ``sources`` so outputs are byte-identical.
An engine is opened once per build (:func:`open_engine`) so the year-hint second pass reuses its workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from . import charsets
from .config import BuildConfig
from .errors import UsageError
from .model import DocumentFacts, Source
from .sharedmap import Item, Progress, SharedEngine, collector_paused, items_of, process_items

__all__ = ["collector_paused", "process_items"]
# Every process that extracts imports this module (the package imports the build, the build its engine):
# the rules' character classes are then optimised once per process, not once per pattern (charsets.py).
charsets.install()
# Dask's partitions per worker: several keep both cores busy when document sizes differ.
CHUNKS_PER_WORKER = 4
# ``--jobs auto``: below this much text (characters to extract) starting workers costs more than they save
# (measured, docs/performance.md); above it, one worker per core, never more than one per document.
AUTO_MIN_CHARS = 1_000_000
# ``--jobs auto`` for the writers, which read the whole corpus (cached documents too): below this much text
# they run in this process, above it one forked writer per idle core beyond this one (measured,
# docs/performance.md).
AUTO_WRITE_MIN_CHARS = 100_000
# ``auto`` judges the idle cores from what runs now, over this many seconds (engine.busy_cores); the load
# average, a mean over a minute, still counted a build that had ended (docs/performance.md, eleventh session).
IDLE_SAMPLE_S = 0.05


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


def init_pool_worker(lexicon_dirs: tuple[str, ...]) -> None:
    """A pool's worker process: :func:`init_worker`, and the default SIGTERM (a worker forked from the CLI
    inherits its handler; a pool stopping its workers ends them plainly)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    init_worker(lexicon_dirs)


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


def dask_partition(items: Sequence[Item], lexicon_dirs: tuple[str, ...]) -> list[DocumentFacts]:
    """A Dask partition: the lexicons of ``lexicon_dirs`` (a worker of Dask's own), then its items."""
    init_worker(lexicon_dirs)
    return process_items(items)


class SerialEngine:
    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]:
        results = []
        for i, item in enumerate(items_of(sources, hints)):
            results.extend(process_items([item]))
            if progress:
                progress(i + 1, len(sources), item[0].path)
        return results


def worker_pool(config: BuildConfig, workers: int | None = None, fork: bool = False) -> ProcessPoolExecutor:
    """``workers`` processes (default ``jobs``), each initialised once (lexicons). With ``fork``, forked
    from this process when that is safe (``render.forked.can_fork``): a worker is ready at once, where a
    forkserver first starts an interpreter and imports the stages (0.4 s of CPU before the first worker exists).
    A fork-context pool forks its workers before it starts its own threads."""
    from .render.forked import can_fork  # here, not above: a pool's worker imports this module, not render

    # forkserver: workers fork from a clean single-threaded server, never from a parent that runs a
    # thread (fork with threads can deadlock); preloading the stages makes each fork cheap.
    # A __main__ read from stdin cannot be re-imported by a forkserver or spawned child: fork then.
    main_file = getattr(sys.modules["__main__"], "__file__", None)
    methods = multiprocessing.get_all_start_methods()
    if (fork and can_fork()) or (main_file and not Path(main_file).is_file() and "fork" in methods):
        context = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ygraph.pipeline"])
    else:  # pragma: no cover - platform dependent
        context = multiprocessing.get_context("spawn")
    dirs = tuple(str(d) for d in config.lexicon_dirs)
    return ProcessPoolExecutor(
        max_workers=workers or config.jobs,
        mp_context=context,
        initializer=init_pool_worker,
        initargs=(dirs,),
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

        items = items_of(sources, hints)
        if not items:
            return []
        partitions = min(len(items), self.jobs * CHUNKS_PER_WORKER)
        bag = db.from_sequence(items, npartitions=partitions).map_partitions(
            dask_partition, lexicon_dirs=self.dirs
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
    elif config.jobs > 1:  # this process is one of the ``jobs``: see sharedmap
        with worker_pool(config, config.jobs - 1, fork=True) as pool:
            yield SharedEngine(pool, config.jobs - 1)
    else:
        yield SerialEngine()


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - platform dependent


def cpu_ticks() -> tuple[int, int] | None:
    """(busy, all) time of every core since boot, in ticks, from /proc/stat's first line (user nice system
    idle iowait irq softirq steal: idle and iowait are free, the rest busy, stolen time included); None where
    there is no /proc/stat."""
    try:
        with open("/proc/stat", "rb") as fh:
            fields = fh.readline().split()
    except OSError:
        return None
    if len(fields) < 9 or fields[0] != b"cpu":
        return None
    values = [int(v) for v in fields[1:9]]
    return sum(values) - values[3] - values[4], sum(values)


def busy_cores(sample_s: float = IDLE_SAMPLE_S) -> float:
    """Cores busy with other processes now: /proc/stat read twice ``sample_s`` apart while this process
    sleeps. Without /proc/stat, the load average less this process (which lags by minutes: a build that has
    just ended still counts)."""
    first = cpu_ticks()
    if first is not None:
        time.sleep(sample_s)
        second = cpu_ticks()
        if second is not None and second[1] > first[1]:
            share = (second[0] - first[0]) / (second[1] - first[1])
            return share * (os.cpu_count() or 1)
    try:
        return max(0.0, os.getloadavg()[0] - 1.0)
    except OSError:  # pragma: no cover - platform dependent
        return 0.0


def idle_cores() -> int:
    """Cores not busy with other processes (at least one: this process's)."""
    return max(1, min(cores(), round(cores() - busy_cores())))


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
def side_pool(config: BuildConfig, sources: Sequence[Source], processes: int) -> Iterator[Executor | None]:
    """One worker process for the corpus steps that can run beside the main one (the reprint comparisons),
    when the corpus steps have ``processes`` > 1 (:func:`writer_jobs`, sampled once per build) and the corpus
    is large enough that ``jobs="auto"`` would extract with workers (or ``--jobs`` > 1); else None."""
    large = isinstance(config.jobs, int) or sum(len(s.text) for s in sources) >= AUTO_MIN_CHARS
    if config.engine != "local" or processes == 1 or not large:
        yield None
        return
    with worker_pool(replace(config, jobs=1)) as pool:
        pool.submit(_warm)  # start the worker (and its imports) while the parent merges
        yield pool


@contextmanager
def beside(config: BuildConfig, sources: Sequence[Source]) -> Iterator[Future[list[DocumentFacts]]]:
    """The per-document stages over ``sources`` in one worker process (forked when that is safe) while this
    process does other work: a rebuild decodes its cached entries meanwhile, and this process never compiles
    the rules. The result's future; the worker ends with the block."""
    with worker_pool(replace(config, jobs=1), 1, fork=True) as pool:
        yield pool.submit(process_items, items_of(sources, {}))


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
