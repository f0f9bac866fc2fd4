"""Fuzz: 2,000 seeded hostile documents (``bench/hostile.py``) built through the real ``build()`` in batches
of 100: no crash, no contained crash (a W050 is a failure here), every offset exact, evidence bounded.

Batch times are printed at the end of the run (median and slowest), never asserted; the performance guard
is ``bench/pathological.py``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import ROOT, json_provenances
from ygraph import BuildConfig, build
from ygraph.model import EVIDENCE_MAX
from ygraph.text import read

sys.path.insert(0, str(ROOT / "bench"))

from hostile import batch, read_bases, write_batch  # noqa: E402

BATCHES = 20
DOCUMENTS = 100
# a third of the documents are damaged copies of these (cut, joined, shuffled, unpunctuated, OCR-spaced)
BASES = read_bases([ROOT / "seeds", ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "mini"])


@pytest.fixture(scope="module")
def batch_times(
    terminal_summary: Callable[[str, list[str]], None],
) -> Iterator[list[tuple[int, float, float]]]:
    times: list[tuple[int, float, float]] = []
    yield times
    if times:
        seconds = [s for _, _, s in times]
        slowest = max(times, key=lambda t: t[2])
        terminal_summary(
            "hostile batches (bench/hostile.py)",
            [
                f"{len(times)} batches of {DOCUMENTS} documents: median {statistics.median(seconds):.1f} s, "
                f"slowest {slowest[2]:.1f} s (seed {slowest[0]}, {slowest[1]:.2f} MB)"
            ],
        )


def test_the_generator_is_seeded() -> None:
    assert batch(5, 10, BASES) == batch(5, 10, BASES)
    assert batch(5, 10, BASES) != batch(6, 10, BASES)


@pytest.mark.parametrize("seed", range(BATCHES))
def test_a_batch_of_hostile_documents_builds_without_a_crash(
    seed: int, tmp_path: Path, batch_times: list[tuple[int, float, float]]
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    n_bytes = write_batch(seed, corpus, DOCUMENTS, BASES)
    started = time.perf_counter()
    result = build(BuildConfig(paths=(corpus,), out=out))
    batch_times.append((seed, n_bytes / 1e6, time.perf_counter() - started))
    crashes = [(w.file, w.message) for w in result.corpus.warnings if w.code == "W050"]
    assert crashes == []
    assert result.corpus.documents and (out / "graph.html").is_file()
    sources, _ = read.read_all(read.discover([corpus]), None)
    originals = {s.path: s.text for s in sources}
    found = json_provenances(json.loads((out / "facts.json").read_text(encoding="utf-8")))
    wrong = [p for p in found if originals[p["file"]][p["start"] : p["end"]] != p["evidence"]]
    assert wrong == []
    assert max((len(p["evidence"]) for p in found), default=0) <= EVIDENCE_MAX
