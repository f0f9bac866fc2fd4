"""graph.graphml: the graph as networkx writes it, with key ids equal to attribute names."""

from __future__ import annotations

import io

import networkx as nx


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    # write_graphml, not generate_graphml: the generator escapes every Chinese character as &#NNNNN;.
    # named_key_ids: Gephi would otherwise read networkx's automatic key "d3" as the label column.
    buffer = io.BytesIO()
    nx.write_graphml(g, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue()
