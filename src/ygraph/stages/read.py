"""read: find input files and decode them into :class:`~ygraph.model.Source` (STUB: UTF-8 only)."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError, warn
from ..model import BuildWarning, Source

SUFFIXES = (".txt", ".md")


def discover(paths: list[Path]) -> list[tuple[Path, str]]:
    """Input files under ``paths`` (files and folders, recursive), sorted, with their document ids."""
    found: list[tuple[Path, str]] = []
    for root in paths:
        if not root.exists():
            raise UsageError(f"path not found: {root} (give a file or a folder of .txt/.md files)")
        if root.is_file():
            found.append((root, root.name))
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                found.append((path, path.relative_to(root).as_posix()))
    if not found:
        raise UsageError(f"no .txt or .md files in {', '.join(map(str, paths))}")
    return sorted(found, key=lambda item: item[1])


def read_all(files: list[tuple[Path, str]], pub_date: str | None) -> tuple[list[Source], list[BuildWarning]]:
    sources, warnings = [], []
    for path, doc_id in files:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            warnings.append(warn("W002", doc_id, str(exc)))
            continue
        fmt = "md" if path.suffix.lower() == ".md" else "txt"
        sources.append(Source(path=doc_id, text=text, encoding="utf-8", fmt=fmt, user_date=pub_date))
    return sources, warnings
