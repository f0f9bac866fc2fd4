"""graph.graphml: the graph as networkx writes it, with key ids equal to attribute names."""

from __future__ import annotations

import networkx as nx

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    # named_key_ids: Gephi would otherwise read networkx's automatic key "d3" as the label column.
    lines = nx.generate_graphml(g, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return (XML_DECLARATION + "\n".join(lines) + "\n").encode("utf-8")
