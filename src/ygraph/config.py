"""Build options, as one plain value the CLI fills and ``build`` reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
