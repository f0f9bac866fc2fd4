"""Fourteenth session (issue 17): the extraction's own throughput. An anchor is searched as a prefix tree of its
strings (``scan.prefix_tree``), and a window of an expression that no known strings open is tried only where
its leading items hold (``scantree.start_gate``, one lookahead that ``re`` tries in C). Each gives what the
slower way gave."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan, scantree
from ygraph.lexicons import alternation


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() if (m := pattern.search(text, at)) else -1 for at in range(len(text) + 1)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet="江城市长，,(（", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="江城市长，,(（甲", max_size=30),
)
def test_a_prefix_tree_starts_where_the_alternation_starts(words: list[str], text: str) -> None:
    tree = re.compile(scan.prefix_tree(words))
    assert _starts(tree, text) == _starts(re.compile(alternation(words)), text)


@pytest.mark.parametrize(
    ("words", "expression"),
    [
        (["临江", "临海", "江城"], "(?:临[江海]|江城)"),
        (["市", "市长", "(", "（"], r"(?:市(?:长)?|[\(（])"),
        (["，其职务由", "，其职位由"], "，其职(?:位由|务由)"),
        ([], "(?!)"),
    ],
)
def test_a_prefix_tree_prints_a_common_opening_once(words: list[str], expression: str) -> None:
    assert scan.prefix_tree(words) == expression


def test_a_prefix_tree_refuses_an_empty_word() -> None:
    with pytest.raises(ValueError):
        scan.prefix_tree(["江城", ""])


GATED = [  # shapes of the rows that no strings open: a name list before a group word, a clause after a mark
    r"((?:[\u4e00-\u9fff·]{2,8}、){1,99}[\u4e00-\u9fff·]{2,8}?)(?:等同志|等领导|等)",
    r"(?:^|(?<=[，。；,.;\n]))(?:[\u4e00-\u9fff]{1,8}?的)?(?P<post>[^，。；]{2,40}?)(?:为|是)(?P<name>[\u4e00-\u9fff]{2,3})",
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{3,14}?(?:、[\u4e00-\u9fff]{3,14}?){0,9})(?:一同|分别)(?P<verb>出席|参加)",
    r"(?:^|(?<=[\s#*]))([\u4e00-\u9fff]{4,24})(?:主持|出席)",
]
TEXTS = [
    "林晓峰、龚明远、柴思雨等同志出席。钱小禾、宁可心等参加会议。",
    "会议决定，江城市副市长为龚明远。临江省的水利厅厅长是柴思雨，青禾县县长为钱小禾",
    "临江省委书记林晓峰、江城市市长龚明远一同出席。海州代表团、松岩代表团分别参加",
    "江城市委书记龚明远主持\n#临江省副省长林晓峰出席会议",
    "、、、等同志" + "江" * 40 + "、等",
    "",
]


@pytest.mark.parametrize("source", GATED)
@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_window_finds_what_every_position_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    need = scan.needs(pattern)
    assert need.first is None and need.gate is not None and need.before > 0  # the path under test
    found = [(m.span(), m.groups()) for m in scan.finditer(pattern, text)]
    assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", GATED)
@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_holds_wherever_a_match_starts(source: str, text: str) -> None:
    pattern = re.compile(source)
    gate, reach = scantree.start_gate(scantree.parse(source, pattern.flags), pattern.flags)
    assert gate is not None and reach <= scantree.GATE_REACH
    for m in pattern.finditer(text):
        assert gate.match(text, m.start(), m.start() + reach) is not None


@pytest.mark.parametrize(
    ("source", "reach"),
    [
        (r"(?:^|(?<=，))[甲乙]{1,3}?长", 4),  # a lookbehind and a line start read nothing ahead
        (r"(?:[甲乙]{2,4}、){1,50}丙", 5),  # a repeat too wide to take whole gives its first item
        (r"[甲乙]{2,30}丙", 1),  # … its first character
        (r"甲(?=乙)丙", 1),  # a lookahead reads past what it consumes: the gate ends before it
        (r"甲\b乙", 1),  # so does a word boundary
        (r"(?s:.)甲", 2),  # a group with flags of its own is taken whole, its flags with it
        (r"(?=甲)乙", None),  # nothing taken: no gate
        (r"\b甲", None),
    ],
)
def test_the_gate_takes_the_leading_items_that_read_behind_only(source: str, reach: int | None) -> None:
    gate, got = scantree.start_gate(scantree.parse(source, 0), re.UNICODE)
    assert (gate is None, got) == (reach is None, reach or 0)


def test_a_flagged_group_keeps_its_flags_in_the_gate() -> None:
    gate, _ = scantree.start_gate(scantree.parse("(?s:.)甲", 0), re.UNICODE)
    assert gate is not None and gate.match("\n甲") is not None


_WORDS = st.lists(st.text(alphabet="江城市长", min_size=1, max_size=4), min_size=1, max_size=8)
_OTHERS = st.lists(st.sampled_from(["江[^，]{0,3}?长", "(?P<n>城)市", "(市)(?=长)", "长(?!江)", "[江城]{2}", "(?<=，)市"]), max_size=3, unique=True)


@settings(max_examples=500, deadline=None)
@given(_WORDS, _OTHERS, st.text(alphabet="江城市长，", max_size=40))
def test_an_expression_led_by_words_matches_as_its_tree(words: list[str], others: list[str], text: str) -> None:
    """Words longest first (``alternation``), or in any order when none opens a later one, then other rows."""
    for leading in (alternation(words), "|".join(dict.fromkeys(words))):
        pattern = re.compile("|".join([leading, *others]))
        found = [(m.span(), m.groups(), m.groupdict()) for m in scan.finditer(pattern, text)]
        assert found == [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "led"),
    [
        ("江城市|江城|市长", True),
        ("江城|江城市", False),  # a word printed before a longer one it opens: the shorter matches first
        ("江城市|(?P<n>临江)", False),  # one word: nothing to share
        ("江城市|市长|(?P<n>临江)|[江城]长", True),
        ("江城市|市长|[江城", False),  # does not compile: no shortcut (and no error)
    ],
)
def test_which_expressions_are_led_by_words(source: str, led: bool) -> None:
    assert (scan.literal_led(source, re.UNICODE) is not None) == led


def test_the_top_level_alternatives_of_a_source() -> None:
    assert scantree.alternatives(r"江|(?:城|市)|[|]|[]|]长|\|临") == ["江", "(?:城|市)", "[|]", "[]|]长", r"\|临"]
    assert scantree.literal(r"江\.城") == "江.城" and scantree.literal("江+") is None and scantree.literal("") is None
