"""report.json (counts, coded warnings, unresolved dates, conflicts, documents, sentences not read) and facts.json."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import asdict
from typing import Any, BinaryIO

import networkx as nx

from ..corpus.graph import normalize_evidence, provenance_order, role_spans
from ..model import Corpus, CuedSentence, Provenance, RoleClaim
from .fastjson import dump_indented, sort_by_json, write_lists


def _provenance_entry(p: Provenance) -> dict[str, Any]:
    return {"file": p.file, "article": p.article, "start": p.start, "end": p.end, "evidence": p.evidence}


def counts(g: nx.MultiDiGraph, corpus: Corpus) -> dict[str, Any]:
    return {
        "documents": len(corpus.documents),
        "articles": sum(len(d.articles) for d in corpus.documents),
        "people": len({p.name for p in corpus.people}),
        "positions": len({r.position for r in corpus.roles}),
        "role_spans": len(role_spans(corpus.roles)),
        "events": len(corpus.events),
        "events_dated": sum(1 for e in corpus.events if e.date),
        "successions": len(corpus.successions),
        "conflicts": len(corpus.conflicts),
        "warnings": len(corpus.warnings),
        "unresolved_dates": len(corpus.unresolved_times),
        "unread_sentences": len(corpus.unread),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "nodes_by_kind": dict(sorted(Counter(k for _, k in g.nodes(data="kind")).items())),
        "edges_by_relation": dict(sorted(Counter(r for *_, r in g.edges(data="relation")).items())),
    }


def report_json(g: nx.MultiDiGraph, corpus: Corpus) -> bytes:
    warnings = sorted({(w.file, w.code, w.message) for w in corpus.warnings})
    conflicts = [
        {
            "kind": c.kind,
            "what": c.what,
            "variants": list(c.variants),
            "sources": sorted({p.file for p in c.provenance}),
            "evidence": [normalize_evidence(p.evidence) for p in sorted(c.provenance, key=provenance_order)],
        }
        for c in corpus.conflicts
    ]
    documents = [
        {
            "path": d.path,
            "date": d.date or "",
            "date_source": d.date_source,
            "encoding": d.encoding,
            "n_chars": d.n_chars,
            "articles": [asdict(a) for a in d.articles],
        }
        for d in sorted(corpus.documents, key=lambda d: d.path)
    ]
    return dump_indented(
        {
            "counts": counts(g, corpus),
            "warnings": [
                {"code": code, "message": message, "file": file} for file, code, message in warnings
            ],
            "unresolved_dates": [
                _provenance_entry(p) for p in sorted(corpus.unresolved_times, key=provenance_order)
            ],
            "conflicts": sorted(conflicts, key=lambda c: (c["kind"], c["what"], c["variants"])),
            "documents": documents,
            "unread": [_unread_entry(c) for c in corpus.unread],
        }
    )


def _unread_entry(c: CuedSentence) -> dict[str, Any]:
    """A sentence with cues no fact accounts for (corpus/unread.py; already sorted by file and offset)."""
    cues = [
        {"cue": cue, "rule": rule, "start": start, "end": end}
        for cue, rule, start, end in zip(c.cues, c.rules, c.starts, c.ends, strict=True)
    ]
    return {
        "file": c.file,
        "article": c.article,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "cited": c.cited,
        "cues": cues,
    }


def role_order(claim: RoleClaim) -> tuple:
    return (claim.person, claim.position, claim.date or "", provenance_order(claim.provenance))


def write_facts(corpus: Corpus, fh: BinaryIO) -> None:
    """Every fact of the corpus with its full provenance (file, article, offsets, evidence, rule, span).

    The facts hold no floats (tests/test_fastjson.py checks the model), so orjson writes them."""
    write_lists(
        {
            "people": sorted(corpus.people, key=lambda p: p.name),
            "roles": sorted(corpus.roles, key=role_order),
            "events": sorted(corpus.events, key=lambda e: e.id),
            "successions": sort_by_json(corpus.successions),
            "conflicts": sort_by_json(corpus.conflicts),
            "unresolved_times": sorted(corpus.unresolved_times, key=provenance_order),
        },
        fh,
    )


def facts_json(corpus: Corpus) -> bytes:
    buffer = io.BytesIO()
    write_facts(corpus, buffer)
    return buffer.getvalue()
