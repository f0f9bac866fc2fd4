"""Rewriting text while keeping its offset map: the one place that closes a rewrite.

Every cleaning step returns the new text with an ``array`` that maps each of its characters to an offset in
the original file; these helpers keep the two in step.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable


def close_rewrite(parts: list[str], new: array, text: str, offsets: array, copied: int) -> tuple[str, array]:
    """Close a rewrite that copied ``text`` up to ``copied``: the rest as is (or the input, if untouched)."""
    if not parts:
        return text, offsets
    parts.append(text[copied:])
    new.extend(offsets[copied:])
    return "".join(parts), new


def cut_spans(text: str, offsets: array, spans: Iterable[tuple[int, int]]) -> tuple[str, array]:
    """``text`` without the sorted ``spans`` (a span that starts inside a cut one is skipped), offsets kept."""
    parts: list[str] = []
    new = array("l")
    copied = 0
    for start, end in spans:
        if start < copied:
            continue
        parts.append(text[copied:start])
        new.extend(offsets[copied:start])
        copied = end
    return close_rewrite(parts, new, text, offsets, copied)
