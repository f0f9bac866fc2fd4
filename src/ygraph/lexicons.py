"""Load vocabulary and rule files once.

Files live under ``ygraph/lexicons/zh/``. Format, for every file: UTF-8, one entry per line,
``#`` starts a comment line, blank lines are ignored; ``.tsv`` files hold tab-separated columns.
A user extends any file by putting a file of the same relative name in a directory given with
``--lexicons DIR`` (or the ``YGRAPH_LEXICONS`` environment variable, ``os.pathsep``-separated):
its entries are appended after the packaged ones.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import cache, wraps
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_EXTRA_DIRS: list[Path] = []


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


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (escaped, longest first); one that never matches when
    there are none (an empty list must not turn into a pattern that matches everywhere)."""
    escaped = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "|".join(escaped) if escaped else "(?!)"


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
