"""scantree: what :mod:`ygraph.scan` reads from a regular expression's parse tree (the standard ``re``
parser's): the runs of strings every match prints, the characters every match starts with, the characters a
part of an expression may consume. Split from scan.py (thirteenth session) when the first characters learnt
to read optional items and case-insensitive groups."""

from __future__ import annotations

import _sre
import re
from collections.abc import Sequence
from itertools import product

try:  # the parser and compiler of the standard ``re`` module (``sre_parse`` before Python 3.11)
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_REPEATS = (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", _sre_c.MAX_REPEAT))
_MAX_STRINGS = 256  # a run with more alternatives than this is not worth looking for
MAX_BEFORE = 10_000  # an anchor further than this from the start of a match is not used
_MAX_REPEAT_SPELLED = 3  # x{0,3} is spelled out as its strings; longer repeats end a run
parse = _sre_p.parse
Run = tuple[frozenset[str], int, "frozenset[tuple[int, int]] | None"]  # strings, before, characters before
Compiled = tuple[int, tuple[int, ...], int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups, names


def read_runs(tree: _sre_p.SubPattern, items: list[tuple[object, object]], offset: int) -> list[Run]:
    """(strings, most characters before them in a match, the characters the items before them may consume)
    of the runs of a sequence starting at ``offset``; what a lookahead needs is printed from where it stands
    (its characters before are not followed: None)."""
    runs: list[Run] = []
    current: set[str] | None = None
    start_before = before = offset
    chars: set[tuple[int, int]] | None = set() if offset == 0 else None
    start_chars = chars
    for item in items:
        op, av = item
        if op is _sre_c.ASSERT and av[0] == 1:  # type: ignore[index]
            runs.extend((s, b, None) for s, b, _ in read_runs(tree, flat(av[1]), before))  # type: ignore[index]
        strings = _strings(item)
        if strings is not None and current is not None and len(current) * len(strings) <= _MAX_STRINGS:
            current = {a + b for a, b in product(current, strings)}
        else:
            if current is not None and "" not in current:
                runs.append((frozenset(current), start_before, _frozen(start_chars)))
            current, start_before = (set(strings), before) if strings is not None else (None, before)
            start_chars = None if chars is None else set(chars)
        before = min(before + _width(tree, item), MAX_BEFORE + 1)
        consumed = _consumed(item)
        chars = None if chars is None or consumed is None else chars | consumed
    if current is not None and "" not in current:
        runs.append((frozenset(current), start_before, _frozen(start_chars)))
    return runs


def _frozen(chars: set[tuple[int, int]] | None) -> frozenset[tuple[int, int]] | None:
    return None if chars is None else frozenset(chars)


def _consumed(item: tuple[object, object]) -> set[tuple[int, int]] | None:
    """The characters ``item`` may consume, as (first, last) code point ranges; None when not known (a
    negated class, a category, any character)."""
    op, av = item
    c = _sre_c
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set()
    if op is c.LITERAL:
        return {(av, av)}  # type: ignore[arg-type]
    if op is c.IN:
        out: set[tuple[int, int]] = set()
        for sop, sav in av:  # type: ignore[attr-defined]
            if sop is c.LITERAL:
                out.add((sav, sav))
            elif sop is c.RANGE:
                out.add(tuple(sav))  # type: ignore[arg-type]
            else:
                return None
        return out
    subs = []
    if op is c.BRANCH:
        subs = [alternative.data for alternative in av[1]]  # type: ignore[index]
    elif op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:  # type: ignore[index]
        subs = [av[3].data]  # type: ignore[index]
    elif op in _REPEATS:
        subs = [av[2].data]  # type: ignore[index]
    else:
        return None
    total: set[tuple[int, int]] = set()
    for data in subs:
        for sub_item in data:
            consumed = _consumed(sub_item)
            if consumed is None:
                return None
            total |= consumed
    return total


def flat(sub: _sre_p.SubPattern) -> list[tuple[object, object]]:
    """The items of a sequence, groups spliced in (a group consumes what its items consume)."""
    out: list[tuple[object, object]] = []
    for op, av in sub.data:
        if op is _sre_c.SUBPATTERN and not av[1] & _sre_c.SRE_FLAG_IGNORECASE:
            out.extend(flat(av[3]))
        else:
            out.append((op, av))
    return out


def _width(tree: _sre_p.SubPattern, item: tuple[object, object]) -> int:
    return int(_sre_p.SubPattern(tree.state, [item]).getwidth()[1])


# The characters other than ASCII that an ASCII character matches when case is ignored (``re``'s Unicode
# case folding: İ→i, ı→I, ſ→s, the Kelvin sign→k); tests/test_perf23.py checks every code point.
CASE_FOLDED_INTO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def first_characters(tree: _sre_p.SubPattern, data: Sequence[tuple[object, object]]) -> set[str] | None:
    """The strings one of which starts every match of ``data`` (items that consume nothing skipped); None
    when unknown or when a match may be empty. An optional item opens a match or lets what follows it open
    it; a case-insensitive group of ASCII characters opens it with any of their cases."""
    c = _sre_c
    for index, item in enumerate(data):
        if _width(tree, item) == 0:
            continue  # a lookaround, a position, a group of them
        op, av = item
        if op in _REPEATS and av[0] == 0:  # type: ignore[index]
            inner = first_characters(tree, av[2].data)  # type: ignore[index]
            rest = first_characters(tree, data[index + 1 :])
            return None if inner is None or rest is None else inner | rest
        if op is c.SUBPATTERN and av[1] & c.SRE_FLAG_IGNORECASE:  # type: ignore[index]
            return _any_case(first_characters(tree, av[3].data))  # type: ignore[index]
        if op is c.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:  # type: ignore[index]
                first = first_characters(tree, alternative.data)
                if first is None:
                    return None
                out |= first
            return out
        if op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:  # type: ignore[index]
            return first_characters(tree, av[3].data)  # type: ignore[index]
        if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            return first_characters(tree, av[2].data)  # type: ignore[index]
        if op is c.LITERAL or op is c.IN:
            return _strings(item)
        return None
    return None


def _any_case(chars: set[str] | None) -> set[str] | None:
    """Every character that one of ``chars`` matches when case is ignored: a superset (None when one of them
    is not a single ASCII character, whose case foldings are not listed here)."""
    if chars is None or any(len(char) != 1 or not char.isascii() for char in chars):
        return None
    out = set(chars)
    for char in chars:
        if char.isalpha():
            out |= {char.lower(), char.upper(), *CASE_FOLDED_INTO_ASCII}
    return out


def _strings(item: tuple[object, object]) -> set[str] | None:
    """Every string ``item`` can match, when they are few; None otherwise. Lookarounds and positions match
    the empty string (they consume nothing)."""
    op, av = item
    c = _sre_c
    if op is c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}
    if op is c.IN:
        return _class_strings(av)  # type: ignore[arg-type]
    if op is c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            strings = _sequence_strings(alternative.data)
            if strings is None or len(out | strings) > _MAX_STRINGS:
                return None
            out |= strings
        return out
    if op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:  # type: ignore[index]
        return _sequence_strings(av[3].data)  # type: ignore[index]
    if op in _REPEATS:
        low, high, sub = av  # type: ignore[misc]
        inner = _sequence_strings(sub.data)
        if inner is None or high > _MAX_REPEAT_SPELLED:
            return None
        out = set()
        for n in range(low, high + 1):
            out |= {"".join(p) for p in product(inner, repeat=n)}
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _sequence_strings(data: Sequence[tuple[object, object]]) -> set[str] | None:
    out = {""}
    for item in data:
        strings = _strings(item)
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {a + b for a, b in product(out, strings)}
    return out


def _class_strings(items: Sequence[tuple[object, object]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _sre_c.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is _sre_c.RANGE and av[1] - av[0] < _MAX_STRINGS:  # type: ignore[index,operator]
            out.update(map(chr, range(av[0], av[1] + 1)))  # type: ignore[index,arg-type]
        else:
            return None  # a negated class, a category (\d, \w): too many characters
    return out if len(out) <= _MAX_STRINGS else None


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of an expression's source (``a|(?:b|c)|[|]`` → ``a``, ``(?:b|c)``, ``[|]``)."""
    out, depth, start, k, n = [], 0, 0, 0, len(source)
    while k < n:
        char = source[k]
        if char == "\\":
            k += 1
        elif char == "[":  # a class: its ``]`` first (or after ``^``) is a member, not its end
            k += 2 if source.startswith("[^", k) else 1
            k += 1 if k < n and source[k] == "]" else 0
            while k < n and source[k] != "]":
                k += 2 if source[k] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(source[start:k])
            start = k + 1
        k += 1
    return [*out, source[start:]]


def literal(source: str) -> str | None:
    """The string an expression's source matches when it is a plain string (escapes allowed), else None."""
    try:
        tree = parse(source, 0)
    except Exception:  # a piece that does not parse alone: no string
        return None
    items = tree.data
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE) or not items or any(op is not _sre_c.LITERAL for op, _ in items):
        return None
    return "".join(chr(av) for _, av in items)  # type: ignore[arg-type]


def skips_to_openings(tree: _sre_p.SubPattern, flags: int) -> bool:
    """Whether ``re``'s own search skips, in C, the positions where no match can open (the compiled code's
    info block holds a literal prefix or a set of first characters)."""
    code = _sre_compiler._code(tree, flags)
    return bool(code[0] == _sre_c.INFO and code[2] & (_sre_c.SRE_INFO_PREFIX | _sre_c.SRE_INFO_CHARSET))


# The gate: the leading items of an expression, as one lookahead (issue 17, fourteenth session)
GATE_REACH = 24  # the most characters a gate reads after the position it is tried at
_BEGINNINGS = frozenset(
    {_sre_c.AT_BEGINNING, _sre_c.AT_BEGINNING_LINE, _sre_c.AT_BEGINNING_STRING}  # type: ignore[attr-defined]
)


def start_gate(tree: _sre_p.SubPattern, flags: int) -> tuple[re.Pattern[str] | None, int]:
    """:func:`start_gate_code`, compiled."""
    code, reach = start_gate_code(tree, flags)
    return (None if code is None else from_code(code)), reach


def start_gate_code(tree: _sre_p.SubPattern, flags: int) -> tuple[Compiled | None, int]:
    """The longest run of an expression's leading items that reads at most :data:`GATE_REACH` characters
    from a match's start and never reads past what it consumes (no lookahead, no end or word boundary), as a
    lookahead, and how many characters it reads: it holds wherever a match starts, and ``re`` tries it in C
    at every position of a window where :func:`scan.finditer` tried the whole expression from Python. A
    repeat ``x{n,m}`` (n ≥ 1) too wide to take whole gives its first ``x`` and ends the run. None when no
    item qualifies."""
    taken: list[tuple[object, object]] = []
    reach = 0
    for item in _leading(tree.data):
        if not _reads_behind_only(item):
            break
        width = _width(tree, item)
        if reach + width <= GATE_REACH:
            taken.append(item)
            reach += width
            continue
        op, av = item
        if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            once = av[2]  # type: ignore[index]
            if reach + int(once.getwidth()[1]) <= GATE_REACH:
                taken.extend(once.data)
                reach += int(once.getwidth()[1])
        break
    if not taken:
        return None, 0
    lookahead = _sre_p.SubPattern(tree.state, list(taken))
    gate = _sre_p.SubPattern(tree.state, [(_sre_c.ASSERT, (1, lookahead))])
    return tree_code(gate, flags), reach  # compiled from the tree: the expression's own groups


def tree_code(tree: _sre_p.SubPattern, flags: int) -> Compiled:
    """What ``re``'s compiler gives ``_sre.compile`` for a parse tree (``_compiler.compile`` without a source):
    plain values, so the analysis of an expression can be kept on disk (``scanstore``)."""
    groups = tree.state.groupdict
    names: list[str | None] = [None] * tree.state.groups
    for name, i in groups.items():
        names[i] = name
    code = tuple(map(int, _sre_compiler._code(tree, flags)))  # plain ints (the opcodes are named ints)
    return int(flags | tree.state.flags), code, tree.state.groups - 1, dict(groups), tuple(names)


def from_code(compiled: Compiled) -> re.Pattern[str]:
    """The expression of :func:`tree_code`'s values (``_sre`` checks the code: a damaged one is a RuntimeError)."""
    flags, code, groups, groupindex, indexgroup = compiled
    return _sre.compile(None, flags, list(code), groups, groupindex, indexgroup)


def _leading(data: Sequence[tuple[object, object]]) -> list[tuple[object, object]]:
    """The items of a sequence, groups that set no flag of their own spliced in."""
    out: list[tuple[object, object]] = []
    for op, av in data:
        if op is _sre_c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            out.extend(_leading(av[3].data))  # type: ignore[index]
        else:
            out.append((op, av))
    return out


def _reads_behind_only(item: tuple[object, object]) -> bool:
    """Whether ``item`` reads only what it consumes and characters before it (a lookbehind, a line start)."""
    op, av = item
    c = _sre_c
    if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
        return True
    if op is c.AT:
        return av in _BEGINNINGS
    if op in (c.ASSERT, c.ASSERT_NOT):
        return av[0] == -1  # type: ignore[index]
    if op is c.SUBPATTERN:
        return all(map(_reads_behind_only, av[3].data))  # type: ignore[index]
    if op in _REPEATS:
        return all(map(_reads_behind_only, av[2].data))  # type: ignore[index]
    if op is c.BRANCH:
        return all(_reads_behind_only(i) for alternative in av[1] for i in alternative.data)  # type: ignore[index]
    return False
