"""File names as ygraph stores and prints them: any bytes in, valid text out, nothing a terminal would run.

A file name is bytes. Python hands names that are not UTF-8 (a GBK name from a Windows zip) over as lone
surrogates, which no UTF-8 writer accepts; control characters in a name (an escape sequence) would reach a
terminal. :func:`document_id` turns a relative path into the id stored in every output, :func:`printable`
makes any message safe to print. Both spell an undecodable byte ``\\xNN``, so the id still says which bytes
the name had.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# C0 and C1 controls, DEL, lone surrogates, and the invisible characters that reorder or hide text
# (bidirectional overrides and isolates, marks, zero-width joiners, the byte-order mark)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode hands it over
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters, invisible reordering marks and undecodable bytes escaped."""
    return _UNSAFE.sub(_escape, text)


def document_id(relative: str | PurePath) -> str:
    """The id of a document: its relative path with ``/`` separators, printable, valid UTF-8.

    Backslashes are doubled first, so two different names never give the same id.
    """
    text = relative.as_posix() if isinstance(relative, PurePath) else relative
    return printable(text.replace("\\", "\\\\"))
