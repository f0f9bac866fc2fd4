"""Node positions for large graphs, computed at build time so graph.html can draw them without physics.

vis-network's physics needs tens of seconds to settle thousands of nodes in a browser; here a bounded
force-directed pass (Fruchterman–Reingold with repulsion only between nearby nodes, found through a grid)
costs O(nodes + edges) per iteration, and the number of iterations shrinks as the graph grows. Pure Python
floats in a fixed order: the same graph always gives the same integer positions.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence

EDGE_LENGTH = 120.0  # the page's spring length, so preset and simulated layouts look alike
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# Pair evaluations over all iterations, counted as they happen (crowded hubs make some iterations dear):
# about a second of Python whatever the graph.
PAIR_BUDGET = 1_500_000
NEARBY_PER_NODE = 40  # rough number of grid neighbours per node
MIN_ITERATIONS = 8
MAX_ITERATIONS = 60


def bfs_order(n: int, neighbours: Sequence[Sequence[int]]) -> list[int]:
    """Components largest first, each breadth-first from its best-connected node: neighbours stay close."""
    by_degree = sorted(range(n), key=lambda i: (-len(neighbours[i]), i))
    seen = [False] * n
    components: list[list[int]] = []
    for start in by_degree:
        if seen[start]:
            continue
        seen[start] = True
        order, queue = [], deque([start])
        while queue:
            i = queue.popleft()
            order.append(i)
            for j in sorted(neighbours[i], key=lambda j: (-len(neighbours[j]), j)):
                if not seen[j]:
                    seen[j] = True
                    queue.append(j)
        components.append(order)
    components.sort(key=len, reverse=True)  # stable: ties keep the degree order
    return [i for c in components for i in c]


def iterations_for(n_nodes: int, n_edges: int) -> int:
    per_iteration = n_nodes * NEARBY_PER_NODE + n_edges
    return max(MIN_ITERATIONS, min(MAX_ITERATIONS, PAIR_BUDGET // max(per_iteration, 1)))


def force_layout(n: int, edges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Positions for nodes ``0..n-1`` given undirected ``edges`` (index pairs)."""
    pairs = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        neighbours[u].append(v)
        neighbours[v].append(u)
    x, y = [0.0] * n, [0.0] * n
    for rank, i in enumerate(bfs_order(n, neighbours)):  # a sunflower spiral in breadth-first order
        r = EDGE_LENGTH * 0.6 * math.sqrt(rank)
        x[i], y[i] = r * math.cos(rank * GOLDEN_ANGLE), r * math.sin(rank * GOLDEN_ANGLE)
    iterations = iterations_for(n, len(pairs))
    spent = 0
    for step in range(iterations):
        temperature = EDGE_LENGTH * (1.0 - step / iterations)
        spent += _relax(x, y, pairs, temperature)
        if spent >= PAIR_BUDGET:
            break
    return [(round(a), round(b)) for a, b in zip(x, y, strict=True)]


def _relax(x: list[float], y: list[float], pairs: list[tuple[int, int]], temperature: float) -> int:
    """One step; returns the number of node pairs it looked at."""
    k, k2, cell = EDGE_LENGTH, EDGE_LENGTH * EDGE_LENGTH, 2 * EDGE_LENGTH
    n = len(x)
    dx, dy = [0.0] * n, [0.0] * n
    grid: dict[tuple[int, int], list[int]] = {}
    for i in range(n):
        grid.setdefault((int(x[i] // cell), int(y[i] // cell)), []).append(i)
    looked = len(pairs)
    for (cx, cy), members in grid.items():
        nearby = [j for ox in (-1, 0, 1) for oy in (-1, 0, 1) for j in grid.get((cx + ox, cy + oy), ())]
        looked += len(members) * len(nearby)
        for i in members:
            xi, yi = x[i], y[i]
            for j in nearby:
                if j <= i:
                    continue
                ex, ey = xi - x[j], yi - y[j]
                d2 = ex * ex + ey * ey
                if d2 >= 4 * k2:
                    continue
                if d2 < 1e-4:  # coincident: push apart along a direction fixed by the indices
                    ex, ey, d2 = math.cos(i + j), math.sin(i + j), 1.0
                f = k2 / d2
                dx[i] += ex * f
                dy[i] += ey * f
                dx[j] -= ex * f
                dy[j] -= ey * f
    for u, v in pairs:
        ex, ey = x[u] - x[v], y[u] - y[v]
        d = math.sqrt(ex * ex + ey * ey)
        f = d / k
        dx[u] -= ex * f
        dy[u] -= ey * f
        dx[v] += ex * f
        dy[v] += ey * f
    for i in range(n):
        d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
        if d > 0:
            scale = min(d, temperature) / d
            x[i] += dx[i] * scale
            y[i] += dy[i] * scale
    return looked
