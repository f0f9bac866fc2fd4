"""read: find input files and decode them into :class:`~ygraph.model.Source`.

Decoding: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8 (fast, the common
case); otherwise charset-normalizer picks among the legacy encodings (GB18030/GBK, Big5, ...). Files that
cannot be read, are empty, look binary or decode to nothing sensible are skipped with a coded warning.
User dates: ``--pub-date`` for every file, or per file from a ``dates.tsv`` manifest (which wins).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import warn
from ..model import BuildWarning, Source
from ..text.discover import SUFFIXES, InputFile, find_inputs
from .manifest import Manifests

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE = ("utf_16_le", "utf_16_be")
_PLAIN = re.compile(
    r"[\t\n\r -~\u00a0-\u00ff\u2014-\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
)
_MIN_PLAIN_SHARE = 0.9
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_MAX_CONTROL_SHARE = 0.01  # a text file has (almost) no control characters or replacement marks
# UTF-8 with at most 3 (or 0.1 %) invalid sequences is damaged UTF-8, not another encoding (GB18030 or Big5
# read as UTF-8 fail on nearly every character); too short a file proves nothing either way
_MAX_DAMAGE_SHARE = 0.001
_MIN_DAMAGED_LENGTH = 200


class Unreadable(Exception):
    """A file skipped: ``code`` is its warning code."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail)
        self.code = code


class DamagedUtf8(Exception):
    """UTF-8 with a few invalid bytes: the text (with U+FFFD) is usable, with a W007 warning."""

    def __init__(self, text: str, n_bad: int) -> None:
        super().__init__(f"{n_bad} invalid byte sequence(s)")
        self.text = text


def discover(paths: list[Path], follow_outside_links: bool = False) -> list[InputFile]:
    """Input files under ``paths`` (files and folders, recursive), sorted by id (see ``text.discover``)."""
    return find_inputs(paths, follow_outside_links)[0]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a file's bytes; raises :class:`Unreadable` (W002–W004)."""
    if not data.strip():
        raise Unreadable("W003")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding).lstrip("\ufeff")), encoding
            except UnicodeDecodeError as exc:
                raise Unreadable("W002", f"{encoding} with a byte-order mark, but {exc.reason}") from exc
    if b"\x00" in data:
        return _wide_without_bom(data)
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    n_bad = damaged.count("\ufffd")
    if len(damaged) >= _MIN_DAMAGED_LENGTH and n_bad <= max(3, _MAX_DAMAGE_SHARE * len(damaged)):
        raise DamagedUtf8(_checked(damaged), n_bad)
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or not _plain(str(best)):
        raise Unreadable("W002", "not UTF-8, and no known encoding fits")
    return _checked(str(best)), best.encoding.replace("_", "-")


def _plain(text: str) -> bool:
    """Nearly all Chinese, Latin, digits and punctuation: what a decoded news text is."""
    return bool(text) and len(_PLAIN.findall(text)) >= _MIN_PLAIN_SHARE * len(text)


def _wide_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 without a byte-order mark, if charset-normalizer finds it and the text is nearly all Chinese,
    ASCII and punctuation (binary data read as UTF-16 is characters of every script); else W004."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_WIDE)).best()
    text = str(best) if best is not None else ""
    if not _plain(text):
        raise Unreadable("W004", "NUL bytes")
    try:
        return _checked(text), best.encoding.replace("_", "-")
    except Unreadable as exc:
        raise Unreadable("W004", "NUL bytes") from exc


def _checked(text: str) -> str:
    if not text.strip():
        raise Unreadable("W003")
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise Unreadable("W004", f"{controls} control characters")
    return text


def read_all(
    files: Sequence[InputFile | tuple[Path, str]], pub_date: str | None
) -> tuple[list[Source], list[BuildWarning]]:
    """Decoded sources (in the order of ``files``) and the warnings of the files skipped."""
    sources: list[Source] = []
    warnings: list[BuildWarning] = []
    manifests = Manifests()
    for item in files:
        path, doc_id = item[0], item[1]
        if path.suffix.lower() not in SUFFIXES:  # a file named directly on the command line
            warnings.append(warn("W005", doc_id, f"{path.suffix or 'no suffix'} (give .txt or .md)"))
            continue
        where = (item.root, item.base) if isinstance(item, InputFile) else (None, None)
        user_date = manifests.date_for(path, doc_id, *where) or pub_date
        try:
            text, encoding = decode(path.read_bytes())
        except DamagedUtf8 as exc:
            text, encoding = exc.text, "utf-8"
            warnings.append(warn("W007", doc_id, str(exc)))
        except OSError as exc:
            warnings.append(warn("W001", doc_id, exc.strerror or str(exc)))
            continue
        except Unreadable as exc:
            warnings.append(warn(exc.code, doc_id, str(exc)))
            continue
        fmt = "md" if path.suffix.lower() == ".md" else "txt"
        sources.append(Source(path=doc_id, text=text, encoding=encoding, fmt=fmt, user_date=user_date))
    warnings.extend(manifests.warnings())
    return sources, warnings
