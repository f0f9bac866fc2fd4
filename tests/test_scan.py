"""The exact shortcuts of ``ygraph.scan`` and the stages that use them give what the plain scans give.

The alphabets are drawn from the lexicons themselves (so the texts are dense with the words the scans look
for); the reference functions are the plain loops the shortcuts replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan
from ygraph.actors import appointments, careers
from ygraph.actors.actorlex import uses
from ygraph.time import timerules


def _plain_starts(words: tuple[str, ...], text: str) -> list[int]:
    return [i for i in range(len(text)) if any(w and text.startswith(w, i) for w in words)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abc", max_size=3), max_size=4), st.text(alphabet="abcx", max_size=40))
def test_starts_are_where_a_word_starts(words: list[str], text: str) -> None:
    assert scan.starts(tuple(words), text) == _plain_starts(tuple(words), text)


def _plain_verb_spans(text: str) -> list[tuple[int, int, bool]]:
    """careers._verb_spans as it was: every character against every verb (never after a passive or a
    future marker), with whether the verb's posts are held now."""
    spans: list[tuple[int, int, bool]] = []
    taken = -1
    for i in range(len(text)):
        if i < taken:
            continue
        for verb, after, now in careers._verbs():
            if i > 0 and text.endswith(uses("passive_before") + uses("future_tense"), 0, i):
                break
            if text.startswith(verb, i) and (after == "-" or (i > 0 and text[i - 1] == after)):
                spans.append((i, i + len(verb), now))
                taken = i + len(verb)
                break
    return spans


def _career_alphabet() -> str:
    verbs = careers._verbs()
    chars = {c for v, after, _ in verbs for c in v + (after if after != "-" else "")}
    markers = "".join(uses("passive_before") + uses("future_tense"))
    return "".join(sorted(chars | set(markers) | set("，。甲")))


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_career_verb_spans_match_the_character_loop(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=_career_alphabet(), max_size=60))
    assert careers._verb_spans(text) == _plain_verb_spans(text)


def _matches(pattern: re.Pattern[str], found: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in found]


# small expressions over a, b, c, d: literals, classes, groups, alternations, bounded and unbounded repeats,
# lazy prefixes and lookarounds (what the lexicon rows are made of)
_ATOMS = st.sampled_from(
    ["a", "b", "cd", "[ab]", "[^a]", ".", r"\w", "(?:ab|c)", "(?=b)", "(?<!a)", "(?<=c)", "$", "(?:a|)"]
)


@st.composite
def _expressions(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()):  # a group, never repeated (nested repeats backtrack for ever)
            parts.append(f"(?:{draw(_expressions(depth + 1))})")
            continue
        atom = draw(_ATOMS)
        quantifier = draw(st.sampled_from(["", "", "?", "*", "+", "{1,3}?", "{0,2}", "*?"]))
        parts.append(atom + quantifier if not atom.startswith(("(?=", "(?<", "$")) else atom)
    if draw(st.booleans()):
        return "|".join(parts)
    return "".join(parts)


@settings(max_examples=1500, deadline=None)
@given(_expressions(), _expressions(), st.text(alphabet="abcd，", max_size=40))
def test_finditer_and_the_gate_are_exact(expression: str, other: str, text: str) -> None:
    patterns = [re.compile(expression), re.compile(other)]
    gate = scan.Gate(patterns)
    for pattern, possible in zip(patterns, gate.open(text), strict=True):
        plain = _matches(pattern, pattern.finditer(text))
        assert _matches(pattern, scan.finditer(pattern, text)) == plain
        assert possible or plain == []
    assert gate.open_indices(text) == [k for k, possible in enumerate(gate.open(text)) if possible]


def test_needs_reads_runs_and_a_bounded_anchor() -> None:
    need = scan.needs(re.compile(r"(?P<n>[a-z]{2,9}?)(?:x)?(?:yz|yw)\d+kk"))
    letters = frozenset("abcdefghijklmnopqrstuvwxyz")  # every match starts with one
    assert set(need.runs) == {frozenset({"yz", "yw", "xyz", "xyw"}), frozenset({"kk"}), letters}
    assert need.anchor is not None and need.before == 9
    spaces = scan.needs(re.compile(r"(?:(?<=^x)|(?<=y)) +(?=x)| +$|(?P<many>  +)", re.MULTILINE))
    assert spaces.runs == (frozenset(" "),) and spaces.before == 0
    assert scan.needs(re.compile(r"a*")) == scan.NOTHING  # may match the empty string
    assert scan.needs(re.compile(r"abc", re.IGNORECASE)) == scan.NOTHING
    assert scan.needs(re.compile(r"\w+x")).anchor is None  # unbounded before its only run


def _lexicon_patterns() -> list[re.Pattern[str]]:
    forms = appointments._forms()
    return [f.pattern for f in forms] + [f.more for f in forms if f.more] + [r.pattern for r in timerules.rules()]


def _lexicon_alphabet() -> str:
    """Characters the rows print (a sample), digits, punctuation and a filler."""
    chars = {c for p in _lexicon_patterns() for run in scan.needs(p).runs for s in run for c in s}
    return "".join(sorted(chars))[:120] + "0123甲乙丙，。、"


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_lexicon_rows_scan_exactly(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=_lexicon_alphabet(), max_size=80))
    patterns = _lexicon_patterns()
    for pattern, possible in zip(patterns, scan.Gate(patterns).open(text), strict=True):
        plain = _matches(pattern, pattern.finditer(text))
        assert _matches(pattern, scan.finditer(pattern, text)) == plain
        assert possible or plain == []


def test_a_search_starts_after_the_last_character_the_part_before_the_anchor_cannot_hold() -> None:
    pattern = re.compile(r"(?P<n>[ab]{1,20}?)(?:c)?xy")
    need = scan.needs(pattern)
    assert need.outside is not None and need.before == 20
    for text in ("zzabxy", "aaaaazbxy", "zxy", "abcxyabxy", "b,axy", "ab" * 15 + "xy"):
        assert _matches(pattern, scan.finditer(pattern, text)) == _matches(pattern, pattern.finditer(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="临江城甲乙市局长，", max_size=60))
def test_a_window_is_tried_only_where_a_match_can_start(text: str) -> None:
    """Inside an anchor's window only the positions printing one of the strings every match starts with are
    tried (``Needs.first``, one C search): the same matches as trying every position."""
    patterns = [re.compile(r"(?:临江|江城)[^，]{0,6}?市长"), re.compile(r"(?<!城)[甲乙][城市]{0,8}局长")]
    for pattern in patterns:
        need = scan.needs(pattern)
        assert need.first is not None and need.before > 0  # the path under test
        assert _matches(pattern, scan.finditer(pattern, text)) == _matches(pattern, pattern.finditer(text))
