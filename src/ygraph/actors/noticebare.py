"""noticebare: a bare one-holder post a notice gives (主委一职由乙接任, 乙调任主任秘书) is the post of the one
organisation the article printed earlier with that head before a name (某市研考会主委甲转任顾问；主委一职由乙接任
→ 乙 takes 某市研考会主委), as ``inherit.article_post`` completes a titled name's bare post; two organisations
printed with the head, or none, leave it bare."""

from __future__ import annotations

from dataclasses import replace

from .actorlex import titles, uses
from .chains import Element
from .inherit import one_earlier_post
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import Position


def completed_notices(titled: list[Found], places: ContextPlaces) -> list[Found]:
    """``titled`` with the bare posts notices give (change ``start``) completed from the posts printed before."""
    out = []
    for f in titled:
        chain = f.chain
        if any(_handed(f, el) and not el.position.organization for el in chain):
            earlier = _printed_before(titled, f.start)
            chain = tuple(_completed(el, earlier, places) if _handed(f, el) else el for el in chain)
        out.append(replace(f, chain=chain) if chain != f.chain else f)
    return out


def _handed(f: Found, el: Element) -> bool:
    """A post given by a form handing it on (``word_uses.tsv`` handed_form), not by any notice (甲任局长)."""
    return el.change == "start" and (el.rule or f.rule) in uses("handed_form")


def _printed_before(titled: list[Found], start: int) -> set[Position]:
    """The posts with an organisation printed before a name ending before ``start``."""
    return {el.position for f in titled if f.end <= start for el in f.chain if el.position.organization}


def _completed(el: Element, earlier: set[Position], places: ContextPlaces) -> Element:
    pos = el.position
    head = titles().get(pos.head)
    if el.change != "start" or pos.organization or pos.printed != pos.head or head is None:
        return el
    if not head.single or head.ellipsis != "org":
        return el
    done = one_earlier_post(pos.head, earlier, places)  # two organisations (or none): no telling whose
    return el if done is None else replace(el, position=done)
