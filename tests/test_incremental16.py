"""Rebuild speed, sixth session (issue 17): shortcuts of the corpus steps, each against what it skips.

Invented text only (临江省, 江城, 林晓峰 …).
"""

from __future__ import annotations

import pytest

from ygraph.corpus import eventmerge
from ygraph.model import DocumentFacts, Source
from ygraph.pipeline import process_document

# A weekly meeting of one month, two reports of each day, and reports that print only its month or year or
# no date at all: they join one day's group, which then agrees with no other day's.
DAYS = ("2031-05-06", "2031-05-13", "2031-05-20", "2031-05-27")
MEETING = "本报讯 {m}月{d}日，林晓峰在江城主持召开临江省湾区协同发展推进会。会议强调，要加强合作。"
SAME_DAY = "本报讯 {m}月{d}日上午，临江省湾区协同发展推进会在江城举行，林晓峰出席。"
COARSE = {
    "month.txt": "本报讯 2031年5月，临江省湾区协同发展推进会在江城举行，林晓峰出席。",
    "year.txt": "2031年，林晓峰多次主持召开临江省湾区协同发展推进会。",
    "undated.txt": "本报讯 临江省湾区协同发展推进会在江城举行，林晓峰出席。",
}


def _facts(traditional: bool = False) -> list[DocumentFacts]:
    docs: dict[str, tuple[str, str | None]] = {name: (text, None) for name, text in COARSE.items()}
    for day in DAYS:
        _, month, dom = day.split("-")
        for name, form in (("a", MEETING), ("b", SAME_DAY)):
            docs[f"{day}-{name}.txt"] = (form.format(m=int(month), d=int(dom)), day)
    if traditional:
        docs = {
            k: (t.replace("协同发展", "協同發展").replace("会议", "會議"), d) for k, (t, d) in docs.items()
        }
    return [
        process_document(Source(path, text, "utf-8", user_date=pub))
        for path, (text, pub) in sorted(docs.items())
    ]


def _merge_in_the_old_order(facts: list[DocumentFacts]) -> tuple[list[tuple], int]:
    """The groups ``merge_events`` made when it compared two reports before their groups' dates, and how
    many comparisons of two reports that took."""
    events = sorted((e for f in facts for e in f.events), key=eventmerge._order)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    anchor, calls = list(events), 0
    for i, j in eventmerge._pairs(events, find):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        calls += 1
        if eventmerge._same_event(events[i], events[j]) and eventmerge._dates_agree(anchor[ri], anchor[rj]):
            parent[max(ri, rj)] = min(ri, rj)
            anchor[min(ri, rj)] = max(anchor[ri], anchor[rj], key=eventmerge._precision)
    groups: dict[int, list[str]] = {}
    for i, e in enumerate(events):
        groups.setdefault(find(i), []).extend(e.sources)
    return sorted((events[root].title, tuple(sorted(s))) for root, s in groups.items()), calls


@pytest.mark.parametrize("traditional", [False, True])
def test_reports_of_groups_of_other_days_are_not_compared_and_the_groups_are_the_same(
    monkeypatch, traditional
) -> None:
    facts = _facts(traditional)
    expected, old_calls = _merge_in_the_old_order(facts)
    assert len(expected) == len(DAYS)  # one event per day; each coarse report joined one of them
    calls = 0
    same_event = eventmerge._same_event

    def counting(a, b):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return same_event(a, b)

    monkeypatch.setattr(eventmerge, "_same_event", counting)
    events, _ = eventmerge.merge_events(facts, [])
    assert sorted((e.title, tuple(sorted(e.sources))) for e in events) == expected
    assert 0 < calls < old_calls
