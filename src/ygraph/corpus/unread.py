"""unread: the cues of the cued sentences (``events/unread.py``) that no fact of the corpus accounts for — a
reading aid for ``report.json``; it changes no fact.

A cue is accounted for when the matched words of a fact (its provenance span: a role's title and name, an
event's trigger) overlap it, or when a fact of its sentence was made by the cue's own row (a participation by
``participation:出席``, a role by ``appointed:担任``), or an event of its article by the same trigger (会议 in a
later sentence naming the meeting read before), or — for a verb — when a fact's matched words touch it
(``甲出席``: the participant's name ends where the verb starts). A sentence with a cue left is listed, marked
``cited`` when some fact cites it at all (then it was read in part: a name of a list, a second post)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from ..model import CuedSentence, DocumentFacts, Event, Person, Provenance, RoleClaim, Succession

# families of cues that are verbs (a name before or after them tells who acted), not titles or event nouns
_VERBS = frozenset({"participation", "appointed", "unread"})
_TOUCH = 2  # characters between a verb and the matched words of a fact that account for it
_REACH = 200  # how far before a sentence a fact's matched words may start and still overlap it

_EVENT = "event:"  # the family of an event's rule: event:<form>:<trigger row>
_TRIGGER = "trigger"  # the family of a trigger cue (events/unread.py)
T = TypeVar("T")
Span = tuple[int, int, str]  # original start and end of a fact's matched words, and its rule


def unread(
    facts: Iterable[DocumentFacts],
    people: Iterable[Person],
    roles: Iterable[RoleClaim],
    events: Iterable[Event],
    successions: Iterable[Succession],
) -> tuple[CuedSentence, ...]:
    """The cued sentences of every document with the cues no fact accounts for, by file and offset."""
    evidence: dict[tuple[str, int], list[Provenance]] = {}
    for p in _evidence(people, roles, events, successions):
        evidence.setdefault((p.file, p.article), []).append(p)
    cited = {key: _reaches(sorted((p.start, p.end) for p in found)) for key, found in evidence.items()}
    spans = {key: sorted((p.span_start, p.span_end, p.rule) for p in found) for key, found in evidence.items()}
    triggers = {key: _event_words(found) for key, found in evidence.items()}
    left = []
    for f in facts:
        for c in f.cued:
            key = (c.file, c.article)
            kept = _left(c, _near(spans.get(key, []), c.start, c.end), triggers.get(key, set()))
            if kept is not None:
                left.append(replace(kept, cited=_overlaps(cited.get(key, []), c.start, c.end)))
    return tuple(sorted(left, key=lambda c: (c.file, c.start, c.end, c.article)))


def _left(c: CuedSentence, near: list[Span], event_words: set[str]) -> CuedSentence | None:
    """``c`` with only its cues no fact of ``near`` accounts for, nor an event of its article made by the same
    trigger (会议 in 会议审议… names the meeting read elsewhere); None when every cue is accounted for."""
    rules = {rule for _, _, rule in near} | {f"{_TRIGGER}:{word}" for word in event_words}
    keep = [i for i in range(len(c.cues)) if not _accounted(c.rules[i], c.starts[i], c.ends[i], near, rules)]
    if not keep:
        return None
    return replace(
        c, cues=_kept(c.cues, keep), rules=_kept(c.rules, keep), starts=_kept(c.starts, keep), ends=_kept(c.ends, keep)
    )


def _kept(values: tuple[T, ...], keep: list[int]) -> tuple[T, ...]:
    return tuple(values[i] for i in keep)


def _accounted(rule: str, start: int, end: int, near: list[Span], rules: set[str]) -> bool:
    if rule in rules:
        return True
    touch = _TOUCH if rule.partition(":")[0] in _VERBS else 0
    return any(s < end + touch and e > start - touch for s, e, _ in near)


def _event_words(found: Iterable[Provenance]) -> set[str]:
    """The trigger rows that made events of an article (``event:name:会议`` → 会议)."""
    rules = (p.rule.split(":", 2) for p in found if p.rule.startswith(_EVENT))
    return {parts[2] for parts in rules if len(parts) == 3}


def _near(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans starting from ``_REACH`` characters before ``[start, end)`` to its end."""
    i = bisect_left(spans, (start - _REACH,))
    j = bisect_left(spans, (end,))
    return spans[i:j]


def _evidence(
    people: Iterable[Person], roles: Iterable[RoleClaim], events: Iterable[Event], successions: Iterable[Succession]
) -> Iterator[Provenance]:
    for person in people:
        yield from person.provenance
    for role in roles:
        yield role.provenance
    for event in events:
        yield from event.provenance
        yield from event.mentioned_in
        for part in event.participants:
            yield part.provenance
        for policy in event.policies:
            yield policy.provenance
    for succession in successions:
        yield from succession.provenance


def _reaches(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted by start, each with the furthest end reached so far (one search tells an overlap)."""
    reach, out = -1, []
    for start, end in spans:
        reach = max(reach, end)
        out.append((start, reach))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span starting before ``end`` reaches past ``start`` (``spans`` as :func:`_reaches` keeps them)."""
    i = bisect_left(spans, (end, -1)) - 1  # the last span starting before ``end``
    return i >= 0 and spans[i][1] > start
