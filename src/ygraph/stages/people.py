"""people: corpus-level people resolution, successions and source conflicts (STUB)."""

from __future__ import annotations

from ..model import BuildWarning, Conflict, DocumentFacts, Person, RoleClaim, Succession


def merge_people(
    facts: list[DocumentFacts],
) -> tuple[list[Person], list[RoleClaim], list[Succession], list[Conflict], list[BuildWarning]]:
    people = {p.name: p for f in facts for p in f.people}
    roles = [r for f in facts for r in f.roles]
    return [people[k] for k in sorted(people)], roles, [], [], []
