"""The corpus stages when many articles share one topic: every document reports the same event on the same
day and prints the same sentence about an official (a few name variants), so the reprint comparison and the
event merge see one huge block. Linear (or n log n) stages keep the time per document flat as n grows.

    python3 bench/topic.py --sizes 1000,2000,4000,10000    # prints a markdown table (invented text only)
"""

from __future__ import annotations

import argparse
import time

from ygraph.corpus import merge
from ygraph.model import ArticleSummary, DocumentFacts, DocumentSummary, Event, Person, Provenance, RoleClaim

SENTENCE = "临川市委书记{name}5月8日出席沿海城市合作发展论坛并讲话。"  # invented
NAMES = ("韩立新", "韩立欣", "韩利新")  # the same (invented) official, spelt three ways by different papers
TITLE = "沿海城市合作发展论坛"


def document(k: int) -> DocumentFacts:
    path = f"doc{k:05d}.txt"
    name = NAMES[k % len(NAMES)] if k % 50 == 0 else NAMES[0]
    evidence = SENTENCE.format(name=name)
    at = evidence.index(name)
    prov = Provenance(path, 0, 0, len(evidence), evidence, "titled", at, at + len(name))
    claim = RoleClaim(name, "临川市委书记", "临川市委书记", "临川市委", "2031-05-08", "sentence", prov)
    event = Event(
        f"event:2031-05-08:{TITLE}", TITLE, "forum", "2031-05-08", None, "sentence", "5月8日", None, False,
        (), (), (prov,),
    )  # fmt: skip
    article = ArticleSummary(0, TITLE, None, "2031-05-08", "text", 0, len(evidence))
    summary = DocumentSummary(path, "utf-8", len(evidence), "2031-05-08", "text", (article,))
    return DocumentFacts(summary, (Person(name, (prov,)),), (claim,), (event,), (), ())


def measure(n: int) -> dict[str, float]:
    facts = [document(k) for k in range(n)]
    started = time.perf_counter()
    corpus = merge.merge(facts, ())
    seconds = time.perf_counter() - started
    return {"documents": n, "seconds": seconds, "events": len(corpus.events), "conflicts": len(corpus.conflicts)}


def table(rows: list[dict[str, float]]) -> str:
    base = rows[0]["seconds"] / rows[0]["documents"]
    lines = ["| documents | merge s | ms per document | growth per document | events | conflicts |",
             "|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for r in rows:
        per = r["seconds"] / r["documents"]
        lines.append(
            f"| {r['documents']} | {r['seconds']:.2f} | {1000 * per:.3f} | {per / base:.2f} "
            f"| {r['events']} | {r['conflicts']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="corpus stages on one shared topic")
    parser.add_argument("--sizes", default="1000,2000,4000,10000", help="numbers of documents")
    args = parser.parse_args(argv)
    rows = [measure(int(n)) for n in args.sizes.split(",")]
    print(table(rows))


if __name__ == "__main__":
    main()
