"""The per-document stages shared by this process and a pool of worker processes (``--jobs`` N: N − 1
workers and this process).

The workers take chunks from the front of the list and this process takes one document at a time from
the back, until they meet. This process's own documents are never pickled, it is working while the pool
starts (importing the stages, compiling the rules), and it decodes the workers' results between two of its
documents instead of competing with them for a core. The chunks shrink as the list empties (guided
scheduling: a share of what is left), so the last chunk a worker runs is small and the two ends finish
close together. Results are put back in input order: the outputs are the same whoever ran a document.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager

from .model import DocumentFacts, Source
from .pipeline import process_document

Progress = Callable[[int, int, str], None]
Item = tuple[Source, Mapping[int, int] | None]
# A chunk is this share of the documents left divided by the processes (this one included): large early
# (one pickling round trip for many documents), one or two documents at the end.
GUIDED_SHARE = 4
MAX_CHUNK = 16
# Chunks waiting or running per worker: one queued behind the running one, so a worker never waits for
# this process to hand it the next (this process checks between two of its own documents).
IN_FLIGHT_PER_WORKER = 2


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while cache entries or workers' results are decoded, nor during the
    corpus steps: an entry or a result is a tree of model objects (no cycles to find), yet the collector's
    passes over the growing heap were a quarter of the decoding time; merge and graph (10 MB) spent 0.9 of
    4.4 CPU s in the collector (three full passes among 1,600 passes) and leave 8 objects in cycles, the
    writers 85. The per-document stages leave none (150 documents of the 10 MB corpus: 0 objects found by
    a collection after each), so a shared map pauses it for its whole length: the results are unpickled by
    the executor's thread while this process extracts. Reference counting frees everything else as usual;
    the collector's previous state is restored (and finds those few objects then)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def process_items(items: Sequence[Item]) -> list[DocumentFacts]:
    """The per-document stages over a chunk of (source, year hints), in order."""
    return [process_document(source, hint) for source, hint in items]


def items_of(sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]]) -> list[Item]:
    return [(s, dict(hints[s.path]) if s.path in hints else None) for s in sources]


def guided_size(left: int, processes: int) -> int:
    """The next chunk's length when ``left`` documents are not yet handed out."""
    return max(1, min(MAX_CHUNK, math.ceil(left / (processes * GUIDED_SHARE))))


class SharedEngine:
    """``workers`` processes of ``executor`` from the front of the list, this process from the back."""

    def __init__(self, executor: Executor, workers: int) -> None:
        self.executor = executor
        self.workers = workers

    def map(
        self, sources: Sequence[Source], hints: Mapping[str, Mapping[int, int]], progress: Progress | None
    ) -> list[DocumentFacts]:
        with collector_paused():
            return self._map(_Run(items_of(sources, hints), progress))

    def _map(self, run: _Run) -> list[DocumentFacts]:
        while run.front < run.back:
            while len(run.pending) < self.workers * IN_FLIGHT_PER_WORKER and run.front < run.back:
                size = guided_size(run.back - run.front, self.workers + 1)
                chunk = (run.front, min(run.back, run.front + size))
                run.pending[self.executor.submit(process_items, run.items[chunk[0] : chunk[1]])] = chunk
                run.front = chunk[1]
            if run.front < run.back:
                run.back -= 1
                run.put(run.back, process_items([run.items[run.back]]))
            run.collect(wait=False)
        run.collect(wait=True)
        facts = [f for f in run.results if f is not None]
        if len(facts) != len(run.results):  # every chunk's result is collected above: a bug, never silent
            raise RuntimeError(f"shared map: {len(run.results) - len(facts)} documents without a result")
        return facts


class _Run:
    """One map: the items, the two ends, the chunks handed out and the results in input order."""

    def __init__(self, items: list[Item], progress: Progress | None) -> None:
        self.items = items
        self.front, self.back = 0, len(items)
        self.pending: dict[Future[list[DocumentFacts]], tuple[int, int]] = {}
        self.results: list[DocumentFacts | None] = [None] * len(items)
        self.done = 0
        self.progress = progress

    def put(self, start: int, facts: list[DocumentFacts]) -> None:
        self.results[start : start + len(facts)] = facts
        self.done += len(facts)
        if self.progress:
            self.progress(self.done, len(self.items), self.items[start + len(facts) - 1][0].path)

    def collect(self, wait: bool) -> None:
        """The finished chunks' results (every chunk's with ``wait``, in the order they were handed out)."""
        for future, (start, _) in list(self.pending.items()):
            if wait or future.done():
                facts = future.result()
                del self.pending[future]
                self.put(start, facts)
