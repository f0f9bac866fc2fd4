"""chainpieces: the elements of a position chain (``chains.chain_before``): split at 、, after a title at a
``post_joiner`` (兼) or an ``own_post_joiner`` (及), and after a ``run_on_head`` title a page prints run together
with the next post (某市委常委副市长: 某市委常委, 某市副市长)."""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import CLOSING_BRACKETS, LIST_MARK, OPENING_BRACKETS
from ..time.numerals import numeral_characters
from .actorlex import longest_suffix_title, uses


def pieces(text: str, start: int, e: int) -> list[tuple[int, int]]:
    """The elements of a chain: split at 、 and, after a title, at a ``post_joiner`` (兼) or an
    ``own_post_joiner`` (及)."""
    pieces, i, k = [], start, start
    joiners = _post_joiners()
    numerals = _numerals()
    while k <= e:
        if k == e or (text[k] == LIST_MARK and not _between(text, k, e, numerals)):
            pieces.append((i, k))
            i = k = k + 1
            continue
        joiner = next((w for w in joiners if text.startswith(w, k, e)), "") if text.startswith(joiners, k, e) else ""
        if joiner and longest_suffix_title(text[i:k]):
            pieces.append((i, k))
            i = k = k + len(joiner)
            continue
        if k > i and _run_on(text, i, k, e):
            pieces.append((i, k))
            i = k
        k += 1
    return [(a, _without_rank_note(text, a, b)) for a, b in pieces if b > a]


def _run_on(text: str, i: int, k: int, e: int) -> bool:
    """A ``run_on_head`` title ends the piece at ``k`` and a post of its own follows with no mark between
    (某市委常委副市长): never the head inside a body's name (常委会: ``run_on_not_next``)."""
    if not text.endswith(uses("run_on_head"), i, k) or text.startswith(uses("run_on_not_next"), k):
        return False
    cut = text.find(LIST_MARK, k, e)
    rest = text[k : cut if cut >= 0 else e]
    return bool(longest_suffix_title(text[i:k])) and len(rest) >= 2 and bool(longest_suffix_title(rest))


def _without_rank_note(text: str, a: int, b: int) -> int:
    """Where the post of the piece ``text[a:b]`` ends: before a rank printed in brackets after it (某大学校长
    （副部长级）, 某集团副董事长（正职待遇）: ``word_uses.tsv`` rank_note), which is no part of the post."""
    if b - a < 4 or text[b - 1] not in CLOSING_BRACKETS:
        return b
    opening = max(text.rfind(o, a, b - 1) for o in OPENING_BRACKETS)
    return opening if opening > a and text[opening + 1 : b - 1] in uses("rank_note") else b


@cached
def _post_joiners() -> tuple[str, ...]:
    """The post joiners (兼, 及), longest first."""
    return tuple(sorted(uses("post_joiner") + uses("own_post_joiner"), key=len, reverse=True))


@cached
def _numerals() -> frozenset[str]:
    return frozenset(numeral_characters(("digit", "ten")))


def _between(text: str, k: int, e: int, numerals: frozenset[str]) -> bool:
    """第十、十一届: a 、 between two numerals lists sessions of one post, it splits no chain."""
    return 0 < k < e - 1 and text[k - 1] in numerals and text[k + 1] in numerals
