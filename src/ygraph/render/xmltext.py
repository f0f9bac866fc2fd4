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


# (character, entity) in ElementTree's order; `in` before `replace` because most values need none.
_TEXT_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_ENTITIES = (*_TEXT_ENTITIES, ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escape(text: str, entities: tuple[tuple[str, str], ...]) -> str:
    for char, entity in entities:
        if char in text:
            text = text.replace(char, entity)
    return text


def escape_attr(text: str) -> str:
    """An attribute value, escaped like ElementTree's ``_escape_attrib``."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "\r" in text or "\n" in text or "\t" in text:
        return _escape(text, _ATTR_ENTITIES)
    return text  # most values (tested inline: a loop over the entities cost more than the escaping)


def escape_text(text: str) -> str:
    """Character data, escaped like ElementTree's ``_escape_cdata``."""
    return _escape(text, _TEXT_ENTITIES) if "&" in text or "<" in text or ">" in text else text


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
            self.fh.write(valid_utf8("".join(self.parts)))
            self.parts = []


# The characters ``_INVALID`` removes: the control characters, whose UTF-8 bytes are never part of another
# character's, U+FFFE and U+FFFF (looked for in the text), and the surrogates, which do not encode.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def valid_utf8(text: str) -> bytes:
    """``_INVALID.sub("", text).encode("utf-8")``, checked with C scans first (about half the time of the
    expression over the 20-30 MB of a graph file, which nearly never holds such a character)."""
    if "\ufffe" not in text and "\uffff" not in text:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a surrogate
            pass
        else:
            if len(data.translate(None, _CONTROL_BYTES)) == len(data):
                return data
    return _INVALID.sub("", text).encode("utf-8")
