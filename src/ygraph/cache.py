"""The per-document cache of extracted facts, for incremental builds.

One file per (document, year hints) under the cache folder (by default ``<out>/.cache/``), named by its key:
the SHA-256 of the document's decoded text, path, encoding, format and user date, the year hints it was run
with, and the *fingerprint* of the code and lexicons in force (ygraph's version and Python sources, every
packaged lexicon file and every file under the user's lexicon folders: hashed once per build). A rebuild
extracts only the documents whose key has no entry.

An entry is a header line (JSON: format version, key, document path, SHA-256 of the payload) and the payload:
the ``DocumentFacts`` as JSON, decoded only into the model classes listed here (never pickle). An entry whose
header, key or checksum does not match, or whose payload does not decode, is ignored with a W051 warning
and the document extracted again. Writes go to a temporary file renamed into place; entries not used by a
build are pruned at its end (only files named like entries: other files in the folder are left alone).

Beside the entries, ``reprints.bin`` keeps the reprint comparisons of the last build by pair of passage texts
(``corpus.reprints.DiffMemo``), so a rebuild compares only the pairs a new document brings: a header line as
above (with the fingerprint and Python's version: difflib's) and a ``marshal`` payload, checked to hold only
16-byte keys and tuples of integers (marshal builds plain values, never runs code). Damaged: W051.
``shingles.bin`` likewise keeps the index of the reprint comparison's candidate pairs (``corpus.shingles``):
passages by slot (file, offsets, text), each shingle's slots packed, the pairs packed; checked by type on
reading and its slot numbers where they are read (W051, and the pairs are counted from scratch).
``needs.bin`` keeps the rules' analysis (``scan.needs``) in the same way: ``scanstore``.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

from . import lexicons
from . import model as m
from .corpus.shingles import ShingleIndex
from .errors import warn
from .model import BuildWarning, DocumentFacts, Source

FORMAT = 1
PAIRS = "reprints.bin"  # reprint comparisons by pair of passage texts (``corpus.reprints.DiffMemo``)
SHINGLES = "shingles.bin"  # the candidate pairs' index of the last build (``corpus.shingles``)
MARSHAL = 4
PYTHON = list(sys.version_info[:2])  # difflib's results could change with Python
_ENTRY = re.compile(r"^[0-9a-f]{64}\.json$")
_TEMP_PREFIX = ".entry-"
_CLASSES: dict[str, type] = {
    c.__name__: c
    for c in (
        m.DocumentFacts, m.DocumentSummary, m.ArticleSummary, m.Person, m.RoleClaim, m.Event,
        m.Participation, m.PolicyLink, m.UnresolvedTime, m.PendingRun, m.PendingTitle, m.BuildWarning,
        m.Provenance, m.CuedSentence,
    )
}  # fmt: skip
_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in _CLASSES.values()}
_SHAPES = {name: (cls, len(_FIELDS[cls])) for name, cls in _CLASSES.items()}  # for decoding


class CacheError(ValueError):
    """An entry that cannot be trusted (why, in the message)."""


def fingerprint(user_dirs: Iterable[Path] | None = None) -> str:
    """SHA-256 over ygraph's Python sources (``__init__.py`` holds its version) and every lexicon file,
    packaged and the user's."""
    digest = hashlib.sha256(f"ygraph cache {FORMAT}\n".encode())
    package = resources.files("ygraph")
    for name, data in _files(Path(str(package)), ("**/*.py", "lexicons/**/*")):
        _feed(digest, f"ygraph/{name}", data)
    for i, folder in enumerate(lexicons.user_dirs() if user_dirs is None else user_dirs):
        for name, data in _files(Path(folder), ("**/*",)):
            _feed(digest, f"user{i}/{name}", data)
    return digest.hexdigest()


def _files(root: Path, patterns: Sequence[str]) -> list[tuple[str, bytes]]:
    if not root.is_dir():
        return []
    paths = {p for pattern in patterns for p in root.glob(pattern) if p.is_file()}
    return [(p.relative_to(root).as_posix(), p.read_bytes()) for p in sorted(paths)]


def _feed(digest: Any, name: str, data: bytes) -> None:
    digest.update(f"{name}\0{len(data)}\0".encode())
    digest.update(data)


def entry_key(print_: str, source: Source, hints: Mapping[int, int] | None) -> str:
    """The key of one document's facts under one fingerprint."""
    head = [FORMAT, print_, source.path, source.encoding, source.fmt, source.user_date,
            sorted((hints or {}).items())]  # fmt: skip
    digest = hashlib.sha256(json.dumps(head, ensure_ascii=False).encode("utf-8"))
    digest.update(b"\0")
    digest.update(source.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def encode(facts: DocumentFacts) -> bytes:
    """Compact JSON: each model object as ``{"@": class, "f": [field values]}``, tuples as lists."""
    return json.dumps(facts, default=_plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _plain(value: object) -> dict[str, object]:
    cls = type(value)
    if cls not in _FIELDS:
        raise TypeError(f"cannot cache a {cls.__name__}")
    return {"@": cls.__name__, "f": [getattr(value, name) for name in _FIELDS[cls]]}


def decode(data: bytes) -> DocumentFacts:
    """The facts of ``encode``; raises :class:`CacheError` for anything else."""
    try:
        facts = json.loads(data, object_hook=_model)
    except (ValueError, TypeError, KeyError) as error:
        raise CacheError(f"payload does not decode ({type(error).__name__})") from None
    if not isinstance(facts, DocumentFacts):
        raise CacheError("payload is not a document's facts")
    return facts


def _model(obj: dict[str, Any]) -> object:
    shape = _SHAPES.get(obj.get("@", ""))  # type: ignore[arg-type]
    values = obj.get("f")
    if shape is None or type(values) is not list or len(values) != shape[1]:
        raise CacheError("unknown object in payload")
    return shape[0](*[tuple(v) if type(v) is list else v for v in values])


class DocumentCache:
    """Entries of one build: ``get`` and ``put`` by source and hints; ``prune`` drops the entries not used."""

    def __init__(self, folder: Path, print_: str | None = None) -> None:
        self.folder = folder
        self.print = print_ or fingerprint()
        self.used: set[str] = set()
        self.extracted: set[str] = set()  # paths of the documents extracted (not from the cache) this build
        self.warnings: list[BuildWarning] = []

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, source: Source, hints: Mapping[int, int] | None = None) -> bool:
        """An entry exists for the document (not read: it may still be damaged)."""
        return self._path(entry_key(self.print, source, hints)).is_file()

    def get(self, source: Source, hints: Mapping[int, int] | None = None) -> DocumentFacts | None:
        key = entry_key(self.print, source, hints)
        self.used.add(key)
        try:
            data = self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            self._ignored(source, f"unreadable ({error.strerror})")
            return None
        try:
            facts = read_entry(data, key, source.path)
        except CacheError as error:
            self._ignored(source, str(error))
            return None
        return facts

    def _ignored(self, source: Source, why: str) -> None:
        self.warnings.append(warn("W051", source.path, why))

    def put(self, source: Source, hints: Mapping[int, int] | None, facts: DocumentFacts) -> None:
        """Store ``facts`` (not those of a document whose step failed: W050 is worth another try)."""
        self.extracted.add(source.path)
        if any(w.code == "W050" for w in facts.warnings):
            return
        key = entry_key(self.print, source, hints)
        self.used.add(key)
        self.write_file(self._path(key), write_entry(facts, key, source.path))

    def write_file(self, path: Path, data: bytes) -> None:
        """``data`` written to ``path`` in the cache folder atomically (a temporary file replaced)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def pairs(self) -> dict[bytes, Any]:
        """The reprint comparisons of the last build (``corpus.reprints.DiffMemo``); {} when there are none
        or they were made by other code (a damaged file: W051)."""
        try:
            data = (self.folder / PAIRS).read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            self.warnings.append(warn("W051", PAIRS, f"unreadable ({error.strerror})"))
            return {}
        try:
            return read_pairs(data, self.print)
        except CacheError as error:
            self.warnings.append(warn("W051", PAIRS, f"{error}; passages compared again"))
            return {}

    def put_pairs(self, pairs: Mapping[bytes, Any], known: Mapping[bytes, Any] | None = None) -> None:
        """Keep ``pairs`` (this build's comparisons) for the next build, unless they are ``known`` already."""
        if known is None or dict(pairs) != dict(known):
            self.write_file(self.folder / PAIRS, write_pairs(pairs, self.print))

    def shingles(self) -> ShingleIndex | None:
        """The candidate pairs' index of the last build (``corpus.shingles``); None when there is none or
        other code made it (a damaged file: W051)."""
        try:
            data = (self.folder / SHINGLES).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            self.warnings.append(warn("W051", SHINGLES, f"unreadable ({error.strerror})"))
            return None
        try:
            return read_shingles(data, self.print)
        except CacheError as error:
            self.warnings.append(warn("W051", SHINGLES, f"{error}; candidate pairs counted again"))
            return None

    def put_shingles(self, index: ShingleIndex | None, problems: Iterable[str] = ()) -> None:
        """Keep this build's index for the next build; ``problems``: why the last one was not used (W051)."""
        self.warnings.extend(warn("W051", SHINGLES, why) for why in problems)
        if index is not None:
            self.write_file(self.folder / SHINGLES, write_shingles(index, self.print))

    def prune(self) -> int:
        """Remove the entries (and left-over temporary files) this build did not use; their number."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            stale = _ENTRY.match(path.name) and path.name[:-5] not in self.used
            if stale or (path.name.startswith(_TEMP_PREFIX) and path.name.endswith(".tmp")):
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def write_marshalled(kind: str, value: Any, print_: str) -> bytes:
    """A side file of the cache: a JSON header line (format, kind, the cache's fingerprint, Python's version, the
    payload's SHA-256), then ``value`` as a ``marshal`` payload (plain data only)."""
    payload = marshal.dumps(value, MARSHAL)
    header = {"format": FORMAT, "kind": kind, "print": print_, "python": PYTHON,
              "sha256": hashlib.sha256(payload).hexdigest()}  # fmt: skip
    return json.dumps(header).encode("utf-8") + b"\n" + payload


def read_marshalled(data: bytes, kind: str, what: str, print_: str) -> Any:
    """The payload of :func:`write_marshalled`'s file ``data``; None when another ygraph or Python made it
    (stale, not damaged); :class:`CacheError` when the file is damaged or is not ``what`` (its caller checks
    the payload's shape)."""
    head, _, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        raise CacheError("no header") from None
    if not isinstance(header, dict) or header.get("kind") != kind or header.get("format") != FORMAT:
        raise CacheError(f"not {what} of this format")
    if header.get("print") != print_ or header.get("python") != PYTHON:
        return None
    if header.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise CacheError("checksum mismatch (damaged)")
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        raise CacheError("payload does not decode") from None


def write_pairs(pairs: Mapping[bytes, Any], print_: str) -> bytes:
    """The reprint comparisons (plain data only)."""
    return write_marshalled(PAIRS, dict(sorted(pairs.items())), print_)


def read_pairs(data: bytes, print_: str) -> dict[bytes, Any]:
    """The comparisons in ``data``; {} when another ygraph or Python made them (stale, not damaged);
    :class:`CacheError` when the file is damaged or holds anything but comparisons."""
    pairs = read_marshalled(data, PAIRS, "a file of reprint comparisons", print_)
    if pairs is None:
        return {}
    if not isinstance(pairs, dict) or not all(map(_pair_entry, pairs.items())):
        raise CacheError("payload is not reprint comparisons")
    return pairs


def write_shingles(index: ShingleIndex, print_: str) -> bytes:
    """The candidate pairs' index (plain data only)."""
    return write_marshalled(SHINGLES, (index.slots, index.postings, index.pairs), print_)


def read_shingles(data: bytes, print_: str) -> ShingleIndex | None:
    """The index in ``data``; None when another ygraph or Python made it; :class:`CacheError` when the file
    is damaged or holds anything else (slot numbers are checked where they are read: ``corpus.shingles``)."""
    value = read_marshalled(data, SHINGLES, "a shingle index", print_)
    if value is None:
        return None
    if type(value) is not tuple or len(value) != 3:
        raise CacheError("payload does not decode")
    slots, postings, pairs = value
    if not (type(slots) is list and all(map(_slot, slots)) and type(postings) is dict
            and all(type(k) is str and type(v) is bytes and len(v) % 4 == 0 for k, v in postings.items())
            and type(pairs) is bytes and len(pairs) % 8 == 0):  # fmt: skip
        raise CacheError("payload is not a shingle index")
    return ShingleIndex(slots, postings, pairs)


def _slot(key: Any) -> bool:
    return key is None or (
        type(key) is tuple and len(key) == 4 and tuple(map(type, key)) == (str, int, int, str)
    )


def _pair_entry(item: tuple[Any, Any]) -> bool:
    key, ops = item
    if type(key) is not bytes or len(key) != 16:
        return False
    return ops is None or (
        type(ops) is tuple
        and all(type(op) is tuple and len(op) == 4 and all(type(i) is int for i in op) for op in ops)
    )


def write_entry(facts: DocumentFacts, key: str, path: str) -> bytes:
    payload = encode(facts)
    header = {"format": FORMAT, "key": key, "path": path, "sha256": hashlib.sha256(payload).hexdigest()}
    return json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + payload


def read_entry(data: bytes, key: str, path: str) -> DocumentFacts:
    """The facts in an entry, after checking its header against the expected key and its checksum."""
    head, _, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        raise CacheError("no header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise CacheError("not a cache entry of this format")
    if header.get("key") != key or header.get("path") != path:
        raise CacheError("entry of another document or build")
    if header.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise CacheError("checksum mismatch (damaged)")
    facts = decode(payload)
    if facts.document.path != path:
        raise CacheError("entry of another document")
    return facts
