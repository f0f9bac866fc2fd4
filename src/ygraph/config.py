"""Build options, as one plain value the CLI fills and ``build`` reads, and the checks they must pass.

:func:`validate` runs before anything is read or written (the CLI and the library's ``build`` both call it):
a bad value is a :class:`~ygraph.errors.UsageError` with a one-line message, and no folder is created.
"""

from __future__ import annotations

import datetime
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

ENGINES = ("local", "dask")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class BuildConfig:
    paths: tuple[Path, ...] = (Path("seeds"),)
    out: Path = Path("output")
    pub_date: str | None = None  # a date the user gives for every document (YYYY[-MM[-DD]])
    lexicon_dirs: tuple[Path, ...] = ()
    jobs: int | str = "auto"  # worker processes, or "auto": in-process unless the work pays for workers
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # dask scheduler address
    html: bool = True
    cache: Path | None = None  # folder of the per-document cache (the CLI's default: <out>/.cache); None: off
    follow_outside_links: bool = False  # read symbolic links whose target is outside ``paths``


def iso_date(value: str, option: str) -> str:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD and exists in the calendar; else a usage error."""
    match = _ISO.fullmatch(value)
    if match:
        year, month, day = match.groups()
        try:
            datetime.date(int(year), int(month or 1), int(day or 1))
            return value
        except ValueError:
            pass
    raise UsageError(f"{option} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-02-28)")


def validate(config: BuildConfig) -> None:
    """Every option of ``config`` checked, without creating or writing anything."""
    if not config.paths:
        raise UsageError("no input path given (give files or folders of .txt/.md files)")
    if config.pub_date is not None:
        if not config.pub_date.strip():
            raise UsageError("--pub-date is empty: give YYYY, YYYY-MM or YYYY-MM-DD")
        iso_date(config.pub_date, "--pub-date")
    if config.engine not in ENGINES:
        raise UsageError(f"--engine {config.engine!r}: use {' or '.join(ENGINES)}")
    if config.scheduler is not None:
        if not config.scheduler.strip():
            raise UsageError("--scheduler is empty: give a Dask scheduler address, e.g. tcp://10.0.0.5:8786")
        if config.engine != "dask":
            raise UsageError("--scheduler needs --engine dask (a scheduler runs Dask work only)")
    if config.jobs != "auto" and (
        not isinstance(config.jobs, int) or isinstance(config.jobs, bool) or config.jobs < 1
    ):
        raise UsageError(f"--jobs {config.jobs!r}: give a whole number of processes, 1 or more, or auto")
    for folder in config.lexicon_dirs:
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "not found"
            raise UsageError(f"--lexicons {folder}: {what} (give a folder of lexicon files)")
    check_output(config.out)


def check_output(out: Path) -> None:
    """``out`` is, or can become, a writable folder; checked without creating it."""
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        where = "" if existing == out else f" ({existing} is a file)"
        raise UsageError(f"output folder {out} cannot be created{where}; choose another with --out")
    if existing == out and not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"output folder {out} is not writable; choose another with --out")
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        what = "is not writable" if existing == out else "cannot be created"
        reason = exc.strerror or type(exc).__name__
        raise UsageError(f"output folder {out} {what} ({reason}); choose another with --out") from None
