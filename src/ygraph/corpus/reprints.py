"""reprints: one passage printed by two documents with a different name or organisation in it.

Only sentences that carry a person or a position are compared. Candidate pairs come from an inverted
index of 4-character shingles (frequent shingles are skipped), so the cost is linear in the text, not
quadratic in the sentences. A pair is a reprint when the sentences are near-identical (difflib ratio) and
exactly one differing stretch touches a name or a position: then it is a conflict with both evidences.
Sentences whose stretches touch several names (the same list printed for another year) are not reprints.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate
from operator import not_

from ..model import Conflict, Person, Provenance, RoleClaim
from ..punctuation import HALF_TO_FULL
from . import shingles

_MIN_RATIO = 0.75
_POOL_MIN_PAIRS = 400  # fewer comparisons than this are not worth a round trip to another process
Ops = tuple[tuple[int, int, int, int], ...] | None  # differing stretches of two texts; None: not a reprint
_NON_SPACE = re.compile(r"\S+")  # \S is exactly ``not str.isspace()``
_FULLWIDTH = str.maketrans(HALF_TO_FULL)
_HALF = re.compile("[" + re.escape("".join(HALF_TO_FULL)) + "]")  # what ``_FULLWIDTH`` would change


@dataclass
class Mark:
    kind: str  # "person" | "position"
    start: int  # compact offsets inside the sentence
    end: int
    person: str
    position: str = ""
    organization: str = ""
    date: str = ""


@dataclass
class Passage:
    file: str
    prov: Provenance
    text: str = ""
    index: Sequence[int] = field(default_factory=list)  # compact index of each original character
    marks: list[Mark] = field(default_factory=list)


def _passage(prov: Provenance) -> Passage:
    text = prov.evidence
    if _HALF.search(text):  # translate copies the text even when nothing changes
        text = text.translate(_FULLWIDTH)
    compact = "".join(_NON_SPACE.findall(text))
    if len(compact) == len(text):  # no whitespace: the usual case
        return Passage(prov.file, prov, compact, range(len(text) + 1))  # each index its own: no list of them
    # the compact index of each character: the non-space characters before it (counted in C)
    return Passage(prov.file, prov, compact, list(accumulate(map(not_, map(str.isspace, text)), initial=0)))


def _collect(people: list[Person], roles: list[RoleClaim]) -> list[Passage]:
    passages: dict[tuple[str, int, int], Passage] = {}

    def add(prov: Provenance, mark: Mark) -> None:
        key = (prov.file, prov.start, prov.end)
        p = passages.get(key)
        if p is None:  # most evidences repeat a sentence already seen: build each passage once
            p = passages[key] = _passage(prov)
        a, b = prov.span_start - prov.start, prov.span_end - prov.start
        mark.start, mark.end = p.index[a], p.index[b]
        p.marks.append(mark)

    for person in people:
        for prov in person.provenance:
            add(prov, Mark("person", 0, 0, person.name))
    for r in roles:
        add(
            r.provenance,
            Mark("position", 0, 0, r.person, r.position, r.organization or r.position, r.date or ""),
        )
    return [passages[k] for k in sorted(passages)]


def _candidates(passages: list[Passage], memo: DiffMemo | None = None) -> list[tuple[int, int]]:
    """The pairs of passages to compare (``shingles.candidates``); with a ``memo`` holding the last build's
    index, found from the passages added and removed alone (``shingles.updated``: the same pairs)."""
    keys = [(p.file, p.prov.start, p.prov.end, p.text) for p in passages]
    if memo is not None and memo.index is not None:
        try:
            found = shingles.updated(keys, memo.index)
        except shingles.IndexError_ as error:
            memo.problems.append(f"{error}; candidate pairs counted again")
            found = None
        if found is not None:
            memo.index = found[1]
            return found[0]
    pairs, memo_index = shingles.candidates(keys, keep=memo is not None and memo.keep_index)
    if memo is not None:
        memo.index = memo_index
    return pairs


def _touching(marks: list[Mark], lo: int, hi: int) -> list[Mark]:
    return [m for m in marks if m.start <= hi and lo <= m.end and (m.start < hi or lo < m.end or lo == hi)]


def plausible_reprint(matcher: SequenceMatcher) -> bool:
    """``ratio() >= _MIN_RATIO``, tried on its cheap upper bounds first (lengths, then character counts):
    a share of the candidate pairs fails them, and they never reject a pair whose ratio would pass."""
    return (
        matcher.real_quick_ratio() >= _MIN_RATIO
        and matcher.quick_ratio() >= _MIN_RATIO
        and matcher.ratio() >= _MIN_RATIO
    )


def pair_key(a: str, b: str) -> bytes:
    """The memo key of a pair of passage texts (their differing stretches depend on nothing else)."""
    data = f"{len(a)}:{a}{b}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def diff_ops(texts: Sequence[tuple[str, str]]) -> list[Ops]:
    """For each pair of texts: None when they are not near-identical (``plausible_reprint``), else their
    differing stretches ``(i1, i2, j1, j2)``. Pairs in a row with the same second text index it once
    (``set_seq2`` is the costly half of a SequenceMatcher; ``set_seq1`` is free)."""
    out: list[Ops] = []
    matcher = SequenceMatcher(None, "", "", autojunk=False)
    for a, b in texts:
        matcher.set_seq2(b)
        matcher.set_seq1(a)
        if plausible_reprint(matcher):
            out.append(tuple((i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"))
        else:
            out.append(None)
    return out


class DiffMemo:
    """Differing stretches by ``pair_key``: ``known`` from earlier builds (the cache), ``used`` by this one;
    ``index``: the candidate pairs' shingle index of the last build (``shingles``), then this build's when
    ``keep_index``; ``problems``: why a last index was not used (W051)."""

    def __init__(
        self,
        known: Mapping[bytes, Ops] | None = None,
        index: shingles.ShingleIndex | None = None,
        keep_index: bool = False,
    ) -> None:
        self.known = dict(known or {})
        self.used: dict[bytes, Ops] = {}
        self.index = index
        self.keep_index = keep_index
        self.problems: list[str] = []


def _diff_all(texts: list[tuple[str, str]], pool: Executor | None) -> list[Ops]:
    """``diff_ops``, its first half in ``pool`` (one more process) while this one does the second."""
    if pool is None or len(texts) < _POOL_MIN_PAIRS:
        return diff_ops(texts)
    half = len(texts) // 2
    future = pool.submit(diff_ops, texts[:half])
    rest = diff_ops(texts[half:])
    return [*future.result(), *rest]


def _compared(
    passages: list[Passage], pairs: list[tuple[int, int]], memo: DiffMemo, pool: Executor | None
) -> dict[tuple[int, int], Conflict]:
    """``_compare`` on every pair whose texts differ; their differing stretches from ``memo`` or computed
    (grouped by the second passage, see ``diff_ops``) and recorded in ``memo.used``."""
    order = sorted(
        (pair for pair in pairs if passages[pair[0]].text != passages[pair[1]].text),
        key=lambda pair: (pair[1], pair[0]),
    )
    keys = [pair_key(passages[a].text, passages[b].text) for a, b in order]
    todo = {k: (passages[a].text, passages[b].text) for k, (a, b) in zip(keys, order, strict=True)}
    todo = {k: texts for k, texts in todo.items() if k not in memo.known}
    memo.known.update(zip(todo, _diff_all(list(todo.values()), pool), strict=True))
    out = {}
    for key, (a, b) in zip(keys, order, strict=True):
        ops = memo.used[key] = memo.known[key]
        conflict = _compare(passages[a], passages[b], ops)
        if conflict is not None:
            out[(a, b)] = conflict
    return out


def _compare(a: Passage, b: Passage, ops: Ops) -> Conflict | None:
    """``ops``: the differing stretches of ``a.text`` and ``b.text`` (``diff_ops``)."""
    if ops is None:
        return None
    ma: list[Mark] = []
    mb: list[Mark] = []
    for i1, i2, j1, j2 in ops:
        ma.extend(_touching(a.marks, i1, i2))
        mb.extend(_touching(b.marks, j1, j2))
    # one differing stretch: every touched mark is about one person on each side
    if len({m.person for m in ma}) != 1 or len({m.person for m in mb}) != 1:
        return None
    dates = sorted({m.date for m in (*ma, *mb) if m.kind == "position" and m.date}, key=len)
    if any(not later.startswith(d) for d, later in zip(dates, dates[1:], strict=False)):
        return None  # observed at different dates: the same sentence printed about another event
    provs = tuple(sorted((a.prov, b.prov), key=lambda p: (p.file, p.start)))
    names_a = {m.person for m in ma if m.kind == "person"}
    names_b = {m.person for m in mb if m.kind == "person"}
    if names_a and names_b and names_a != names_b:
        variants = tuple(sorted(names_a ^ names_b)) or tuple(sorted(names_a | names_b))
        positions = sorted(
            {m.position for m in (*a.marks, *b.marks) if m.kind == "position" and m.person in variants}
        )
        what = (
            f"name of the {positions[0]}" if positions else "name of a person in a passage both sources print"
        )
        return Conflict("person_name", what, variants, provs)
    pos_a = {(m.person, m.organization) for m in ma if m.kind == "position"}
    pos_b = {(m.person, m.organization) for m in mb if m.kind == "position"}
    people = {p for p, _ in pos_a} & {p for p, _ in pos_b}
    orgs = sorted({o for p, o in pos_a ^ pos_b if p in people})
    if people and len(orgs) >= 2:
        return Conflict("organization", f"organization of {sorted(people)[0]}", tuple(orgs), provs)
    return None


def reprint_conflicts(
    people: list[Person], roles: list[RoleClaim], memo: DiffMemo | None = None, pool: Executor | None = None
) -> list[Conflict]:
    """Conflicts between near-identical passages of different documents (deduplicated by variants).
    ``memo``: comparisons of earlier builds (and records this one's); ``pool``: one more process."""
    passages = _collect(people, roles)
    found: dict[tuple[str, tuple[str, ...]], Conflict] = {}
    memo = memo or DiffMemo()
    pairs = _candidates(passages, memo)
    compared = _compared(passages, pairs, memo, pool)
    for pair in pairs:  # in pair order: the first conflict of a kind and variants names it
        conflict = compared.get(pair)
        if conflict is None:
            continue
        key = (conflict.kind, conflict.variants)
        if key in found:
            old = found[key]
            provs = tuple(
                sorted(set(old.provenance) | set(conflict.provenance), key=lambda p: (p.file, p.start))
            )
            conflict = Conflict(old.kind, old.what, old.variants, provs)
        found[key] = conflict
    return [found[k] for k in sorted(found)]
