"""Issue 17, lane perf33: a rebuild's steps measured by user and system time (the lead's puzzle: a rebuild that
does not get faster with the machine), ``bench/steps.py``'s ``split``: each step's user and system CPU seconds and
minor page faults, from ``getrusage``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_steps_prints_user_and_system_time_per_step(tmp_path: Path) -> None:
    corpus = ROOT / "seeds"
    if importlib.util.find_spec("ygraph") is None or not any(corpus.glob("*.txt")):
        pytest.skip("no seeds")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "steps.py"), str(corpus), str(tmp_path / "out"), "--src", str(ROOT / "src")],
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    printed = json.loads(done.stdout.strip().splitlines()[-1])
    split = printed["split"]
    user, system, faults = split["total"]
    assert user > 0 and system >= 0 and faults >= 0
    assert {"extract", "merge", "graph", "writers", "w:ygraph.db"} <= set(split)
    assert all(len(row) == 3 for row in split.values())
    assert user + system == pytest.approx(printed["total"], abs=0.05)
