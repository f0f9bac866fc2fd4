"""Fragments: the graph writers' serialised elements, kept from one build for the next (issue 17).

A GraphML ``<node>``, a GEXF ``<edge>`` or a graph.html edge entry is a function of that element alone: its
id or ends and its attributes (and, in GEXF, the attribute ids of the whole file). A rebuild after a few new
documents changes few elements, so each graph writer keeps, in ``<cache>/fragments-<output>.bin``, the bytes
of every element it wrote under the element's *digest* (BLAKE2b of ``marshal`` of its id or ends and its
attributes), and the next build copies an element's bytes when its digest is found there. Edge keys
(``relation:n``) are numbered in the graph's order, so one new edge renumbers every edge of its relation after
it: a key is part of neither the digest nor the stored bytes, which hold a NUL byte where the key is printed
(no element's bytes hold one: XML forbids it — the writers remove it — and JSON escapes it).

The file: a header of ``HEAD`` bytes (JSON, padded with spaces: format, output, the fingerprint of code and
lexicons, Python's version (marshal's), the writer's context — GEXF: its attribute table —, the length of
the data and the SHA-256 of everything after the header), the elements' bytes one after the other, and the
index: ``marshal`` of (the digests, 16 bytes each, one after the other; their offsets, an ``array('Q')``).
Only the index is read into memory; the file is mapped, and an element's bytes are copied from where they
lie. The checksum is verified before anything is used; a damaged or unreadable
file is W051 and the elements are written afresh; another fingerprint or context is not damage (other code,
another attribute table): the file is ignored without a warning. Written to a temporary file renamed into
place when the writer is done.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import mmap
import os
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx

from ..errors import warn
from ..model import BuildWarning

FORMAT = 1
HEAD = 512  # bytes of the header line, padded
SENTINEL = "\x00"  # an edge key's stand-in while an element is serialised
KEY = b"\x00"  # where an element's stored bytes print its key
_MARSHAL = 2  # version 2: no references between objects (3+ depends on reference counts): one text per value
_DIGEST = 16
_BATCH = 1 << 20  # bytes of elements written at a time
_PYTHON = [*sys.version_info[:2], sys.byteorder]  # marshal's format, the index's byte order
_TEMP_PREFIX = ".fragments-"


Previous = tuple[Any, dict[bytes, tuple[int, int]]]  # the last build's file (mapped) and its index


class FragmentError(ValueError):
    """A fragment file that cannot be trusted (why, in the message)."""


def digest(value: Any) -> bytes | None:
    """The digest of an element's value (``None`` when marshal cannot write it: the element is not kept)."""
    try:
        return hashlib.blake2b(marshal.dumps(value, _MARSHAL), digest_size=_DIGEST).digest()
    except ValueError:
        return None


@dataclass
class Digests:
    """The digests of a graph's nodes and edges, in its order (computed once for the three writers)."""

    nodes: list[bytes | None]
    edges: list[bytes | None]

    @classmethod
    def of(cls, g: nx.MultiDiGraph) -> Digests:
        return cls(
            [digest((n, a)) for n, a in g.nodes(data=True)],
            [digest((u, v, a)) for u, v, a in g.edges(data=True)],
        )


class Fragments:
    """One writer's elements: the last build's (an index and the file they lie in) and this build's, written
    as they come (``element``)."""

    def __init__(self, previous: Previous | None, out: BinaryIO) -> None:
        self._data, self._index = previous if previous is not None else (b"", {})
        self._out = out
        self._written: dict[bytes, int] = {}  # digest -> offset in this build's data
        self._ends: list[int] = []
        self._keys: list[bytes] = []
        self._batch: list[bytes] = []
        self._size = 0
        self._pending = 0
        self._sha = hashlib.sha256()
        self.reused = 0

    def element(self, key: bytes | None, make: Callable[[], bytes | None]) -> bytes | None:
        """The bytes of the element of digest ``key``: the last build's, or ``make()``'s; ``None`` when the
        element cannot be kept (the writer then serialises it as it would without us)."""
        if key is None:
            return None
        place = self._index.get(key)
        if place is not None:
            data = self._data[place[0] : place[1]]
            self.reused += 1
        else:
            data = make()
            if data is None:
                return None
        if key not in self._written:
            self._written[key] = self._size
            self._keys.append(key)
            self._batch.append(data)
            self._size += len(data)
            self._ends.append(self._size)
            self._pending += len(data)
            if self._pending >= _BATCH:
                self._flush()
        return data

    def _flush(self) -> None:
        if self._batch:
            chunk = b"".join(self._batch)
            self._sha.update(chunk)
            self._out.write(chunk)
            self._batch, self._pending = [], 0

    def finish(self) -> tuple[int, str]:
        """Write the rest and the index; the length of the data and the checksum of all that was written."""
        self._flush()
        index = marshal.dumps((b"".join(self._keys), array("Q", self._ends).tobytes()), _MARSHAL)
        self._sha.update(index)
        self._out.write(index)
        return self._size, self._sha.hexdigest()


def fragment_name(output: str) -> str:
    return f"fragments-{output}.bin"


@dataclass(frozen=True)
class FragmentStore:
    """Where the fragments of a build's graph writers are kept, and the fingerprint they belong to."""

    folder: Path
    print: str


class Memo:
    """What the graph writers of one build share: the store, the graph's digests and the warnings (W051)."""

    def __init__(self, store: FragmentStore, g: nx.MultiDiGraph) -> None:
        self.store = store
        self.digests = Digests.of(g)
        self.warnings: list[BuildWarning] = []

    @contextmanager
    def open(self, output: str, context: str = "") -> Iterator[Fragments]:
        """The fragments of ``output`` (``context``: what else its elements depend on); this build's replace
        the file when the block ends without an error."""
        folder = self.store.folder
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / fragment_name(output)
        head = {"format": FORMAT, "output": output, "print": self.store.print, "python": _PYTHON,
                "context": context}  # fmt: skip
        previous = _open_previous(path, head, self.warnings)
        fd, tmp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(b" " * HEAD)
                fragments = Fragments(previous, out)
                yield fragments
                head["data"], head["sha256"] = fragments.finish()
                out.seek(0)
                out.write(_header(head))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            if previous is not None:
                previous[0].close()


def _header(head: dict[str, Any]) -> bytes:
    text = json.dumps(head, ensure_ascii=True).encode("ascii")
    if len(text) >= HEAD:
        raise ValueError("fragment header too long")
    return text + b" " * (HEAD - 1 - len(text)) + b"\n"


def _open_previous(path: Path, head: dict[str, Any], warnings: list[BuildWarning]) -> Previous | None:
    """The last build's file (mapped: only the pages of the elements read are loaded) and index, when it is
    intact and of this code and context."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed once mapped)
    except FileNotFoundError:
        return None
    except OSError as error:
        warnings.append(warn("W051", path.name, f"unreadable ({error.strerror}); elements written again"))
        return None
    try:
        index = _read(fh, head)
    except FragmentError as error:
        fh.close()
        warnings.append(warn("W051", path.name, f"{error}; elements written again"))
        return None
    except (_Stale, OSError):
        fh.close()
        return None
    try:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        fh.close()
    return mapped, index


class _Stale(Exception):
    """Fragments of other code or another attribute table: not damaged, not usable."""


def _read(fh: BinaryIO, head: dict[str, Any]) -> dict[bytes, tuple[int, int]]:
    """The index of a file whose header and checksum hold: digest -> (offset, length)."""
    try:
        header = json.loads(fh.read(HEAD))
    except (ValueError, UnicodeDecodeError):
        raise FragmentError("no header") from None
    if (
        not isinstance(header, dict)
        or header.get("format") != FORMAT
        or header.get("output") != head["output"]
    ):
        raise FragmentError("not a fragment file of this format and output")
    if any(header.get(name) != head[name] for name in ("print", "python", "context")):
        raise _Stale
    sha = hashlib.sha256()
    for chunk in iter(lambda: fh.read(1 << 20), b""):
        sha.update(chunk)
    size = header.get("data")
    if header.get("sha256") != sha.hexdigest() or type(size) is not int or size < 0:
        raise FragmentError("checksum mismatch (damaged)")
    fh.seek(HEAD + size)
    return _index(fh.read(), size)


def _index(data: bytes, size: int) -> dict[bytes, tuple[int, int]]:
    try:
        keys, ends = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        raise FragmentError("index does not decode") from None
    if type(keys) is not bytes or type(ends) is not bytes or len(ends) % 8 or len(keys) % _DIGEST:
        raise FragmentError("index is not digests and offsets")
    offsets = array("Q", ends)
    if len(keys) != _DIGEST * len(offsets) or (offsets and offsets[-1] != size):
        raise FragmentError("index does not match the data")
    starts = [0, *offsets[:-1]]
    if any(a > b for a, b in zip(starts, offsets, strict=True)):
        raise FragmentError("index does not match the data")
    digests = [keys[i : i + _DIGEST] for i in range(0, len(keys), _DIGEST)]
    return {d: (HEAD + a, HEAD + b) for d, a, b in zip(digests, starts, offsets, strict=True)}
