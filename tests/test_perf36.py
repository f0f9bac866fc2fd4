"""Issue 17, lane perf36: ``bench/layoutparts.py``, graph.html's layout by connected component — how much of its
CPU the largest component takes and how many components a rebuild leaves unchanged (the measure that dropped a
layout kept per component: docs/performance.md, twenty-third session). Invented graphs only.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest

from test_realdev import bench_module

ROOT = Path(__file__).resolve().parents[1]


def _layoutparts() -> ModuleType:
    return bench_module("layoutparts")


def _graph(path: Path, edges: list[tuple[str, str]], alone: tuple[str, ...] = ()) -> Path:
    g = nx.MultiDiGraph()
    g.add_nodes_from(alone)
    g.add_edges_from(edges)
    nx.write_graphml(g, path)
    return path


HUB = [("person:郑立群", "post:青禾县县长"), ("post:青禾县县长", "org:青禾县人民政府"),
       ("person:许海川", "post:青禾县县长"), ("person:许海川", "event:青禾县会议")]  # fmt: skip
FRAGMENT = [("person:林晓岚", "post:白石镇镇长"), ("post:白石镇镇长", "org:白石镇人民政府")]


@pytest.mark.parametrize(
    ("rebuilt_edges", "kept", "kept_nodes"),
    [
        (HUB + FRAGMENT, 2, 8),  # nothing new: every component kept
        (HUB + [("person:何远舟", "event:青禾县会议")] + FRAGMENT, 1, 3),  # a new person joins the largest
        (HUB + FRAGMENT + [("person:何远舟", "post:白石镇镇长")], 1, 5),  # … or the fragment
    ],
)
def test_layoutparts_counts_components_a_rebuild_left_alone(
    tmp_path: Path, rebuilt_edges: list[tuple[str, str]], kept: int, kept_nodes: int
) -> None:
    layoutparts = _layoutparts()
    first = _graph(tmp_path / "a.graphml", HUB + FRAGMENT)
    second = _graph(tmp_path / "b.graphml", rebuilt_edges)
    result = layoutparts.main([str(first), str(second), "--src", str(ROOT / "src")])
    assert result["nodes"] == 8 and result["components"] == 2 and result["sizes"] == [5, 3]
    assert result["largest_share"] == pytest.approx(5 / 8, abs=0.001)
    assert result["kept"] == kept and result["kept_nodes"] == kept_nodes
    assert result["cpu"] >= 0 and result["cpu_largest"] >= 0 and result["cpu_rest"] >= 0


def test_layoutparts_counts_a_lone_node_as_a_component(tmp_path: Path) -> None:
    layoutparts = _layoutparts()
    path = _graph(tmp_path / "a.graphml", FRAGMENT, alone=("person:孟可欣",))
    result = layoutparts.main([str(path)])
    assert result["components"] == 2 and result["sizes"] == [3, 1] and "kept" not in result
