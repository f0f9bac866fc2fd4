"""The reprint comparison's shortcuts give what the plain comparison gives (invented strings only)."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.corpus import reprints, shingles
from ygraph.model import Provenance

_CHARS = "甲乙丙丁戊己庚辛，。 \u3000\t"
texts = st.text(alphabet=_CHARS, max_size=40)


@settings(max_examples=400, deadline=None)
@given(texts, texts)
def test_ratio_filters_never_drop_a_pair_the_ratio_keeps(a: str, b: str) -> None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    assert reprints.plausible_reprint(matcher) == (
        SequenceMatcher(None, a, b, autojunk=False).ratio() >= reprints._MIN_RATIO
    )


def _old_passage(prov: Provenance) -> tuple[str, list[int]]:
    chars: list[str] = []
    index: list[int] = []
    for ch in prov.evidence.translate(reprints._FULLWIDTH):
        index.append(len(chars))
        if not ch.isspace():
            chars.append(ch)
    index.append(len(chars))
    return "".join(chars), index


def _prov(file: str, evidence: str, start: int = 0) -> Provenance:
    return Provenance(file, 0, start, start + len(evidence), evidence, "titled", start, start + 2)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS + "(),;:!?\n\r\x0b\x1c\u2028\xa0", max_size=60))
def test_passage_matches_the_character_loop(evidence: str) -> None:
    p = reprints._passage(_prov("a.txt", evidence))
    assert (p.text, list(p.index)) == _old_passage(_prov("a.txt", evidence))  # a range when no space (perf35)


_BASE = "庚辛局长甲乙出席壬癸会议并讲话。"
# one invented sentence with a stretch replaced: most pairs are near-identical, as reprints are
edited = st.builds(
    lambda i, n, piece: _BASE[:i] + piece + _BASE[i + n :],
    st.integers(0, len(_BASE)),
    st.integers(0, 3),
    st.text(alphabet=_CHARS, max_size=3),
)
marked = st.tuples(edited, st.integers(0, 10), st.integers(0, 4), st.sampled_from(["甲乙", "丙丁", "戊己"]))


def _passages(specs: list[tuple[str, int, int, str]]) -> list[reprints.Passage]:
    out = []
    for k, (text, at, width, person) in enumerate(specs):
        p = reprints._passage(_prov(f"doc{k % 3}.txt", text, 10 * k))
        start = min(at, len(p.text))
        p.marks.append(reprints.Mark("person", start, min(start + width, len(p.text)), person))
        p.marks.append(reprints.Mark("position", start, start, person, "乙局长", f"{person}局", "2031"))
        out.append(p)
    return out


def _fresh_ops(a: str, b: str) -> reprints.Ops:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < reprints._MIN_RATIO:
        return None
    return tuple((i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal")


def _fresh(passages: list[reprints.Passage], pairs: list[tuple[int, int]]) -> dict:
    fresh = {}
    for a, b in pairs:
        conflict = reprints._compare(passages[a], passages[b], _fresh_ops(passages[a].text, passages[b].text))
        if conflict is not None:
            fresh[(a, b)] = conflict
    return fresh


@settings(max_examples=200, deadline=None)
@given(st.lists(marked, min_size=2, max_size=6))
def test_one_reused_matcher_compares_as_fresh_matchers(specs: list[tuple[str, int, int, str]]) -> None:
    passages = _passages(specs)
    pairs = [(a, b) for a in range(len(passages)) for b in range(a + 1, len(passages))]
    memo = reprints.DiffMemo()
    assert reprints._compared(passages, pairs, memo, None) == _fresh(passages, pairs)
    # a rebuild reads the comparisons of the last one: same conflicts, the same pairs recorded
    again = reprints.DiffMemo(memo.used)
    assert reprints._compared(passages, pairs, again, None) == _fresh(passages, pairs)
    assert again.used == memo.used


def test_comparisons_shared_with_another_process_and_remembered(monkeypatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    specs = [(_BASE[:k] + "丙丁" + _BASE[k + 2 :], k, 2, "丙丁") for k in range(12)] + [(_BASE, 4, 2, "甲乙")] * 3
    passages = _passages(specs)
    pairs = [(a, b) for a in range(len(passages)) for b in range(a + 1, len(passages))]
    fresh = _fresh(passages, pairs)
    assert fresh  # the invented passages do hold conflicts
    monkeypatch.setattr(reprints, "_POOL_MIN_PAIRS", 2)
    memo = reprints.DiffMemo()
    with ThreadPoolExecutor(1) as pool:
        assert reprints._compared(passages, pairs, memo, pool) == fresh
    # a remembered comparison is used as it is, never recomputed: a wrong one shows
    wrong = {key: None for key in memo.used}
    assert reprints._compared(passages, pairs, reprints.DiffMemo(wrong), None) == {}


def _old_candidates(passages: list[reprints.Passage]) -> list[tuple[int, int]]:
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        for s in {p.text[k : k + shingles.SHINGLE] for k in range(len(p.text) - shingles.SHINGLE + 1)}:
            postings.setdefault(s, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for ids in postings.values():
        if len(ids) > shingles.MAX_POSTINGS:
            continue
        for a in ids:
            for b in ids:
                if a < b and passages[a].file != passages[b].file:
                    shared[(a, b)] = shared.get((a, b), 0) + 1
    return sorted(pair for pair, n in shared.items() if n >= shingles.MIN_SHARED)


@settings(max_examples=200, deadline=None)
@given(st.lists(marked, min_size=2, max_size=12))
def test_candidates_match_the_pairwise_loop(specs: list[tuple[str, int, int, str]]) -> None:
    passages = _passages(specs)
    assert reprints._candidates(passages) == _old_candidates(passages)
