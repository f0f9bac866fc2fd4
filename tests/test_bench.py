"""The benchmark's smoke run: generates a tiny corpus, builds it, prints the tables (timings are the
benchmark's to report, never a test's to assert)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generate import documents, load_seeds  # noqa: E402


def test_smoke_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--work", str(tmp_path / "corpora"),
         "--json", str(tmp_path / "bench.json")],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert "| size MB |" in done.stdout and "build ÷ jieba" in done.stdout
    result = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    (row,) = result["sizes"]
    assert row["mb_s"] > 0 and row["jieba"]["mb_s"] > 0 and row["rss_mb"] > 10 and row["nodes"] > 0
    assert [r["jobs"] for r in result["jobs"]] == [1, 2, "auto"]
    assert [r["jobs"] for r in result["rebuilds"]] == [1, "auto"]
    assert all(r["cached"] > 0 for r in result["rebuilds"]) and "rebuild (--jobs 1) after" in done.stdout
    assert result["rebuilds"][0]["cpu_seconds"] > 0


def test_generated_corpus_is_deterministic_and_invented() -> None:
    first = list(documents(0.2, seed=3))
    assert first == list(documents(0.2, seed=3))
    assert all(20_000 * 0.5 <= len(text.encode("utf-8")) <= 50_000 for _, text in first[:-1])
    seed = load_seeds()[0]
    assert seed.names and seed.places
    text = "".join(t for _, t in first)
    assert not [n for n in seed.names if len(n) == 3 and n in text]  # people are invented


def test_pathological_smoke_run(tmp_path: Path) -> None:
    """bench/pathological.py runs every shape and prints its ratios (the figures are the benchmark's)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "pathological.py"), "--smoke", "--json", str(tmp_path / "p.json")],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    for line in ("flat s/MB at", "flat ÷ with line breaks", "outputs ÷ input", "hostile batches", "repeated title"):
        assert line in done.stdout
    rows = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert {"title", "unpunctuated", "hostile-0"} <= set(rows)
    assert all(row["out_bytes"] > 0 and row["seconds"] > 0 for row in rows.values())


def test_steps_times_each_step_of_a_clean_build_and_a_rebuild(tmp_path: Path) -> None:
    """bench/steps.py (the per-step tables of docs/performance.md): a clean build, a priming build of 99 % of
    the corpus, then the rebuild of a copy with the last 1 % added; the figures are the benchmark's."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (_, text) in enumerate(documents(0.08, seed=5)):
        (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    steps = [sys.executable, str(ROOT / "bench" / "steps.py"), str(corpus)]
    runs = [
        [str(tmp_path / "clean")],
        [str(tmp_path / "x"), "--prime", str(tmp_path / "primed")],
        [str(tmp_path / "rebuild"), "--rebuild", str(tmp_path / "primed")],
    ]
    clean, primed, rebuild = (
        json.loads(subprocess.run([*steps, *run], capture_output=True, text=True, timeout=300, check=True).stdout)
        for run in runs
    )  # fmt: skip
    assert primed == {"primed": str(tmp_path / "primed")}
    n_files = len(list(corpus.glob("*.txt")))
    assert clean["cached"] == 0 and rebuild["cached"] == n_files - 1  # the last file is the new 1 %
    for row in (clean, rebuild):
        assert {"extract", "merge", "merge_people", "reprint_conflicts", "graph", "writers", "total"} <= set(row)
        assert {"w:facts.json", "w:ygraph.db", "w:graph.gexf"} <= set(row)
    assert (tmp_path / "rebuild" / "build" / "graph.graphml").read_bytes() == (
        tmp_path / "clean" / "build" / "graph.graphml"
    ).read_bytes()
