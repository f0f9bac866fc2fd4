"""enumerations: people listed by where they come from (临江的甲、海州的乙以及青禾的丙), rule ``list_places``.

A list of two items at least, each a place of the vocabulary (``places.tsv``, ``cities.tsv``), a linker of
``item_forms.tsv`` (的) and a name, the items joined by 、 or a list joiner (和, 以及) and the list closed by
punctuation or a list end (等): every name is a person. The item's whole text between the linker and the
next mark is the name (2-3 characters with a known surname, or four that are no word: a minority name). The list follows a lead (word_uses.tsv item_lead: 分别是, 其中, 包括).
"""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached
from ..punctuation import LIST_MARK
from .actorlex import PUNCT, uses
from .leads import listed_names
from .personrules import Found
from .placescan import PlaceScan, scan_places


@cached
def _linkers() -> tuple[tuple[str, str], ...]:
    """(rule id, linker) rows of ``item_forms.tsv``."""
    return tuple((rule, linker) for rule, linker in lexicons.load_table("actors/item_forms.tsv"))


def _place_starts(found: PlaceScan) -> dict[int, int]:
    """Offset of each place the vocabulary knows → the offset right after it (the longest place there)."""
    out: dict[int, int] = {}
    for end, word in (*found.places, *found.cities):
        s = end + 1 - len(word)
        out[s] = max(out.get(s, 0), end + 1)
    return out


def _item(text: str, i: int, linker: str) -> tuple[int, int, int] | None:
    """The name of an item whose linker starts at ``i``: (name start, name end, where the next item starts,
    or -1 when the list ends there)."""
    if not text.startswith(linker, i):
        return None
    a = i + len(linker)
    for n in (2, 3, 4):
        b = a + n
        if b > len(text):
            return None
        if text.startswith(LIST_MARK, b):
            return a, b, b + 1
        joiner = next((w for w in uses("list_joiner") if text.startswith(w, b)), "")
        if joiner:
            return a, b, b + len(joiner)
        if b == len(text) or text[b] in PUNCT or text.startswith(uses("list_end"), b):
            return a, b, -1
    return None


def _led(text: str, s: int) -> bool:
    """A lead of ``word_uses.tsv`` (item_lead: 分别是, 其中, 包括) right before the list, or before one mark."""
    leads = uses("item_lead")
    return text.endswith(leads, 0, s) or (s > 0 and text[s - 1] in PUNCT and text.endswith(leads, 0, s - 1))


def place_items(text: str, found: PlaceScan | None = None) -> list[Found]:
    """The names of lists of ``<place><linker><name>`` items (``found``: the places of ``text``, when
    scanned already)."""
    starts = _place_starts(found or scan_places(text))
    found: list[Found] = []
    for rule, linker in _linkers():
        done = 0
        for s in sorted(starts):
            if s < done:
                continue
            items, at = [], s
            while at in starts:
                item = _item(text, starts[at], linker)
                if item is None:
                    break
                items.append(item[:2])
                at = item[2]
            names = [text[a:b] for a, b in items]
            if len(items) >= 2 and _led(text, s) and listed_names(names):
                found.extend(Found(text[a:b], a, b, rule) for a, b in items)
                done = items[-1][1]
    return found
