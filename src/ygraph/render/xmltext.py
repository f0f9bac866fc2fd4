"""Streaming XML text for the graph writers: escaping as ElementTree does it, batched UTF-8 output.

The writers emit the same bytes ElementTree (networkx's writers, ``prettyprint=True``) produced, without
building a tree of the whole graph.
"""

from __future__ import annotations

import re
from typing import BinaryIO

XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"

# Characters XML 1.0 forbids; graph.clean_text removes them upstream, this is the last guard.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape_attr(text: str) -> str:
    """An attribute value, escaped like ElementTree's ``_escape_attrib``."""
    text = escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def escape_text(text: str) -> str:
    """Character data, escaped like ElementTree's ``_escape_cdata``."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def leaf(tag: str, attrs: str, text: str = "") -> str:
    """``<tag attrs>text</tag>``, or ``<tag attrs />`` when there is no text (as ElementTree writes it)."""
    return f"<{tag}{attrs}>{escape_text(text)}</{tag}>" if text else f"<{tag}{attrs} />"


class TextSink:
    """Collects text pieces and writes them to a binary file as UTF-8 in large batches."""

    def __init__(self, fh: BinaryIO, batch: int = 4096) -> None:
        self.fh = fh
        self.batch = batch
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        if len(self.parts) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.fh.write(_INVALID.sub("", "".join(self.parts)).encode("utf-8"))
            self.parts = []
