"""What the CLI shows around a build: a progress bar on stderr and a summary at the end."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .build import BuildResult, build
from .config import BuildConfig
from .errors import WARNINGS, UsageError

PROGRESS_MIN_FILES = 20
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_config(config: BuildConfig) -> None:
    if config.pub_date and not _DATE.match(config.pub_date):
        raise UsageError(f"--pub-date {config.pub_date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if config.jobs != "auto" and not (isinstance(config.jobs, int) and config.jobs >= 1):
        raise UsageError(f"--jobs {config.jobs!r}: give a number of processes (1 or more) or auto")
    if config.engine not in ("local", "dask"):
        raise UsageError(f"--engine {config.engine!r}: use local or dask")
    out = config.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"cannot create output folder {out}: {exc.strerror}; choose another with --out"
        ) from None
    if not os.access(out, os.W_OK):
        raise UsageError(f"output folder {out} is not writable; choose another with --out")


def run_build(config: BuildConfig, quiet: bool = False) -> BuildResult:
    check_config(config)
    err = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    ) as bar:
        task = None

        def on_progress(done: int, total: int, name: str) -> None:
            nonlocal task
            if total < PROGRESS_MIN_FILES:
                return
            if task is None:
                task = bar.add_task("extracting", total=total)
            bar.update(task, completed=done)

        result = build(config, progress=on_progress)
    if not quiet:
        print_summary(result, Console())
    return result


def print_summary(result: BuildResult, console: Console) -> None:
    c = result.corpus
    n_articles = sum(len(d.articles) for d in c.documents)
    positions = {r.position for r in c.roles}
    cached = f", {result.n_cached} from the cache" if result.n_cached else ""
    console.print(
        f"ygraph: {len(c.documents)} documents ({result.n_skipped} skipped{cached}), {n_articles} articles, "
        f"{len(c.events)} events, {len(c.people)} people, {len(positions)} positions, "
        f"{len(c.warnings)} warnings",
        highlight=False,
    )
    for w in c.warnings:
        if w.code < "W010":
            console.print(f"  {w.code} {w.file}: {w.message}", highlight=False, markup=False)
    for w in result.cache_warnings:
        console.print(f"  {w.code} {w.file}: {w.message}", highlight=False, markup=False)
    for code, n in sorted(Counter(w.code for w in c.warnings if w.code >= "W010").items()):
        console.print(f"  {code} ×{n} {WARNINGS[code]}", highlight=False, markup=False)
    if any(w.code >= "W010" for w in c.warnings):
        report = next((p for p in result.outputs if Path(p).name == "report.json"), "report.json")
        console.print(f"  (each warning with its file and evidence: {report})", highlight=False, markup=False)
    for path in result.outputs:
        console.print(f"  wrote {Path(path)}", highlight=False, markup=False)
