"""merge: the corpus stage. People (``people.py``) and events (``eventmerge.py``) across documents."""

from __future__ import annotations

from concurrent.futures import Executor

from ..model import BuildWarning, Corpus, DocumentFacts
from . import eventmerge, people, unread
from .reprints import DiffMemo

infer_year_hints = eventmerge.infer_year_hints


def merge(
    facts: list[DocumentFacts],
    read_warnings: tuple[BuildWarning, ...],
    memo: DiffMemo | None = None,
    pool: Executor | None = None,
) -> Corpus:
    """``memo``: reprint comparisons of earlier builds; ``pool``: a process to share the comparisons with."""
    warnings = list(read_warnings)
    for f in facts:
        warnings.extend(f.warnings)
    persons, roles, successions, conflicts, people_warnings = people.merge_people(facts, memo, pool)
    events, event_warnings = eventmerge.merge_events(facts, persons)
    warnings.extend(people_warnings)
    warnings.extend(event_warnings)
    bare_titles = tuple(r for f in facts for r in f.roles if r.bare)
    not_read = unread.unread(facts, persons, (*roles, *bare_titles), events, successions)
    return Corpus(
        documents=tuple(f.document for f in facts),
        people=tuple(persons),
        roles=tuple(roles),
        events=tuple(events),
        successions=tuple(successions),
        conflicts=tuple(conflicts),
        warnings=tuple(warnings),
        unresolved_times=tuple(u.provenance for f in facts for u in f.unresolved_times),
        bare_titles=bare_titles,
        unread=not_read,
    )
