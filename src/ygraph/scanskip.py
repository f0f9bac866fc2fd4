"""scanskip: the starts of a window :mod:`ygraph.scan` need not try, read from an expression's parse tree (split
from scantree.py, sixteenth session: a name-list row was tried at every character of a clause, each try reading
to its verb, ≈ 12 % of the extraction of the real excerpts)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .scantree import _consumed, _sre_c, _sre_p, flat

_PRUNING = tuple(getattr(_sre_c, name) for name in ("ATOMIC_GROUP", "POSSESSIVE_REPEAT") if hasattr(_sre_c, name))
_REFERRING = tuple(getattr(_sre_c, name) for name in dir(_sre_c) if name.startswith("GROUPREF"))


def prefix_skip(tree: _sre_p.SubPattern) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """For an expression that opens with a repeat ``X{m,n}`` (lazy or greedy) whose every iteration consumes a
    character: (a run of the characters that are an iteration alone, a run of those any iteration may consume,
    ``n``). When no match starts at ``p``, none starts at a ``p'`` that the first run reaches from ``p``,
    provided the second run from ``p`` is at most ``n`` long: the rest of a match never depends on where it
    started (no back reference), so a match from ``p'`` would be one from ``p`` with the characters between as
    more iterations (none pruned: no atomic group, no possessive repeat). None when that does not hold."""
    items = flat(tree)
    if not items or _holds(tree.data, _REFERRING):
        return None
    op, av = items[0]
    if op not in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT):
        return None
    _, most, body = av  # type: ignore[misc]
    if body.getwidth()[0] < 1 or _holds(body.data, _PRUNING):
        return None
    alone, consumed = _single_units(body.data), _consumed(items[0])
    if not alone or not consumed:
        return None
    return re.compile(_class(alone) + "*"), re.compile(_class(consumed) + "*"), int(most)


def _single_units(data: Sequence[tuple[object, object]]) -> set[tuple[int, int]]:
    """The characters that alone are one match of ``data`` (its one item: a literal, a class without negation
    or category, a group or an alternation of such), as code point ranges."""
    if len(data) != 1:
        return set()
    op, av = data[0]
    c = _sre_c
    if op is c.LITERAL:
        return {(av, av)}  # type: ignore[arg-type]
    if op is c.IN:
        members = av  # type: ignore[assignment]
        if all(sop in (c.LITERAL, c.RANGE) for sop, _ in members):  # type: ignore[attr-defined]
            return _consumed(data[0]) or set()
        return set()
    if op is c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
        return _single_units(av[3].data)  # type: ignore[index]
    if op is c.BRANCH:
        out: set[tuple[int, int]] = set()
        for alternative in av[1]:  # type: ignore[index]
            out |= _single_units(alternative.data)
        return out
    return set()


def _holds(data: Sequence[tuple[object, object]], ops: tuple[object, ...]) -> bool:
    """Whether an item of ``data``, at any depth, is one of ``ops``."""
    return any(op in ops or any(_holds(sub.data, ops) for sub in _subpatterns(av)) for op, av in data)


def _subpatterns(av: object) -> list[_sre_p.SubPattern]:
    if isinstance(av, _sre_p.SubPattern):
        return [av]
    if isinstance(av, (tuple, list)):
        return [sub for part in av for sub in _subpatterns(part)]
    return []


def _class(ranges: set[tuple[int, int]] | frozenset[tuple[int, int]]) -> str:
    body = "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in sorted(ranges))
    return f"[{body}]"

