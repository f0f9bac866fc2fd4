"""Where graph.html's layout spends its CPU, by connected component, and what a rebuild could keep of it.

    python3 bench/layoutparts.py BUILD/graph.graphml                   # the components of one build
    python3 bench/layoutparts.py BUILD/graph.graphml REBUILD/graph.graphml  # … and those a rebuild left alone

Prints one JSON line: ``nodes``, ``pairs``, ``components``, ``sizes`` (the ten largest), ``largest_share`` (the
largest component's share of the nodes), ``cpu`` (CPU s of ``layout.graph_layout`` as the build runs it),
``cpu_largest`` and ``cpu_rest`` (``force_layout`` of the largest component alone, then of all the others, with
the budgets the build gives them). With a second graph: ``kept`` (components of the second whose node ids and
edges are those of a component of the first) and ``kept_nodes``, their nodes. A layout kept per component can
save at most the CPU of the components a rebuild leaves alone, and never the largest one's once a new document
touches it (docs/performance.md, twenty-third session: at 10 MB the largest holds nine nodes in ten).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("graphml", type=Path, help="graph.graphml of a build")
    parser.add_argument("rebuilt", type=Path, nargs="?", help="graph.graphml of a rebuild (optional)")
    parser.add_argument("--src", type=Path, help="the ygraph sources to time (default: the installed ones)")
    return parser.parse_args(argv)


def read(path: Path) -> tuple[list[str], list[tuple[int, int]]]:
    """The node ids in the order graph.html lays them out (sorted) and the edges as index pairs."""
    g = nx.read_graphml(path, force_multigraph=True)
    ids = sorted(g.nodes)
    index = {nid: i for i, nid in enumerate(ids)}
    return ids, [(index[u], index[v]) for u, v in g.edges()]


def parts(n: int, edges: list[tuple[int, int]]) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """``layout.components`` as ``graph_layout`` computes them, and the distinct undirected pairs."""
    from ygraph.render import layout

    pairs = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        neighbours[u].append(v)
        neighbours[v].append(u)
    return layout.components(n, neighbours), pairs


def signatures(ids: list[str], edges: list[tuple[int, int]]) -> set[tuple[Any, ...]]:
    """Each component as its node ids and its edges by id: equal signatures, an unchanged component."""
    found, pairs = parts(len(ids), edges)
    where = {i: c for c, members in enumerate(found) for i in members}
    inside: list[list[tuple[str, str]]] = [[] for _ in found]
    for u, v in pairs:
        inside[where[u]].append((ids[u], ids[v]))
    return {(tuple(sorted(ids[i] for i in m)), tuple(sorted(e))) for m, e in zip(found, inside, strict=True)}


def measure(ids: list[str], edges: list[tuple[int, int]]) -> dict[str, Any]:
    from ygraph.render import layout

    n = len(ids)
    found, pairs = parts(n, edges)
    where = {i: c for c, members in enumerate(found) for i in members}
    local = {i: k for members in found for k, i in enumerate(members)}
    inside: list[list[tuple[int, int]]] = [[] for _ in found]
    for u, v in pairs:
        inside[where[u]].append((local[u], local[v]))
    budgets = [max(1, layout.PAIR_BUDGET * len(m) // max(n, 1)) for m in found]
    started = time.process_time()
    layout.graph_layout(n, edges)
    cpu = time.process_time() - started
    started = time.process_time()
    if found:
        layout.force_layout(len(found[0]), inside[0], budgets[0])
    cpu_largest = time.process_time() - started
    started = time.process_time()
    for c in range(1, len(found)):
        layout.force_layout(len(found[c]), inside[c], budgets[c])
    cpu_rest = time.process_time() - started
    return {
        "nodes": n,
        "pairs": len(pairs),
        "components": len(found),
        "sizes": [len(m) for m in found[:10]],
        "largest_share": round(len(found[0]) / n, 3) if found else 0.0,
        "cpu": round(cpu, 3),
        "cpu_largest": round(cpu_largest, 3),
        "cpu_rest": round(cpu_rest, 3),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src))
    ids, edges = read(args.graphml)
    result = measure(ids, edges)
    if args.rebuilt is not None:
        before = signatures(ids, edges)
        after = signatures(*read(args.rebuilt))
        kept = before & after
        result["kept"] = len(kept)
        result["kept_nodes"] = sum(len(nodes) for nodes, _ in kept)
        result["components_rebuilt"] = len(after)
    print(json.dumps(result, sort_keys=True))
    return result


if __name__ == "__main__":
    main()
