"""ygraph eval on a build of the seeds: the end-to-end thresholds of issues 5 and 6.

The report is printed at the end of the pytest output. Ratchet the thresholds here, in THRESHOLDS only.
The invented corpus tests/data/mini is evaluated too, as held-out text (reported, no thresholds yet).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import DATA, GOLD, check_threshold
from ygraph import BuildConfig, build
from ygraph.eval.evaluate import Evaluation, detail_lines, evaluate, summary_lines

# "metric.field": (comparison, bound); fields are those of `ygraph eval --json`.
THRESHOLDS: dict[str, tuple[str, float]] = {
    "events.recall": (">=", 1.0),
    "events.precision": (">=", 1.0),
    "event_dates.recall": (">=", 1.0),
    "events.duplicates": ("<=", 0),
    "participation.recall": (">=", 1.0),
    "participation.precision": (">=", 1.0),
    "presided.recall": (">=", 1.0),
    "spoke.recall": (">=", 1.0),
    "policies.recall": (">=", 1.0),
    "roles.recall": (">=", 0.98),
    "roles.precision": (">=", 0.96),
    "successions.found": (">=", 4),
    "conflicts.found": (">=", 3),
    "people.precision": (">=", 0.97),
    "people.junk": ("<=", 0),
}
METRICS = {
    "event_sources",
    "policies",
    "events",
    "event_dates",
    "participation",
    "presided",
    "spoke",
    "sent",
    "roles",
    "successions",
    "conflicts",
    "people",
}


@pytest.fixture(scope="module")
def seed_eval(seed_build, terminal_summary: Callable[[str, list[str]], None]) -> Evaluation:
    _, out = seed_build
    ev = evaluate(GOLD, out / "graph.graphml")
    terminal_summary("ygraph eval on the seeds", summary_lines(ev) + detail_lines(ev, limit=8))
    return ev


def test_eval_runs_on_the_seed_build_and_gives_every_metric(seed_eval: Evaluation) -> None:
    metrics = seed_eval.as_dict()["metrics"]
    assert set(metrics) == METRICS
    for name, m in metrics.items():
        assert 0.0 <= m["precision"] <= 1.0 and 0.0 <= m["recall"] <= 1.0, name
        assert m["n_gold"] > 0, name
    assert all(key.split(".")[0] in metrics for key in THRESHOLDS)


@pytest.mark.parametrize("key", sorted(THRESHOLDS))
def test_seed_threshold(seed_eval: Evaluation, key: str) -> None:
    check_threshold(seed_eval, key, THRESHOLDS)


def test_eval_on_the_held_out_mini_corpus(
    tmp_path_factory: pytest.TempPathFactory, terminal_summary: Callable[[str, list[str]], None]
) -> None:
    out = tmp_path_factory.mktemp("mini-output")
    build(BuildConfig(paths=(DATA / "mini",), out=out))
    ev = evaluate(DATA / "gold" / "mini.json", out / "graph.graphml")
    terminal_summary(
        "ygraph eval on tests/data/mini (held out)", summary_lines(ev) + detail_lines(ev, limit=8)
    )
    assert set(ev.scores) == METRICS - {"sent"}  # the mini gold names no sender
