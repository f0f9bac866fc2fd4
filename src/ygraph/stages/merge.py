"""merge: corpus-level resolution of people, events, successions and conflicts (STUB)."""

from __future__ import annotations

from ..model import BuildWarning, Corpus, DocumentFacts


def infer_year_hints(facts: list[DocumentFacts]) -> dict[str, dict[int, int]]:
    """Years for articles whose year only another document gives: {path: {article index: year}}."""
    return {}


def merge(facts: list[DocumentFacts], read_warnings: tuple[BuildWarning, ...]) -> Corpus:
    warnings = list(read_warnings)
    for f in facts:
        warnings.extend(f.warnings)
    return Corpus(
        documents=tuple(f.document for f in facts),
        people=tuple(p for f in facts for p in f.people),
        roles=tuple(r for f in facts for r in f.roles),
        events=tuple(e for f in facts for e in f.events),
        successions=(),
        conflicts=(),
        warnings=tuple(warnings),
        unresolved_times=tuple(p for f in facts for p in f.unresolved_times),
    )
