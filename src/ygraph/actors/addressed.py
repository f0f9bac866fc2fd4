"""addressed: the post of a name printed before its title (the order of address, ``name_title:<head>``).

``honorific.name_titles`` finds 甲市长 / 甲副議長 / 甲處長 as a person; this gives the finding the post its title
names, read as a chain printed before the name would be: the place or body printed right before the name
(某市甲市长 → 某市市长, 某办事处甲处长 → 某办事处处长), else the title alone, which the page's place of its level
completes like any bare title (a page about one city: 甲副市长 → that city's 副市长) or leaves bare.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import rule_family
from ..punctuation import LIST_MARK, SENTENCE_ENDS
from .actorlex import uses
from .chains import Element, chain_before
from .councils import council_before
from .honorific import led_by_body, led_by_place, post_bracket_end
from .personrules import Found
from .placecontext import ContextPlaces

_RULE = "name_title"
_OPEN = SENTENCE_ENDS[0]  # a sentence end before the title: it is read as a chain of its own


def addressed_posts(text: str, found: list[Found], places: ContextPlaces, titled: list[Found]) -> list[Found]:
    """``found`` with the post of every ``name_title`` finding that has none, unless the article prints that
    person's post of the same head in full before the name (``titled``: 某市副市长甲率团…, 甲副市长一行 is that post,
    not one of the page's place)."""
    held = {(f.name, el.position.head) for f in titled for el in f.chain}
    posted: list[Found] = []
    for f in found:
        if rule_family(f.rule) == _RULE and not f.chain and (f.name, _head(f)) not in held:
            f = _bracketed_posts(text, f, places)
            f = f if f.chain or not posted else _listed_post(text, f, posted[-1])
            f = f if f.chain else _with_post(text, f, places)
        posted.append(f)
    return posted


def _listed_post(text: str, f: Found, before: Found) -> Found:
    """某学院甲教授、乙教授: a name after 、 addressed by the same title head as the item right before it, which
    named its body, holds that body's post too (the list prints the body once)."""
    head = _head(f)
    item_end = before.end + len(head)
    shared = (
        _head(before) == head
        and text.startswith(head, before.end)
        and text[item_end : f.start] == LIST_MARK
        and bool(before.chain)
        and before.chain[-1].position.organization
    )
    return replace(f, chain=before.chain) if shared else f


def _bracketed_posts(text: str, f: Found, places: ContextPlaces) -> Found:
    """甲主任(某办公室副主任)、乙主席(某会副主席及某会主席): a speech's greeting prints, after the name and the title
    it addresses, the posts the person holds in brackets, joined by ``bracket_joiner`` words (及): those are the posts."""
    at = f.end + len(_head(f))
    close = post_bracket_end(text, at) if text.startswith(_head(f), f.end) else -1
    if close < 0:
        return f
    chain: list[Element] = []
    start = at + 1
    for cut in [*_joiner_cuts(text, start, close), (close, close)]:
        piece = chain_before(text, cut[0], start, places)
        if piece and piece[0].start == start and piece[-1].end == cut[0]:
            chain.extend(piece)
        start = cut[1]
    return replace(f, chain=tuple(chain)) if chain else f


def _joiner_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the posts inside a bracket are joined: (end of a post, start of the next)."""
    words = (*uses("bracket_joiner"), LIST_MARK)
    cuts, i = [], start
    while i < end:
        word = next((w for w in words if text.startswith(w, i)), "")
        if word:
            cuts.append((i, i + len(word)))
            i += len(word)
        else:
            i += 1
    return cuts


def _head(f: Found) -> str:
    return f.rule.partition(":")[2]


def _with_post(text: str, f: Found, places: ContextPlaces) -> Found:
    head = _head(f)
    if not head or not text.startswith(head, f.end) or f.name.endswith(uses("former")):
        return f  # 某商会前会长: the name's last character is the former marker of the title (no post read)
    if led_by_place(text, f.start) or led_by_body(
        text, f.start
    ):  # 某市甲市长, 某局甲局长: read with what leads
        shown = text[: f.start] + head
        chain = chain_before(shown, len(shown), 0, places)
        chain = tuple(_moved(el, f.start, f.end - f.start) for el in chain)
    else:
        places = _sentence_council(text, f.start, f.end, head, places)
        chain = chain_before(_OPEN + head, len(head) + 1, 0, places)
        chain = tuple(replace(el, start=el.start - 1 + f.end, end=el.end - 1 + f.end) for el in chain)
    return replace(f, chain=chain[-1:]) if chain else f


def _moved(el: Element, at: int, shift: int) -> Element:
    """An element of the title read before the name, in the text's offsets: what lies past the name's start
    lies past the name."""
    start = el.start + shift if el.start >= at else el.start
    return replace(el, start=start, end=el.end + shift if el.end > at else el.end)


def _sentence_council(text: str, i: int, e: int, head: str, places: ContextPlaces) -> ContextPlaces:
    """For a council title (议长, 议员), ``places`` with the council printed last before the name in its sentence
    (某市议会参访团走访某县议会，座谈中，甲议长…): a page naming two councils leaves none of its own."""
    if head not in uses("council_title") or text.startswith(uses("council_elect"), e + len(head)):
        return places  # 甲议员当选人: elected, not yet the council's member
    start = max(text.rfind(mark, 0, i) for mark in SENTENCE_ENDS) + 1
    council = council_before(text, start, i)
    if not council:
        return places
    out = places.copy()
    out.council = council
    return out


def without_addressed(titled: list[Found], addressed: list[Found]) -> list[Found]:
    """``titled`` without the posts printed around a name in the order of address: in 某局甲局长、某局副局长乙 the
    first item is 甲's post, not one of 乙's chain, nor is 甲总统 in 甲总统、某院长乙 (a finding whose only post that
    is keeps it)."""
    spans = [(f.start, f.end + len(_head(f))) for f in addressed]
    kept = []
    for f in titled:
        chain = tuple(el for el in f.chain if not any(el.start <= a and e == el.end for a, e in spans))
        kept.append(replace(f, chain=chain) if chain else f)  # the only post read stays: the addressed may be wrong
    return kept
