"""Every engine gives the same bytes: in-process, worker processes, Dask; results in input order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ygraph import BuildConfig, build
from ygraph.cli import app
from ygraph.engine import map_documents
from ygraph.sharedmap import MAX_CHUNK, guided_size
from ygraph.text import read

ENGINES = {
    "jobs2": {"jobs": 2},
    "dask": {"engine": "dask"},
    "dask-jobs2": {"engine": "dask", "jobs": 2},
}


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("jobs1")
    build(BuildConfig(paths=(seeds_dir,), out=out, jobs=1))
    return files(out)


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_seeds_byte_identical_whatever_the_engine(
    serial: dict[str, bytes], seeds_dir: Path, tmp_path: Path, name: str
) -> None:
    build(BuildConfig(paths=(seeds_dir,), out=tmp_path, **ENGINES[name]))
    other = files(tmp_path)
    assert sorted(other) == sorted(serial)
    for file_name, data in serial.items():
        assert other[file_name] == data, f"{file_name} differs with {name}"


@pytest.mark.parametrize("name", ["jobs1", *sorted(ENGINES)])
def test_results_in_input_order_with_progress(seeds_dir: Path, name: str) -> None:
    sources, _ = read.read_all(read.discover([seeds_dir]), None)
    sources = sources[::-1]  # not the sorted order: the engine must keep the order it is given
    seen: list[tuple[int, int, str]] = []
    config = BuildConfig(**ENGINES.get(name, {}))
    facts = map_documents(sources, {}, config, lambda *a: seen.append(a))
    assert [f.document.path for f in facts] == [s.path for s in sources]
    assert seen and seen[-1][:2] == (len(sources), len(sources))
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)


def test_guided_chunks_shrink_to_one_document() -> None:
    sizes, left = [], 293
    while left:
        sizes.append(guided_size(left, 2))
        left -= min(left, sizes[-1])
    assert sizes[0] == MAX_CHUNK and sizes[-1] == 1 and sizes == sorted(sizes, reverse=True)


def test_missing_dask_is_a_one_line_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeds_dir: Path
) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path), "--engine", "dask"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "python3 -m pip install -e '.[dask]'" in lines[0]


def test_a_build_gives_the_frozen_heap_back(seeds_dir: Path, tmp_path: Path) -> None:
    import gc

    build(BuildConfig(paths=(seeds_dir,), out=tmp_path, jobs=1))
    assert gc.get_freeze_count() == 0  # the corpus steps' gc.freeze is undone (build.settled_heap)
