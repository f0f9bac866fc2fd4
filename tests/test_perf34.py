"""The peak memory of a clean build (issue 17, perf34): in one process the writers that never read the graph run
before the graph is built, and the per-document facts and texts are let go once the merge has made the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from invented_corpus import mini_corpus
from ygraph import BuildConfig, build, render
from ygraph.corpus import merge
from ygraph.corpus.graph import build_graph
from ygraph.render import forked

FORM = "2021年3月15日，临江市委书记林晓峰在临江主持召开临江湾区发展座谈会，市长欧阳明远出席并讲话。\n"


@pytest.mark.parametrize(
    ("names", "first_child", "expected"),
    [
        (["d.db", "g.html", "f.json", "g.xml"], {"g.html", "g.xml"}, ["d.db", "f.json", "g.html", "g.xml"]),
        (["g.html", "a.csv"], {"g.html"}, ["a.csv", "g.html"]),
        (["b", "a"], set(), ["b", "a"]),  # none reads the graph: the order given
    ],
)
def test_in_one_process_the_writers_without_the_graph_run_first(
    names: list[str], first_child: set[str], expected: list[str]
) -> None:
    ran: list[str] = []
    outcome = forked.run_writers(names, ran.append, 1, first_child)
    assert ran == expected and outcome.children == 0


def test_the_graph_is_built_after_the_corpus_only_writers(tmp_path: Path) -> None:
    corpus = mini_corpus()
    seen: list[str] = []
    calls: list[str] = []

    def graph() -> Any:
        calls.append("graph")
        seen.extend(p.name for p in (tmp_path / "out").rglob("*") if p.is_file())
        return build_graph(corpus)

    written = render.write_outputs(graph, corpus, BuildConfig(paths=(tmp_path,), out=tmp_path / "out"), 1)
    assert calls == ["graph"] and {p.name for p in written} >= render.CORPUS_ONLY
    parts = {name.split(".part")[0].rsplit("/", 1)[-1] for name in seen}
    assert all(any(name in part for part in parts) for name in render.CORPUS_ONLY)


def test_the_facts_and_texts_are_let_go_before_the_writers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "linjiang.txt").write_text(FORM, encoding="utf-8")
    held: list[list[Any]] = []
    real_merge, real_write = merge.merge, render.write_outputs

    def merged(facts: list[Any], *args: Any) -> Any:
        held.append(facts)
        return real_merge(facts, *args)

    def write(*args: Any, **kwargs: Any) -> Any:
        assert held and held[0] == []  # emptied: the per-document facts are no longer referenced from here
        return real_write(*args, **kwargs)

    monkeypatch.setattr(merge, "merge", merged)
    monkeypatch.setattr(render, "write_outputs", write)
    result = build(BuildConfig(paths=(folder,), out=tmp_path / "out", jobs=1))
    assert result.n_files == 1 and result.n_skipped == 0 and result.corpus.events


@pytest.mark.parametrize(
    ("sizes"),
    [
        [60_000] * 100,  # every fact long (a person with many roles' evidence)
        [50] * 3000 + [50, 50, 120_000] * 200 + [50] * 500,  # short ones, then long ones among them
    ],
)
def test_facts_json_batches_follow_the_size_of_the_facts(
    sizes: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from ygraph.render import fastjson
    from ygraph.render.output import dump_json

    items = [{"evidence": "临" * size, "rank": i} for i, size in enumerate(sizes)]
    texts: list[int] = []
    real = fastjson._indented_items

    def measured(batch: Any) -> bytes:
        text = real(batch)
        texts.append(len(text))
        return text

    monkeypatch.setattr(fastjson, "_indented_items", measured)
    buffer = io.BytesIO()
    fastjson.write_lists({"people": items, "roles": []}, buffer)
    assert buffer.getvalue() == dump_json({"people": items, "roles": []})
    assert max(texts) <= 4 * fastjson.BATCH_BYTES + max(sizes) * 3
