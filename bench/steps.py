"""CPU seconds of each step of one build, in this process: the per-step tables of docs/performance.md.

    python3 bench/steps.py CORPUS OUT                       # a clean build (no cache)
    python3 bench/steps.py CORPUS OUT --prime PRIMED        # once: 99 % of CORPUS built with a cache into PRIMED
    python3 bench/steps.py CORPUS OUT --rebuild PRIMED      # a copy of PRIMED, the last 1 % added: the rebuild
    python3 bench/steps.py CORPUS OUT --src OTHER/src       # the same, timing another checkout (before/after)

Prints one JSON line: ``extract`` (rebuild: cache look-ups and the new documents), ``merge`` (with
``merge_people``, ``reprint_conflicts``, ``merge_events`` inside it), ``graph``, ``writers`` (and ``w:<file>``
per output written in this process; ``writers_forked``: the CPU of the processes that shared the writers with
``--jobs`` > 1, ``writers_wall`` its wall clock), ``pools`` (``--jobs`` > 1: the CPU of each worker process of
each pool, the extraction's first, read from /proc before the pool stops; ``pool_starts``: how each pool
started its workers; ``forkserver``: the CPU of the process a forkserver pool forks from, its imports),
``extract_idle`` (the extraction's wall clock on an idle machine, estimated from CPU: see
``idle_extraction``; ``beside``: a rebuild's new documents were extracted by a worker while this process
decoded the cached ones), ``split`` (per step and for the whole build: user CPU s, system CPU s, minor page faults, from
``getrusage``), ``critical`` (the whole build on an idle machine, from CPU: ``critical_path``;
``--jobs 1``: ``total``), ``total`` (the whole ``build()``), ``wall`` and ``load`` (the load average after the
build: on a shared machine, CPU time is the figure to compare, and runs of two checkouts
should alternate). ``--jobs`` > 1 times the main process only. The priming build is done once so that
rebuilds are timed alone; it is made by the checkout being timed (its cache must be that code's).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path, help="a folder for this run (replaced)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--prime", type=Path, metavar="PRIMED", help="build 99 %% of the corpus with a cache")
    mode.add_argument("--rebuild", type=Path, metavar="PRIMED", help="rebuild a copy of PRIMED with 1 %% new")
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--src", type=Path, help="the ygraph sources to time (default: the installed ones)")
    return parser.parse_args(argv)


def new_files(corpus: Path) -> list[Path]:
    """The last 1 % of the corpus's files (at least one): what a rebuild adds."""
    files = sorted(corpus.glob("*.txt"))
    return files[len(files) - max(1, math.ceil(len(files) / 100)) :]


def timers(totals: dict[str, float]) -> None:
    """Wrap the build's steps and writers so that each adds its CPU time to ``totals``."""
    import ygraph.corpus.eventmerge as eventmerge
    import ygraph.corpus.people as people
    import ygraph.render as render

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started, usage = time.process_time(), rusage()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.process_time() - started
                split = totals.setdefault("split", {}).setdefault(name, [0.0, 0.0, 0])
                for i, (a, b) in enumerate(zip(usage, rusage(), strict=True)):
                    split[i] = round(split[i] + b - a, 3)

        return wrapper

    build = importlib.import_module("ygraph.build")  # (``ygraph.build`` is also the build function)
    build.extract_all = timed("extract", build.extract_all)
    build.merge.merge = timed("merge", build.merge.merge)
    build.graph.build_graph = timed("graph", build.graph.build_graph)
    for module, name in (
        (people, "merge_people"),
        (people, "reprint_conflicts"),
        (eventmerge, "merge_events"),
    ):
        if hasattr(module, name):
            setattr(module, name, timed(name, getattr(module, name)))
    for table in (render.RENDERERS, render.HTML_RENDERERS, render.FILE_WRITERS):
        for name in list(table):
            table[name] = timed(f"w:{name}", table[name])
    render.write_outputs = forks_timed(totals, timed("writers", render.write_outputs))
    if hasattr(build, "beside"):  # a rebuild's new documents extracted beside the decoding (twelfth session)
        opened = build.beside

        def beside(*args: Any, **kwargs: Any) -> Any:
            totals["beside"] = True
            return opened(*args, **kwargs)

        build.beside = beside
    workers_timed(totals)


def rusage() -> tuple[float, float, int]:
    """This process's user and system CPU seconds and its minor page faults so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime, usage.ru_minflt


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a live process, from /proc (0 when it is gone or not on Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def workers_timed(totals: dict[str, Any]) -> None:
    """The extraction workers' CPU: each pool's processes are read when the pool shuts down (the year-hint
    pass reuses them, so the last reading is their whole share)."""
    engine = importlib.import_module("ygraph.engine")
    opened = engine.worker_pool

    def pool(*args: Any, **kwargs: Any) -> Any:
        executor = opened(*args, **kwargs)
        shutdown = executor.shutdown

        def reading_shutdown(*a: Any, **k: Any) -> Any:
            seen = [proc_cpu(pid) for pid in sorted(getattr(executor, "_processes", None) or {})]
            totals.setdefault("pools", []).append([round(c, 3) for c in seen])
            method = executor._mp_context.get_start_method()  # type: ignore[attr-defined]
            totals.setdefault("pool_starts", []).append(method)
            forkserver = importlib.import_module("multiprocessing.forkserver")._forkserver
            server = getattr(forkserver, "_forkserver_pid", None)
            if server and "forkserver" not in totals:
                totals["forkserver"] = proc_cpu(server)
            return shutdown(*a, **k)

        executor.shutdown = reading_shutdown  # type: ignore[method-assign]
        return executor

    engine.worker_pool = pool


def critical_path(totals: dict[str, Any]) -> float:
    """The build's wall clock on an idle machine, estimated from CPU times: this process's CPU, with the
    extraction's estimate (``idle_extraction``) in place of its own share and the write step taking its
    longer side (this process's writers or the forked ones'). Serial: this process's CPU."""
    path = totals["total"]
    if "extract_idle" in totals:
        path += totals["extract_idle"] - totals["extract"]
    forked = totals.get("writers_forked", 0.0)
    if forked > 0:
        path += max(0.0, forked - totals.get("writers", 0.0))
    return path


def idle_extraction(totals: dict[str, Any]) -> float | None:
    """The extraction's wall clock on an idle machine, from CPU times: every process (this one and the
    workers) runs at full speed and they finish together, so the step takes the sum of their CPU divided by
    the processes, plus half of the time the worker spends starting (the forkserver's imports, while this
    process already extracts). An estimate for this checkout's shared map (``sharedmap``); for a pool in
    which this process only waits, the workers' sum over their number plus the start."""
    pools = totals.get("pools")
    if not pools:
        return None
    shares = pools[0]  # the extraction's pool is opened first (the side pool of the merge after it)
    forked = totals.get("pool_starts", ["forkserver"])[0] == "fork"
    start = 0.0 if forked else totals.get("forkserver", 0.0)  # a forked worker starts at once
    if totals.get("beside"):  # this process decodes while the worker extracts: the longer of the two
        return max(totals["extract"], start + sum(shares))
    if totals.get("shared", True):
        return (totals["extract"] + sum(shares) + start) / (len(shares) + 1)
    return start + (sum(shares) + totals["extract"]) / len(shares)


def forks_timed(totals: dict[str, float], function: Callable[..., Any]) -> Callable[..., Any]:
    """The write step's wall clock, and the CPU time of the processes it forked (``--jobs`` > 1)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before, started = children_cpu(), time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals["writers_wall"] = time.perf_counter() - started
            totals["writers_forked"] = children_cpu() - before

    return wrapper


def children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def prepare(args: argparse.Namespace) -> Any:
    """The configuration to time (after the priming build or the copy it needs)."""
    from ygraph import BuildConfig, build

    jobs: int | str = int(args.jobs) if args.jobs.isdigit() else args.jobs
    shutil.rmtree(args.out, ignore_errors=True)
    if args.rebuild is not None:
        shutil.copytree(args.rebuild, args.out, symlinks=True)
        for f in new_files(args.corpus):
            shutil.copyfile(f, args.out / "corpus" / f.name)
        return BuildConfig(
            paths=(args.out / "corpus",), out=args.out / "build", jobs=jobs, cache=args.out / "cache"
        )
    args.out.mkdir(parents=True)
    if args.prime is None:
        return BuildConfig(paths=(args.corpus,), out=args.out / "build", jobs=jobs)
    shutil.rmtree(args.prime, ignore_errors=True)
    (args.prime / "corpus").mkdir(parents=True)
    new = set(new_files(args.corpus))
    for f in sorted(args.corpus.glob("*.txt")):
        if f not in new:
            shutil.copyfile(f, args.prime / "corpus" / f.name)
    build(
        BuildConfig(
            paths=(args.prime / "corpus",), out=args.prime / "build", jobs=jobs, cache=args.prime / "cache"
        )
    )
    return None


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
        # and for the workers: Python 3.11's forkserver ignores the parent's sys.path (it is passed, never
        # set), so without this a worker imported the installed ygraph, not the checkout being timed
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(args.src.resolve()), os.environ.get("PYTHONPATH")) if p
        )
    config = prepare(args)
    if config is None:  # --prime: nothing to time
        print(json.dumps({"primed": str(args.prime)}))
        return
    totals: dict[str, float] = {}
    timers(totals)
    started, wall, usage = time.process_time(), time.perf_counter(), rusage()
    result = importlib.import_module("ygraph.build").build(config)
    totals["total"] = time.process_time() - started
    totals.setdefault("split", {})["total"] = [round(b - a, 3) for a, b in zip(usage, rusage(), strict=True)]
    totals["wall"] = time.perf_counter() - wall
    totals["load"] = os.getloadavg()[0]
    totals["cached"] = result.n_cached
    totals["shared"] = hasattr(importlib.import_module("ygraph.engine"), "SharedEngine")
    idle = idle_extraction(totals)
    if idle is not None:
        totals["extract_idle"] = idle
    totals["critical"] = critical_path(totals)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in sorted(totals.items())}))


if __name__ == "__main__":
    main()
