"""A failed build leaves the previous outputs intact (render everything first, then write each atomically)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from invented_corpus import injection_corpus, mini_corpus
from ygraph import output, render
from ygraph.config import BuildConfig
from ygraph.render import write_outputs
from ygraph.stages.graph import build_graph


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

    def broken(g, corpus):
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
