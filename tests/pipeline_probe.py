"""Small probes of ``process_document`` over one invented text, shared by the per-class test files."""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.events import events as event_stage
from ygraph.model import Article, DocumentFacts, Event, Source
from ygraph.pipeline import process_document
from ygraph.text import clean, segment
from ygraph.time import temporal

DAY = "2031-04-28"


def facts(text: str, day: str | None = DAY) -> DocumentFacts:
    return process_document(Source("t.txt", text, "utf-8", user_date=day))


def titled_events(text: str, day: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Each event's title → its date and place (the page dated by its own text when ``day`` is None)."""
    return {e.title: (e.date, e.place) for e in facts(text, day).events}


def held_roles(text: str, day: str | None = None) -> set[tuple[str, str]]:
    """(person, position) of every role read."""
    return {(r.person, r.position) for r in facts(text, day).roles}


def taking_part(text: str, day: str | None = None) -> set[tuple[str, str, str]]:
    """(event title, person, relation) of every participation."""
    return {(e.title, p.person, p.relation) for e in facts(text, day).events for p in e.participants}


def month_filter_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn off the filter of events a day-dated report leaves at its month (events/monthonly.py), so that a test of
    how such an event is dated still reads the month the dating code gave it, and cannot pass because the event was
    never drafted at all."""
    monkeypatch.setattr(event_stage, "month_only", lambda ctx, draft: False)


def built_events(text: str, day: str = DAY) -> list[Event]:
    """The events read from ``text``, no step having failed (W050)."""
    found = facts(text, day)
    assert not [w for w in found.warnings if w.code == "W050"]  # no step failed
    return list(found.events)


def of_type(found: list[Event], kind: str) -> list[Event]:
    """The events of ``found`` of one type."""
    return [e for e in found if e.event_type == kind]


def people(text: str) -> dict[str, set[str]]:
    """Each person read from ``text`` → the rule ids that found them."""
    return {p.name: {e.rule for e in p.provenance} for p in facts(text).people}


def claims(text: str) -> set[tuple[str, str]]:
    """(person, position) of every role claim read from ``text``."""
    return {(r.person, r.position) for r in facts(text).roles}


def dated(text: str) -> dict[tuple[str, str], str | None]:
    """(person, position) → the date of its role claim."""
    return {(r.person, r.position): r.date for r in facts(text).roles}


def handed_on(text: str, day: str = DAY) -> set[tuple[str, str, str]]:
    """(position, before, after) of every succession the corpus reads from ``text`` alone."""
    return {(s.position, s.before, s.after) for s in merge.merge([facts(text, day)], ()).successions}


def role_overlaps(text: str, day: str = DAY) -> set[frozenset[str]]:
    """The pairs of people a ``role_overlap`` conflict names in ``text`` alone."""
    corpus = merge.merge([facts(text, day)], ())
    return {frozenset(c.variants) for c in corpus.conflicts if c.kind == "role_overlap"}


def event_people(event: Event) -> set[tuple[str, str]]:
    """(person, relation) of every participant of ``event``."""
    return {(p.person, p.relation) for p in event.participants}


def dated_articles(text: str) -> list[Article]:
    """The articles of ``text`` as cleaned, segmented and dated (no year hints)."""
    return temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {}).articles


def article_dates(text: str) -> list[str | None]:
    """The date of each article of ``text``."""
    return [a.date for a in dated_articles(text)]


def undated_page(text: str) -> bool:
    """A page that prints no year: its one article and every event it reports stay undated (W010)."""
    events = process_document(Source("t.txt", text, "utf-8")).events
    return article_dates(text) == [None] and all(e.date is None for e in events)
