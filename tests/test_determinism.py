"""The same input built twice gives the same bytes in every output file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from invented_corpus import MINI, injection_corpus, mini_corpus
from ygraph import BuildConfig, build
from ygraph.corpus.graph import build_graph
from ygraph.render import write_outputs

OUTPUTS = {
    "graph.graphml", "graph.gexf", "graph.html", "timeline.html", "timeline.json", "facts.json",
    "events.csv", "roles.csv", "successions.csv", "report.json", "ygraph.db",
}  # fmt: skip


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


@pytest.mark.parametrize("make", [mini_corpus, injection_corpus])
def test_constructed_corpus_twice_and_in_another_order(tmp_path: Path, make) -> None:
    corpus = make()
    shuffled = replace(
        corpus, events=corpus.events[::-1], roles=corpus.roles[::-1], people=corpus.people[::-1]
    )
    outs = []
    for i, c in enumerate((corpus, corpus, shuffled)):
        out = tmp_path / str(i)
        write_outputs(build_graph(c), c, BuildConfig(out=out))
        outs.append(files(out))
    assert set(outs[0]) == OUTPUTS
    assert outs[0] == outs[1]
    assert outs[0] == outs[2]


def test_invented_documents_built_twice(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    build(BuildConfig(paths=(MINI,), out=a))
    build(BuildConfig(paths=(MINI,), out=b))
    assert files(a) == files(b)


def test_seeds_built_twice(seed_build, tmp_path: Path, seeds_dir: Path) -> None:
    _, first = seed_build
    build(BuildConfig(paths=(seeds_dir,), out=tmp_path))
    again = files(tmp_path)
    assert set(again) >= OUTPUTS
    assert {k: v for k, v in files(first).items() if k in OUTPUTS} == {
        k: v for k, v in again.items() if k in OUTPUTS
    }
