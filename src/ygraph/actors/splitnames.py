"""splitnames: names printed around their title, the order of address of Taiwanese reports (苏市长晓峰, 柴陈议长思雨,
黄委员勤镇): a surname (or two, a married woman's), a title head of ``titles.tsv`` and a given name of one or two
characters. Read only as items of a list of two or more such items joined by ``split_joiner`` words (、, 及), or as
one item an honorific closes (``split_honorific``: 李总统某某先生): one item alone (王市长表示) is a reference or a
clause, never a name. The person is the surname and the given name
(rule ``split_name:<head>``), holding the title as a chain right before it would give it."""

from __future__ import annotations

from dataclasses import dataclass

from ..punctuation import CLAUSE_BREAKS, LINE_BREAK
from .actorlex import automaton, is_non_name, plausible_name, surnames, uses
from .chains import chain_before
from .personrules import Found
from .placecontext import ContextPlaces

_GIVEN = (2, 1)  # a given name's characters, the longer reading first


@dataclass(frozen=True, slots=True, order=True)
class _Item:
    start: int  # the surname's
    title: tuple[int, int]  # the title head's span
    end: int  # after the given name
    name: str


def split_names(text: str, places: ContextPlaces) -> list[Found]:
    """The people of every list of two or more split items (甲市长某、乙议员某及丙理事长某)."""
    by_start: dict[int, _Item] = {}  # the longest title read at a surname (理事长, not 理事)
    for end, head in automaton("titles").iter(text):
        item = _item(text, end + 1, head)
        if item and (item.start not in by_start or by_start[item.start].title[1] < item.title[1]):
            by_start[item.start] = item
    found: list[Found] = []
    for run in _runs(text, sorted(by_start.values())):
        for item in run:
            a, b = item.title
            chain = chain_before(text, b, a, places)
            found.append(Found(item.name, item.start, item.end, f"split_name:{text[a:b]}", chain))
    return found


def _item(text: str, e: int, head: str) -> _Item | None:
    """A split item around the title head ending at ``e``: its surname right before, its given name right after,
    closed by a joiner, a list end or a clause break."""
    s = e - len(head)
    single, compound = surnames()
    joiners = uses("split_joiner")  # 苏市长晓峰和叶议员竹林: 和 joins, no surname of a married woman
    surname = next(
        (
            text[s - n : s]
            for n in (2, 1)
            if s >= n and _surname(text[s - n : s], single, compound) and not (n == 2 and text[s - 2] in joiners)
        ),
        "",
    )
    if not surname:
        return None
    for n in _GIVEN:
        given = text[e : e + n]
        name = surname + given
        if len(given) == n and _closed(text, e + n) and _usual(name, surname, given):
            return _Item(s - len(surname), (s, e), e + n, name)
    return None


def _surname(chars: str, single: frozenset[str], compound: frozenset[str]) -> bool:
    """One surname, a compound one, or two single ones (a married woman's: 柴陈)."""
    return chars in single or chars in compound or (len(chars) == 2 and all(c in single for c in chars))


def _usual(name: str, surname: str, given: str) -> bool:
    """A name read as usual (a married woman's with her two surnames), its given name no word."""
    reading = name[len(surname) - 1 :] if len(surname) == 2 and surname not in surnames()[1] else name
    # a level character may end a given name here (黄委员勤镇): the joiner after it closes the name, no place's
    usual = plausible_name(reading) or (reading.endswith(uses("name_never_last")) and plausible_name(reading[:-1]))
    return usual and not is_non_name(given) and given not in uses("clause_verb")


def _closed(text: str, k: int) -> bool:
    ends = (*uses("split_joiner"), *uses("list_end"), *uses("split_honorific"), *uses("split_closer"))  # …及王理事长启昌等人; 李总统某某先生
    return k >= len(text) or text[k] in CLAUSE_BREAKS + LINE_BREAK or text.startswith(ends, k)


def _runs(text: str, items: list[_Item]) -> list[list[_Item]]:
    """Items one right after another, a joiner between: the lists of two items or more."""
    runs: list[list[_Item]] = []
    for item in items:
        last = runs[-1][-1] if runs else None
        if last and text[last.end : item.start] in uses("split_joiner"):
            runs[-1].append(item)
        else:
            runs.append([item])
    # one item alone is a name when an honorific closes it (李总统某某先生今天接见…: the formal order of address)
    closers = (*uses("split_honorific"), *uses("split_closer"))  # …先生; 从陈副主委某某手中: handed over by that one
    return [run for run in runs if len(run) >= 2 or text.startswith(closers, run[0].end)]
