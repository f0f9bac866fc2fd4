"""Every Provenance of every fact of a seed build points at its evidence in the original decoded file."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from conftest import json_provenances
from ygraph.model import Corpus, Provenance
from ygraph.text import read


def provenances(corpus: Corpus) -> Iterator[tuple[str, Provenance]]:
    for person in corpus.people:
        yield from ((f"person {person.name}", p) for p in person.provenance)
    for claim in corpus.roles:
        yield f"role {claim.person} {claim.position}", claim.provenance
    for event in corpus.events:
        yield from ((f"event {event.id}", p) for p in (*event.provenance, *event.mentioned_in))
        yield from ((f"participant {event.id} {x.person}", x.provenance) for x in event.participants)
        yield from ((f"policy {event.id} {x.title}", x.provenance) for x in event.policies)
    for succession in corpus.successions:
        yield from ((f"succession {succession.position}", p) for p in succession.provenance)
    for conflict in corpus.conflicts:
        yield from ((f"conflict {conflict.what}", p) for p in conflict.provenance)
    yield from (("unresolved time", p) for p in corpus.unresolved_times)


@pytest.fixture(scope="module")
def originals(seeds_dir) -> dict[str, str]:
    sources, _ = read.read_all(read.discover([seeds_dir]), None)
    return {s.path: s.text for s in sources}


def test_every_fact_points_at_its_evidence(seed_build, originals: dict[str, str]) -> None:
    result, _ = seed_build
    facts = list(provenances(result.corpus))
    if not facts:
        pytest.skip("the seed build has no facts yet (extractors are stubs)")
    wrong = [
        (what, p.file, p.start, p.end)
        for what, p in facts
        if originals[p.file][p.start : p.end] != p.evidence
        or not p.start <= p.span_start <= p.span_end <= p.end
    ]
    assert wrong == [], f"{len(wrong)} of {len(facts)} provenances do not match the original text"


def test_facts_json_offsets_match_the_files(seed_build, originals: dict[str, str]) -> None:
    _, out = seed_build
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    found = json_provenances(facts)
    for p in found:
        assert originals[p["file"]][p["start"] : p["end"]] == p["evidence"]
