"""eventmerge: one node per real-world event across reports; years learnt across documents.

Reports are compared only inside blocks (same type and year, or same title key), never all pairs of the
corpus. Two reports are one event when their types agree, their dates agree at the coarser precision
(2023 ~ 2023-06 ~ 2023-06-05) and their titles are alike (character-bigram Dice; shared participants
lower the bar). A planned event merged with its report lends its provenance to ``mentioned_in``.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date as day
from datetime import timedelta

from ..errors import warn
from ..events import eventrules as rules
from ..events.titlematch import session_numbers
from ..model import (
    BuildWarning,
    DocumentFacts,
    Event,
    Participation,
    Person,
    PolicyLink,
    Provenance,
    date_sort_key,
)
from .sameevent import TITLE_SAME as TITLE_SAME
from .sameevent import alike as _alike
from .sameevent import dates_agree as _dates_agree
from .sameevent import same_event as _same_event

_SOURCE_RANK = {"clause": 5, "sentence": 4, "context": 3, "cross_document": 2, "article": 1, "unresolved": 0}


def infer_year_hints(facts: list[DocumentFacts]) -> dict[str, dict[int, int]]:
    """Years for articles whose year only another document gives: {path: {article index: year}}.

    An article without a year (dateline 11月30日, no year in the file) reports an event left undated; if
    another document reports an event of the same type on one of the article's month-days, with a similar
    title or a shared participant, the article takes that year. Two candidate years: no hint (never guess).
    """
    by_day: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for f in facts:
        for e in f.events:
            if e.date and e.precision == "day":
                for shingle in _shingles(rules.title_key(e.title)):
                    by_day[(e.event_type, e.date[5:], shingle)].append(e)
    found: dict[tuple[str, int], set[int]] = defaultdict(set)
    for f in facts:
        days = _article_days(f)
        for e in f.events:
            article = e.provenance[0].article
            for month_day in sorted(days.get(article, ())) if e.date is None else ():
                for shingle in sorted(_shingles(rules.title_key(e.title))):
                    for other in by_day.get((e.event_type, month_day, shingle), []):
                        if f.document.path not in other.sources and _alike(e, other):
                            found[(f.document.path, article)].add(int(str(other.date)[:4]))
    hints: dict[str, dict[int, int]] = defaultdict(dict)
    for (path, article), years in sorted(found.items()):
        if len(years) == 1:
            hints[path][article] = years.pop()
    return dict(hints)


def _article_days(f: DocumentFacts) -> dict[int, set[str]]:
    """Month-days ("11-30") printed without a year in each undated article of a document."""
    undated = {a.index for a in f.document.articles if a.date is None}
    days: dict[int, set[str]] = defaultdict(set)
    for u in f.unresolved_times:
        if u.provenance.article not in undated:
            continue
        parts = u.underspecified.split("/")[0].split("-")
        if parts[:2] == ["UNDEF", "year"] and len(parts) == 4:
            days[u.provenance.article].add(f"{parts[2]}-{parts[3]}")
    return days


def merge_events(facts: list[DocumentFacts], people: list[Person]) -> tuple[list[Event], list[BuildWarning]]:
    """Events of every document, reports of one event merged; W040 for events left without a date."""
    events = sorted((e for f in facts for e in f.events), key=_order)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the most precisely dated report of each group: a group only grows by reports agreeing with it, so
    # a loose link (a year-only headline) never chains two days together. The groups' dates are compared
    # first: both tests are pure, and at 10 MB nine pairs in ten of a block are groups of other days, for
    # which the costly comparison of the two reports is not needed.
    anchor = list(events)
    for i, j in _pairs(events, find):
        ri, rj = find(i), find(j)
        if ri != rj and _dates_agree(anchor[ri], anchor[rj]) and _same_event(events[i], events[j]):
            parent[max(ri, rj)] = min(ri, rj)
            anchor[min(ri, rj)] = max(anchor[ri], anchor[rj], key=_precision)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e)
    aliases = {alias: person.name for person in people for alias in person.aliases}
    merged = _unique_ids([_canonical(_combine(g), aliases) for g in groups.values()])
    warnings = [
        warn("W040", e.provenance[0].file, f"{e.title} ({e.date_text or 'no date in the text'})")
        for e in merged
        if e.date is None and not e.planned
    ]
    return merged, warnings


def _canonical(event: Event, aliases: dict[str, str]) -> Event:
    """Participants under the name the people stage settled on (an OCR variant → the name)."""
    if not any(p.person in aliases for p in event.participants):
        return event
    renamed = [replace(p, person=aliases.get(p.person, p.person)) for p in event.participants]
    return replace(event, participants=_union_participants([replace(event, participants=tuple(renamed))]))


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two events left apart with one date and title (a meeting and a forum of one name) get their type,
    then their first source, in the id: ids stay content-derived and unique."""
    events = sorted(events, key=_order)
    counts = Counter(e.id for e in events)
    out = []
    for e in events:
        if counts[e.id] > 1:
            first = e.provenance[0]
            e = replace(e, id=f"{e.id}:{e.event_type}:{first.file}:{first.start}")
        out.append(e)
    return sorted(out, key=_order)


def _precision(e: Event) -> tuple[int, int]:
    return (len(e.date or ""), _SOURCE_RANK.get(e.date_source, 0) if e.date else -1)


def _order(e: Event) -> tuple[str, str, str]:
    return (date_sort_key(e.date), e.title, e.id)


Key = tuple[str, ...]
Blocks = dict[Key, list[int]]  # blocking key → indexes of the reports in the block


def _pairs(events: list[Event], find: Callable[[int], int]) -> Iterable[tuple[int, int]]:
    """Candidate pairs from blocking keys, never all pairs of the corpus.

    Every pair inside a *full* block: reports of one type on one day sharing a title shingle (a range counts
    on each of its days), or with one title key in one month. A coarser report is compared with the members
    of a *star* block: a month-only one with that month's day reports sharing a shingle, a year-only one
    with that year's reports of its title key, an undated one with every report of its title key and the
    undated ones of its document, one dated only by its article (a headline) with the reports of its type in
    its own document.

    Pairs already in one group (``find``, read as the pairs are consumed) are left out: comparing them
    changes nothing, and once the rest of a block has joined one group the block is done, so a block of
    10,000 reports of one event costs 10,000 comparisons, not 50 million."""
    full, targets, coarse = _blocks(events)
    seen: set[tuple[int, int]] = set()
    for block_key in sorted(full):
        block = full[block_key]
        for n, i in enumerate(block):
            if _joined(find, i, block, n + 1):
                break  # every later pair of the block is in one group: nothing left to compare
            yield from _new(seen, find, ((i, j) for j in block[n + 1 :]))
    for block_key in sorted(coarse):
        members = targets.get(block_key, [])
        joined = -1  # the group every member joined, once seen
        for i in coarse[block_key]:
            if find(i) == joined or _joined(find, i, members, 0):
                joined = find(i)
                continue
            yield from _new(seen, find, ((i, j) for j in members if i != j))


def _blocks(events: list[Event]) -> tuple[Blocks, Blocks, Blocks]:
    """The blocking keys of every report (indexes into ``events``): the *full* blocks, and the *star* blocks
    of the coarser reports with the reports each is compared with (``coarse`` and ``targets``, by key)."""
    full: Blocks = defaultdict(list)
    targets: Blocks = defaultdict(list)
    coarse: Blocks = defaultdict(list)
    for i, e in enumerate(events):
        kind, key, date, precision = e.event_type, rules.title_key(e.title), e.date or "", e.precision
        targets[("key", kind, key)].append(i)
        if date:
            targets[("key-year", kind, key, date[:4])].append(i)
        if precision in ("day", "month"):
            full[("key-month", kind, key, date[:7])].append(i)
        if precision == "day" and (numbers := session_numbers(e.title)):  # 某市政协九届二次会议 / its full name
            for day in _days(date, e.date_end):
                full[("session", kind, day, *numbers)].append(i)
        for shingle in _shingles(key):
            if precision == "day":
                for day in _days(date, e.date_end):
                    full[("day", kind, day, shingle)].append(i)
                targets[("month", kind, date[:7], shingle)].append(i)
            elif precision == "month":
                coarse[("month", kind, date[:7], shingle)].append(i)
        for source in e.sources:  # a headline dated by its article: the reports of its own document
            targets[("document", kind, source)].append(i)
            if e.date_source == "article":
                coarse[("document", kind, source)].append(i)
            if not date:  # an undated report: the other undated ones of its document (a short form of its name)
                coarse[("undated", kind, source)].append(i)
                targets[("undated", kind, source)].append(i)
        if precision == "year":
            coarse[("key-year", kind, key, date[:4])].append(i)
        elif not date:
            coarse[("key", kind, key)].append(i)
    return full, targets, coarse


def _joined(find: Callable[[int], int], i: int, block: list[int], start: int) -> bool:
    """Whether ``block[start:]`` is all in the group of ``i``."""
    root = find(i)
    return all(find(j) == root for j in itertools.islice(block, start, None))


def _shingles(key: str) -> set[str]:
    """Where two names of one event agree even when one has a word more or less: their first two
    characters or their last six (a variant is rarely at both ends; six, so that a generic ending such as
    工作会议 does not put every meeting of a day in one block)."""
    return {key[:2], key[-6:]}


def _new(
    seen: set[tuple[int, int]], find: Callable[[int], int], pairs: Iterable[tuple[int, int]]
) -> Iterable[tuple[int, int]]:
    """Pairs not yet given and not yet in one group."""
    for i, j in pairs:
        pair = (i, j) if i < j else (j, i)
        if pair not in seen and find(i) != find(j):
            seen.add(pair)
            yield pair


def _days(date: str, end: str | None) -> list[str]:
    """The days of a report (a range 6月5日至6日 on each day, at most a week)."""
    if not end or len(end) != 10 or end <= date:
        return [date]
    first, last = day.fromisoformat(date), day.fromisoformat(end)
    return [(first + timedelta(n)).isoformat() for n in range(min((last - first).days, 6) + 1)]


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    reports = [e for e in group if not e.planned] or group
    announced = [e for e in group if e.planned] if len(reports) < len(group) else []
    dated = max(reports, key=_precision)
    title = _most_common(e.title for e in reports for _ in e.provenance)
    places = [e.place for e in reports if e.place]
    return Event(
        id=f"event:{dated.date or 'undated'}:{title}",
        title=title,
        event_type=_most_common(e.event_type for e in reports),
        date=dated.date,
        date_end=dated.date_end,
        date_source=dated.date_source,
        date_text=dated.date_text,
        place=_most_common(places) if places else next((e.place for e in announced if e.place), None),
        planned=all(e.planned for e in group),
        participants=_union_participants(reports),
        policies=_union_policies(reports),
        provenance=_provenance(p for e in reports for p in e.provenance),
        mentioned_in=_provenance(
            p for e in group for p in e.mentioned_in + (e.provenance if e in announced else ())
        ),
    )


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], len(v), v))


def _provenance_key(p: Provenance) -> tuple[str, int, int, int, str]:
    return (p.file, p.article, p.start, p.span_start, p.rule)


def _provenance(items: Iterable[Provenance]) -> tuple[Provenance, ...]:
    return tuple(sorted(set(items), key=_provenance_key))


def _union_participants(events: list[Event]) -> tuple[Participation, ...]:
    chosen: dict[tuple[str, str], Participation] = {}
    for p in sorted((p for e in events for p in e.participants), key=lambda p: _provenance_key(p.provenance)):
        chosen.setdefault((p.person, p.relation), p)
    return tuple(chosen[k] for k in sorted(chosen))


def _union_policies(events: list[Event]) -> tuple[PolicyLink, ...]:
    chosen: dict[tuple[str, str], PolicyLink] = {}
    for p in sorted((p for e in events for p in e.policies), key=lambda p: _provenance_key(p.provenance)):
        chosen.setdefault((p.title, p.relation), p)
    return tuple(chosen[k] for k in sorted(chosen))
