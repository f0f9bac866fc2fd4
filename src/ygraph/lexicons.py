"""Load vocabulary and rule files once.

Files live under ``ygraph/lexicons/zh/``. Format, for every file: UTF-8, one entry per line,
``#`` starts a comment line, blank lines are ignored; ``.tsv`` files hold tab-separated columns.
A user extends any file by putting a file of the same relative name in a directory given with
``--lexicons DIR`` (or the ``YGRAPH_LEXICONS`` environment variable, ``os.pathsep``-separated):
its entries are appended after the packaged ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache, wraps
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .errors import warn
from .model import BuildWarning

T = TypeVar("T")

_EXTRA_DIRS: list[Path] = []
PACKAGED_HINT = "src/ygraph/lexicons/zh/ (e.g. actors/titles.tsv)"


def set_user_dirs(dirs: list[Path]) -> None:
    """Register user lexicon directories (called once by ``build`` before any stage runs)."""
    env = [Path(p) for p in os.environ.get("YGRAPH_LEXICONS", "").split(os.pathsep) if p]
    new = [Path(d) for d in [*dirs, *env]]
    if new != _EXTRA_DIRS:
        _EXTRA_DIRS[:] = new
        load_lines.cache_clear()
        load_table.cache_clear()


def user_dirs() -> tuple[Path, ...]:
    """The user lexicon folders in force (``--lexicons``, then ``YGRAPH_LEXICONS``)."""
    return tuple(_EXTRA_DIRS)


def cached(fn: Callable[..., T]) -> Callable[..., T]:
    """``functools.cache`` keyed on the user lexicon folders too: every loader of vocabulary or compiled
    rules uses it, so a build with other ``--lexicons`` (or a user file given after a first build in the
    same process) never sees what was cached for an earlier one."""
    memo = cache(lambda _dirs, *args: fn(*args))

    @wraps(fn)
    def wrapper(*args: object) -> T:
        return memo(tuple(_EXTRA_DIRS), *args)

    wrapper.cache_clear = memo.cache_clear  # type: ignore[attr-defined]
    return wrapper


def _raw_lines(name: str) -> list[str]:
    packaged = resources.files("ygraph").joinpath("lexicons", "zh", *name.split("/"))
    texts = [packaged.read_text(encoding="utf-8")] if packaged.is_file() else []
    for extra in _EXTRA_DIRS:
        path = extra / name
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8"))
    if not texts:
        raise FileNotFoundError(f"lexicon {name!r} not found")
    lines: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            lines.append(line)
    return lines


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line file (e.g. ``"titles.txt"``), stripped, order kept, duplicates dropped."""
    return tuple(dict.fromkeys(line.strip() for line in _raw_lines(name)))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (e.g. ``"event_words.tsv"``), cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _raw_lines(name))


@cache
def packaged_names() -> tuple[str, ...]:
    """Relative names of every packaged lexicon file (``actors/titles.tsv``, …), sorted."""
    root = resources.files("ygraph").joinpath("lexicons", "zh")
    names: list[str] = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append((entry, f"{prefix}{entry.name}/"))
            elif entry.name.endswith((".tsv", ".txt")):
                names.append(f"{prefix}{entry.name}")
    return tuple(sorted(names))


def stray_files(folder: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Files in a user lexicon folder whose relative name matches no packaged lexicon (so they are never
    read), each with the nearest packaged names; hidden files are left out."""
    import difflib

    names = packaged_names()
    by_base: dict[str, list[str]] = {}
    for name in names:
        by_base.setdefault(name.rsplit("/", 1)[-1], []).append(name)
    stray = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in rel.split("/")) or rel in names:
            continue
        close = difflib.get_close_matches(path.name, list(by_base), n=3, cutoff=0.8)
        nearest = [full for base in close for full in by_base[base]]
        nearest += difflib.get_close_matches(rel, names, n=3, cutoff=0.75)
        stray.append((rel, tuple(dict.fromkeys(nearest))[:3]))
    return stray


def stray_warnings(folders: tuple[Path, ...] | list[Path]) -> list[BuildWarning]:
    """A W008 warning for each file of the user lexicon folders that no lexicon name matches."""
    warnings = []
    for folder in folders:
        for rel, nearest in stray_files(folder):
            hint = f"nearest: {', '.join(nearest)}" if nearest else f"the names are those of {PACKAGED_HINT}"
            warnings.append(warn("W008", (folder / rel).as_posix(), hint))
    return warnings
