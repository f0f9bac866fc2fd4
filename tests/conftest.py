"""Shared fixtures: paths to the seeds, the gold file and a test corpus written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ygraph.eval.evaluate import Evaluation

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.json"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """One build of the seeds shared by the tests that only read its outputs."""
    from ygraph import BuildConfig, build

    out = tmp_path_factory.mktemp("seed-output")
    result = build(BuildConfig(paths=(SEEDS,), out=out))
    return result, out


_SUMMARY = pytest.StashKey[list[tuple[str, list[str]]]]()


@pytest.fixture(scope="session")
def terminal_summary(pytestconfig: pytest.Config) -> Callable[[str, list[str]], None]:
    """Adds a titled section to the end of the pytest output (shown with or without -s, e.g. in CI logs)."""
    sections = pytestconfig.stash.setdefault(_SUMMARY, [])
    return lambda title, lines: sections.append((title, lines))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    for title, lines in config.stash.get(_SUMMARY, []):
        terminalreporter.write_sep("=", title)
        for line in lines:
            terminalreporter.write_line(line)


def json_provenances(value: object) -> list[dict]:
    """Every provenance record (a dict with file, start, end, evidence) anywhere inside a JSON value."""
    if isinstance(value, dict):
        own = [value] if {"file", "start", "end", "evidence"} <= set(value) else []
        return own + [p for item in value.values() for p in json_provenances(item)]
    if isinstance(value, list):
        return [p for item in value for p in json_provenances(item)]
    return []


def check_threshold(evaluation: Evaluation, key: str, thresholds: dict[str, tuple[str, float]]) -> None:
    """Assert one ``"metric.field": (">=" | "<=", bound)`` threshold on an ``Evaluation``."""
    metric, name = key.split(".")
    value = evaluation.as_dict()["metrics"][metric][name]
    op, bound = thresholds[key]
    met = value >= bound if op == ">=" else value <= bound
    missing = evaluation.scores[metric].missing[:5]
    assert met, f"{key} = {value}, wanted {op} {bound}; missing {missing}"
