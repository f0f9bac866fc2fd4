"""Time to a settled, drawn graph.html in headless Chromium for generated graphs of growing size.

    python3 bench/browser.py --nodes 500,2000,5000     # prints a markdown table

The graphs are shaped like ygraph's own (events linked to people, places, policies and the documents that
report them; people to positions), with invented labels, and rendered by ``ygraph.render.html.graph_html``.
Needs Debian's chromium (/usr/bin/chromium) and the playwright Python package (the test extra).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
LAYOUT_DONE = "window.ygraph && window.ygraph.drawn"
KIND_SHARES = {
    "event": 0.3,
    "person": 0.3,
    "position": 0.12,
    "organization": 0.08,
    "place": 0.08,
    "policy": 0.07,
    "document": 0.05,
}
# relation, source kind, target kind, share of the edges
RELATIONS = (
    ("attended", "person", "event", 0.3),
    ("presided", "person", "event", 0.08),
    ("holds_position", "person", "position", 0.14),
    ("held_in", "event", "place", 0.1),
    ("mentioned_in", "event", "document", 0.25),
    ("adopted", "event", "policy", 0.08),
    ("part_of", "position", "organization", 0.05),
)
CHARS = "明华建国文志海伟军平东丽红晓春立新宏永德庆峰林宇浩勇杰涛斌辉超刚磊颖静敏慧欣远航瑞祥云鹏飞"


def big_graph(n_nodes: int = 2000, n_edges: int = 5000, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of exactly ``n_nodes`` nodes and ``n_edges`` edges, deterministic for a seed."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    by_kind: dict[str, list[str]] = {}
    kinds = list(KIND_SHARES)
    for i in range(n_nodes):
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choices(kinds, list(KIND_SHARES.values()))[0]
        label = "".join(rng.choice(CHARS) for _ in range(rng.randint(2, 8))) + f"{i}"
        attrs = {"kind": kind, "label": label}
        if kind == "event":
            attrs["date"] = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        nid = f"{kind}:{label}"
        g.add_node(nid, **attrs)
        by_kind.setdefault(kind, []).append(nid)
    weights = [r[3] for r in RELATIONS]
    counts: dict[str, int] = {}
    while g.number_of_edges() < n_edges:
        relation, source, target, _ = rng.choices(RELATIONS, weights)[0]
        # squaring a uniform draw favours the first nodes of a kind: hubs, as real corpora have
        u = by_kind[source][int(rng.random() ** 2 * len(by_kind[source]))]
        v = by_kind[target][int(rng.random() ** 2 * len(by_kind[target]))]
        n = counts[relation] = counts.get(relation, 0) + 1
        g.add_edge(u, v, key=f"{relation}:{n}", relation=relation)
    return g


def time_page(html: Path, runs: int = 1) -> list[float]:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from browser_harness import launch_browser

    seconds = []
    with launch_browser() as browser:
        for _ in range(runs):
            with browser.open(html, wait_for=LAYOUT_DONE, timeout_ms=120_000) as page:
                if page.page_errors:
                    raise SystemExit(f"page errors: {page.page_errors}")
                seconds.append(page.load_seconds)
    return seconds


def main() -> None:
    from ygraph.render.html import graph_html

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", default="500,2000,5000", help="node counts; edges are 2.5 × nodes")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| nodes | edges | page MB | render s (Python) | time to settled canvas s (median) | runs |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="perf-browser-") as tmp:
        for n in (int(x) for x in args.nodes.split(",")):
            g = big_graph(n, int(n * 2.5))
            started = time.perf_counter()
            page = graph_html(g)
            render = time.perf_counter() - started
            html = Path(tmp) / f"graph-{n}.html"
            html.write_bytes(page)
            seconds = sorted(time_page(html, args.runs))
            median = seconds[len(seconds) // 2]
            print(
                f"| {n} | {g.number_of_edges()} | {len(page) / 1e6:.2f} | {render:.2f} | {median:.2f} "
                f"| {args.runs} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
