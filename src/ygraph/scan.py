"""scan: exact shortcuts for scanning text with lexicon data, derived from the data itself.

Nothing here knows a word: the words and patterns come from the lexicons, so rows added to them (packaged or
a user's) are covered without code changes. Every shortcut gives exactly what the plain scan gives.

- :func:`starts`: where any of some words starts in a text (one Aho–Corasick pass instead of a test per
  character and word).
- :func:`needs`: what every match of a regular expression must contain, read from the expression's parse
  tree: *runs*, each a small set of strings one of which is printed in every match (不再(?:担任|兼任) →
  不再担任 or 不再兼任), and the run with the most characters whose distance from the start of a match is
  bounded (the *anchor*).
- :class:`Gate`: which of many expressions can match a text at all — one Aho–Corasick pass over the runs of
  all of them; an expression one of whose runs is not printed in the text cannot match it.
- :func:`finditer`: ``pattern.finditer(text)``, but the search starts no earlier than the anchor allows (a
  match starts at most ``before`` characters ahead of the anchor's next occurrence), so an expression that
  tries a long lazy prefix at every character only tries it near its anchor; when every match starts with
  its anchor (``before`` 0) it is tried only where the anchor is printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter

import ahocorasick

from .lexicons import cached, emptied_with_lexicons
from .scanskip import prefix_skip
from .scantree import (
    MAX_BEFORE,
    Compiled,
    alternatives,
    first_characters,
    flat,
    from_code,
    literal,
    parse,
    read_runs,
    skips_to_openings,
    start_gate_code,
)


@cached
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    if not any(words):
        return None
    a = ahocorasick.Automaton()
    for w in words:
        if w:
            a.add_word(w, len(w))
    a.make_automaton()
    return a


class Printed:
    """``any(w in text for w in words)`` in one Aho–Corasick pass (an empty word is printed in every text): for
    thousands of words, kept by a loader (``@cached``), instead of a substring test per word."""

    def __init__(self, words: Iterable[str]) -> None:
        words = tuple(words)
        self._empty = "" in words
        self._automaton = _automaton(words)

    def __call__(self, text: str) -> bool:
        return self._empty or (self._automaton is not None and next(self._automaton.iter(text), None) is not None)


def starts(words: tuple[str, ...], text: str) -> list[int]:
    """The sorted positions of ``text`` where at least one of ``words`` starts (empty words never start)."""
    a = _automaton(words)
    if a is None:
        return []
    return sorted({end - n + 1 for end, n in a.iter(text)})


def word_at(words: tuple[str, ...], text: str, start: int, end: int | None = None) -> str:
    """The first of ``words`` (in their order) printed at ``text[start]`` and ending by ``end``; "" when none:
    ``next((w for w in words if text.startswith(w, start, end)), "")``, after one test in C that most calls
    fail (a generator per call was ≈ 1 µs, at each of a chain's title ends)."""
    if not text.startswith(words, start, end):
        return ""
    return next(w for w in words if text.startswith(w, start, end))


@dataclass(frozen=True)
class Needs:
    """What every match of an expression contains (nothing known: no runs and no anchor)."""

    runs: tuple[frozenset[str], ...]  # each: one of these strings is printed in every match
    anchor: re.Pattern[str] | None  # the strings of the best bounded run, as one expression
    before: int  # a match starts at most this many characters before its anchor's occurrence
    outside: re.Pattern[str] | None = None  # a character the part before the anchor never holds
    last_outside: re.Pattern[str] | None = None  # matches up to the last such character of a span
    first: re.Pattern[str] | None = None  # the strings one of which starts every match, as one expression
    first_width: int = 0  # the longest of them
    gate: re.Pattern[str] | None = None  # holds where a match starts (a lookahead of the leading items)
    gate_reach: int = 0  # the most characters the gate reads from where it is tried
    native: bool = False  # every match opens with its anchor and ``re`` skips to where one may open itself
    same: re.Pattern[str] | None = None  # the expression, its leading words as a prefix tree (literal_led)
    skip: tuple[re.Pattern[str], re.Pattern[str], int] | None = None  # starts a failed one covers (scanskip)
    gate_code: Compiled | None = None  # the gate as plain values (kept on disk: scanstore)


NOTHING = Needs((), None, 0)


Expression = re.Pattern[str] | tuple[str, int]  # compiled, or its source and the flags it would have


def needs(pattern: Expression) -> Needs:
    """The runs and the anchor of ``pattern`` (:data:`NOTHING` when it may match an empty string, ignores
    case, or cannot be read). Remembered by the expression's source and flags, all it reads: hashing a
    compiled pattern hashes its whole code at every call (1–2 µs for a long alternation, on every scan)."""
    if isinstance(pattern, tuple):
        return _needs(*pattern)
    return _needs(pattern.pattern, pattern.flags)


# every analysis this process made or read since the lexicons last changed (``scanstore`` keeps it on disk)
KNOWN: dict[tuple[str, int], Needs] = emptied_with_lexicons({})


@cached
def _needs(source: str | bytes, flags: int) -> Needs:
    if not isinstance(source, str) or flags & re.IGNORECASE:
        return NOTHING
    key = (source, int(flags))
    found = KNOWN.get(key)
    if found is None:  # a pure function of the source and flags: kept for the process and the cache folder
        same = literal_led(source, flags)
        found = KNOWN[key] = _read(source, flags) if same is None else replace(_read(same.pattern, flags), same=same)
    return found


def _read(source: str, flags: int) -> Needs:
    try:
        tree = parse(source, flags)
        if tree.getwidth()[0] == 0:
            return NOTHING  # an empty match needs nothing (and finditer's rules for it are subtle)
        runs = read_runs(tree, flat(tree), 0)
    except Exception:  # an expression the reader does not follow gets no shortcut
        return NOTHING
    first = first_characters(tree, tree.data)  # the characters every match starts with
    if first:
        runs.append((frozenset(first), 0, frozenset()))
    starts_with = (re.compile(prefix_tree(first)), max(map(len, first))) if first and all(first) else (None, 0)
    code, reach = start_gate_code(tree, flags) if starts_with[0] is None else (None, 0)
    gated = (None if code is None else from_code(code), reach)
    bounded = [r for r in runs if r[1] <= MAX_BEFORE]
    if not bounded:
        return Needs(tuple(r[0] for r in runs), None, 0, None, None, *starts_with, *gated, gate_code=code)
    strings, at, chars = max(bounded, key=lambda r: (min(map(len, r[0])), -len(r[0]), -r[1]))
    outside = None
    if chars is not None:  # a match starts after the last character its part before the anchor cannot hold
        ranges = "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in sorted(chars))
        outside = re.compile(f"[^{ranges}]" if ranges else r"[\s\S]")
    last = re.compile(f"(?s:.*){outside.pattern}") if outside is not None else None
    native = at == 0 and skips_to_openings(tree, flags)
    anchor = re.compile(prefix_tree(strings))
    skip = prefix_skip(tree) if starts_with[0] is None and gated[0] is None else None
    return Needs(tuple(r[0] for r in runs), anchor, at, outside, last, *starts_with, *gated, native, skip=skip,
                 gate_code=code)


def literal_led(source: str, flags: int) -> re.Pattern[str] | None:
    """The expression ``source``, its leading alternatives that are plain words printed as one prefix tree,
    when they are at least two and none is printed after a word it opens (longest first, as ``alternation``
    prints them): ``re`` tries a flat alternation's words one by one at each position, the tree reads one
    character at a time. Where some of the words is printed, the flat alternation matches the first of them
    in order, the longest (every later one is shorter); the tree matches the longest too; elsewhere both go
    on to the same other alternatives, whose groups keep their numbers (the words hold none). None when
    the expression does not open with such words."""
    if flags & re.VERBOSE:
        return None
    pieces = alternatives(source)
    words: list[str] = []
    for piece in pieces:
        word = literal(piece)
        if word is None:
            break
        words.append(word)
    opened = (later.startswith(word) and later != word for k, word in enumerate(words) for later in words[k + 1 :])
    if len(words) < 2 or any(opened):
        return None
    try:  # each other alternative must stand alone (a source split where it is not one: no shortcut)
        for piece in pieces[len(words) :]:
            re.compile(piece, flags)
        same = re.compile("|".join([*_tree_alternatives(words), *pieces[len(words) :]]), flags)
        original = re.compile(source, flags)
    except re.error:
        return None
    return same if (same.groups, same.groupindex) == (original.groups, original.groupindex) else None


def prefix_tree(strings: Iterable[str]) -> str:
    """An expression matching where one of ``strings`` (none empty) starts, their common openings printed once
    (a trie: 某甲|某乙 → 某[甲乙]). Where a match starts is all an anchor or an opening tells: ``re`` tries a
    flat alternation's words one by one at each position its first characters allow, the tree one character
    at a time (84 words that open with a comma, a failing search of 1,500 characters: 19.7 → 8.3 µs)."""
    trie = _trie(strings)
    return _branches(trie) if trie else "(?!)"


def _trie(words: Iterable[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("prefix_tree: an empty string starts everywhere")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _tree_alternatives(words: Iterable[str]) -> list[str]:
    """The prefix tree of ``words`` as top-level alternatives, one per first character, each opening with
    it: ``re`` still skips, in C, to the positions one of them opens (a set of first characters)."""
    return [re.escape(char) + (_branches(sub) if sub.keys() != {""} else "") for char, sub in sorted(_trie(words).items())]


def _branches(node: dict[str, dict]) -> str:
    leaves = sorted(char for char, sub in node.items() if char and sub.keys() == {""})
    inner = [re.escape(char) + _branches(sub) for char, sub in sorted(node.items()) if char and sub.keys() != {""}]
    if leaves:
        inner.append(re.escape(leaves[0]) if len(leaves) == 1 else f"[{''.join(map(re.escape, leaves))}]")
    body = inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"
    return f"(?:{body})?" if "" in node else body


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Exactly ``pattern.finditer(text)``, trying matches only near the anchor's occurrences.

    No match starts before ``at`` but those yielded. A match prints an anchor string at most ``before``
    characters after its start, and none of the characters ``outside`` before it: so the next match starts
    in the window ``[max(at, hit - before, last outside + 1), hit]`` of the anchor's next occurrence ``hit``,
    or after ``hit`` (then it holds a later occurrence). Only the window's positions are tried: a search
    from its start would try every position up to the next match, however far (a frequent anchor word
    without a match beside it cost a scan of the rest of the article)."""
    need = needs(pattern)
    pattern = need.same or pattern
    if need.anchor is None or need.native:  # native: the anchor loop would try what ``re`` tries, from Python
        yield from pattern.finditer(text)
        return
    match, at = pattern.match, 0
    while at <= len(text):
        hit = need.anchor.search(text, at)
        if hit is None:
            return
        here = hit.start()
        m = None
        if need.before == 0:  # a match starts where its anchor does: try there only
            m = match(text, here)
        else:
            floor = max(at, here - need.before)
            if need.last_outside is not None:  # after the window's last character outside (C, ≤ before long)
                stop = need.last_outside.match(text, floor, here)
                floor = stop.end() if stop is not None else floor
            m = _window_match(pattern, need, text, floor, here)
        if m is None:
            at = here + 1
            continue
        yield m
        at = m.end()  # matches are never empty (needs gives no anchor to an expression that can be)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Exactly ``pattern.search(text)``: the first match of :func:`finditer` (a search tried near the
    anchor's occurrences only, where ``re`` would try every position of a long alternation's text)."""
    return next(finditer(pattern, text), None)


def _window_match(pattern: re.Pattern[str], need: Needs, text: str, floor: int, here: int) -> re.Match[str] | None:
    """The match starting first in ``[floor, here]``, tried only where one of the strings every match starts
    with is printed, else where the gate holds (found in C; every position of the window when neither is
    known)."""
    match, first = pattern.match, need.first
    if first is None:
        if need.gate is not None:
            return _gated_match(pattern, need.gate, need.gate_reach, text, floor, here)
        start = floor
        while start <= here:
            m = match(text, start)
            if m is not None:
                return m
            start = _next_start(need.skip, text, start)
        return None
    at, end = floor, here + need.first_width
    while (f := first.search(text, at, end)) is not None and (start := f.start()) <= here:
        m = match(text, start)
        if m is not None:
            return m
        at = start + 1
    return None


def _next_start(skip: tuple[re.Pattern[str], re.Pattern[str], int] | None, text: str, failed: int) -> int:
    """The next start to try after none matched at ``failed``: past the run of characters that alone are one
    iteration of the expression's opening repeat, when every iteration it may make from ``failed`` is within its
    count (scanskip.prefix_skip); else the next character."""
    if skip is not None:
        alone, consumed, most = skip
        run, reach = alone.match(text, failed), consumed.match(text, failed)  # runs (``[…]*``): they always match
        if run and reach and run.end() > failed and reach.end() - failed <= most:
            return run.end() + 1
    return failed + 1


def _gated_match(
    pattern: re.Pattern[str], gate: re.Pattern[str], reach: int, text: str, floor: int, here: int
) -> re.Match[str] | None:
    """The match starting first in ``[floor, here]``, tried where ``gate`` holds. The gate reads at most
    ``reach`` characters from where it is tried: searched up to ``here + reach``, it holds at a position of
    the window exactly where it holds in the whole text."""
    at, end, match = floor, here + 1 + reach, pattern.match
    while (g := gate.search(text, at, end)) is not None and (start := g.start()) <= here:
        m = match(text, start)
        if m is not None:
            return m
        at = start + 1
    return None


_SECOND = itemgetter(1)
_MAX_ANSWERS = 1 << 16


class Gate:
    """Which of ``patterns`` can match a text: those whose every run is printed in it."""

    def __init__(self, patterns: Sequence[Expression]) -> None:
        self._free: list[int] = []  # the patterns without runs: always open
        self._count: list[int] = []  # per pattern: how many runs it has
        self._users: dict[int, list[int]] = {}  # run id → the patterns that need it
        ids: dict[frozenset[str], int] = {}
        owners: dict[str, set[int]] = {}
        for k, p in enumerate(patterns):
            mine = set()
            for run in needs(p).runs:
                run_id = ids.setdefault(run, len(ids))
                mine.add(run_id)
                for s in run:
                    owners.setdefault(s, set()).add(run_id)
            for run_id in mine:
                self._users.setdefault(run_id, []).append(k)
            self._count.append(len(mine))
            if not mine:
                self._free.append(k)
        self._automaton = ahocorasick.Automaton()
        for s, owned in owners.items():
            self._automaton.add_word(s, frozenset(owned))
        if owners:
            self._automaton.make_automaton()
        self._any = bool(owners)
        self._answers: dict[frozenset[int], list[int]] = {}  # by the runs seen: texts share a few sets

    def open_indices(self, text: str) -> list[int]:
        """The indices (ascending) of the patterns that may match ``text``: every run of theirs printed."""
        if not self._any:
            return list(self._free)
        seen = frozenset().union(*set(map(_SECOND, self._automaton.iter(text))))
        answer = self._answers.get(seen)
        if answer is None:
            counts: dict[int, int] = {}
            for run_id in seen:
                for k in self._users[run_id]:
                    counts[k] = counts.get(k, 0) + 1
            answer = sorted([*self._free, *(k for k, n in counts.items() if n == self._count[k])])
            if len(self._answers) >= _MAX_ANSWERS:
                self._answers.clear()
            self._answers[seen] = answer
        return list(answer)

    def open(self, text: str) -> list[bool]:
        """Per pattern (in order): False when it cannot match ``text``."""
        out = [False] * len(self._count)
        for k in self.open_indices(text):
            out[k] = True
        return out
