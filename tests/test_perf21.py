"""Issue 17, eleventh session: this process extracts beside its workers (``sharedmap``), ``--jobs auto`` judges
the idle cores from a short sample of /proc/stat instead of the load average, and with ``--jobs`` > 1 a
forked writer builds the graph while this process writes the corpus's own files."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from invented_corpus import mini_corpus
from ygraph import BuildConfig, engine, render
from ygraph.corpus.graph import build_graph
from ygraph.model import Source
from ygraph.render import write_outputs
from ygraph.sharedmap import MAX_CHUNK, SharedEngine, guided_size

FRAMES = [
    "2031年5月{day}日，临江省省长龚明远在江城市调研第{n}个园区。",
    "2031年6月{day}日，江城市委书记柴思雨主持召开第{n}次常委会会议。",
    "2031年7月{day}日，青禾縣縣長林曉峰出席第{n}屆農業博覽會開幕式。",
]


def invented(n: int) -> list[Source]:
    return [
        Source(path=f"{i:03d}.txt", text=FRAMES[i % 3].format(day=1 + i % 27, n=i + 1), encoding="utf-8")
        for i in range(n)
    ]


class RecordingPool(ThreadPoolExecutor):
    """A one-thread pool that keeps the length of every chunk handed to it."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.chunks: list[int] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.chunks.append(len(args[0]))
        return super().submit(fn, *args, **kwargs)


@pytest.mark.parametrize("n", [1, 2, 7, 40])
def test_every_document_once_in_input_order_from_both_ends(n: int) -> None:
    sources = invented(n)
    seen: list[tuple[int, int, str]] = []
    with RecordingPool() as pool:
        facts = SharedEngine(pool, 1).map(sources, {}, lambda *a: seen.append(a))
    serial = engine.SerialEngine().map(sources, {}, None)
    assert [f.document.path for f in facts] == [s.path for s in sources]
    assert facts == serial  # the same facts whoever ran a document
    assert sum(pool.chunks) <= n and all(1 <= c <= MAX_CHUNK for c in pool.chunks)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen) and seen[-1][:2] == (n, n)


def test_year_hints_reach_the_documents_either_end_runs() -> None:
    sources = invented(12)
    hints = {s.path: {0: 2031} for s in sources[::3]}
    with RecordingPool() as pool:
        facts = SharedEngine(pool, 1).map(sources, hints, None)
    assert facts == engine.SerialEngine().map(sources, hints, None)


@pytest.mark.parametrize(
    ("left", "processes", "expected"),
    [(293, 2, MAX_CHUNK), (40, 2, 5), (9, 2, 2), (3, 2, 1), (1, 3, 1), (1000, 4, MAX_CHUNK)],
)
def test_guided_size(left: int, processes: int, expected: int) -> None:
    assert guided_size(left, processes) == expected


def ticks(*readings: tuple[int, int] | None) -> Callable[[], tuple[int, int] | None]:
    it: Iterator[tuple[int, int] | None] = iter(readings)
    return lambda: next(it)


@pytest.mark.parametrize(
    ("readings", "cpus", "expected"),
    [
        (((1000, 5000), (1000, 5010)), 2, 0.0),  # nothing ran: both cores idle
        (((1000, 5000), (1005, 5010)), 2, 1.0),  # one core's worth busy
        (((1000, 5000), (1010, 5010)), 2, 2.0),
        (((1000, 5000), (1003, 5010)), 4, 1.2),
    ],
)
def test_busy_cores_from_two_readings(monkeypatch, readings, cpus, expected) -> None:
    monkeypatch.setattr(engine, "cpu_ticks", ticks(*readings))
    monkeypatch.setattr(engine.os, "cpu_count", lambda: cpus)
    assert engine.busy_cores(0.0) == pytest.approx(expected)


def test_without_proc_stat_the_load_average_less_this_process(monkeypatch) -> None:
    monkeypatch.setattr(engine, "cpu_ticks", ticks(None))
    monkeypatch.setattr(engine.os, "getloadavg", lambda: (2.5, 1.0, 1.0))
    assert engine.busy_cores(0.0) == pytest.approx(1.5)


def test_cpu_ticks_reads_this_machine() -> None:
    read = engine.cpu_ticks()
    if read is None:
        pytest.skip("no /proc/stat here")
    busy, total = read
    assert 0 <= busy <= total


@pytest.mark.parametrize(("busy", "expected"), [(0.0, 2), (0.4, 2), (0.7, 1), (1.0, 1), (2.0, 1)])
def test_idle_cores_of_two(monkeypatch, busy: float, expected: int) -> None:
    monkeypatch.setattr(engine, "busy_cores", lambda: busy)
    monkeypatch.setattr(engine, "cores", lambda: 2)
    assert engine.idle_cores() == expected
    big = Source(path="a.txt", text="x" * engine.AUTO_MIN_CHARS, encoding="utf-8")
    assert engine.with_jobs(BuildConfig(jobs="auto"), [big, big]).jobs == expected


def test_a_small_corpus_is_decided_without_a_sample(monkeypatch) -> None:
    def sampled() -> float:
        raise AssertionError("no sample below the thresholds")

    monkeypatch.setattr(engine, "busy_cores", sampled)
    small = Source(path="a.txt", text="x" * 100, encoding="utf-8")
    assert engine.with_jobs(BuildConfig(jobs="auto"), [small]).jobs == 1
    assert engine.writer_jobs(BuildConfig(jobs="auto"), [small]) == 1


def written(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_the_graph_is_built_once_by_the_forked_writer(tmp_path: Path) -> None:
    corpus = mini_corpus()
    builders = tmp_path / "builders"

    def graph() -> Any:
        with open(builders, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        return build_graph(corpus)

    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path / "one"), 1)
    write_outputs(graph, corpus, BuildConfig(out=tmp_path / "two"), 2)
    assert written(tmp_path / "two") == written(tmp_path / "one")
    pids = builders.read_text().split()
    assert len(pids) == 1 and (pids[0] != str(os.getpid())) == render.forked.can_fork()


def test_serial_writers_build_the_graph_when_first_needed(tmp_path: Path) -> None:
    corpus = mini_corpus()
    calls: list[int] = []

    def graph() -> Any:
        calls.append(1)
        return build_graph(corpus)

    write_outputs(graph, corpus, BuildConfig(out=tmp_path / "lazy"), 1)
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path / "given"), 1)
    assert calls == [1] and written(tmp_path / "lazy") == written(tmp_path / "given")


def test_the_corpus_only_writers_never_read_the_graph(tmp_path: Path) -> None:
    corpus = mini_corpus()
    names = set(render.CORPUS_ONLY)
    assert names < set(render.all_names())
    for name, writer in {**render.RENDERERS, **render.HTML_RENDERERS}.items():
        if name in names:
            writer(None, corpus, io.BytesIO())  # no graph given: must not need one
    render.FILE_WRITERS["ygraph.db"](None, corpus, tmp_path / "ygraph.db")
