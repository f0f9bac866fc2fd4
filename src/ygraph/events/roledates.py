"""roledates: a title printed for someone at a dated event is held on the event's day too.

A report is dated by its publication (the 26th) and prints titles as they were held at the events it
reports (a meeting of the 21st). A current role claim of the article (observed: not 原/曾任, not a notice's
start or end, not a bare title) gets a second observation on the day of an event of the same article:

* the event the person takes part in (presides, speaks, attends, sends a message);
* else, when every event the article reports falls on one day before the claim's date, that day — for a
  claim dated by the article or an earlier sentence (a claim its own sentence dates keeps that date only;
  a later day may be the day a notice's change took effect, when the old holder no longer held the post).

Only reported events count (not planned ones) dated to the day, at most ``WINDOW_DAYS`` before the
article's date and never after it: a report of last week prints the titles held then and now; an event
years back may have been attended under another title. The claim keeps its own date, so the role's span
covers both days (``corpus/graph.role_spans``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..actors.actorlex import uses
from ..model import Article, Event, RoleClaim, date_interval

WINDOW_DAYS = 7
RULE = "at_event"  # suffix of the provenance rule of a claim dated by an event
DATE_SOURCE = "event"
_UNDATED_BY_SENTENCE = ("article", "previous_sentence")


def _day(value: str | None) -> date | None:
    if not value or value.count("-") != 2:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def reported_days(article: Article, events: Sequence[Event]) -> dict[str, set[str]]:
    """Person → the days of the article's reported events in the window that they take part in; under the
    key ``""`` the days of all of them."""
    published = _day(article.date)
    days: dict[str, set[str]] = {"": set()}
    if published is None:
        return days
    for event in events:
        held = _day(event.date)
        if event.planned or held is None or not 0 <= (published - held).days <= WINDOW_DAYS:
            continue
        days[""].add(held.isoformat())
        for p in event.participants:
            days.setdefault(p.person, set()).add(held.isoformat())
    return days


def _current(claim: RoleClaim) -> bool:
    """Observed as held now: no notice's change, no bare title, no 原/前 printed with the post."""
    former = any(w in claim.position_text or claim.position.startswith(w) for w in uses("former"))
    return not claim.change and not claim.bare and claim.date is not None and not former


def at_events(article: Article, claims: Sequence[RoleClaim], events: Sequence[Event]) -> list[RoleClaim]:
    """The extra observations of the article's current claims on the days of its reported events."""
    days = reported_days(article, events)
    lone = days[""] if len(days[""]) == 1 else set()
    out = []
    for claim in claims:
        if not _current(claim):
            continue
        first = date_interval(claim.date or "")[0]
        seen = days.get(claim.person, set())
        if not seen and claim.date_source in _UNDATED_BY_SENTENCE:
            seen = {d for d in lone if d < first}  # the report of the 26th on the meeting of the 21st
        for day in sorted(seen - {claim.date}):
            prov = replace(claim.provenance, rule=f"{claim.provenance.rule}+{RULE}")
            out.append(replace(claim, date=day, date_source=DATE_SOURCE, provenance=prov))
    return out
