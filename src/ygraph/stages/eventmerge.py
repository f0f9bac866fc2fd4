"""eventmerge: one node per real-world event across reports; years learnt across documents (STUB)."""

from __future__ import annotations

from ..model import BuildWarning, DocumentFacts, Event, Person


def infer_year_hints(facts: list[DocumentFacts]) -> dict[str, dict[int, int]]:
    """Years for articles whose year only another document gives: {path: {article index: year}}."""
    return {}


def merge_events(facts: list[DocumentFacts], people: list[Person]) -> tuple[list[Event], list[BuildWarning]]:
    return [e for f in facts for e in f.events], []
