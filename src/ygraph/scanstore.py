"""scanstore: the rules' analysis (``scan.needs``) kept in the cache folder between builds (issue 17).

A build's first document reads the parse tree of every expression its rules scan with (≈ 235 expressions,
≈ 0.4 CPU s of a 10 MB rebuild in a new process; docs/performance.md, twenty-first session). The analysis is
a pure function of the expression's source and flags and of ygraph's code, so the cache folder keeps it:
``needs.bin``, a JSON header line (format, kind, the cache's fingerprint and Python's version, the payload's
SHA-256) and a ``marshal`` payload of plain values only, checked value by value on reading; every expression
in it is compiled again by ``re`` (or, for a gate compiled from a parse tree, by ``_sre`` from its code, which
``_sre`` validates). A file of another fingerprint or Python is stale and ignored; a damaged one is W051.
The outputs do not depend on the file: an expression it lacks is analysed as before.
"""

from __future__ import annotations

import re
from typing import Any

from . import scan
from .cache import CacheError, DocumentCache, read_marshalled, write_marshalled
from .errors import warn
from .scantree import from_code

NEEDS = "needs.bin"
Key = tuple[str, int]


def load(cache: DocumentCache) -> frozenset[Key] | None:
    """The analyses of ``cache``'s ``needs.bin`` made known to ``scan`` (before any document is extracted, so
    forked workers share them); the expressions the file holds (none when stale or missing; None when
    damaged, W051: the file is replaced at the end of the build)."""
    try:
        data = (cache.folder / NEEDS).read_bytes()
    except FileNotFoundError:
        return frozenset()
    except OSError as error:
        cache.warnings.append(warn("W051", NEEDS, f"unreadable ({error.strerror})"))
        return None
    try:
        found = read_needs(data, cache.print)
    except CacheError as error:
        cache.warnings.append(warn("W051", NEEDS, f"{error}; the rules analysed again"))
        return None
    for key, need in found.items():
        scan.KNOWN.setdefault(key, need)
    return frozenset(found)


def keep(cache: DocumentCache, stored: frozenset[Key] | None) -> None:
    """Write what this process knows to ``needs.bin`` when it knows an expression the file did not hold, or
    the file was damaged."""
    known = dict(scan.KNOWN)
    if stored is None or known.keys() - stored:
        cache.write_file(cache.folder / NEEDS, write_needs(known, cache.print))


def write_needs(known: dict[Key, scan.Needs], print_: str) -> bytes:
    return write_marshalled(NEEDS, {(s, int(f)): encode(known[(s, f)]) for s, f in sorted(known)}, print_)


def read_needs(data: bytes, print_: str) -> dict[Key, scan.Needs]:
    """The analyses in ``data``; {} when another ygraph or Python made them; :class:`CacheError` when the file
    is damaged or holds anything else."""
    items = read_marshalled(data, NEEDS, "a file of the rules' analysis", print_)
    if items is None:
        return {}
    if type(items) is not dict or not all(_key(k) for k in items):
        raise CacheError("payload is not the rules' analysis")
    try:
        return {key: decode(value) for key, value in items.items()}
    except (TypeError, ValueError, RuntimeError, re.error):
        raise CacheError("payload is not the rules' analysis") from None


def encode(need: scan.Needs) -> tuple[Any, ...]:
    """``need`` as plain values (the gate as its code: it has no source)."""
    skip = None if need.skip is None else (_source(need.skip[0]), _source(need.skip[1]), need.skip[2])
    return (
        tuple(tuple(sorted(run)) for run in need.runs), _source(need.anchor), need.before,
        _source(need.outside), _source(need.last_outside), _source(need.first), need.first_width,
        need.gate_code, need.gate_reach, need.native, _source(need.same), skip,
    )  # fmt: skip


def decode(value: Any) -> scan.Needs:
    """The :class:`scan.Needs` of :func:`encode`'s values, each checked (TypeError or ValueError otherwise)."""
    if type(value) is not tuple or len(value) != 12:
        raise TypeError("not an analysis")
    runs, anchor, before, outside, last, first, width, gate, reach, native, same, skip = value
    if type(runs) is not tuple or not all(type(r) is tuple and all(type(s) is str for s in r) for r in runs):
        raise TypeError("runs")
    if not all(type(n) is int for n in (before, width, reach)) or type(native) is not bool:
        raise TypeError("numbers")
    if skip is not None and (type(skip) is not tuple or len(skip) != 3 or type(skip[2]) is not int):
        raise TypeError("skip")
    return scan.Needs(
        tuple(map(frozenset, runs)), _compiled(anchor), before, _compiled(outside), _compiled(last),
        _compiled(first), width, None if gate is None else from_code(_code(gate)), reach, native,
        _compiled(same), None if skip is None else (_present(skip[0]), _present(skip[1]), skip[2]),
        None if gate is None else _code(gate),
    )  # fmt: skip


def _key(key: Any) -> bool:
    return type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is int


def _source(pattern: re.Pattern[str] | None) -> Key | None:
    return None if pattern is None else (pattern.pattern, int(pattern.flags))


def _compiled(value: Any) -> re.Pattern[str] | None:
    return None if value is None else _present(value)


def _present(value: Any) -> re.Pattern[str]:
    if not _key(value) or value[1] & re.DEBUG:
        raise TypeError("expression")
    return re.compile(value[0], value[1])


def _code(gate: Any) -> Any:
    """The gate's values, checked by type (``_sre`` checks the code itself)."""
    if type(gate) is not tuple or len(gate) != 5:
        raise TypeError("gate")
    flags, code, groups, index, names = gate
    if type(flags) is not int or type(code) is not tuple or not all(type(c) is int for c in code):
        raise TypeError("gate code")
    if type(groups) is not int or type(index) is not dict or type(names) is not tuple:
        raise TypeError("gate groups")
    if not all(type(k) is str and type(v) is int for k, v in index.items()):
        raise TypeError("gate groups")
    if not all(n is None or type(n) is str for n in names) or len(names) != groups + 1:
        raise TypeError("gate groups")
    return gate
