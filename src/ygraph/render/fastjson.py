"""JSON through orjson (a C library) where its bytes are the standard encoder's: facts.json, graph.html's
data, report.json and timeline.json.

orjson writes strings, integers, ``true``/``false``/``null``, lists and sorted dicts exactly as
``json.dumps(ensure_ascii=False, sort_keys=True)`` does, compact or with ``indent=2`` (checked on the ASCII
and separator code points and on generated values, tests/test_fastjson.py). It differs on floats (``1e16``
against ``1e+16``, ``null`` for NaN), so it is used only for values that hold none: the model's facts, the
page's entries (positions are rounded to integers), the report's counts and the timeline's slides.
Dataclasses reach it as dicts of their fields in key order, which is what ``dataclasses.asdict`` and
``sort_keys`` give. Anything orjson refuses (integers beyond 64 bits, lone surrogates, non-string keys) is
written by the pure-Python writers instead, batch by batch, with their bytes. Without orjson installed, the
pure-Python writers do everything.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any, BinaryIO

from .jsonwrite import JsonWriter, compact_json, field_reader, sorted_field_names
from .output import dump_json

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the writers stay correct without it
    orjson = None

BATCH = 2000  # items per orjson call: bounded memory, few calls
BATCH_BYTES = 1 << 20  # facts.json's text gathered before a write (``_write_batches``)


@cache
def _reader(cls: type) -> Callable[[Any], dict[str, Any]]:
    """A dataclass's values as the dict of its fields in key order (made once per class)."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is not JSON serializable")
    names, read = sorted_field_names(cls), field_reader(cls)
    return lambda value: dict(zip(names, read(value), strict=True))


def _members(value: Any) -> dict[str, Any]:
    """orjson's ``default``: a dataclass as the dict of its fields in key order (``plain`` without copies)."""
    return _reader(type(value))(value)


def sort_by_json(values: Sequence[Any]) -> list[Any]:
    """``sorted(values, key=json.dumps(plain(v), ensure_ascii=False, sort_keys=True))`` for values without
    floats. orjson's compact text orders the same: the two texts differ only by the space json puts after
    every separator outside strings, and two texts that agree up to a separator agree on that space too
    (UTF-8 bytes order as code points do)."""
    if orjson is not None:
        option = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS
        try:
            keys = [orjson.dumps(v, default=_members, option=option) for v in values]
        except (orjson.JSONEncodeError, TypeError):
            pass
        else:
            return [v for _, v in sorted(zip(keys, values, strict=True), key=itemgetter(0))]
    return sorted(values, key=compact_json)


def _indented_items(items: Sequence[Any]) -> bytes:
    """``items`` as the members of a list at depth 2 (``\\n    item,\\n    item``), as ``JsonWriter`` writes them."""
    if orjson is not None:
        try:
            text = orjson.dumps(
                items,
                default=_members,
                option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS,
            )
        except (orjson.JSONEncodeError, TypeError):
            pass
        else:  # "[\n  item,\n  item\n]" one level deeper: JSON text holds no raw line break but these
            return b"\n    " + text[4:-2].replace(b"\n", b"\n  ")
    buffer = io.BytesIO()
    writer = JsonWriter(buffer)
    writer.array(items, "\n  ")
    writer.flush()
    return buffer.getvalue()[1:-4]  # without "[" and "\n  ]"


def write_lists(value: Mapping[str, Sequence[Any]], fh: BinaryIO) -> None:
    """``dump_json(plain(value))`` for a dict of lists whose items hold no floats, a batch at a time."""
    if not value:
        fh.write(b"{}\n")
        return
    for i, (key, items) in enumerate(sorted(value.items())):
        if type(key) is not str:
            raise TypeError(f"JSON keys here are strings, not {type(key).__name__}")
        fh.write((("{\n  " if i == 0 else ",\n  ") + encode_basestring(key) + ": ").encode("utf-8"))
        if not items:
            fh.write(b"[]")
            continue
        _write_batches(items, fh)
        fh.write(b"\n  ]")
    fh.write(b"\n}\n")


def _write_batches(items: Sequence[Any], fh: BinaryIO) -> None:
    """``items`` as ``[`` and the members of a list at depth 2 (``_indented_items``), written once about
    ``BATCH_BYTES`` of text is gathered. Each item is encoded alone: one may be hundreds of kilobytes (a person
    with every role's evidence) and the next a hundred bytes, so a count of items bounds nothing, and a
    batch's text with its indented copy was the writer's peak memory (docs/performance.md, twenty-second
    session). The bytes do not depend on the batches."""
    pending: list[bytes] = []
    size = 0
    for i, item in enumerate(items):
        text = _indented_items((item,))
        pending.append(b"," if i else b"[")
        pending.append(text)
        size += len(text)
        if size >= BATCH_BYTES:
            fh.write(b"".join(pending))
            pending.clear()
            size = 0
    fh.write(b"".join(pending))


def dump_indented(value: Any) -> bytes:
    """``output.dump_json(value)`` for a value of dicts, lists, strings, integers and literals, no floats."""
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        except (orjson.JSONEncodeError, TypeError):
            pass
    return dump_json(value)


def compact_arrays(entries: Iterator[dict[str, Any]], fallback: Callable[[Any], str]) -> Iterator[str]:
    """``[entry,entry]`` with each entry as ``json.dumps(sort_keys=True, separators=(",", ":"))`` writes it
    (``fallback`` when orjson cannot), in pieces of ``BATCH`` entries; entries hold no floats."""
    yield "["
    first = True
    batch: list[dict[str, Any]] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= BATCH:
            yield ("" if first else ",") + _compact(batch, fallback)
            first, batch = False, []
    if batch:
        yield ("" if first else ",") + _compact(batch, fallback)
    yield "]"


def _compact(batch: list[dict[str, Any]], fallback: Callable[[Any], str]) -> str:
    if orjson is not None:
        try:
            return orjson.dumps(batch, option=orjson.OPT_SORT_KEYS).decode("utf-8")[1:-1]
        except (orjson.JSONEncodeError, TypeError):
            pass
    return ",".join(map(fallback, batch))
