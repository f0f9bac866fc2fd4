"""Benchmark: build time, throughput against jieba, peak RSS and graph size on generated corpora.

    python3 bench/run.py --sizes 1,10,50     # MB; also --jobs 1 vs 2 at one size; prints a markdown table
    python3 bench/run.py --smoke             # the tiny size only (CI, a few seconds)
    python3 bench/run.py --sizes 1,10 --repeat 3   # median of 3 runs per measurement (a shared machine)

Also printed: the rebuild after adding 1 % new documents (through the cache) against the clean build, the
per-MB time growth from the smallest to the largest size, and ``--jobs 1`` / ``2`` / ``auto`` at one size.

Each measurement runs in its own process; its peak RSS is that child's (``os.wait4``), so one size's
memory does not hide another's. Build time is ``ygraph.build.build()`` alone (no interpreter start-up);
jieba's time is ``jieba.lcut`` over the same texts after ``jieba.initialize()``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

SMOKE_MB = 0.1


def run_child(args: list[str]) -> dict[str, Any]:
    """Run ``measure.py args`` and return its JSON with ``rss_mb``: the child's peak resident set."""
    proc = subprocess.Popen([sys.executable, str(HERE / "measure.py"), *args], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)  # Popen.wait would reap the child without its rusage
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"measurement {' '.join(args)} failed (exit {proc.returncode})")
    result = json.loads(out.decode("utf-8").strip().splitlines()[-1])
    result["rss_mb"] = usage.ru_maxrss / 1024  # Linux: kilobytes
    result["load"] = os.getloadavg()[0]
    return result


REPEAT = 1  # runs per measurement; the median is kept (--repeat)


def median_child(args: list[str], out: Path) -> dict[str, Any]:
    """``run_child`` ``REPEAT`` times (a fresh ``out`` each time); the run of median time."""
    runs = []
    for _ in range(REPEAT):
        shutil.rmtree(out, ignore_errors=True)
        runs.append(run_child(args))
        shutil.rmtree(out, ignore_errors=True)
    runs.sort(key=lambda r: r["seconds"])
    row = runs[len(runs) // 2]
    row["runs"] = [r["seconds"] for r in runs]
    return row


def measure_size(
    mb: float, work: Path, scratch: Path, jobs: int | str, engine: str = "local"
) -> dict[str, Any]:
    corpus = work / f"{mb:g}mb"
    n_files, n_bytes = generate(mb, corpus)
    out = scratch / f"{mb:g}mb-{engine}-j{jobs}"
    row = median_child(["build", str(corpus), str(out), str(jobs), engine], out)
    row.update(mb=n_bytes / 1e6, files=n_files, jobs=jobs, engine=engine)
    row["mb_s"] = row["mb"] / row["seconds"]
    row["s_per_mb"] = row["seconds"] / row["mb"]
    return row


def measure_rebuild(mb: float, work: Path, scratch: Path, jobs: int | str = 1) -> dict[str, Any]:
    out = scratch / f"{mb:g}mb-rebuild-j{jobs}"
    return median_child(["rebuild", str(work / f"{mb:g}mb"), str(out), str(jobs)], out)


def measure_jieba(mb: float, work: Path) -> dict[str, Any]:
    row = run_child(["jieba", str(work / f"{mb:g}mb")])
    row["mb_s"] = row["bytes"] / 1e6 / row["seconds"]
    return row


def size_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| size MB | files | build s | build MB/s | jieba MB/s | build ÷ jieba | s per MB | peak RSS MB "
        "| nodes | edges | load avg |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        j = r["jieba"]
        lines.append(
            f"| {r['mb']:.2f} | {r['files']} | {r['seconds']:.2f} | {r['mb_s']:.3f} | {j['mb_s']:.3f} "
            f"| {r['mb_s'] / j['mb_s']:.2f} | {r['s_per_mb']:.2f} | {r['rss_mb']:.0f} | {r['nodes']} "
            f"| {r['edges']} | {r['load']:.2f} |"
        )
    return "\n".join(lines)


def jobs_table(rows: list[dict[str, Any]]) -> str:
    base = rows[0]["seconds"]
    lines = [
        "| size MB | engine | jobs | build s | MB/s | speed-up | peak RSS MB (largest process) | load avg |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['mb']:.2f} | {r['engine']} | {r['jobs']} | {r['seconds']:.2f} | {r['mb_s']:.3f} "
            f"| {base / r['seconds']:.2f} | {r['rss_mb']:.0f} | {r['load']:.2f} |"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="ygraph benchmark on generated corpora")
    parser.add_argument("--sizes", default="1,10,50", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--smoke", action="store_true", help=f"only a {SMOKE_MB} MB corpus (CI)")
    parser.add_argument(
        "--jobs-at", type=float, help="size (MB) for --jobs 1 vs 2 (default: 10 or the largest)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (median kept)")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the rebuild-after-1%%-new measurement")
    parser.add_argument("--dask", action="store_true", help="also time --engine dask --jobs 2 at that size")
    parser.add_argument("--work", type=Path, default=HERE / "out", help="where generated corpora are kept")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    args = parser.parse_args(argv)
    args.sizes = [SMOKE_MB] if args.smoke else [float(s) for s in args.sizes.split(",") if s.strip()]
    if args.jobs_at is None:
        args.jobs_at = 10.0 if 10.0 in args.sizes else max(args.sizes)
    return args


def growth_line(rows: list[dict[str, Any]]) -> str:
    small, large = min(rows, key=lambda r: r["mb"]), max(rows, key=lambda r: r["mb"])
    return (
        f"per-MB time growth {small['mb']:.0f} → {large['mb']:.0f} MB: "
        f"{large['s_per_mb'] / small['s_per_mb']:.2f}× ({small['s_per_mb']:.2f} → {large['s_per_mb']:.2f} s/MB)"
    )


def rebuild_line(rebuild: dict[str, Any], clean: dict[str, Any]) -> str:
    cpu = ""
    if rebuild["jobs"] == 1 and clean["jobs"] == 1:  # in-process CPU time: comparable with one process only
        cpu = f"; CPU {rebuild['cpu_seconds']:.2f} s = {rebuild['cpu_seconds'] / clean['cpu_seconds']:.0%}"
    return (
        f"rebuild (--jobs {rebuild['jobs']}) after {rebuild['new_files']} new files (1 %) at {clean['mb']:.0f} MB: "
        f"{rebuild['seconds']:.2f} s = {rebuild['seconds'] / clean['seconds']:.0%} of the clean build "
        f"(--jobs {clean['jobs']}, {clean['seconds']:.2f} s){cpu}; {rebuild['cached']} documents from the cache; "
        f"first (caching) build {rebuild['first_seconds']:.2f} s"
    )


def main(argv: list[str] | None = None) -> None:
    global REPEAT
    args = parse_args(argv)
    REPEAT = max(1, args.repeat)
    rows, jobs_rows = [], []
    rebuilds = []
    with tempfile.TemporaryDirectory(prefix="perf-bench-") as scratch:
        for mb in args.sizes:
            row = measure_size(mb, args.work, Path(scratch), jobs=1)
            row["jieba"] = measure_jieba(mb, args.work)
            rows.append(row)
            print(f"measured {mb:g} MB: {row['seconds']:.1f} s", file=sys.stderr, flush=True)
            if mb == args.jobs_at:
                jobs_rows.append(row)
        if args.jobs_at not in args.sizes:
            jobs_rows.append(measure_size(args.jobs_at, args.work, Path(scratch), jobs=1))
        jobs_rows.append(measure_size(args.jobs_at, args.work, Path(scratch), jobs=2))
        jobs_rows.append(measure_size(args.jobs_at, args.work, Path(scratch), jobs="auto"))
        if not args.no_rebuild:
            rebuilds = [measure_rebuild(args.jobs_at, args.work, Path(scratch), jobs) for jobs in (1, "auto")]
        if args.dask:
            jobs_rows.append(measure_size(args.jobs_at, args.work, Path(scratch), jobs=2, engine="dask"))
    print(f"## Sizes (cores: {os.cpu_count()})\n\n{size_table(rows)}\n")
    print(growth_line(rows))
    print(f"\n## Worker processes at {args.jobs_at:g} MB\n\n{jobs_table(jobs_rows)}\n")
    for rebuild in rebuilds:  # against the clean build of the same --jobs
        clean = next(r for r in jobs_rows if r["jobs"] == rebuild["jobs"] and r["engine"] == "local")
        print(rebuild_line(rebuild, clean))
    if args.json:
        result = {"sizes": rows, "jobs": jobs_rows, "rebuilds": rebuilds}
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
