"""One measurement in a fresh process (so the parent can read its peak RSS): a build or the jieba reference.

python3 bench/measure.py build CORPUS OUT [JOBS] [ENGINE] [MAX_FILE_MB]   # prints one JSON line
python3 bench/measure.py rebuild CORPUS OUT [JOBS]          # cached build of 99 %, then 1 % new: the rebuild
python3 bench/measure.py rebuild CORPUS OUT JOBS fresh      # the same, the rebuild in a new process (as the CLI)
python3 bench/measure.py jieba CORPUS
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def corpus_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))


def measure_build(
    corpus: Path, out: Path, jobs: int | str = 1, engine: str = "local", max_file_mb: float | None = None
) -> dict[str, Any]:
    from ygraph import BuildConfig, build

    # (an older ygraph, measured for a "before" figure, has no size limit to lift)
    has_limit = "max_file_mb" in BuildConfig.__dataclass_fields__
    limit = {"max_file_mb": max_file_mb} if max_file_mb is not None and has_limit else {}
    started, cpu = time.perf_counter(), time.process_time()
    build(BuildConfig(paths=(corpus,), out=out, jobs=jobs, engine=engine, **limit))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    keys = ("documents", "nodes", "edges", "events", "people")
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,  # this process only (worker processes are not counted)
        "bytes": corpus_bytes(corpus),
        **{k: counts.get(k, 0) for k in keys},
    }


def measure_rebuild(corpus: Path, out: Path, jobs: int | str = 1, fresh: bool = False) -> dict[str, Any]:
    """Build 99 % of the corpus with the cache, add the last 1 % of its files, time the rebuild. ``fresh``: the
    rebuild runs in a new process, as ``ygraph build`` does each day; in the process of the first build the
    rules are compiled already, which hides what every CLI rebuild pays for them (docs/performance.md,
    fifteenth session)."""
    from ygraph import build

    files = sorted(corpus.glob("*.txt"))
    new = files[len(files) - max(1, math.ceil(len(files) / 100)) :]
    part = out / "corpus"
    part.mkdir(parents=True)
    for f in files:
        if f not in new:
            shutil.copyfile(f, part / f.name)
    started = time.perf_counter()
    build(rebuild_config(out, jobs))
    first = time.perf_counter() - started
    for f in new:
        shutil.copyfile(f, part / f.name)
    if fresh:
        command = [sys.executable, str(Path(__file__).resolve()), "again", str(out), str(out), str(jobs)]
        run = subprocess.run(command, check=True, stdout=subprocess.PIPE, env=same_sources())
        result = json.loads(run.stdout)
    else:
        result = measure_again(out, jobs)
    return {**result, "first_seconds": first, "new_files": len(new), "jobs": jobs, "fresh": fresh}


def same_sources() -> dict[str, str]:
    """The environment of a child process that imports the ygraph this process imported (another checkout's
    ``src`` may be first on this process's path only)."""
    import ygraph

    src = str(Path(ygraph.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}


def rebuild_config(out: Path, jobs: int | str) -> Any:
    from ygraph import BuildConfig

    return BuildConfig(paths=(out / "corpus",), out=out / "build", jobs=jobs, cache=out / "cache")


def measure_again(out: Path, jobs: int | str) -> dict[str, Any]:
    """The timed rebuild of ``out``'s corpus with its cache (``measure_rebuild``)."""
    from ygraph import build

    config = rebuild_config(out, jobs)
    started, cpu = time.perf_counter(), time.process_time()
    result = build(config)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "cached": result.n_cached}


def measure_jieba(corpus: Path) -> dict[str, Any]:
    import logging

    import jieba

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # dictionary loading is not part of the reference
    started = time.perf_counter()
    tokens = sum(len(jieba.lcut(text)) for text in texts)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "bytes": corpus_bytes(corpus), "tokens": tokens}


def main(argv: list[str]) -> None:
    kind, corpus = argv[0], Path(argv[1])
    if kind == "build":
        jobs: int | str = argv[3] if len(argv) > 3 else 1
        jobs = int(jobs) if str(jobs).isdigit() else jobs
        engine = argv[4] if len(argv) > 4 else "local"
        max_file_mb = float(argv[5]) if len(argv) > 5 else None
        result = measure_build(corpus, Path(argv[2]), jobs, engine, max_file_mb)
    elif kind == "rebuild":
        jobs = argv[3] if len(argv) > 3 else 1
        fresh = len(argv) > 4 and argv[4] == "fresh"
        result = measure_rebuild(corpus, Path(argv[2]), int(jobs) if str(jobs).isdigit() else jobs, fresh)
    elif kind == "again":  # (the second half of ``rebuild … fresh``, in its own process)
        jobs = argv[3] if len(argv) > 3 else 1
        result = measure_again(Path(argv[2]), int(jobs) if str(jobs).isdigit() else jobs)
    elif kind == "jieba":
        result = measure_jieba(corpus)
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
