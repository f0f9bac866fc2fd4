"""Node positions for graph.html, computed at build time: the page draws them as they are, physics off.

Each connected component is laid out on its own (Fruchterman–Reingold with repulsion only between nearby
nodes, found through a grid: O(nodes + edges) per iteration, the number of iterations shrinking as the
graph grows), then the components are packed: the largest in the middle, the small fragments (a person, their
post and its organisation) in rows beside it, as tall as it is, instead of a ring thrown around it. The page
opens fitted to the largest component, so its labels are legible at first sight. Pure Python floats in a
fixed order: the same graph always gives the same integer positions.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EDGE_LENGTH = 120.0
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# Pair evaluations over all iterations and components, counted as they happen (crowded hubs make some
# iterations dear): about a second of Python whatever the graph.
PAIR_BUDGET = 1_500_000
NEARBY_PER_NODE = 40  # rough number of grid neighbours per node
MIN_ITERATIONS = 8
MAX_ITERATIONS = 200
GAP = EDGE_LENGTH  # between packed components


@dataclass(frozen=True)
class Layout:
    positions: list[tuple[int, int]]
    component: list[int]  # per node: 0 for the largest component, then by size


def components(n: int, neighbours: Sequence[Sequence[int]]) -> list[list[int]]:
    """Components largest first, each breadth-first from its best-connected node: neighbours stay close."""
    by_degree = sorted(range(n), key=lambda i: (-len(neighbours[i]), i))
    seen = [False] * n
    found: list[list[int]] = []
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
        found.append(order)
    found.sort(key=len, reverse=True)  # stable: ties keep the degree order
    return found


def iterations_for(n_nodes: int, n_edges: int, budget: int = PAIR_BUDGET) -> int:
    per_iteration = n_nodes * NEARBY_PER_NODE + n_edges
    return max(MIN_ITERATIONS, min(MAX_ITERATIONS, budget // max(per_iteration, 1)))


def graph_layout(n: int, edges: Iterable[tuple[int, int]]) -> Layout:
    """Positions for nodes ``0..n-1`` given undirected ``edges`` (index pairs), components packed."""
    pairs = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v in pairs:
        neighbours[u].append(v)
        neighbours[v].append(u)
    parts = components(n, neighbours)
    component = [0] * n
    for index, members in enumerate(parts):
        for i in members:
            component[i] = index
    local_pairs: list[list[tuple[int, int]]] = [[] for _ in parts]
    local_index = {i: k for members in parts for k, i in enumerate(members)}
    for u, v in pairs:
        local_pairs[component[u]].append((local_index[u], local_index[v]))
    shapes = [
        force_layout(len(members), local_pairs[c], max(1, PAIR_BUDGET * len(members) // max(n, 1)))
        for c, members in enumerate(parts)
    ]
    offsets = pack([_extent(shape) for shape in shapes])
    positions = [(0, 0)] * n
    for members, shape, (ox, oy) in zip(parts, shapes, offsets, strict=True):
        for i, (x, y) in zip(members, shape, strict=True):
            positions[i] = (round(x + ox), round(y + oy))
    return Layout(positions, component)


def _extent(shape: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in shape], [p[1] for p in shape]
    return min(xs), min(ys), max(xs), max(ys)


def pack(extents: Sequence[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """Offsets for components given their extents (largest first): the first centred on the origin, the
    others in rows to its right, the rows about as tall in total as the first component."""
    if not extents:
        return []
    x0, y0, x1, y1 = extents[0]
    offsets = [(-(x0 + x1) / 2, -(y0 + y1) / 2)]
    rest = extents[1:]
    if not rest:
        return offsets
    sizes = [(e[2] - e[0] + GAP, e[3] - e[1] + GAP) for e in rest]
    height = max(y1 - y0, EDGE_LENGTH * 2)
    row_width = max(max(w for w, _ in sizes), sum(w * h for w, h in sizes) / height)
    left, top = (x1 - x0) / 2 + GAP, -(y1 - y0) / 2
    x, y, row_height = 0.0, 0.0, 0.0
    for (w, h), (ex0, ey0, _, _) in zip(sizes, rest, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offsets.append((left + x - ex0, top + y - ey0))
        x, row_height = x + w, max(row_height, h)
    return offsets


def force_layout(
    n: int, pairs: Sequence[tuple[int, int]], budget: int = PAIR_BUDGET
) -> list[tuple[float, float]]:
    """Positions for one connected graph of nodes ``0..n-1`` (in breadth-first order) and its ``pairs``."""
    x, y = [0.0] * n, [0.0] * n
    for rank in range(n):  # a sunflower spiral in breadth-first order
        r = EDGE_LENGTH * 0.6 * math.sqrt(rank)
        x[rank], y[rank] = r * math.cos(rank * GOLDEN_ANGLE), r * math.sin(rank * GOLDEN_ANGLE)
    if n < 2:
        return list(zip(x, y, strict=True))
    iterations = iterations_for(n, len(pairs), budget)
    degree = [0] * n
    for u, v in pairs:
        degree[u] += 1
        degree[v] += 1
    mass = [1.0 + math.sqrt(d) / 2 for d in degree]  # hubs push harder: their neighbours get room
    spent = 0
    for step in range(iterations):
        temperature = EDGE_LENGTH * (1.0 - step / iterations)
        spent += _relax(x, y, mass, pairs, temperature)
        if spent >= budget:
            break
    return list(zip(x, y, strict=True))


def _relax(
    x: list[float], y: list[float], mass: list[float], pairs: Sequence[tuple[int, int]], temperature: float
) -> int:
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
                f = k2 * mass[i] * mass[j] / d2
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
