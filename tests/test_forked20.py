"""The writers shared with forked copies of the build's process (``render.forked``, ``--jobs`` > 1): the same
bytes as one process; a writer failing or killed in a worker; a disk full in a worker; no fork beside a
thread; ``--jobs auto`` keeps small corpora in one process."""

from __future__ import annotations

import errno
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DATA, SEEDS
from invented_corpus import mini_corpus
from ygraph import BuildConfig, build, engine, render
from ygraph.corpus.graph import build_graph
from ygraph.errors import OutputError
from ygraph.model import Source
from ygraph.render import forked, output, write_outputs

WAIT_S = 20  # the parent waits this long at most for a worker to take a writer (never reached when it works)


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in (out / output.STATE).rglob("*.part"))


def wrap_writers(monkeypatch: pytest.MonkeyPatch, in_worker: Callable[[str], None], marker: Path) -> None:
    """Every writer: in a forked worker, ``in_worker(name)`` and a note in ``marker`` (name per line) before
    the real writer; in this process, the first writer waits for that note, so that at least one writer
    surely runs in a worker whatever the scheduling."""
    parent = os.getpid()
    waited: list[bool] = []

    def wrapped(real: Callable, name: str) -> Callable:
        def writer(g, corpus, target):
            if os.getpid() != parent:
                with open(marker, "a", encoding="utf-8") as fh:
                    fh.write(name + "\n")
                in_worker(name)
            elif not waited:
                waited.append(True)
                deadline = time.monotonic() + WAIT_S
                while not marker.exists() and time.monotonic() < deadline:
                    time.sleep(0.01)
            return real(g, corpus, target)

        return writer

    for table in (render.RENDERERS, render.HTML_RENDERERS, render.FILE_WRITERS):
        for name, real in list(table.items()):
            monkeypatch.setitem(table, name, wrapped(real, name))


def worker_names(marker: Path) -> list[str]:
    return marker.read_text(encoding="utf-8").split() if marker.exists() else []


@pytest.fixture(scope="module", params=["seeds", "dev"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One ``--jobs 1`` build (seeds, tests/data/dev): its corpus and its files."""
    out = tmp_path_factory.mktemp(f"jobs1-{request.param}")
    paths = (SEEDS,) if request.param == "seeds" else (DATA / "dev",)
    result = build(BuildConfig(paths=paths, out=out, jobs=1, cache=None))
    return result.corpus, files(out)


def test_two_processes_write_the_same_bytes_as_one(built, tmp_path: Path, monkeypatch) -> None:
    corpus, expected = built
    marker = tmp_path / "worker"
    wrap_writers(monkeypatch, lambda name: None, marker)
    warnings: list = []
    written = write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path / "out"), 2, warnings)
    assert files(tmp_path / "out") == expected and warnings == []
    assert sorted(p.name for p in written) == sorted(expected)
    assert worker_names(marker), f"no writer ran in a worker; threads: {threading.enumerate()}"
    assert set(worker_names(marker)) < set(expected)  # this process wrote some too
    assert leftovers(tmp_path / "out") == []


def test_a_writer_failing_in_a_worker_is_w053_and_the_rest_is_written(built, tmp_path, monkeypatch) -> None:
    corpus, expected = built
    marker = tmp_path / "worker"

    def fail(name: str) -> None:
        if worker_names(marker) == [name]:  # the worker's first writer
            raise ValueError(f"broken writer of {name}")

    wrap_writers(monkeypatch, fail, marker)
    warnings: list = []
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path / "out"), 2, warnings)
    first = worker_names(marker)[0]
    assert [(w.code, w.file) for w in warnings] == [("W053", first)]
    assert f"ValueError: broken writer of {first}" in warnings[0].message
    assert files(tmp_path / "out") == {k: v for k, v in expected.items() if k != first}
    assert leftovers(tmp_path / "out") == []


def test_a_worker_killed_mid_write_costs_time_not_outputs(built, tmp_path, monkeypatch) -> None:
    corpus, expected = built
    marker = tmp_path / "worker"

    def die(name: str) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    wrap_writers(monkeypatch, die, marker)
    warnings: list = []
    write_outputs(build_graph(corpus), corpus, BuildConfig(out=tmp_path / "out"), 2, warnings)
    assert len(worker_names(marker)) == 1  # the worker died at its first writer, which was written here
    assert files(tmp_path / "out") == expected and warnings == []
    assert leftovers(tmp_path / "out") == []


def test_disk_full_in_a_worker_stops_the_build_and_keeps_the_previous_outputs(tmp_path, monkeypatch) -> None:
    corpus = mini_corpus()
    config = BuildConfig(out=tmp_path / "out")
    write_outputs(build_graph(corpus), corpus, config)
    before = files(config.out)
    marker = tmp_path / "worker"

    def full(name: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", name)

    wrap_writers(monkeypatch, full, marker)
    with pytest.raises(OutputError, match="no space left"):
        write_outputs(build_graph(corpus), corpus, config, 2)
    assert worker_names(marker)
    assert files(config.out) == before
    assert [p.name for p in (config.out / output.STATE).iterdir() if p.name.startswith("build-")] == [
        os.readlink(config.out / output.STATE / output.CURRENT)
    ]


def test_no_fork_beside_another_thread(tmp_path: Path) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forked.can_fork()
        ran: list[tuple[str, int]] = []
        outcome = forked.run_writers(["b", "a", "c"], lambda name: ran.append((name, os.getpid())), 3)
    finally:
        stop.set()
        thread.join()
    assert outcome.children == 0 and ran == [("b", os.getpid()), ("a", os.getpid()), ("c", os.getpid())]
    assert forked.can_fork()


def test_the_costliest_writers_are_taken_first() -> None:
    names = sorted([*render.selected(True), *render.FILE_WRITERS])
    order = render.by_cost(names)
    assert order[:2] == ["ygraph.db", "graph.html"] and sorted(order) == names
    assert order[len(render.BY_COST) :] == sorted(set(names) - set(render.BY_COST))


def test_run_writers_forks_no_more_processes_than_names(tmp_path: Path) -> None:
    outcome = forked.run_writers(["only"], lambda name: (tmp_path / name).write_text(str(os.getpid())), 4)
    assert outcome.children == 0 and outcome.done == {"only"}
    assert (tmp_path / "only").read_text() == str(os.getpid())


def source(chars: int) -> Source:
    return Source(path="a.txt", text="x" * chars, encoding="utf-8")


@pytest.mark.parametrize(
    ("jobs", "engine_name", "chars", "idle", "expected"),
    [
        ("auto", "local", engine.AUTO_WRITE_MIN_CHARS - 1, 2, 1),  # small: one process
        ("auto", "local", engine.AUTO_WRITE_MIN_CHARS, 2, 2),  # large, two idle cores
        ("auto", "local", engine.AUTO_WRITE_MIN_CHARS * 10, 1, 1),  # large, cores busy
        (1, "local", engine.AUTO_WRITE_MIN_CHARS * 10, 2, 1),
        (3, "local", 10, 1, 3),  # as given
        (2, "dask", engine.AUTO_WRITE_MIN_CHARS * 10, 2, 1),  # Dask's threads: no fork
    ],
)
def test_writer_jobs(monkeypatch, jobs, engine_name, chars, idle, expected) -> None:
    monkeypatch.setattr(engine, "idle_cores", lambda: idle)
    config = BuildConfig(jobs=jobs, engine=engine_name)
    assert engine.writer_jobs(config, [source(chars)]) == expected


def test_a_file_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    generation = output.Generation(tmp_path, tmp_path)

    def half(fh) -> None:
        fh.write(b"half")
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        generation.write("a.json", half)
    def half_path(path: Path) -> None:
        path.write_bytes(b"half")
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        generation.write_path("b.db", half_path)
    generation.write("c.json", lambda fh: fh.write(b"whole"))
    assert sorted(p.name for p in generation.path.iterdir()) == ["c.json"]
    assert (generation.path / "c.json").read_bytes() == b"whole"


def test_an_interrupted_build_stops_its_workers_before_it_unwinds(tmp_path: Path) -> None:
    parent, marker = os.getpid(), tmp_path / "worker"

    def write(name: str) -> None:
        if os.getpid() != parent:  # a worker that would write for ten minutes
            marker.write_text(str(os.getpid()))
            time.sleep(600)
        deadline = time.monotonic() + WAIT_S
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise KeyboardInterrupt  # Ctrl-C or the CLI's SIGTERM, in this process

    def waited(signum, frame) -> None:  # a guard: the worker must be stopped, not waited for
        raise AssertionError("the build waited for a worker instead of stopping it")

    previous = signal.signal(signal.SIGALRM, waited)
    signal.alarm(120)
    try:
        with pytest.raises(KeyboardInterrupt):
            forked.run_writers(["a", "b"], write, 2)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(int(marker.read_text()), 0)


def test_the_dask_engine_on_threads_leaves_no_thread_behind(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    before = threading.active_count()
    build(BuildConfig(paths=(DATA / "dev",), out=tmp_path / "out", jobs=1, engine="dask", cache=None))
    assert threading.active_count() == before


def test_a_fork_that_fails_leaves_the_writers_to_this_process(tmp_path: Path, monkeypatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(forked.os, "fork", no_fork)
    outcome = forked.run_writers(["a", "b"], lambda name: (tmp_path / name).write_text(name), 2)
    assert outcome.children == 0 and outcome.done == {"a", "b"} and outcome.os_error is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
