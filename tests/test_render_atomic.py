"""A failed build leaves the previous outputs intact (every file to a temporary file, renamed at the end)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from invented_corpus import injection_corpus, mini_corpus
from ygraph import render
from ygraph.config import BuildConfig
from ygraph.corpus.graph import build_graph
from ygraph.render import output, write_outputs


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture
def previous(tmp_path: Path) -> tuple[BuildConfig, dict[str, bytes]]:
    config = BuildConfig(out=tmp_path)
    corpus = mini_corpus()
    write_outputs(build_graph(corpus), corpus, config)
    return config, snapshot(tmp_path)


def rebuild_other_corpus(config: BuildConfig) -> None:
    corpus = injection_corpus()
    write_outputs(build_graph(corpus), corpus, config)


def test_a_renderer_failing_writes_nothing(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    config, before = previous

    def broken(g, corpus, fh):
        raise RuntimeError("renderer failed")

    monkeypatch.setitem(render.RENDERERS, "timeline.json", broken)
    with pytest.raises(RuntimeError):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before


def test_a_write_failing_midway_leaves_that_file_intact_and_no_temp_file(previous, monkeypatch) -> None:
    config, before = previous
    real_fdopen = os.fdopen
    calls = []

    class HalfWriter:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data: bytes) -> None:
            self.fh.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    def fdopen(fd, mode="r", *args, **kwargs):
        calls.append(fd)
        fh = real_fdopen(fd, mode, *args, **kwargs)
        return HalfWriter(fh) if len(calls) == 1 else fh

    monkeypatch.setattr(output.os, "fdopen", fdopen)
    with pytest.raises(OSError):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before


def test_replace_failing_leaves_the_old_file(previous, monkeypatch) -> None:
    config, before = previous

    def no_replace(src, dst):
        raise PermissionError("read-only")

    monkeypatch.setattr(output.os, "replace", no_replace)
    with pytest.raises(PermissionError):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before


def test_a_renderer_failing_after_writing_part_of_its_file_writes_nothing(previous, monkeypatch) -> None:
    config, before = previous

    def half_then_fail(g, corpus, fh):
        fh.write(b"<partial")
        raise ValueError("renderer failed midway")

    monkeypatch.setitem(render.RENDERERS, "graph.gexf", half_then_fail)
    with pytest.raises(ValueError):
        rebuild_other_corpus(config)
    assert snapshot(config.out) == before


def test_files_rendered_before_the_failure_are_not_renamed_into_place(previous, monkeypatch) -> None:
    config, before = previous
    rendered = []

    def late_failure(g, corpus, fh):
        rendered.extend(p.name for p in config.out.iterdir())
        raise RuntimeError("a late renderer failed")

    monkeypatch.setitem(render.HTML_RENDERERS, "timeline.html", late_failure)
    with pytest.raises(RuntimeError):
        rebuild_other_corpus(config)
    # graph.gexf was written before the failure, but only under its temporary name
    assert any(name.startswith(".graph.gexf.") for name in rendered)
    assert snapshot(config.out) == before


def test_a_successful_write_leaves_exactly_the_outputs(tmp_path: Path) -> None:
    corpus = injection_corpus()
    written = write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
    assert snapshot(tmp_path) == render.render_all(build_graph(corpus), corpus)
