"""One measurement in a fresh process (so the parent can read its peak RSS): a build or the jieba reference.

python3 bench/measure.py build CORPUS OUT [JOBS] [ENGINE] [MAX_FILE_MB]   # prints one JSON line
python3 bench/measure.py rebuild CORPUS OUT [JOBS]          # cached build of 99 %, then 1 % new: the rebuild
python3 bench/measure.py jieba CORPUS
"""

from __future__ import annotations

import json
import math
import shutil
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


def measure_rebuild(corpus: Path, out: Path, jobs: int | str = 1) -> dict[str, Any]:
    """Build 99 % of the corpus with the cache, add the last 1 % of its files, time the rebuild."""
    from ygraph import BuildConfig, build

    files = sorted(corpus.glob("*.txt"))
    new = files[len(files) - max(1, math.ceil(len(files) / 100)) :]
    part = out / "corpus"
    part.mkdir(parents=True)
    for f in files:
        if f not in new:
            shutil.copyfile(f, part / f.name)
    config = BuildConfig(paths=(part,), out=out / "build", jobs=jobs, cache=out / "cache")
    started = time.perf_counter()
    build(config)
    first = time.perf_counter() - started
    for f in new:
        shutil.copyfile(f, part / f.name)
    started, cpu = time.perf_counter(), time.process_time()
    result = build(config)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "first_seconds": first,
        "new_files": len(new),
        "cached": result.n_cached,
        "jobs": jobs,
    }


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
        result = measure_rebuild(corpus, Path(argv[2]), int(jobs) if str(jobs).isdigit() else jobs)
    elif kind == "jieba":
        result = measure_jieba(corpus)
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
