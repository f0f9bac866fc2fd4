"""ygraph eval: compare a built graph with a hand-annotated gold file (format and rules: docs/gold-format.md).

The result is a measurement, never a verdict: the CLI exits 0 whatever the scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from ..errors import UsageError
from .evalcore import Score, match_events, score_events
from .evalfacts import (
    score_conflicts,
    score_event_sources,
    score_participation,
    score_people,
    score_policies,
    score_roles,
    score_successions,
)
from .evalread import load_gold, load_prediction

LIST_KEYS = (
    "missing",
    "spurious",
    "duplicate_list",
    "planned_wrong",
    "type_wrong",
    "announced_missing",
    "date_outside",
    "unannotated",
    "bare_title",
    "relation_wrong",
    "gold_bare",
)
NOTE_KEYS = (
    "misdated",
    "duplicates",
    "too_precise",
    "less_precise",
    "undated",
    "wrong",
    "end_wrong",
    "junk",
    "note",
)
COUNT_ONLY = ("unannotated",)  # already listed under spurious


@dataclass
class Evaluation:
    gold: str
    graph: str
    scores: dict[str, Score]

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "graph": self.graph,
            "metrics": {name: s.as_dict() for name, s in self.scores.items()},
        }


def evaluate(gold_path: Path, graph_path: Path) -> Evaluation:
    """Every metric of a built graph against a gold file; UsageError when either cannot be read."""
    gold = load_gold(gold_path)
    if not Path(graph_path).is_file():
        raise UsageError(f"graph not found: {graph_path} (run ygraph build first, or pass --graph)")
    pred = load_prediction(graph_path)
    matches = match_events(gold["events"], pred.events)
    scores = [
        *score_events(gold["events"], pred.events, matches),
        score_event_sources(gold, pred, matches),
        *score_participation(gold, pred, matches),
        score_policies(gold, pred, matches),
        score_roles(gold, pred),
        score_successions(gold, pred),
        score_conflicts(gold, pred),
        score_people(gold, pred),
    ]
    return Evaluation(str(gold_path), str(graph_path), {s.name: s for s in scores})


def _notes(score: Score) -> str:
    notes = []
    for key in NOTE_KEYS:
        value = score.extra.get(key)
        if value:
            notes.append(str(value) if key == "note" else f"{key} {value}")
    for key in LIST_KEYS[3:]:
        if score.extra.get(key):
            notes.append(f"{key} {len(score.extra[key])}")
    return ", ".join(notes)


def summary_lines(ev: Evaluation) -> list[str]:
    """The score table, one metric a line."""
    lines = [f"{'metric':<14}{'P':>7}{'R':>7}{'F1':>7}{'found/gold':>12}{'right/pred':>12}  notes"]
    for s in ev.scores.values():
        lines.append(
            f"{s.name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            f"{f'{s.found}/{s.n_gold}':>12}{f'{s.correct}/{s.n_pred}':>12}  {_notes(s)}"
        )
    return lines


def detail_lines(ev: Evaluation, limit: int = 10) -> list[str]:
    """What is missing and what is spurious, per metric; at most ``limit`` items a list (0 = all)."""
    lines: list[str] = []
    for s in ev.scores.values():
        for key in (k for k in LIST_KEYS if k not in COUNT_ONLY):
            items = getattr(s, key) if key in ("missing", "spurious") else s.extra.get(key, [])
            if not items:
                continue
            lines.append(f"{s.name} — {key.replace('_list', 's').replace('_', ' ')} ({len(items)}):")
            shown = items if limit <= 0 else items[:limit]
            lines += [f"  {item}" for item in shown]
            if len(shown) < len(items):
                lines.append(f"  … {len(items) - len(shown)} more")
    return lines


def print_evaluation(ev: Evaluation, console: Console, limit: int = 10) -> None:
    """The table then the misses; styled on a terminal, plain text otherwise (rich decides)."""
    console.print(
        f"ygraph eval: {ev.graph} against {ev.gold}",
        style="bold",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    header, *rows = summary_lines(ev)
    console.print(header, style="bold", markup=False, highlight=False, soft_wrap=True)
    for row in rows:
        console.print(row, markup=False, highlight=False, soft_wrap=True)
    for line in detail_lines(ev, limit):
        style = None if line.startswith(" ") else "bold"
        console.print(line, style=style, markup=False, highlight=False, soft_wrap=True)
