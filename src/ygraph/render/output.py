"""The output folder switches from one build to the next as a whole.

Layout of an output folder (``docs/decisions.md``, "Outputs switch as one")::

    out/graph.html -> .ygraph/current/graph.html    one relative symbolic link per output name
    out/.ygraph/current -> build-7                  the one pointer, replaced atomically (rename)
    out/.ygraph/build-7/graph.html ...              the files of the build readers see
    out/.ygraph/lock                                 flock: one build at a time into this folder

A build writes every file into a new ``build-N`` folder, then repoints ``current`` with one rename: a reader
of ``out/graph.html`` sees the whole old build or the whole new one, whatever kills the process. Anything
else in ``.ygraph`` is staging of a build that was killed; the next build removes it. Where a file system
has no symbolic links, each file is renamed into place on its own (atomic per file, not as a set).
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import OutputBusy, OutputError, UsageError

STATE = ".ygraph"
CURRENT = "current"
LOCK = "lock"
_BUILD = re.compile(r"build-(\d+)")
# staging of earlier versions, one temporary file per output: .graph.html.x1y2z3w4.tmp
_LEGACY_TEMP = re.compile(r"\.(.+)\.[A-Za-z0-9_]{8}\.tmp")
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_held = threading.local()  # folders whose lock this thread holds: re-entrant within one build


@contextmanager
def locked(folder: Path, names: Iterable[str]) -> Iterator[Path]:
    """Hold the lock of ``folder`` (made if missing) and remove stale staging; yields its state folder.

    A second build into the same folder (another process or thread) stops with :class:`OutputBusy`.
    ``names`` are every output name this tool may write (to recognise its own leftovers).
    """
    state = folder / STATE
    key = f"{os.getpid()}:{os.path.realpath(folder)}"  # a forked child holds nothing of its parent's
    held: set[str] = _held.__dict__.setdefault("folders", set())
    if key in held:
        yield state
        return
    _make_state(folder, state)
    fd = _lock(folder, state)
    held.add(key)
    try:
        _remove_stale(folder, state, set(names))
        yield state
    finally:
        held.discard(key)
        os.close(fd)  # releases the lock


def _make_state(folder: Path, state: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        state.mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot write to output folder {folder}: {_reason(exc)}; choose another with --out") from None


def _lock(folder: Path, state: Path) -> int:
    try:
        fd = os.open(state / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise UsageError(f"cannot write to output folder {folder}: {_reason(exc)}; choose another with --out") from None
    try:
        import fcntl
    except ImportError:  # no flock (Windows): builds are not serialised
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise OutputBusy(
                f"another ygraph build (pid {holder}) is writing into {folder}; "
                "wait for it to finish or choose another --out"
            ) from None
        raise UsageError(f"cannot lock output folder {folder}: {_reason(exc)}") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


def _remove_stale(folder: Path, state: Path, names: set[str]) -> None:
    """Staging of builds that were killed: every build folder but the current one, half-made links."""
    keep = {LOCK, CURRENT, _current_name(state)}
    for entry in os.scandir(state):
        if entry.name not in keep:
            _remove(Path(entry.path))
    for entry in os.scandir(folder):
        legacy = _LEGACY_TEMP.fullmatch(entry.name)
        if legacy and legacy.group(1) in names and entry.is_file(follow_symlinks=False):
            _remove(Path(entry.path))


def _current_name(state: Path) -> str | None:
    try:
        return os.readlink(state / CURRENT)
    except OSError:
        return None


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


class Generation:
    """One build's files, written into a new folder beside the current one."""

    def __init__(self, folder: Path, state: Path) -> None:
        self.folder = folder
        numbers = [int(m.group(1)) for e in os.scandir(state) if (m := _BUILD.fullmatch(e.name))]
        self.path = state / f"build-{max(numbers, default=0) + 1}"
        self.path.mkdir()
        self.names: list[str] = []

    def write(self, name: str, fill: Callable[[BinaryIO], object]) -> None:
        """Write ``name`` whole or not at all: ``fill`` writes a file of this process's own, flushed to disk,
        then renamed to ``name`` (a writer that fails or a process killed leaves no file by that name)."""
        with self._part(name) as part, _create(part) as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())

    def write_path(self, name: str, fill: Callable[[Path], object]) -> None:
        """The same for a writer that needs a file name (SQLite): ``fill`` writes the path it is given."""
        with self._part(name) as part:
            fill(part)
            _fsync_file(part)

    @contextmanager
    def _part(self, name: str) -> Iterator[Path]:
        part = self.path / f".{name}.{os.getpid()}.part"
        try:
            yield part
            os.replace(part, self.path / name)
        except BaseException:
            with suppress(OSError):
                part.unlink()
            raise

    def written(self, names: Iterable[str]) -> None:
        """``names`` were written (by this process or a forked one): they are published with the build."""
        self.names.extend(names)

    def tidy(self) -> None:
        """Files of writers that did not finish (a forked writer killed): not part of the build."""
        for entry in os.scandir(self.path):
            if entry.name.endswith(".part"):
                Path(entry.path).unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create(path: Path) -> BinaryIO:
    return open(path, "xb")


@contextmanager
def staged(folder: Path, names: Iterable[str]) -> Iterator[Generation]:
    """Files opened through the generation replace the outputs in ``folder`` only if the block ends without error.

    Any failure leaves every previous output as it was and no staging; an ``OSError`` becomes a one-line
    :class:`OutputError` (disk full) or :class:`UsageError` (a target that cannot be written).
    """
    names = sorted(set(names))
    try:
        with locked(folder, names) as state:
            _check_names(folder, names)
            generation = Generation(folder, state)
            try:
                yield generation
                _fsync_dir(generation.path)
                publish(folder, state, generation.path, generation.names, names)
            except BaseException:
                _remove_stale(folder, state, set(names))  # keeps the build ``current`` points at
                raise
    except OSError as exc:
        raise _output_error(folder, exc) from None


def _check_names(folder: Path, names: list[str]) -> None:
    for name in names:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            raise UsageError(f"{path} is a folder, where ygraph writes a file; move it away or choose another --out")


def publish(folder: Path, state: Path, build: Path, written: list[str], names: list[str]) -> None:
    """Make ``build`` the one readers see: one rename of the ``current`` pointer (per file without links)."""
    if not _links_work(state):
        for name in written:
            os.replace(build / name, folder / name)
        _remove(build)
        return
    _adopt_regular_files(folder, state, names)
    for name in written:
        _link(folder, state, name)
    _point(state, build.name)  # the switch
    for name in set(names) - set(written):  # names the previous build had and this one has not
        if _is_our_link(folder, name):
            (folder / name).unlink()
    for entry in os.scandir(state):
        if _BUILD.fullmatch(entry.name) and entry.name != build.name:
            _remove(Path(entry.path))


def _adopt_regular_files(folder: Path, state: Path, names: list[str]) -> None:
    """Outputs written as plain files (an earlier version, a copy) become links into a build folder first,
    holding the same bytes, so that switching the folder to links changes nothing a reader sees."""
    plain = [n for n in names if (folder / n).is_file() and not (folder / n).is_symlink()]
    if not plain:
        return
    current = _current_name(state)
    adopted = Generation(folder, state).path
    for name in names:
        source = folder / name if name in plain else state / (current or CURRENT) / name
        if source.is_file():
            _link_or_copy(source, adopted / name)
    _fsync_dir(adopted)
    _point(state, adopted.name)
    for name in plain:
        _link(folder, state, name)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())


def _link_target(name: str) -> str:
    return f"{STATE}/{CURRENT}/{name}"


def _is_our_link(folder: Path, name: str) -> bool:
    try:
        return os.readlink(folder / name) == _link_target(name)
    except OSError:
        return False


def _link(folder: Path, state: Path, name: str) -> None:
    if _is_our_link(folder, name):
        return
    temporary = state / f"link.{name}"
    temporary.unlink(missing_ok=True)
    os.symlink(_link_target(name), temporary)
    os.replace(temporary, folder / name)


def _point(state: Path, build_name: str) -> None:
    temporary = state / f"{CURRENT}.new"
    temporary.unlink(missing_ok=True)
    os.symlink(build_name, temporary)
    os.replace(temporary, state / CURRENT)
    _fsync_dir(state)


def _links_work(state: Path) -> bool:
    probe = state / "probe.link"
    try:
        probe.unlink(missing_ok=True)
        os.symlink(CURRENT, probe)
    except OSError:
        return False
    probe.unlink()
    return True


def _fsync_dir(path: Path) -> None:
    with suppress(OSError):  # not every platform opens folders
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _output_error(folder: Path, exc: OSError) -> Exception:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in _NO_SPACE:
        return OutputError(f"no space left writing the outputs into {folder}{where}; previous outputs are intact")
    return UsageError(
        f"cannot write the outputs into {folder}: {_reason(exc)}{where}; previous outputs are intact; "
        "choose another --out"
    )


def dump_json(value: Any) -> bytes:
    """Stable JSON: sorted keys, UTF-8, two-space indent, trailing newline."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
