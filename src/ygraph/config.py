"""Build options, as one plain value the CLI fills and ``build`` reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# A file is read whole (articles, dates and offsets need all of it); a bigger one is a dump, not a news
# document: it is skipped with W052 rather than held in memory (25–30 MB of memory per MB of text).
MAX_FILE_MB = 20.0


@dataclass(frozen=True)
class BuildConfig:
    paths: tuple[Path, ...] = (Path("seeds"),)
    out: Path = Path("output")
    pub_date: str | None = None  # a date the user gives for every document (YYYY[-MM[-DD]])
    lexicon_dirs: tuple[Path, ...] = ()
    jobs: int = 1
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # dask scheduler address
    html: bool = True
    max_file_mb: float = MAX_FILE_MB  # larger files are skipped with W052 (0: no limit)
