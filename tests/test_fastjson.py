"""orjson writes facts.json and graph.html's data with the bytes of the standard library's encoder."""

from __future__ import annotations

import dataclasses
import io
import json
import types
import typing

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invented_corpus import injection_corpus, mini_corpus
from ygraph import model
from ygraph.render import fastjson, html
from ygraph.render.jsonwrite import compact_json, plain
from ygraph.render.output import dump_json
from ygraph.render.report import facts_json

AWKWARD = ["", " ", "<&>\"'\\", "a\tb\nc\rd\x00\x1f\x7f", "\u2028\u2029", "林晓峰", "臨江省", "x" * 300, "ab", "ab c"]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(AWKWARD)
# no floats: orjson writes them otherwise (1e16 against 1e+16); integers beyond 64 bits go to the fallback
LEAF = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | TEXT
JSON = st.recursive(
    LEAF, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=20
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Fact:
    zeta: object
    alpha: object = None
    mid: tuple = ()


@dataclasses.dataclass(frozen=True)
class _One:
    only: object


@dataclasses.dataclass(frozen=True)
class _Empty:
    pass


FACT = st.builds(_Fact, JSON, JSON, st.lists(JSON, max_size=3).map(tuple)) | st.builds(_One, JSON) | st.just(_Empty())
ITEM = FACT | JSON | st.builds(_Fact, FACT, st.lists(FACT, max_size=3))


def _lists_bytes(value: dict) -> bytes:
    buffer = io.BytesIO()
    fastjson.write_lists(value, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0x80), 0xA0, 0xAD, 0x2028, 0x2029, 0xFEFF, 0xFFFF, 0x1F600]])
def test_orjson_writes_a_string_as_json_does(char: str) -> None:
    text = f"林{char}峰"
    assert orjson.dumps(text) == json.dumps(text, ensure_ascii=False).encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(TEXT, st.lists(ITEM, max_size=6), max_size=4), st.sampled_from([1, 2, 2000]))
def test_write_lists_gives_the_bytes_of_dump_json(value, batch) -> None:
    """Dataclasses (field order is not key order), nested, in batches of any size; integers orjson refuses
    (beyond 64 bits) and lone values of every kind."""
    saved = fastjson.BATCH
    fastjson.BATCH = batch
    try:
        assert _lists_bytes(value) == dump_json(plain(value))
    finally:
        fastjson.BATCH = saved


def test_write_lists_without_orjson_gives_the_same_bytes(monkeypatch) -> None:
    value = {"b": [_Fact("臨江省", [1, 2**70], ("x",)), _Empty()], "a": [], "c": [{"z": None, "y": True}]}
    expected = dump_json(plain(value))
    assert _lists_bytes(value) == expected
    monkeypatch.setattr(fastjson, "orjson", None)
    assert _lists_bytes(value) == expected
    assert _lists_bytes({}) == dump_json({})


def test_a_batch_orjson_refuses_is_written_by_the_python_writer() -> None:
    value = {"facts": [_Fact(2**65), _Fact("江城市")]}
    with pytest.raises(orjson.JSONEncodeError):
        orjson.dumps(2**65)
    assert _lists_bytes(value) == dump_json(plain(value))


def _json_key(value: object) -> str:
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(ITEM, max_size=12))
def test_sort_by_json_orders_as_the_json_text_does(values) -> None:
    """Prefixes ("ab" before "ab c"), integers of different lengths, separators against text."""
    assert fastjson.sort_by_json(values) == sorted(values, key=_json_key)
    assert [compact_json(v) for v in values] == [_json_key(v) for v in values]


def test_sort_by_json_on_values_orjson_refuses() -> None:
    values = [_Fact(2**65), _Fact(3), _Fact(12), _Fact("ab c"), _Fact("ab")]
    assert fastjson.sort_by_json(values) == sorted(values, key=_json_key)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(TEXT, JSON, max_size=4), max_size=7), st.sampled_from([1, 3, 2000]))
def test_compact_arrays_give_the_pieces_script_json_gave(entries, batch) -> None:
    saved = fastjson.BATCH
    fastjson.BATCH = batch
    try:
        pieces = "".join(html._json_array(iter(entries)))
    finally:
        fastjson.BATCH = saved
    assert pieces == "[" + ",".join(html._script_text(e) for e in entries) + "]"
    assert pieces == str(html.script_json(entries))


def _annotations(cls: type) -> list[object]:
    hints = typing.get_type_hints(cls, vars(model))
    return [hints[f.name] for f in dataclasses.fields(cls)]


def _holds_float(hint: object) -> bool:
    if hint is float:
        return True
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or args:
        return any(_holds_float(a) for a in args)
    if dataclasses.is_dataclass(hint):
        return any(_holds_float(h) for h in _annotations(hint))  # type: ignore[arg-type]
    return False


def test_the_facts_hold_no_floats() -> None:
    """facts.json goes through orjson only because no fact holds a float: a float field in the model
    must come with a writer that prints it as json does."""
    written = [model.Person, model.RoleClaim, model.Event, model.Succession, model.Conflict, model.Provenance]
    assert [cls.__name__ for cls in written if _holds_float(cls)] == []


@pytest.mark.parametrize("corpus", [mini_corpus, injection_corpus])
def test_facts_json_is_the_same_with_and_without_orjson(corpus, monkeypatch) -> None:
    c = corpus()
    fast = facts_json(c)
    monkeypatch.setattr(fastjson, "orjson", None)
    assert facts_json(c) == fast


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_dump_indented_gives_the_bytes_of_dump_json(value) -> None:
    assert fastjson.dump_indented(value) == dump_json(value)


@pytest.mark.parametrize("corpus", [mini_corpus, injection_corpus])
def test_report_and_timeline_json_are_the_same_without_orjson(corpus, monkeypatch) -> None:
    from ygraph.corpus.graph import build_graph
    from ygraph.render.report import report_json
    from ygraph.render.timeline import timeline_json

    c = corpus()
    g = build_graph(c)
    fast = report_json(g, c), timeline_json(c)
    monkeypatch.setattr(fastjson, "orjson", None)
    assert (report_json(g, c), timeline_json(c)) == fast


def test_the_report_holds_no_floats() -> None:
    """report.json's documents list the model's document summaries; its other values are counts and text."""
    assert not _holds_float(model.DocumentSummary)
