"""people.merge_people pieces (invented names) and the seed build against the gold (ygraph eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ygraph.corpus import people
from ygraph.model import Provenance, RoleClaim

GOLD = Path(__file__).resolve().parent / "data" / "gold" / "seeds.json"


def claim(person: str, position: str, date: str, org: str = "某省委") -> RoleClaim:
    prov = Provenance("f.txt", 0, 0, 3, "xyz", "titled", 0, 3)
    return RoleClaim(person, position, position, org, date, "sentence", prov)


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("龚明远柴思雨", ["龚明远", "柴思雨"]),
        ("欧阳青禾龚明远柴思雨", ["欧阳青禾", "龚明远", "柴思雨"]),
        ("龚明远某人", []),  # not fully split: no guess
    ],
)
def test_split_run(run: str, expected: list[str]) -> None:
    assert people._split_run(run, {"龚明远", "柴思雨", "欧阳青禾"}) == expected


def test_succession_between_non_overlapping_windows() -> None:
    found, conflicts = people.successions(
        [
            claim("龚明远", "某省委书记", "2021-03-05"),
            claim("龚明远", "某省委书记", "2021-06"),
            claim("柴思雨", "某省委书记", "2023-04-18"),
        ]
    )
    assert [(s.before, s.after, s.before_last_seen, s.after_first_seen) for s in found] == [
        ("龚明远", "柴思雨", "2021-06", "2023-04-18")
    ]
    assert conflicts == []


def test_overlapping_windows_are_a_conflict() -> None:
    found, conflicts = people.successions(
        [
            claim("龚明远", "某省委书记", "2021"),
            claim("龚明远", "某省委书记", "2023"),
            claim("柴思雨", "某省委书记", "2022-05"),
        ]
    )
    assert found == []
    assert [(c.kind, c.variants) for c in conflicts] == [("role_overlap", ("龚明远", "柴思雨"))]


@pytest.mark.parametrize(
    "position",
    ["某省委副书记", "某省委常委", "总经理"],  # many holders at once, or no organisation
)
def test_no_succession_for_shared_or_bare_positions(position: str) -> None:
    org = "" if position == "总经理" else "某省委"
    found, conflicts = people.successions(
        [claim("龚明远", position, "2021", org), claim("柴思雨", position, "2023", org)]
    )
    assert (found, conflicts) == ([], [])


def test_seed_build_against_gold(seed_build, terminal_summary) -> None:
    from ygraph.eval.evaluate import evaluate

    _, out = seed_build
    scores = evaluate(GOLD, out / "graph.graphml").scores
    roles, successions, conflicts, persons = (
        scores[k] for k in ("roles", "successions", "conflicts", "people")
    )
    terminal_summary(
        "actors vs gold",
        [
            f"{s.name}: P {s.precision:.3f} R {s.recall:.3f} ({s.found}/{s.n_gold}); spurious {s.spurious}"
            for s in (roles, successions, conflicts, persons)
        ],
    )
    assert roles.recall >= 0.95, roles.missing
    assert successions.found == successions.n_gold == 4, successions.missing
    assert conflicts.found == conflicts.n_gold == 3, conflicts.missing
    assert persons.extra["junk"] == 0, persons.spurious
