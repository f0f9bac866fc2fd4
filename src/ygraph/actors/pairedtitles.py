"""pairedtitles: one title printed after a pair (正副总统甲、乙; 新、旧任某院长甲、乙; ``actors/paired_titles.tsv``) for
two names: the first name holds the pair's first part, the second name its second (总统甲, 副总统乙; the new
holder 甲, the former 乙), for ``personrules.titled``."""

from __future__ import annotations

from dataclasses import replace

from .. import lexicons
from ..lexicons import cached
from .actorlex import titles, uses
from .chains import Element, chain_start
from .placecontext import ContextPlaces
from .positions import canonical

Chain = tuple[Element, ...]
_CHANGES = {"new": "start", "former": "end"}  # a hand-over told by the pair: the post passes now
_BODY = 16  # the longest body read before a pair that opens before its chain


@cached
def _pairs() -> tuple[tuple[str, str, str], ...]:
    rows = lexicons.load_table("actors/paired_titles.tsv")
    return tuple(sorted(((r[0], r[1], r[2]) for r in rows), key=lambda r: -len(r[0])))


def shared_chains(
    text: str, chain: Chain, places: ContextPlaces, shared: list[tuple[int, int]], counted: bool = False
) -> tuple[Chain, Chain, list[tuple[int, int]]]:
    """The chains of the titled name and of the names listed after it (``shared``), and the names that share the
    title: a pair's parts (正副市长甲、乙); a post with many holders for all (副主任甲、乙及丙); a post one person
    holds (市人大主任甲及乙、丙) for none, the names after it being other people printed without titles (an empty
    chain), unless the post was held one after another: a count of its holders printed before it (``counted``:
    三任某市长甲、乙、丙) or a former holder's mark (历任前镇长甲、乙; 两市前市长甲及乙)."""
    first, second = paired_chains(text, chain, places) if len(shared) == 1 else (chain, chain)
    last = chain[-1]
    if first is not chain or counted or last.former or last.change == "former":
        return first, second, shared
    head = titles().get(last.position.head)
    return chain, () if head is not None and head.single else chain, shared


def paired_chains(text: str, chain: Chain, places: ContextPlaces) -> tuple[Chain, Chain]:
    """The chains of the first and the second name after ``chain`` when a pair is printed in its last element
    (or right before it: 新、 before 旧任某院长); ``(chain, chain)`` otherwise."""
    last = chain[-1]
    for prefix, first, second in _pairs():
        at = text.find(prefix, max(0, last.start - len(prefix)), last.end)
        if at < 0:
            continue
        # 某市新、旧任市长: the pair opens before the chain read (the list mark cut it), the body before the pair
        org = text[last.start : at] if at >= last.start else text[chain_start(text, at, max(0, at - _BODY)) : at]
        title = text[at + len(prefix) : last.end]
        made = [_part(part, org, title, last, places) for part in (first, second)]
        if all(made):
            return (*chain[:-1], made[0]), (*chain[:-1], made[1])  # type: ignore[return-value]
    return chain, chain


def _part(part: str, org: str, title: str, last: Element, places: ContextPlaces) -> Element | None:
    """The element of one part of a pair: the title (or its deputy's) of the organisation printed before it."""
    printed = org + (min(uses("deputy"), key=len) if part == "deputy" else "") + title
    pos = canonical(printed, None, places)
    if pos is None:
        return None
    return replace(last, position=pos, change=_CHANGES.get(part, last.change))
