"""Twelfth session (issue 17): a rebuild with few new documents extracts them in a worker process while this
process decodes the cached entries (``build._lookup_beside``), and ``jobs="auto"`` samples the idle cores
once per build for the corpus steps (side pool and writers). Outputs stay those of a clean serial build."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from test_cache import DEV, entries, outputs
from ygraph import BuildConfig, build, engine

build_module = importlib.import_module("ygraph.build")  # (``ygraph.build`` is also the build function)

ADDED = "江城市副市长龚明远6月3日主持召开青禾县水利建设推进会。\n"  # invented
ADDED_TOO = "临江省海州市市长柴思雨在松岩调研港口工作。\n"  # invented


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    shutil.copytree(DEV, root)
    return root


def cached(corpus: Path, out: Path, jobs: int | str) -> Any:
    return build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache", jobs=jobs))  # type: ignore[arg-type]


def clean(corpus: Path, out: Path) -> dict[str, bytes]:
    shutil.rmtree(out, ignore_errors=True)
    build(BuildConfig(paths=(corpus,), out=out, jobs=1))
    return outputs(out)


def counting_beside(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every call of ``engine.beside`` (the documents it was given), still running it."""
    calls: list[list[str]] = []
    real = build_module.beside

    def spy(config: BuildConfig, sources: Any) -> Any:
        calls.append([s.path for s in sources])
        return real(config, sources)

    monkeypatch.setattr(build_module, "beside", spy)
    return calls


@pytest.mark.parametrize("jobs", [2, "auto"])
def test_new_documents_extracted_beside_the_decoding_give_a_clean_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int | str
) -> None:
    monkeypatch.setattr(engine, "AUTO_WRITE_MIN_CHARS", 0)  # auto: the small corpus counts as large
    monkeypatch.setattr(engine, "cores", lambda: 2)
    monkeypatch.setattr(engine, "busy_cores", lambda: 0.0)
    calls = counting_beside(monkeypatch)
    out = tmp_path / "out"
    first = cached(corpus, out, jobs)
    assert not calls  # nothing cached yet: the ordinary pass
    (corpus / "20_added.txt").write_text(ADDED, encoding="utf-8")
    (corpus / "21_added.txt").write_text(ADDED_TOO, encoding="utf-8")
    again = cached(corpus, out, jobs)
    assert calls == [["20_added.txt", "21_added.txt"]]
    assert again.n_cached == len(first.corpus.documents) and not again.cache_warnings
    assert outputs(out) == clean(corpus, tmp_path / "clean")
    third = cached(corpus, out, jobs)  # the new documents' entries were stored
    assert third.n_cached == len(first.corpus.documents) + 2 and len(calls) == 1


def test_a_damaged_entry_beside_new_documents_is_extracted_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_beside(monkeypatch)
    out = tmp_path / "out"
    cached(corpus, out, 2)
    victim = entries(out / ".cache")[0]
    victim.write_bytes(b"not an entry\n{}")
    (corpus / "20_added.txt").write_text(ADDED, encoding="utf-8")
    result = cached(corpus, out, 2)
    assert calls == [["20_added.txt"]]  # the damaged one is not new: found damaged while decoding
    assert [w.code for w in result.cache_warnings] == ["W051"]
    assert outputs(out) == clean(corpus, tmp_path / "clean")
    assert not cached(corpus, out, 2).cache_warnings  # stored afresh


@pytest.mark.parametrize("jobs", [1, "auto"])
def test_no_worker_for_one_process(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int | str
) -> None:
    """``--jobs 1``, or ``auto`` on a busy machine or a small corpus: the new documents run here."""
    monkeypatch.setattr(engine, "busy_cores", lambda: 1.9)
    monkeypatch.setattr(engine, "cores", lambda: 2)
    calls = counting_beside(monkeypatch)
    out = tmp_path / "out"
    cached(corpus, out, jobs)
    (corpus / "20_added.txt").write_text(ADDED, encoding="utf-8")
    cached(corpus, out, jobs)
    assert not calls
    assert outputs(out) == clean(corpus, tmp_path / "clean")


def test_many_new_documents_take_the_ordinary_pass(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More new text than ``auto`` would start workers for: the shared map (this process extracts too)."""
    calls = counting_beside(monkeypatch)
    out = tmp_path / "out"
    cached(corpus, out, 2)
    (corpus / "20_added.txt").write_text(ADDED, encoding="utf-8")
    monkeypatch.setattr(build_module, "AUTO_MIN_CHARS", 1)
    cached(corpus, out, 2)
    assert not calls
    assert outputs(out) == clean(corpus, tmp_path / "clean")


def test_auto_samples_the_idle_cores_once_for_the_corpus_steps(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The side pool and the writers share one reading (each was a 50 ms sample of /proc/stat)."""
    samples: list[int] = []

    def busy() -> float:
        samples.append(1)
        return 0.0

    monkeypatch.setattr(engine, "busy_cores", busy)
    monkeypatch.setattr(engine, "cores", lambda: 2)
    monkeypatch.setattr(engine, "AUTO_WRITE_MIN_CHARS", 0)
    monkeypatch.setattr(engine, "AUTO_MIN_CHARS", 10**9)  # extraction in-process: no sample of its own
    build(BuildConfig(paths=(corpus,), out=tmp_path / "auto", jobs="auto"))
    assert len(samples) == 1
    assert outputs(tmp_path / "auto") == clean(corpus, tmp_path / "clean")
