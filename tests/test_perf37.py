"""Twenty-fifth session (issue 17): every word alternation of the lexicons (``lexicons.alternation``) is printed
as a prefix tree of its words, one top-level alternative per first character, instead of the flat list of the
words longest first. ``re`` tries the flat list's words one by one at each position, the tree one character at a
time; the matches are the same in every context (alone, before more of an expression, inside a repeat, before
other alternatives, with backtracking into it). Words with a cased character or an empty word stay flat."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan
from ygraph.lexicons import alternation, prefix_trie, trie_source


def _flat(words: list[str]) -> str:
    """The alternation as it was printed before: every word, escaped, longest first."""
    escaped = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "|".join(escaped) if escaped else "(?!)"


@pytest.mark.parametrize(
    ("words", "printed"),
    [
        (["郑会见", "郑会谈", "见"], "见|郑会[见谈]"),  # one alternative per first character
        (["某甲会议", "某甲会", "某乙", "乙"], "乙|某(?:甲会(?:议)?|乙)"),  # a word inside a longer one: optional
        (["江城(", "江城（", "江城"], r"江城(?:[\(（])?"),  # escaped, in a class too
        (["临江", "临江"], "临江"),  # one distinct word: as it is
        (["Ab", "ab", "某"], "Ab|ab|某"),  # a cased character (IGNORECASE could fold them): flat
        (["某乙", ""], "某乙|"),  # an empty word (matches everywhere, last): flat
        ([], "(?!)"),
    ],
)
def test_an_alternation_is_printed_as_a_tree_of_its_words(words: list[str], printed: str) -> None:
    assert alternation(words) == printed


_ALPHABET = "江城市长某甲乙，(（.|"
_WORDS = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=10)
# where a word alternation stands in the rules: alone, before more of the expression, in a repeat, before other
# rows, in a lookahead, with a group after it that backtracking into the words must reach
_CONTEXTS = [
    "(?:{})",
    "(?:{})长",
    "(?:{})+?乙",
    "(?:{})+",
    "(?:{})|江[^，]{{0,3}}?长|(?P<n>城)市",
    "(?<=，)(?:{})(?=市)",
    "(?P<w>{})(?P<rest>[江城市]{{0,2}})乙",
    "(?:{}){{2}}",
]


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.sampled_from(_CONTEXTS), st.text(alphabet=_ALPHABET + "\n", max_size=40))
def test_the_tree_matches_as_the_flat_alternation(words: list[str], context: str, text: str) -> None:
    tree, flat = re.compile(context.format(alternation(words))), re.compile(context.format(_flat(words)))
    assert [(m.span(), m.groups()) for m in tree.finditer(text)] == [(m.span(), m.groups()) for m in flat.finditer(text)]
    for at in range(len(text) + 1):
        a, b = tree.match(text, at), flat.match(text, at)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert bool(tree.fullmatch(text)) == bool(flat.fullmatch(text))


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.text(alphabet=_ALPHABET, max_size=40))
def test_the_scan_shortcuts_read_the_tree_exactly(words: list[str], text: str) -> None:
    """``scan.finditer`` (anchors, gates, windows read from the parse tree) gives what ``re`` gives for it."""
    pattern = re.compile(f"(?:{alternation(words)})[甲乙]")
    assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_the_tree_of_the_scan_is_the_same_tree() -> None:
    """``scan.prefix_tree`` (anchors) and the alternation share one tree (``lexicons.prefix_trie``)."""
    words = ["临江", "临海", "江城"]
    assert scan.prefix_tree(words) == trie_source(prefix_trie(words)) == "(?:临[江海]|江城)"
    with pytest.raises(ValueError):
        prefix_trie(["临江", ""])


# bench/instructions.py: the instructions of process_document counted by valgrind, an A/B the load does not move
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import instructions  # noqa: E402

_PAGES = [
    "新华社临江3月2日电 临江市委书记郑立群主持召开座谈会，市长王建华出席。",
    "本报讯 某某县县长李文涛在调研时强调，要做好春耕工作。",
    "临海市人民政府副市长赵明远会见了考察团一行。",
]


def test_the_count_is_read_from_the_summary_of_cachegrind() -> None:
    summary = "==41== \n==41== I   refs:      16,007,434,433\n"
    assert instructions.instructions(summary) == 16_007_434_433
    assert instructions.change(200, 197) == -1.5
    with pytest.raises(RuntimeError):
        instructions.instructions("==41== no summary\n")


def test_a_counted_child_hashes_the_facts_it_extracts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for k, page in enumerate(_PAGES):
        (tmp_path / f"{k:03d}.txt").write_text(page, encoding="utf-8")
    src = Path(__file__).resolve().parents[1] / "src"
    instructions.child(src, tmp_path, 0, 2)
    first = json.loads(capsys.readouterr().out)
    instructions.child(src, tmp_path, 0, 2)
    assert json.loads(capsys.readouterr().out) == first and first["documents"] == 2 and len(first["facts"]) == 16
    instructions.child(src, tmp_path, 1, 1)  # another sample: other documents, other facts
    assert json.loads(capsys.readouterr().out)["facts"] != first["facts"]
