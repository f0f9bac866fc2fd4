"""Independent writers run by forked copies of this process beside it (``--jobs`` > 1).

A forked child holds the graph and the corpus already (copy on write: nothing is pickled, and the heap was
frozen out of the collector's view, so reading it copies few pages). The names are handed out through a
pipe holding one byte per task: each process (this one included) reads the next byte, so the costliest
writers, listed first, start first and a busy process takes fewer. A child reports each finished name on
its own pipe and leaves with ``os._exit`` (none of this process's clean-up runs twice).

Only a process running one thread forks (a thread holding a lock at the fork would leave the child's copy
locked); otherwise, and where ``os.fork`` is missing or unsafe (macOS), every writer runs here, in order.
Whatever runs where, the outcome is the same: a writer that raises is recorded (its message), an
``OSError`` (disk full) is raised here once every child has ended, and a task that a child claimed but
never reported (the child was killed) is run again here.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field

Write = Callable[[str], object]
MAX_MESSAGE = 300  # characters of a failed writer's message kept for its warning


@dataclass
class Outcome:
    """What became of each name: written, failed (its message), or a file-system error to raise."""

    failed: dict[str, str] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)
    os_error: OSError | None = None
    children: int = 0  # forked processes that ran writers


def can_fork() -> bool:
    """Forking this process is safe: a platform with ``fork`` (not macOS, where system libraries may not
    survive it) and no other thread (a thread holding a lock at the fork leaves the child's copy locked; the
    CLI's progress bar redraws from a thread). The one test for the writers here and ``engine.worker_pool``."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def run_writers(names: Sequence[str], write: Write, jobs: int, first_child: Collection[str] = ()) -> Outcome:
    """``write(name)`` for every name: in this process and ``jobs - 1`` forked ones (fewer when there are
    fewer names, none when forking is not safe). The names in ``first_child`` (the writers that need the
    graph, built by the first process that asks for it) go to the first forked process, which then helps
    with the others; this process and the other children take the others, then (children only) what is
    left of the first child's. Without a child, every name runs here, in order, those not in ``first_child``
    first (``apart_first``): the graph is built only once the writers that never read it are done."""
    outcome = Outcome()
    forks = min(jobs, len(names)) - 1 if can_fork() else 0
    if forks <= 0 or len(names) > 255:
        _run_here(apart_first(names, first_child), write, outcome)
        _raise(outcome)
        return outcome
    own = _task_pipe([i for i, n in enumerate(names) if n in first_child])
    shared = _task_pipe([i for i, n in enumerate(names) if n not in first_child])
    children: dict[int, int] = {}  # pid -> the read end of its report pipe
    try:
        for k in range(forks):
            report_r, report_w = os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no process left to start (EAGAIN, ENOMEM): fewer writers, same outputs
                os.close(report_r)
                os.close(report_w)
                break
            if pid == 0:  # pragma: no cover - the child (its work is checked through the parent)
                _child(names, write, (own, shared) if k == 0 else (shared, own), report_w)
            os.close(report_w)
            children[pid] = report_r
        outcome.children = len(children)
        _run_here((names[i] for i in _claims(shared)), write, outcome)  # one claim at a time
        for _ in _claims(shared):  # after a file-system error here: none left for the children
            pass
        if outcome.os_error is not None:
            for _ in _claims(own):
                pass
    finally:
        os.close(own)
        os.close(shared)
        _collect(children, names, outcome)
    _run_here([n for n in names if n not in outcome.done and n not in outcome.failed], write, outcome)
    _raise(outcome)
    return outcome


def apart_first(names: Sequence[str], first_child: Collection[str]) -> list[str]:
    """``names`` in order, those not in ``first_child`` first. In one process, the graph (built by the first
    writer that reads it) and the corpus are then alive together only for the writers that read the graph,
    not under the transient peaks of the others (docs/performance.md, twenty-second session)."""
    return [n for n in names if n not in first_child] + [n for n in names if n in first_child]


def _task_pipe(tasks: list[int]) -> int:
    """The read end of a pipe holding one byte per task (its number), closed for writing."""
    tasks_r, tasks_w = os.pipe()
    os.write(tasks_w, bytes(tasks))
    os.close(tasks_w)
    return tasks_r


def _claims(tasks_r: int) -> Iterator[int]:
    """The next task's number, one byte at a time from the shared pipe, until it is empty."""
    while True:
        byte = os.read(tasks_r, 1)
        if not byte:
            return
        yield byte[0]


def _run_here(names: Iterable[str], write: Write, outcome: Outcome) -> None:
    for name in names:
        if outcome.os_error is not None:
            return
        result = _attempt(write, name)
        _record(outcome, name, result)


def _attempt(write: Write, name: str) -> list[object]:
    """``["ok"]``, ``["error", message]`` or ``["os", errno, strerror, filename]``: JSON for a child's report."""
    try:
        write(name)
    except OSError as exc:
        return ["os", exc.errno, exc.strerror or str(exc), exc.filename]
    except Exception as exc:  # a writer's own failure: its output is left out, with a warning
        return ["error", f"{type(exc).__name__}: {exc}"[:MAX_MESSAGE]]
    return ["ok"]


def _record(outcome: Outcome, name: str, result: list[object]) -> None:
    if result[0] == "ok":
        outcome.done.add(name)
    elif result[0] == "error":
        outcome.failed[name] = str(result[1])
    elif outcome.os_error is None:
        errno_, strerror, filename = result[1:]
        outcome.os_error = OSError(errno_, strerror, filename)


def _child(
    names: Sequence[str], write: Write, pipes: tuple[int, int], report_w: int
) -> None:  # pragma: no cover
    status = 70
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent handles an interruption; a child just ends
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for i in (i for pipe in pipes for i in _claims(pipe)):
            result = _attempt(write, names[i])
            os.write(report_w, (json.dumps([i, *result]) + "\n").encode("utf-8"))
            if result[0] == "os":
                break
        status = 0
    finally:
        os._exit(status)


def _collect(children: dict[int, int], names: Sequence[str], outcome: Outcome) -> None:
    """Every child's reports, then its end. When this process is unwinding (an exception, a signal), or is
    interrupted while it waits, the children are stopped first: none may write into a folder being removed."""
    if sys.exc_info()[1] is not None:
        _stop(children)
    try:
        while children:
            pid, report_r = next(iter(children.items()))
            data = _read_all(report_r)
            del children[pid]
            os.close(report_r)
            os.waitpid(pid, 0)
            for line in data.decode("utf-8").splitlines():
                i, *result = json.loads(line)
                _record(outcome, names[i], result)
    except BaseException:
        _stop(children)
        raise


def _stop(children: dict[int, int]) -> None:
    for pid, report_r in list(children.items()):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(report_r)
        del children[pid]


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _raise(outcome: Outcome) -> None:
    if outcome.os_error is not None:
        raise outcome.os_error
