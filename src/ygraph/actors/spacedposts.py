"""spacedposts: a post printed right after an inline space starts there (prec29).

The actors rules read the compact view (no whitespace), so a headline's or caption's first half glues onto the
post printed after a space: ``承诺改善交通 江城县长甲`` read the post ``承诺改善交通江城县长``, ``某展开幕 市长甲``
read ``某展开幕市长``. Scraped pages often print a space where a punctuation mark was lost. A chain's first
element that holds such a space is read again from the space on, when

- the title head lies wholly after the space (an OCR break inside a title, 总 理, is left as it is);
- the characters before the space cannot end an organisation or a place (``word_uses.tsv`` ``org_end`` and
  ``spaced_org_ends.txt``: 国务院 总理, 江城市 市长, 某党 主席 stay whole), nor a former or change marker (原 市长);
- no place the article prints runs across the space (任江 城市委书记: a page that spaces words);
- the part after the space reads as a post on its own (a bare title is completed as usual, or stays bare).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..lexicons import cached
from ..model import Document
from ..punctuation import INLINE_SPACES
from .actorlex import longest_suffix_title, uses, words
from .chains import Element
from .personrules import Found
from .placecontext import ContextPlaces
from .placescan import PlaceScan
from .positions import canonical


def printed_gap(doc: Document, pos: tuple[int, ...], i: int) -> bool:
    """Whether the text printed between compact offsets ``i - 1`` and ``i`` (``pos``: their normalized offsets)
    is white space holding a space or a tab: a headline's two halves, a lost punctuation mark. A line break
    alone is no gap: newspaper columns break titles across lines and blank lines (某某政治\n\n局委员)."""
    if not 0 < i < len(pos):
        return False
    a, b = doc.offsets[pos[i - 1]] + 1, doc.offsets[pos[i]]
    between = doc.source.text[a:b]
    if not between or between.strip():
        return False
    return "\n" not in between and any(c in INLINE_SPACES for c in between)


def _org_can_end(left: str) -> bool:
    """Whether the characters before the space may end an organisation, a place or a post marker."""
    return left.endswith(_org_ends())


@cached
def _org_ends() -> tuple[str, ...]:
    return (*uses("org_end"), *words("spaced_org_ends.txt"), *uses("former"), *uses("new_marker"), *uses("end_marker"))


def _last_space(spaced: Callable[[int], bool], a: int, b: int) -> int:
    """The last compact offset in (a, b) printed right after an inline space, else -1."""
    return next((i for i in range(b - 1, a, -1) if spaced(i)), -1)


def _reread(
    text: str, element: Element, spaced: Callable[[int], bool], places: ContextPlaces, printed: list[tuple[int, int]]
) -> Element:
    a, b = element.start, element.end
    gap = _last_space(spaced, a, b)
    if gap < 0 or any(s < gap < e for s, e in printed):
        return element  # 任江 城市委书记: a place printed across the space is one word
    head = longest_suffix_title(text[a:b])
    if not head or b - len(head) < gap or _org_can_end(text[a:gap]):
        return element
    position = canonical(text[gap:b], None, places)
    if position is None:
        return element
    return replace(element, position=position, start=gap)


def unspaced_posts(
    text: str, found: list[Found], spaced: Callable[[int], bool], places: ContextPlaces, scanned: PlaceScan
) -> list[Found]:
    """``found`` with each chain's first element read from the last inline space inside it (see above);
    ``scanned``: the places the article prints (compact offsets of their last characters)."""
    hits = (*scanned.places, *scanned.cities, *scanned.counties, *scanned.city_stems)
    printed = [(e - len(w) + 1, e + 1) for e, w in hits]
    out = []
    for f in found:
        if f.chain:
            first = _reread(text, f.chain[0], spaced, places, printed)
            if first is not f.chain[0]:
                f = replace(f, chain=(first, *f.chain[1:]))
        out.append(f)
    return out
