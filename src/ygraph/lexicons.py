"""Load vocabulary and rule files once, and check the user's before any stage runs.

Files live under ``ygraph/lexicons/zh/``. Format, for every file: UTF-8, one entry per line,
``#`` starts a comment line, blank lines are ignored; ``.tsv`` files hold tab-separated columns.
A user extends any file by putting a file of the same relative name in a directory given with
``--lexicons DIR`` (or the ``YGRAPH_LEXICONS`` environment variable, ``os.pathsep``-separated):
its entries are appended after the packaged ones.

User files are checked in one place, :func:`check_user_file`, against :data:`TABLES` (the columns of every
``.tsv``): a file that is not UTF-8 text, a row with too few or too many columns, a value outside its list,
a number that is not one, a regular expression that does not compile or names an unknown ``{fragment}`` is a
:class:`~ygraph.errors.UsageError` naming the file, the line and the expected format (exit 2), never a
crash in the middle of a build.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import UsageError
from .lexicontables import TABLES, Table  # the columns of every table (lexicons.TABLES for the callers)

T = TypeVar("T")

_EXTRA_DIRS: list[Path] = []
_STAMPS: list[tuple[str, int, int]] = []  # (path, mtime_ns, size) of every user file when it was read
_LOADERS: list[Any] = []  # every ``cached`` loader's cache, emptied when the folders change
_STORES: list[dict[Any, Any]] = []  # answers kept by hand (``emptied_with_lexicons``), emptied with them
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")  # a capture written out instead of a {fragment}
PACKAGED_HINT = "src/ygraph/lexicons/zh/ (e.g. actors/titles.tsv)"


def set_user_dirs(dirs: list[Path]) -> None:
    """Register user lexicon directories (called once by ``build`` before any stage runs); every file in
    them is checked first (:class:`~ygraph.errors.UsageError` for the first bad line, nothing registered)."""
    env = [Path(p) for p in os.environ.get("YGRAPH_LEXICONS", "").split(os.pathsep) if p]
    new = [Path(d) for d in [*dirs, *env]]
    stamps = [_stamp(path) for folder in new for path in _user_files(folder)]
    if new == _EXTRA_DIRS and stamps == _STAMPS:
        return  # the same folders and every file as read (an edited user file is read again)
    checked = [check_user_file(folder, path) for folder in new for path in _user_files(folder)]
    files = [f for f in checked if f is not None]
    previous = (list(_EXTRA_DIRS), list(_STAMPS))
    _use(new, stamps)
    try:
        for folder, name in files:
            _check_fragments(folder, name)
    except UsageError:
        _use(*previous)
        raise


def _stamp(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return str(path), status.st_mtime_ns, status.st_size


def _use(dirs: list[Path], stamps: list[tuple[str, int, int]]) -> None:
    _EXTRA_DIRS[:] = dirs
    _STAMPS[:] = stamps
    load_lines.cache_clear()
    load_table.cache_clear()
    for loader in _LOADERS:
        loader.cache_clear()
    for store in _STORES:
        store.clear()


def user_dirs() -> tuple[Path, ...]:
    """The user lexicon folders in force (``--lexicons``, then ``YGRAPH_LEXICONS``)."""
    return tuple(_EXTRA_DIRS)


TEXT_KEYS = 65536  # answers kept by a cache keyed by strings of the documents (``cached(maxsize=TEXT_KEYS)``)


def cached(fn: Callable[..., T] | None = None, *, maxsize: int | None = None) -> Any:
    """``functools.cache``, emptied whenever the user lexicon folders or files change: every loader of
    vocabulary or compiled rules uses it, so a build with other ``--lexicons`` (or a user file given or edited
    after a first build in the same process) never sees what was cached for an earlier one. A function keyed
    by text of the documents takes ``@cached(maxsize=TEXT_KEYS)``: a bounded ``lru_cache``, never a growing
    store of every corpus a process reads. The cache is called directly (no Python wrapper: some loaders are
    called millions of times per build)."""

    def register(function: Callable[..., T]) -> Callable[..., T]:
        memo = cache(function) if maxsize is None else lru_cache(maxsize=maxsize)(function)
        _LOADERS.append(memo)
        return memo

    return register if fn is None else register(fn)


def emptied_with_lexicons(store: dict[Any, T]) -> dict[Any, T]:
    """``store`` (answers kept by hand, read or seeded whole: ``scan.KNOWN``) emptied whenever the lexicons change,
    as ``cached`` loaders are: its keys may hold user words another build's folders must not leave behind."""
    _STORES.append(store)
    return store


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
            texts.append(path.read_text(encoding="utf-8-sig"))
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


def word_uses(name: str, use: str) -> tuple[str, ...]:
    """Words of a ``word<TAB>use`` file (``actors/word_uses.tsv``, ``events/word_uses.tsv``) with that use,
    longest first (so prefix and suffix tests prefer the longest)."""
    return _word_uses(name).get(use, ())


@cached
def _word_uses(name: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word, use in load_table(name):
        found.setdefault(use, []).append(word)
    return {use: tuple(sorted(words, key=len, reverse=True)) for use, words in found.items()}


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line file (e.g. ``"titles.txt"``), stripped, order kept, duplicates dropped."""
    return tuple(dict.fromkeys(line.strip() for line in _raw_lines(name)))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (e.g. ``"event_words.tsv"``), cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _raw_lines(name))


_FRAGMENT = re.compile(r"\{([A-Za-z_]\w*)\}")
_NAME = re.compile(r"[A-Za-z_]\w*")
_INT = re.compile(r"[-+]?\d+")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _user_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise UsageError(f"lexicon folder {folder} is not a folder (--lexicons, YGRAPH_LEXICONS)")
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix in (".txt", ".tsv") and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _packaged(name: str):  # noqa: ANN202 - a Traversable
    return resources.files("ygraph").joinpath("lexicons", "zh", *name.split("/"))


def expected_format(name: str) -> str:
    """The FORMAT line of the packaged file (what a user file must look like)."""
    for line in _packaged(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# FORMAT:"):
            return line.removeprefix("# FORMAT:").strip()
    return "one entry per line" if name.endswith(".txt") else "tab-separated columns"


def check_user_file(folder: Path, path: Path) -> tuple[Path, str] | None:
    """(folder, lexicon name) of a user file, ``None`` when no lexicon has its name, or :class:`UsageError`
    naming its first bad line."""
    name = path.relative_to(folder).as_posix()
    if not _packaged(name).is_file():
        return None  # never read: a W060 warning names it (stray_warnings)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _bad(path, name, line, "not UTF-8 text") from None
    for number, line in enumerate(text.splitlines(), 1):
        if _CONTROL.search(line):
            raise _bad(path, name, number, "a control character (is it a binary file?)")
        if line.strip() and not line.lstrip().startswith("#") and name in TABLES:
            problem = _row_problem(TABLES[name], [cell.strip() for cell in line.split("\t")])
            if problem:
                raise _bad(path, name, number, problem)
    return folder, name


def _bad(path: Path, name: str, line: int, problem: str) -> UsageError:
    return UsageError(f"lexicon {path}, line {line}: {problem}; expected {expected_format(name)}")


def _row_problem(table: Table, cells: list[str]) -> str:
    columns = table.by_first.get(cells[0], table.columns)
    least = sum(1 for c in columns if not c.endswith("?"))
    if not least <= len(cells) <= len(columns):
        wanted = str(least) if least == len(columns) else f"{least} to {len(columns)}"
        return f"{len(cells)} tab-separated column(s) where {wanted} are expected"
    for number, (kind, cell) in enumerate(zip(columns, cells, strict=False), 1):
        problem = _cell_problem(kind.rstrip("?"), cell)
        if problem:
            return f"column {number} {problem}"
    return ""


def _cell_problem(kind: str, cell: str) -> str:
    if kind == "any":
        return ""
    if not cell:
        return "is empty"
    if kind == "int" and not _INT.fullmatch(cell):
        return f"{cell!r} is not a whole number"
    if kind == "name" and not _NAME.fullmatch(cell):
        return f"{cell!r} is not a name (letters, digits, _)"
    if kind == "regex":
        try:
            re.compile(_FRAGMENT.sub(lambda m: f"(?P<{m.group(1)}>)" if m.group(1)[0].isupper() else "(?:)", cell))
        except re.error as exc:
            return f"is not a regular expression ({exc})"
    if "|" in kind and cell not in kind.split("|"):
        return f"{cell!r} is not one of {', '.join(kind.split('|'))}"
    return ""


def _check_fragments(folder: Path, name: str) -> None:
    """Every {name} in the patterns of a user file is a fragment the tables define; the names the stage
    reads from a match are captured (``required``, the template's)."""
    table = TABLES.get(name)
    if table is None or "regex" not in table.columns:
        return
    bodies = {
        row[0].removeprefix(prefix): row[1] if len(row) > 1 else ""
        for source, prefix in table.fragments
        for row in load_table(source)
        if row[0].startswith(prefix)
    }
    path = folder / name
    column = table.columns.index("regex")
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if not line.strip() or line.lstrip().startswith("#") or cells[0] in table.by_first:
            continue
        used = set(_FRAGMENT.findall(cells[column]))
        names = set(bodies) | set(table.required) | set(table.known)
        unknown = sorted(used - names) if table.fragments or table.required else []
        captured = _reachable(used, bodies) | set(_NAMED_GROUP.findall(cells[column]))
        if "RY" in captured:
            captured.add("Y")  # a year of the Republic of China calendar (113 → 2024) is a year
        wanted = {*table.required, *(_FRAGMENT.findall(cells[table.template]) if table.template >= 0 else ())}
        missing = sorted(wanted - captured)
        if unknown or missing:
            problem = f"unknown {{{unknown[0]}}}" if unknown else f"{{{missing[0]}}} is not in the pattern"
            raise _bad(path, name, number, f"column {column + 1}: {problem}")


def _reachable(names: set[str], bodies: dict[str, str]) -> set[str]:
    """``names`` and every name their fragments use or capture ((?P<Y>…) inside a fragment), and theirs."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_FRAGMENT.findall(bodies.get(name, "")))
            seen.update(_NAMED_GROUP.findall(bodies.get(name, "")))
    return seen
