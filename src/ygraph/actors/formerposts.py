"""formerposts: a post printed after a former marker (原省长甲, 前副县长乙) is the post printed earlier in the sentence
with the same head, held before (change ``former``); and the families of title heads (副市长 and 市长) the
inheriting rules compare (``actors/inherit.py``)."""

from __future__ import annotations

from dataclasses import replace

from ..punctuation import LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import uses, words
from .chains import Element, chain_before
from .placecontext import ContextPlaces
from .positions import Position, canonical

_FORMER_ORG = 2  # shortest org after a former marker
_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


def title_base(head: str) -> str:
    """A title head without its rank prefixes (常务副市长, 副市长 → 市长)."""
    for prefix in uses("rank_prefix"):
        head = head.removeprefix(prefix)
    return head


def same_family(head: str, other: str) -> bool:
    return title_base(head) == title_base(other) or title_base(head) in uses("any_family")


def former_post(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """原省长甲 after 乙当选某省人民政府省长 in the same sentence: a bare title printed after a former marker
    (word_uses.tsv ``former``) is the post printed earlier in the sentence with the same head, held before
    (change ``former``: a predecessor of whoever the article gives that post to)."""
    first = chain[0]
    head, printed = first.position.head, first.position.printed
    if first.change == "former":
        return chain  # read already (a list of moves: inherit._in_move_list)
    if not printed.startswith(uses("former")):
        return chain  # no marker: nothing below applies (each of its cases opens with a former word)
    marker = next(
        (w for w in uses("former") if printed.startswith(w) and len(printed) > len(w) + len(head)), ""
    )
    org = printed[len(marker) : -len(head)]
    org = next((org[: -len(m)] for m in uses("bare_modifier") if org.endswith(m)), org)  # 原某局代副局长: 某局
    if marker and (
        text.count(printed[len(marker) :]) > text.count(printed)
        or (marker in uses("former_org_lead") and not printed.startswith(uses("former_org_word")))
        or (len(org) >= _FORMER_ORG and text.count(org) > text.count(marker + org))
    ):
        # 前某院长甲 … 某院长乙: the post (or its organisation: 原某局代副局长甲 … 某局) without the marker is printed
        # elsewhere, so the marker is no part of it (原住民族委员会: 住民族委员会 is never printed alone)
        pos = canonical(printed[len(marker) :], None, places)
        if pos is not None and pos.resolved and pos.organization:
            return (
                replace(first, position=pos, start=first.start + len(marker), former=True, change="former"),
                *chain[1:],
            )
    # 原区委书记甲 after 乙任某区委书记: a bare organ between the marker and the head names the earlier post's
    organ = next((o for o in ("", *uses("bare_organ")) for w in uses("former") if printed == w + o + head), None)
    marker = next((w for w in uses("former") if organ is not None and printed == w + organ + head), "")
    if not marker:
        return chain
    earlier = _earlier_post(text, first.start, head, organ, places)
    if not earlier or earlier[-1].position.head != head or not earlier[-1].position.organization:
        pos = canonical(printed[len(marker) :], None, places)  # 前副县长甲 alone: completed like any bare title
        return held_before(first, pos, marker, chain) if pos and pos.resolved and pos.organization else chain
    if organ and not earlier[-1].position.organization.endswith(organ):
        return chain
    pos = replace(earlier[-1].position, printed=head)
    return (
        replace(first, position=pos, start=first.start + len(marker), former=True, change="former"),
        *chain[1:],
    )


def _earlier_post(
    text: str, i: int, head: str, organ: str | None, places: ContextPlaces
) -> tuple[Element, ...]:
    """The chain of the post with ``head`` printed earlier in the sentence before ``i`` (乙任某区委书记，原区委书记甲)."""
    start = max(text.rfind(c, 0, i) for c in _SENTENCE_END) + 1
    at = text.rfind(head, start, i)
    # 甲任某区委书记，原区委书记乙: the earlier post starts after the verb that gave it
    given = (*words("appointment_verbs.txt"), *uses("transfer_verb"))  # 乙升某局主秘，原主秘甲: after 升 too
    verbs = [text.rfind(v, start, at) + len(v) for v in given if text.rfind(v, start, at) >= 0]
    floor = max([start, *verbs])  # never a post read across the verb (and the name) before it
    earlier = chain_before(text, at + len(head), floor, places) if at >= 0 else ()
    if earlier and not earlier[-1].position.organization and not organ and floor > start:
        earlier = _family_post(text, head, start, floor - 1, places)  # 某局副局长乙升任局长，原局长甲
    return earlier


def held_before(first: Element, pos: Position, marker: str, chain: tuple[Element, ...]) -> tuple[Element, ...]:
    """The chain with its first element ``pos``, printed after ``marker`` and held before (change ``former``)."""
    return (replace(first, position=pos, start=first.start + len(marker), former=True, change="former"), *chain[1:])


def _family_post(text: str, head: str, start: int, end: int, places: ContextPlaces) -> tuple[Element, ...]:
    """The post of ``head`` in the organisation printed in ``text[start:end]`` with a title of its family
    (某局副局长乙升任局长: 某局局长); () when there is none."""
    k = text.rfind(head, start, end)
    while k >= start:
        before = chain_before(text, k + len(head), start, places)
        last = before[-1].position if before and before[-1].end == k + len(head) else None
        if last is not None and last.organization and same_family(last.head, head):
            pos = canonical(last.organization + head, None, places)
            return () if pos is None else (replace(before[-1], position=pos),)
        k = text.rfind(head, start, k)
    return ()
