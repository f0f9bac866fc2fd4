"""roledates: a title printed for someone at a dated event is held on the event's day too.

A report is dated by its publication (the 26th) and prints titles as they were held at the events it
reports (a meeting of the 21st). A current role claim of the article (observed, or a notice's start or end;
not 原/曾任, not a bare title) gets a second observation on the day of an event of the same article:

* the event the person takes part in (presides, speaks, attends, sends a message);
* else, when every event the article reports falls on one day before the claim's date, that day — for a
  claim dated by the article or an earlier sentence (a claim its own sentence dates keeps that date only;
  a later day may be the day a notice's change took effect, when the old holder no longer held the post).
  A notice's change (当选, 辞去) made at that meeting is moved to its day rather than observed twice; a new
  holder's start is not moved while another person is printed holding a post of the same title.

Only reported events count (not planned ones) dated to the day, at most ``WINDOW_DAYS`` before the
article's date and never after it: a report of last week prints the titles held then and now; an event
years back may have been attended under another title. The claim keeps its own date, so the role's span
covers both days (``corpus/graph.role_spans``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..actors.actorlex import longest_suffix_title, uses
from ..model import Article, Event, RoleClaim, date_interval

WINDOW_DAYS = 7
RULE = "at_event"  # suffix of the provenance rule of a claim dated by an event
DATE_SOURCE = "event"
_UNDATED_BY_SENTENCE = ("article", "previous_sentence")
_CHANGES = ("", "start", "end")  # observed, or a notice's change made at the meeting the article reports


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
    """Observed as held (or changed, a notice's start/end), dated, not bare, no 原/前 printed with the post."""
    former = any(w in claim.position_text or claim.position.startswith(w) for w in uses("former"))
    return claim.change in _CHANGES and not claim.bare and claim.date is not None and not former


def _head(claim: RoleClaim) -> str:
    return longest_suffix_title(claim.position)


def _held_heads(claims: Sequence[RoleClaim]) -> dict[str, set[str]]:
    """Title head → the people the article shows holding a post of that head: a new holder's start is not
    moved before them (a predecessor seen holding it on the later day would overlap)."""
    held: dict[str, set[str]] = {}
    for c in claims:
        if not c.change and not c.bare:
            held.setdefault(_head(c), set()).add(c.person)
    return held


def at_events(article: Article, claims: Sequence[RoleClaim], events: Sequence[Event]) -> list[RoleClaim]:
    """The article's claims, those made at its reported events dated on their days too: an observed title
    gets a second observation; a notice's change (当选, 辞去) is moved to the meeting's day."""
    days = reported_days(article, events)
    lone = days[""] if len(days[""]) == 1 else set()
    held = _held_heads(claims)
    out = []
    for claim in claims:
        if not _current(claim) or (claim.change == "start" and held.get(_head(claim), {claim.person}) - {claim.person}):
            out.append(claim)
            continue
        first = date_interval(claim.date or "")[0]
        seen = days.get(claim.person, set()) if not claim.change else set()
        if not seen and claim.date_source in _UNDATED_BY_SENTENCE:
            seen = {d for d in lone if d < first}  # the report of the 26th on the meeting of the 21st
        if not claim.change or not seen:
            out.append(claim)
        for day in sorted(seen - {claim.date}):
            prov = replace(claim.provenance, rule=f"{claim.provenance.rule}+{RULE}")
            out.append(replace(claim, date=day, date_source=DATE_SOURCE, provenance=prov))
    return out
