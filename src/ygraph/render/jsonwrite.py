"""Indented JSON written as it is produced, with the bytes of ``output.dump_json``.

``json.dumps(indent=2)`` runs the pure-Python encoder, and ``dataclasses.asdict`` deep-copies every fact
first; for facts.json (tens of thousands of facts) both cost seconds. Here dataclasses are read field by field
and leaves are encoded by the C string encoder.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable
from functools import cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import attrgetter
from typing import Any, BinaryIO


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def sorted_field_names(cls: type) -> tuple[str, ...]:
    return tuple(sorted(field_names(cls)))


@cache
def field_reader(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """The values of a dataclass's fields in ``sorted_field_names`` order, as a tuple (one C call)."""
    names = sorted_field_names(cls)
    return attrgetter(*names) if len(names) > 1 else lambda v: (getattr(v, names[0]),)


def plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives for a dataclass (and lists, tuples, dicts of them), without copying leaves."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def compact_json(value: Any) -> str:
    """``json.dumps(plain(value), ensure_ascii=False, sort_keys=True)`` without copying the value first
    (facts.json orders successions and conflicts by it: thousands of facts with their provenance); one
    encoder per type, made at its first value (strings and integers, most leaves, without a look-up)."""
    cls = type(value)
    if cls is str:
        return encode_basestring(value)
    if cls is int:
        return int.__repr__(value)
    return _compact_encoder(cls)(value)


@cache
def _compact_encoder(cls: type) -> Callable[[Any], str]:
    if cls is str:
        return encode_basestring
    if cls is int:
        return int.__repr__
    if cls is bool or cls is type(None):
        return _LITERALS.__getitem__
    if issubclass(cls, (list, tuple)):
        return lambda v: "[" + ", ".join(map(compact_json, v)) + "]"
    if dataclasses.is_dataclass(cls):
        names = sorted_field_names(cls)
        if not names:
            return lambda v: "{}"
        keys = [encode_basestring(name) + ": " for name in names]
        read = field_reader(cls)
        return lambda v: "{" + ", ".join([k + compact_json(x) for k, x in zip(keys, read(v), strict=True)]) + "}"
    if issubclass(cls, dict):
        return _compact_dict
    return _leaf  # strings, integers, floats (and their subclasses, as json writes them)


def _compact_dict(value: dict) -> str:
    if not all(type(k) is str for k in value):  # keys json turns into strings itself
        return json.dumps(plain(value), ensure_ascii=False, sort_keys=True)
    items = sorted(value.items())
    return "{" + ", ".join([encode_basestring(k) + ": " + compact_json(v) for k, v in items]) + "}"


def _float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


class JsonWriter:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)`` in pieces, flushed as UTF-8.

    Dataclasses (most of facts.json) are written with their members' separators and keys made once per
    class and depth (``_prefixes``, cached), and leaves (strings, integers, None) without a call per leaf."""

    def __init__(self, fh: BinaryIO, batch: int = 8192) -> None:
        self.fh = fh
        self.batch = batch
        self.parts: list[str] = []

    def write(self, value: Any) -> None:
        self.value(value, "\n")
        self.parts.append("\n")
        self.flush()

    def flush(self) -> None:
        self.fh.write("".join(self.parts).encode("utf-8"))
        self.parts.clear()  # in place: callers hold the list

    def value(self, value: Any, nl: str) -> None:
        kind = type(value)
        if kind is str:
            self.parts.append(encode_basestring(value))
        elif kind is int:
            self.parts.append(int.__repr__(value))
        elif value is None or kind is bool:
            self.parts.append(_LITERALS[value])
        elif isinstance(value, (list, tuple)):
            self.array(value, nl)
        elif isinstance(value, dict):
            self.members(sorted(value.items()), nl)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            self.dataclass(value, nl)
        else:
            self.parts.append(_leaf(value))

    def array(self, values: list | tuple, nl: str) -> None:
        if not values:
            self.parts.append("[]")
            return
        inner = nl + "  "
        parts = self.parts
        parts.append("[")
        for i, item in enumerate(values):
            parts.append(inner if i == 0 else "," + inner)
            kind = type(item)
            if kind is str:
                parts.append(encode_basestring(item))
            elif kind is int:
                parts.append(int.__repr__(item))
            else:
                self.value(item, inner)
            if len(parts) >= self.batch:
                self.flush()
        parts.append(nl + "]")

    def dataclass(self, value: Any, nl: str) -> None:
        pieces, close = _prefixes(type(value), nl)
        if not pieces:
            self.parts.append("{}")
            return
        inner = nl + "  "
        for prefix, name in pieces:
            self.parts.append(prefix)
            self.value(getattr(value, name), inner)
        self.parts.append(close)

    def members(self, items: list[tuple[str, Any]], nl: str) -> None:
        if not items:
            self.parts.append("{}")
            return
        inner = nl + "  "
        self.parts.append("{")
        for i, (key, item) in enumerate(items):
            if type(key) is not str:
                raise TypeError(f"JSON keys here are strings, not {type(key).__name__}")
            self.parts.append((inner if i == 0 else "," + inner) + encode_basestring(key) + ": ")
            self.value(item, inner)
        self.parts.append(nl + "}")


@cache
def _prefixes(cls: type, nl: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """(separator and key before each field's value, field name) in key order, and the closing text, of a
    dataclass written at the depth that ``nl`` opens."""
    inner = nl + "  "
    names = sorted_field_names(cls)
    pieces = tuple(
        (("{" + inner if i == 0 else "," + inner) + encode_basestring(name) + ": ", name)
        for i, name in enumerate(names)
    )
    return pieces, nl + "}"


_LITERALS: dict[Any, str] = {None: "null", True: "true", False: "false"}


def _leaf(value: Any) -> str:
    if isinstance(value, bool):
        return _LITERALS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return encode_basestring(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_json(value: Any, fh: BinaryIO) -> None:
    """The bytes of ``dump_json(plain(value))``, written to ``fh`` a batch at a time."""
    JsonWriter(fh).write(value)
