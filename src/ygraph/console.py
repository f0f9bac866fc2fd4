"""What the CLI shows around a build: a progress bar on stderr and a summary at the end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .build import BuildResult, build
from .config import BuildConfig
from .errors import WARNINGS
from .names import printable

PROGRESS_MIN_FILES = 20
FILE_WARNINGS_SHOWN = 10  # per code; report.json lists them all
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
        auto_refresh=False,  # redrawn at each document: no refresh thread, so the writers may fork
        disable=quiet or not err.is_terminal,  # a bar into a file or a pipe is noise
    ) as bar:
        task = None

        def on_progress(done: int, total: int, name: str) -> None:
            nonlocal task
            if total < PROGRESS_MIN_FILES:
                return
            if task is None:
                task = bar.add_task("extracting", total=total)
            bar.update(task, completed=done, refresh=True)

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
        f"ygraph: {count(len(c.documents), 'document')} ({result.n_skipped} skipped{cached}), "
        f"{count(n_articles, 'article')}",
        highlight=False,
    )
    console.print(
        f"  {count(len(c.events), 'event')}, {count(len(c.people), 'person')}, "
        f"{count(len(positions), 'position')}; {count(len(c.warnings), 'warning')}",
        highlight=False,
    )
    shown: Counter[str] = Counter()
    for w in c.warnings:
        if _per_file(w.code):
            shown[w.code] += 1
            if shown[w.code] <= FILE_WARNINGS_SHOWN:
                _line(console, f"  {w.code} {w.file}: {w.message}")
    for w in (*result.cache_warnings, *result.output_warnings):  # W051, W053: not in the outputs
        _line(console, f"  {w.code} {w.file}: {w.message}")
    for code, n in sorted(shown.items()):
        if n > FILE_WARNINGS_SHOWN:
            _line(console, f"  {code} … and {n - FILE_WARNINGS_SHOWN} more files: {WARNINGS[code]}")
    for code, n in sorted(Counter(w.code for w in c.warnings if not _per_file(w.code)).items()):
        _line(console, f"  {code} ×{n} {WARNINGS[code]}")
    report = next((p for p in result.outputs if Path(p).name == "report.json"), "report.json")
    if any(not _per_file(w.code) for w in c.warnings) or any(n > FILE_WARNINGS_SHOWN for n in shown.values()):
        _line(console, f"  (each warning with its file and evidence: {report})")
    if c.unread:
        _line(console, f"  {count(len(c.unread), 'sentence')} with a title, act or meeting word no fact accounts for "
                       f"(a reading aid, not errors: \"unread\" in {report})")
    for path in result.outputs:
        _line(console, f"  wrote {Path(path)}")


def _per_file(code: str) -> bool:
    """Reading warnings (W00x), a file over the size limit (W052), lexicon files (W06x): listed file by file."""
    return code[:3] == "W00" or code[:3] == "W06" or code == "W052"


def _line(console: Console, text: str) -> None:
    """One line of the summary: names from the file system printed with control characters escaped."""
    console.print(printable(text), highlight=False, markup=False, soft_wrap=True)
