"""temporal: time expressions and article dates (STUB: finds nothing)."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import BuildWarning, Document, Provenance


def date_document(doc: Document, year_hints: Mapping[int, int]) -> Document:
    return doc


def unresolved_times(doc: Document) -> tuple[Provenance, ...]:
    return ()


def date_warnings(doc: Document) -> tuple[BuildWarning, ...]:
    return ()
