"""render: every output file, written atomically (STUB: graphml + report.json)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..config import BuildConfig
from ..model import Corpus
from ..output import dump_json, write_atomic


def write_outputs(g: nx.MultiDiGraph, corpus: Corpus, config: BuildConfig) -> list[Path]:
    out = config.out
    lines = nx.generate_graphml(g, named_key_ids=True)
    files = {
        "graph.graphml": ("\n".join(lines) + "\n").encode("utf-8"),
        "report.json": dump_json(
            {
                "warnings": [
                    w.__dict__
                    if hasattr(w, "__dict__")
                    else {"code": w.code, "message": w.message, "file": w.file}
                    for w in corpus.warnings
                ]
            }
        ),
    }
    written = []
    for name, data in files.items():
        write_atomic(out / name, data)
        written.append(out / name)
    return written
