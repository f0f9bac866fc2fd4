"""The peak memory of a clean build at 50 MB (issue 17, perf35): one string per quoted span of a document however
many facts cite it; the reprint comparison's pairs counted as they are made; a passage's identity index not
spelled out as a list. Each keeps the values it replaces (the outputs are byte-identical)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from itertools import accumulate, combinations
from operator import not_

import pytest

from ygraph.corpus import reprints, shingles
from ygraph.corpus.shingles import Key
from ygraph.model import Provenance, Sentence, Source
from ygraph.pipeline import process_document
from ygraph.text.clean import clean

# invented text: one sentence cited by a role, two people and an event with its participants
FORM = "2021年3月15日，临江市委书记林晓峰在临江主持召开临江湾区发展座谈会，市长欧阳明远出席并讲话。\n"
ALPHABET = "临江城港口合作"


def _provenances(value: object) -> list[Provenance]:
    """Every provenance reachable from ``value`` (model objects, tuples)."""
    if isinstance(value, Provenance):
        return [value]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _provenances(item)]
    slots = getattr(type(value), "__slots__", ())
    return [p for name in slots for p in _provenances(getattr(value, name, None))]


def test_facts_citing_one_sentence_share_its_text() -> None:
    facts = process_document(Source("linjiang.txt", FORM, "utf-8"), None)
    provs = _provenances(facts)
    by_span: dict[tuple[int, int], list[str]] = {}
    for p in provs:
        assert p.evidence == FORM[p.start : p.end]
        by_span.setdefault((p.start, p.end), []).append(p.evidence)
    cited = max(by_span.values(), key=len)
    assert len(cited) >= 3 and all(text is cited[0] for text in cited)
    cued = [c for c in facts.cued if (c.start, c.end) in by_span]  # the unread report's copy of the sentence
    assert cued and all(c.sentence is by_span[(c.start, c.end)][0] for c in cued)


@pytest.mark.parametrize(("start", "end"), [(0, 10), (11, 30), (0, len(FORM) - 1)])
def test_a_quoted_span_is_one_string_across_the_documents_stages(start: int, end: int) -> None:
    doc = clean(Source("linjiang.txt", FORM, "utf-8"))
    later = replace(doc, date="2021-03-15", date_source="text")  # a later stage's document: the same memo
    sentence = Sentence(start, end, doc.text[start:end])
    first = doc.provenance(0, sentence, start, start + 1, "a")
    again = later.provenance(0, sentence, end - 1, end, "b")
    assert first.evidence == FORM[first.start : first.end] and first.evidence is again.evidence
    assert later == replace(doc, date="2021-03-15", date_source="text", quoted={})  # not compared


def _counted_from_a_list(keys: list[Key]) -> list[tuple[int, int]]:
    """The definition as the pairs were counted before: every shared shingle's pairs listed, then counted."""
    postings: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        for s in shingles.shingles(key[3]):
            postings.setdefault(s, []).append(i)
    together = [p for ids in postings.values() if 1 < len(ids) <= shingles.MAX_POSTINGS for p in combinations(ids, 2)]
    shared = Counter(together)
    return sorted(p for p, n in shared.items() if n >= shingles.MIN_SHARED and keys[p[0]][0] != keys[p[1]][0])


@pytest.mark.parametrize("seed", range(12))
def test_pairs_counted_as_made_equal_the_listed_count(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shingles, "MAX_POSTINGS", 4)
    monkeypatch.setattr(shingles, "MIN_SHARED", 2)
    rng = random.Random(seed)
    keys = []
    for i in range(60):
        letters = ALPHABET[: rng.choice((2, 3, 4, len(ALPHABET)))]
        text = "".join(rng.choice(letters) for _ in range(rng.randint(4, 14)))
        keys.append((f"f{rng.randint(0, 5)}.txt", i, i + len(text), text))
    pairs, _ = shingles.candidates(keys)
    assert pairs == _counted_from_a_list(keys) and pairs


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("临江市委书记林晓峰出席", False),  # no white space: each character is its own compact index
        ("临江市委书记 林晓峰\n出席", True),  # white space: the compact index of each character, listed
    ],
)
def test_a_passages_index(text: str, listed: bool) -> None:
    prov = Provenance("a.txt", 0, 0, len(text), text, "titled", 0, 2)
    passage = reprints._passage(prov)
    expected = list(accumulate(map(not_, map(str.isspace, text)), initial=0))
    assert list(passage.index) == expected and isinstance(passage.index, list) is listed
