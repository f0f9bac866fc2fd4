"""The candidate pairs of the reprint comparison (``reprints``), and the index that lets a rebuild find them
again from the passages that changed alone.

Two passages of different documents are a candidate when they share at least ``MIN_SHARED`` shingles (runs of
``SHINGLE`` characters) each held by 2 to ``MAX_POSTINGS`` passages of the corpus. :func:`candidates` counts
them over every passage (a clean build). The :class:`ShingleIndex` it can also return (kept in the cache
folder) holds each shingle's passages, every passage's text and the candidate pairs; :func:`updated` gives
the same pairs for a new list of passages by reading only the shingles of the passages added or removed:

* a pair of two kept passages changes its count only through a shingle both hold whose number of passages
  crossed the 2..``MAX_POSTINGS`` bounds (a new passage joined or one left it): its pairs are counted again;
* a pair with an added passage is found through that passage's shingles and counted;
* a pair with a removed passage is dropped; every other pair keeps its count, so its verdict.

Counting a pair again is the definition itself (the shingles both passages hold, each with its number of
passages in the new corpus), so the pairs equal those of :func:`candidates` over the new passages
(``tests/test_shingles19.py`` compares the two on random corpora, the bounds made small).
Passages are numbered by *slot* in the index: a slot keeps its number from one build to the next (a removed
passage leaves a hole), so the postings of shingles no change touched are kept as they are (packed ``uint32``).
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, combinations

SHINGLE = 4
MAX_POSTINGS = 30
MIN_SHARED = 4
REDO_SHARE = 0.1  # more passages added and removed than this share of the corpus: counted from scratch

Key = tuple[str, int, int, str]  # a passage: its file, its offsets, its compact text
Pair = tuple[int, int]


class IndexError_(ValueError):
    """An index that does not hold together (a slot out of range or empty where a posting names it)."""


@dataclass
class ShingleIndex:
    slots: list[Key | None]  # the passages by slot (None: a hole)
    postings: dict[str, bytes]  # shingle -> the slots of the passages holding it (array("I") bytes)
    pairs: bytes  # the candidate pairs as slot pairs (array("I") bytes: a, b, a, b, ...)


def shingles(text: str) -> set[str]:
    return {text[k : k + SHINGLE] for k in range(len(text) - SHINGLE + 1)}


def _counted(n: int) -> bool:
    return 1 < n <= MAX_POSTINGS


def candidates(keys: Sequence[Key], keep: bool = False) -> tuple[list[Pair], ShingleIndex | None]:
    """Pairs ``(i, j)``, ``i < j``, of passages of different files that share at least ``MIN_SHARED``
    counted shingles, sorted; with ``keep``, the index of these passages (slot = position)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for s in shingles(key[3]):
            postings[s].append(i)
    # ids ascend (each passage adds a shingle once); the pairs are counted as they are made: a list of every
    # shared shingle's pairs, then counted, was the merge's peak (docs/performance.md, twenty-third session)
    shared = Counter(chain.from_iterable(combinations(ids, 2) for ids in postings.values() if _counted(len(ids))))
    pairs = sorted(p for p, n in shared.items() if n >= MIN_SHARED and keys[p[0]][0] != keys[p[1]][0])
    if not keep:
        return pairs, None
    packed = {s: array("I", ids).tobytes() for s, ids in postings.items()}
    flat = array("I", [i for pair in pairs for i in pair]).tobytes()
    return pairs, ShingleIndex(list(keys), packed, flat)


def updated(keys: Sequence[Key], old: ShingleIndex) -> tuple[list[Pair], ShingleIndex] | None:
    """``candidates(keys, keep=True)`` from ``old`` (the index of the last build), reading only what the
    passages added and removed touch; None when too much changed (count from scratch). ``old`` is changed.
    Raises :class:`IndexError_` when ``old`` does not hold together."""
    slot_of = {key: slot for slot, key in enumerate(old.slots) if key is not None}
    if len(slot_of) != len(old.slots) - old.slots.count(None):
        raise IndexError_("a passage in two slots")
    added = [key for key in keys if key not in slot_of]
    kept = set(keys)
    removed = {slot: key for key, slot in slot_of.items() if key not in kept}
    if len(added) + len(removed) > REDO_SHARE * max(1, len(keys)) or len(old.slots) > 2 * len(keys) + 1:
        return None  # (a corpus that shrank by half: its holes are dropped)
    slots = old.slots
    new_slots = list(range(len(slots), len(slots) + len(added)))
    changed = _touched(old, list(removed.values()), set(removed), added, new_slots)
    for slot in removed:
        slots[slot] = None
    slots.extend(added)
    counts, crossed = _affected(changed, new_slots)
    pairs = _merged(old, counts, crossed)
    index = {key: i for i, key in enumerate(keys)}
    out = sorted(_ordered(index[slots[a]], index[slots[b]]) for a, b in pairs)  # type: ignore[index]
    flat = array("I", [s for pair in sorted(pairs) for s in pair]).tobytes()
    return out, ShingleIndex(slots, old.postings, flat)  # type: ignore[return-value]


def _ordered(i: int, j: int) -> Pair:
    return (i, j) if i < j else (j, i)


@dataclass
class _Changed:
    before: dict[str, int]  # the touched shingles' numbers of passages before the change
    members: dict[str, list[int]]  # their slots after it (those counted before or after: 2..MAX_POSTINGS)


def _touched(
    old: ShingleIndex, removed_keys: list[Key], gone: set[int], added: list[Key], new_slots: list[int]
) -> _Changed:
    """The postings of every shingle of an added or removed passage, updated in ``old.postings`` (the
    slots of ``gone`` dropped, ``new_slots`` holding ``added`` appended). A shingle held by more than
    ``MAX_POSTINGS`` passages before and after (with nothing removed) only grows: its slots are not read."""
    holders: dict[str, list[int]] = defaultdict(list)
    for slot, key in zip(new_slots, added, strict=True):
        for s in shingles(key[3]):
            holders[s].append(slot)
    touched = set(holders)
    for key in removed_keys:
        touched |= shingles(key[3])
    holes = {slot for slot, key in enumerate(old.slots) if key is None}
    before, members = {}, {}
    for s in touched:
        data, more = old.postings.get(s, b""), holders.get(s, [])
        before[s] = len(data) // 4
        if not gone and before[s] > MAX_POSTINGS:
            old.postings[s] = data + array("I", more).tobytes()
            continue
        ids = array("I", data)
        if ids and (max(ids) >= len(old.slots) or (holes and not holes.isdisjoint(ids))):
            raise IndexError_("a posting names a slot out of range or empty")
        now = [i for i in ids if i not in gone] if gone and not gone.isdisjoint(ids) else ids.tolist()
        now += more
        if _counted(before[s]) or _counted(len(now)):
            members[s] = now
        if now:
            old.postings[s] = array("I", now).tobytes()
        else:
            old.postings.pop(s, None)
    return _Changed(before, members)


def _affected(changed: _Changed, new_slots: list[int]) -> tuple[Counter[Pair], set[Pair]]:
    """Slot pairs (a < b) whose count may differ from the last build's: those with an added passage, counted
    here over every shingle they share (each is touched: an added passage's shingles all are), and the
    pairs of two kept passages that share a shingle whose count crossed the bounds (counted later)."""
    counts: Counter[Pair] = Counter()
    crossed: set[Pair] = set()
    fresh = set(new_slots)
    for s, now in changed.members.items():
        counted = _counted(len(now))
        if counted != _counted(changed.before[s]):  # the pairs of its passages gain or lose it
            crossed.update(p for p in combinations(sorted(now), 2) if p[0] not in fresh and p[1] not in fresh)
        if counted and not fresh.isdisjoint(now):
            mine = fresh.intersection(now)
            counts.update({(min(x, y), max(x, y)) for x in mine for y in now if y != x})
    return counts, crossed


def _merged(old: ShingleIndex, counts: Counter[Pair], crossed: set[Pair]) -> set[Pair]:
    """The last build's pairs without those of a removed passage or whose count may have changed, and the
    pairs that pass now among the latter."""
    flat = array("I")
    flat.frombytes(old.pairs)
    if flat and max(flat) >= len(old.slots):
        raise IndexError_("a pair names a slot out of range")
    slots = old.slots
    pairs = {
        (a, b)
        for a, b in zip(flat[::2], flat[1::2], strict=True)
        if slots[a] is not None and slots[b] is not None and (a, b) not in crossed
    }
    pairs.update(p for p, n in counts.items() if n >= MIN_SHARED and _files_differ(slots, p))
    if not crossed:
        return pairs
    texts: dict[int, set[str]] = {}
    for a, b in crossed:
        ka, kb = slots[a], slots[b]
        if ka is None or kb is None or ka[0] == kb[0]:
            continue
        if _shared(a, b, ka[3], kb[3], old.postings, texts) >= MIN_SHARED:
            pairs.add((a, b))
    return pairs


def _files_differ(slots: list[Key | None], pair: Pair) -> bool:
    return slots[pair[0]][0] != slots[pair[1]][0]  # type: ignore[index]


def _shared(
    a: int, b: int, text_a: str, text_b: str, postings: dict[str, bytes], texts: dict[int, set[str]]
) -> int:
    """The number of counted shingles passages ``a`` and ``b`` share (``postings``: the new corpus's, updated
    by ``_touched``; 4 bytes a passage)."""
    for slot, text in ((a, text_a), (b, text_b)):
        if slot not in texts:
            texts[slot] = {s for s in shingles(text) if _counted(len(postings.get(s, b"")) // 4)}
    return len(texts[a] & texts[b])
