"""discover: the input files the user meant, each once, each with an id that says where it is.

* Folders are walked recursively (sorted); a file or folder given on the command line is always taken.
* A document's id is its path relative to the folder that holds every input given (the input folder itself
  when there is one), so ``a/x.txt`` and ``b/x.txt`` stay apart and the ids do not depend on argument order.
* One real file is read once, however it is named (the same path twice, ``a/../a/x.txt``, a link to it);
  the name without a symbolic link wins, then the smallest id.
* A symbolic link whose target is outside the paths given is skipped (W008) unless ``follow_outside_links``:
  a corpus unpacked from an archive must not pull ``/etc/passwd`` into outputs that get shared.
* Everything else skipped has a coded warning: files of other types and hidden names (W005), dangling links,
  link loops, FIFOs, sockets and devices (W009, never opened: a FIFO would block the build). A folder named
  like a text file is read as a folder, with a W009 note. The output folder and ``dates.tsv`` are not inputs.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import UsageError, warn
from ..model import BuildWarning
from ..names import document_id, printable

SUFFIXES = (".txt", ".md")
MANIFEST = "dates.tsv"
_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


class InputFile(NamedTuple):
    path: Path  # absolute, as named (links not resolved)
    doc_id: str
    root: Path  # the input folder it was found in (its own folder for a file given directly)
    base: Path  # the folder ids are relative to


@dataclass
class _Walk:
    inside: tuple[Path, ...]  # real paths of the inputs given
    base: Path
    follow_outside_links: bool
    excluded: frozenset[Path]
    found: dict[tuple[int, int], tuple[bool, InputFile]] = field(default_factory=dict)
    warnings: list[BuildWarning] = field(default_factory=list)
    walked: set[Path] = field(default_factory=set)

    def id_of(self, path: Path) -> str:
        return document_id(path.relative_to(self.base))

    def skip(self, code: str, path: Path, detail: str) -> None:
        self.warnings.append(warn(code, self.id_of(path), printable(detail)))

    def is_inside(self, real: Path) -> bool:
        return any(real == root or root in real.parents for root in self.inside)


def find_inputs(
    paths: list[Path], follow_outside_links: bool = False, exclude: tuple[Path, ...] = ()
) -> tuple[list[InputFile], list[BuildWarning]]:
    """Input files under ``paths`` sorted by id, and the warnings of everything skipped."""
    given = []
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"path not found: {printable(str(path))} (give a file or a folder of .txt/.md files)")
        given.append((Path(os.path.abspath(path)), Path(os.path.realpath(path))))
    folders = [absolute if real.is_dir() else absolute.parent for absolute, real in given]
    walk = _Walk(
        inside=tuple(sorted({real for _, real in given})),
        base=Path(os.path.commonpath(folders)),
        follow_outside_links=follow_outside_links,
        excluded=frozenset(Path(os.path.realpath(p)) for p in exclude),
    )
    for (absolute, real), folder in sorted(zip(given, folders, strict=True)):
        if real.is_dir():
            _walk_folder(walk, absolute, absolute, via_link=False)
        else:
            _consider(walk, absolute, folder, given=True, via_link=False)
    files = sorted((item for _, item in walk.found.values()), key=lambda item: item.doc_id)
    warnings = sorted(walk.warnings, key=lambda w: (w.file, w.code))
    if not files:
        skipped = "; ".join(f"{w.code} {w.file}" for w in warnings[:3]) + (" …" if len(warnings) > 3 else "")
        raise UsageError(
            f"no .txt or .md files in {', '.join(printable(str(p)) for p in paths)}"
            + (f" (skipped: {skipped})" if skipped else "")
        )
    return files, warnings


def _walk_folder(walk: _Walk, folder: Path, root: Path, via_link: bool = True) -> None:
    real = Path(os.path.realpath(folder))
    if real in walk.walked or real in walk.excluded:
        return
    walk.walked.add(real)
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            names = sorted(os.listdir(current))
        except OSError as exc:
            walk.skip("W001", current, f"folder: {exc.strerror or exc}")
            continue
        for name in reversed(names):
            path = current / name
            if _is_folder(walk, path):
                if Path(os.path.realpath(path)) not in walk.excluded:
                    stack.append(path)
            else:
                _consider(walk, path, root, given=False, via_link=via_link)


def _is_folder(walk: _Walk, path: Path) -> bool:
    """A real folder to descend into (with a note when it is named like a text file); links are not."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    if not stat.S_ISDIR(mode) or path.name.startswith("."):
        return False
    if path.suffix.lower() in SUFFIXES:
        walk.skip("W009", path, "a folder named like a text file; the files in it are read")
    return True


def _consider(walk: _Walk, path: Path, root: Path, given: bool, via_link: bool) -> None:
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        walk.skip("W001", path, exc.strerror or str(exc))
        return
    if path.name.startswith(".") and not given:
        walk.skip("W005", path, "hidden (its name starts with a dot)")
    elif stat.S_ISLNK(mode) and not given:
        _consider_link(walk, path, root)
    else:
        _consider_file(walk, path, root, given, via_link)


def _consider_file(walk: _Walk, path: Path, root: Path, given: bool, via_link: bool) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        walk.skip("W009", path, exc.strerror or str(exc))
        return
    if not stat.S_ISREG(info.st_mode):
        walk.skip("W009", path, f"{_kind(info.st_mode)}; not opened")
    elif given or path.suffix.lower() in SUFFIXES:
        _add(walk, InputFile(path, walk.id_of(path), root, walk.base), (info.st_dev, info.st_ino), via_link)
    elif path.name != MANIFEST:
        walk.skip("W005", path, f"{path.suffix or 'no suffix'} (give .txt or .md)")


def _consider_link(walk: _Walk, path: Path, root: Path) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        walk.skip("W009", path, "a symbolic link loop" if exc.errno == errno.ELOOP else "a dangling symbolic link")
        return
    real = Path(os.path.realpath(path))
    inside = walk.is_inside(real)
    if not inside and not walk.follow_outside_links:
        walk.skip("W008", path, f"to {real}")
    elif stat.S_ISDIR(info.st_mode):
        if not inside:  # a folder inside the inputs is walked under its own name anyway
            _walk_folder(walk, path, root)
    elif not stat.S_ISREG(info.st_mode):
        walk.skip("W009", path, f"a link to {_kind(info.st_mode)}; not opened")
    else:
        _consider_file(walk, path, root, given=False, via_link=True)


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _add(walk: _Walk, item: InputFile, key: tuple[int, int], via_link: bool) -> None:
    """Keep one name per real file: one reached without a link first, then the smallest id."""
    previous = walk.found.get(key)
    if previous is None or (via_link, item.doc_id) < (previous[0], previous[1].doc_id):
        walk.found[key] = (via_link, item)
