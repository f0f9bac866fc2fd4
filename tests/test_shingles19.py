"""The reprint comparison's candidate pairs found again from the passages a rebuild adds and removes
(``corpus.shingles.updated``) equal those counted from scratch (``candidates``); the index kept in the cache
(``shingles.bin``) gives the bytes of a clean build, and a damaged one is ignored with W051."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from ygraph import BuildConfig, build
from ygraph import cache as cache_module
from ygraph.corpus import shingles
from ygraph.corpus.shingles import Key

DEV = Path(__file__).resolve().parent / "data" / "dev"
ALPHABET = "临江城港口合作"  # invented texts over a few characters: shingles shared by many passages


def _passages(rng: random.Random, n: int, start: int) -> list[Key]:
    out = []
    for i in range(start, start + n):
        letters = ALPHABET[: rng.choice((2, 2, 3, 4, len(ALPHABET)))]  # most shingles held by many passages
        text = "".join(rng.choice(letters) for _ in range(rng.randint(4, 14)))
        out.append((f"f{rng.randint(0, 5)}.txt", i, i + len(text), text))
    return out


@pytest.fixture
def small_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounds small enough that random corpora cross them often (a shingle of 3 passages is not counted)."""
    monkeypatch.setattr(shingles, "MAX_POSTINGS", 3)
    monkeypatch.setattr(shingles, "MIN_SHARED", 2)
    monkeypatch.setattr(shingles, "REDO_SHARE", 10.0)  # always the update, however much changed


@pytest.mark.parametrize("seed", range(40))
def test_updated_pairs_equal_a_count_from_scratch(small_bounds: None, seed: int) -> None:
    rng = random.Random(seed)
    keys = sorted(_passages(rng, rng.randint(5, 40), 0))
    pairs, index = shingles.candidates(keys, keep=True)
    assert index is not None
    made, updates = len(keys), 0
    for step in range(8):  # builds in a row: passages added (and removed every other build), the index kept
        kept = [k for k in keys if step % 2 == 0 or rng.random() > 0.5]
        added = _passages(rng, rng.randint(0, 8), made)
        made += len(added)
        keys = sorted(kept + added)
        expected, fresh = shingles.candidates(keys, keep=True)
        found = shingles.updated(keys, index)
        if found is None:  # the corpus shrank by half: counted from scratch, as a build does
            index = fresh
            continue
        assert found[0] == expected
        assert _by_key(found[1]) == _by_key(fresh)  # each shingle's passages, as a count from scratch has them
        index, updates = found[1], updates + 1
    assert updates >= 2


def _by_key(index: shingles.ShingleIndex | None) -> dict[str, list[Key]]:
    from array import array

    assert index is not None
    return {s: sorted(index.slots[i] for i in array("I", ids)) for s, ids in index.postings.items()}  # type: ignore[misc]


def test_the_update_reads_only_what_changed(small_bounds: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shingles, "MAX_POSTINGS", 2)
    keys = [("a.txt", 0, 6, "临江城港口合"), ("b.txt", 0, 6, "临江城港口合")]
    pairs, index = shingles.candidates(keys, keep=True)
    assert pairs == [(0, 1)] and index is not None
    third = ("c.txt", 0, 6, "临江城港口合")  # each shingle now held by 3 passages: none is counted
    found = shingles.updated([*keys, third], index)
    assert found is not None and found[0] == [] == shingles.candidates([*keys, third])[0]
    found = shingles.updated(keys, found[1])  # the third removed again: the pair is back
    assert found is not None and found[0] == [(0, 1)]
    assert found[1].slots[2] is None  # its slot is a hole; the others keep their numbers


def test_too_much_changed_is_counted_from_scratch() -> None:
    keys = [("a.txt", 0, 6, "临江城港口合"), ("b.txt", 0, 6, "临江城港口合")]
    _, index = shingles.candidates(keys, keep=True)
    assert index is not None
    assert shingles.updated([*keys, ("c.txt", 0, 4, "江城港口")], index) is None


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.mark.parametrize("damage", ["none", "one byte", "code object", "slot out of range", "other code"])
def test_a_rebuild_through_the_index_gives_the_clean_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    import marshal

    monkeypatch.setattr(shingles, "REDO_SHARE", 10.0)  # the small corpus changes by more than 10 %
    corpus, out, clean = tmp_path / "in", tmp_path / "out", tmp_path / "clean"
    shutil.copytree(DEV, corpus)
    moved = sorted(corpus.glob("*.txt"))[-1]
    kept = moved.read_bytes()
    moved.unlink()
    build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    stored = out / ".cache" / cache_module.SHINGLES
    index = cache_module.read_shingles(stored.read_bytes(), cache_module.DocumentCache(out / ".cache").print)
    assert index is not None and index.pairs  # the dev corpus has reprinted passages
    print_ = cache_module.DocumentCache(out / ".cache").print
    if damage == "one byte":
        data = stored.read_bytes()
        stored.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    elif damage == "code object":
        stored.write_bytes(_file(marshal.dumps(compile("1", "x", "eval")), print_))
    elif damage == "slot out of range":
        stored.write_bytes(cache_module.write_shingles(shingles.ShingleIndex(index.slots, index.postings,
                                                                             b"\xff" * 8), print_))  # fmt: skip
    elif damage == "other code":
        stored.write_bytes(cache_module.write_shingles(index, "another print"))
    (corpus / moved.name).write_bytes(kept)  # the rebuild adds one document
    again = build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    warnings = [w for w in again.cache_warnings if w.file == cache_module.SHINGLES]
    assert [w.code for w in warnings] == ([] if damage in ("none", "other code") else ["W051"])
    build(BuildConfig(paths=(corpus,), out=clean))
    assert _outputs(out) == _outputs(clean)


def _file(payload: bytes, print_: str) -> bytes:
    import hashlib
    import json
    import sys

    head = {"format": cache_module.FORMAT, "kind": cache_module.SHINGLES, "print": print_,
            "python": list(sys.version_info[:2]), "sha256": hashlib.sha256(payload).hexdigest()}  # fmt: skip
    return json.dumps(head).encode() + b"\n" + payload
