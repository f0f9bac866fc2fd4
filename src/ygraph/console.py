"""What the CLI shows around a build: a progress bar on stderr and a summary at the end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .build import BuildResult, build
from .config import BuildConfig
from .errors import WARNINGS

PROGRESS_MIN_FILES = 20
PLURALS = {"person": "people"}


def count(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``, ``1 person``, ``58 people``."""
    return f"{n} {noun if n == 1 else PLURALS.get(noun, noun + 's')}"


def run_build(config: BuildConfig, quiet: bool = False) -> BuildResult:
    """``build`` with a progress bar on stderr and the summary on stdout (it validates ``config`` first)."""
    err = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,  # a bar into a file or a pipe is noise
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
    console.print(
        f"ygraph: {count(len(c.documents), 'document')} ({result.n_skipped} skipped), "
        f"{count(n_articles, 'article')}",
        highlight=False,
    )
    console.print(
        f"  {count(len(c.events), 'event')}, {count(len(c.people), 'person')}, "
        f"{count(len(positions), 'position')}; {count(len(c.warnings), 'warning')}",
        highlight=False,
    )
    for w in c.warnings:
        if w.code < "W010":
            console.print(f"  {w.code} {w.file}: {w.message}", highlight=False, markup=False, soft_wrap=True)
    for code, n in sorted(Counter(w.code for w in c.warnings if w.code >= "W010").items()):
        console.print(f"  {code} ×{n} {WARNINGS[code]}", highlight=False, markup=False)
    if any(w.code >= "W010" for w in c.warnings):
        report = next((p for p in result.outputs if Path(p).name == "report.json"), "report.json")
        console.print(
            f"  (each warning with its file and evidence: {report})",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    for path in result.outputs:
        console.print(f"  wrote {Path(path)}", highlight=False, markup=False, soft_wrap=True)
