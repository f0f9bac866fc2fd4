"""clean: normalized text plus an offset map back to the original (STUB: identity)."""

from __future__ import annotations

from array import array

from ..model import Document, Source


def clean(source: Source) -> Document:
    offsets = array("l", range(len(source.text) + 1))
    return Document(source=source, text=source.text, offsets=offsets)
