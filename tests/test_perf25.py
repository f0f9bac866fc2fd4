"""Issue 17, fifteenth session (branch perf25): the rules' character classes optimised once per process.

``charsets.optimize_charset`` answers ``re``'s ``_optimize_charset`` from the classes it already optimised; the
code ``re`` compiles through it must be the code ``re`` makes alone, for every shape of class the rules use
(CJK ranges, negated classes, literal lists, categories, case-insensitive ones left to ``re``).
"""

from __future__ import annotations

import pathlib
import re

import pytest

from test_realdev import bench_module
from ygraph import charsets, engine  # noqa: F401 - importing the engine installs the memo

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

HAN = "\u4e00-\u9fff"
PATTERNS = [
    f"[{HAN}]{{2,3}}(?:市长|县长)",
    f"[{HAN}·]{{2,4}}同志",
    f"[^{HAN}]+",
    f"[\u3400-\u4dbf{HAN}\uf900-\ufaff]",
    "[ \t\u3000]*(?:临江省|江城市)",
    "[^，。；：！]{1,40}(?:出席|主持)",
    r"[\d一二三四五六七八九十〇]+月[\d一二三四五六七八九十]+日",
    r"[\w\s]+",
    "[青禾海州松岩]{2}县",
    "[a-zA-Z]+\\s*\\d{4}",
    f"(?:[{HAN}]{{2}}|[0-9]{{2}})[年月]",
    "[\U00020000-\U0002a6df]",
]
FLAGS = [0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII]


def _code(pattern: str, flags: int) -> list[int]:
    parsed = _parser.parse(pattern, flags)
    return list(_compiler._code(parsed, parsed.state.flags))


@pytest.mark.parametrize("flags", FLAGS)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_compiled_code_is_what_re_makes_alone(pattern: str, flags: int) -> None:
    assert charsets.installed()
    kept = [_code(pattern, flags), _code(pattern, flags)]  # the second answered from the memo
    charsets.uninstall()
    try:
        alone = _code(pattern, flags)
    finally:
        assert charsets.install()
    assert kept == [alone, alone]


CHARSETS = [
    [(_parser.RANGE, (0x4E00, 0x9FFF))],
    [(_parser.RANGE, (0x4E00, 0x9FFF)), (_parser.LITERAL, 0xB7)],
    [(_parser.NEGATE, None), (_parser.LITERAL, 0xFF0C), (_parser.LITERAL, 0x3002)],
    [(_parser.LITERAL, 32), (_parser.LITERAL, 9), (_parser.LITERAL, 0x3000)],
    [(_parser.CATEGORY, _parser.CATEGORY_DIGIT), (_parser.LITERAL, 0x5341)],
    [(_parser.RANGE, (0x20000, 0x2A6DF))],
    [(_parser.LITERAL, 0x6797), (_parser.LITERAL, 0x9F9A)],
]


@pytest.mark.parametrize("charset", CHARSETS)
def test_answers_equal_re_and_are_fresh_lists(charset: list) -> None:
    original = charsets._original
    assert original is not None
    expected = original(list(charset))
    first, _ = charsets.optimize_charset(list(charset))
    first.append(("planted", 0))  # a caller changing its list must not change the next answer
    second, hascased = charsets.optimize_charset(list(charset))
    assert (second, hascased) == expected and second is not first


def test_case_insensitive_classes_are_left_to_re() -> None:
    before = set(charsets._kept)
    re.purge()
    pattern = re.compile("[\u4e00-\u9fa5a-z]{3}海州", re.IGNORECASE)
    assert pattern.search("ABc海州")
    assert all(key[0] is None for key in set(charsets._kept) - before)  # only re's own case-blind analyses


def test_an_item_that_cannot_be_a_key_goes_to_re() -> None:
    calls = []
    original = charsets._original

    def spy(*args: object) -> tuple[list, bool]:
        calls.append(args)
        assert original is not None
        return original(*args)

    charsets._original = spy
    try:
        unhashable = [(_parser.LITERAL, 65), (_parser.RANGE, [66, 70])]  # a list where re puts a tuple
        out, _ = charsets.optimize_charset(unhashable)
    finally:
        charsets._original = original
    assert calls and out == original([(_parser.LITERAL, 65), (_parser.RANGE, (66, 70))])[0]


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charsets, "MAX_KEPT", len(charsets._kept))
    charset = [(_parser.LITERAL, 0x6D77), (_parser.LITERAL, 0x5DDE), (_parser.LITERAL, 0x677E)]
    size = len(charsets._kept)
    assert charsets.optimize_charset(charset)[0] == charsets._original(charset)[0]  # type: ignore[misc]
    assert len(charsets._kept) == size


def test_measure_rebuild_fresh_runs_the_rebuild_in_a_new_process(tmp_path: pathlib.Path) -> None:
    """``bench/measure.py rebuild … fresh``: the rebuild a CLI user runs (a new process, the rules compiled
    again), with the outputs of the rebuild made in the first build's process."""
    measure = bench_module("measure")
    corpus = pathlib.Path(__file__).resolve().parents[1] / "seeds"
    fresh = measure.measure_rebuild(corpus, tmp_path / "fresh", 1, fresh=True)
    same = measure.measure_rebuild(corpus, tmp_path / "same", 1)
    assert fresh["fresh"] and not same["fresh"]
    assert fresh["cached"] == same["cached"] == len(list(corpus.glob("*.txt"))) - fresh["new_files"]
    for name in ("facts.json", "graph.graphml", "ygraph.db", "timeline.html"):
        assert (tmp_path / "fresh/build" / name).read_bytes() == (tmp_path / "same/build" / name).read_bytes()




def test_a_compiler_of_another_shape_is_left_alone() -> None:
    """Only re's function with the parameters this module passes on is routed through it."""

    def other_shape(charset, iscased=None, fixup=None, fixes=None, extra=None):  # noqa: ANN001, ANN202
        return charset, False

    def same_shape(charset, iscased=None, fixup=None, fixes=None):  # noqa: ANN001, ANN202
        return charset, False

    assert charsets._known_shape(same_shape)
    assert not charsets._known_shape(other_shape)
    assert not charsets._known_shape(None)
