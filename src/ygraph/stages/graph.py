"""graph: the corpus as a networkx MultiDiGraph following docs/schema.md (STUB: documents only)."""

from __future__ import annotations

import networkx as nx

from ..model import Corpus


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for doc in sorted(corpus.documents, key=lambda d: d.path):
        g.add_node(f"document:{doc.path}", kind="document", label=doc.path, date=doc.date or "")
    return g
