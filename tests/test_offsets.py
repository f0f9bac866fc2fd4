"""Every fact in facts.json points at what it claims: the original file's text at the fact's span (whitespace
removed, full-width folded, Traditional read as Simplified) contains the person's name, or the trigger or
name of the event. Checked on the seeds and on the invented dev corpus, from the written file alone."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from ygraph import BuildConfig, build
from ygraph.text import read

DEV = Path(__file__).parent / "data" / "dev"
_SPACE = re.compile(r"\s+")
_T2S = opencc.OpenCC("t2s")


def spellings(text: str) -> set[str]:
    folded = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return {folded, _T2S.convert(folded)}


def claims(facts: dict) -> Iterator[tuple[str, str, dict]]:
    """(what, the words the span must contain, provenance) for every person-, role- and event-bearing fact."""
    for person in facts["people"]:
        for p in person["provenance"]:
            if p["rule"] != "run_split" or p["span_end"] - p["span_start"] == len(person["name"]):
                yield f"person {person['name']}", person["name"], p
    for role in facts["roles"]:
        yield f"role {role['person']} {role['position']}", role["person"], role["provenance"]
    for event in facts["events"]:
        for p in event["provenance"]:
            act = p["rule"].removeprefix("event:act:") if p["rule"].startswith("event:act:") else None
            yield f"event {event['id']}", act or "", p
        for x in event["participants"]:
            yield f"participant {event['id']}", x["person"], x["provenance"]


def misses(facts: dict, originals: dict[str, str]) -> list[tuple[str, str, str]]:
    wrong = []
    for what, words, p in claims(facts):
        text = originals[p["file"]]
        if text[p["start"] : p["end"]] != p["evidence"] or not p["start"] <= p["span_start"] <= p["span_end"] <= p["end"]:
            wrong.append((what, "evidence", p["evidence"][:20]))
            continue
        span = spellings(text[p["span_start"] : p["span_end"]])
        if not any(words in s for s in span):
            wrong.append((what, words, min(span)))
    return wrong


@pytest.fixture(scope="module", params=["seeds", "dev"])
def built(request: pytest.FixtureRequest, seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = seeds_dir if request.param == "seeds" else DEV
    out = tmp_path_factory.mktemp(f"offsets-{request.param}")
    build(BuildConfig(paths=(folder,), out=out))
    sources, _ = read.read_all(read.discover([folder]), None)
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    return facts, {s.path: s.text for s in sources}


def test_every_fact_span_holds_its_claim(built) -> None:
    facts, originals = built
    assert sum(1 for _ in claims(facts)) > 50  # the corpus has facts to check
    assert misses(facts, originals) == []


def test_the_check_sees_a_shifted_span(built) -> None:
    facts, originals = built
    person = next(p for p in facts["people"] if len(p["name"]) >= 2)
    shifted = dict(person["provenance"][0])
    shifted["span_start"] += 1
    broken = {"people": [{"name": person["name"], "provenance": [shifted]}], "roles": [], "events": []}
    assert misses(broken, originals) != []
