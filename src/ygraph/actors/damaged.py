"""damaged: OCR-damaged titles (委书 + name, the 记 lost or misread), read on the compact view for the corpus
stage (``actors/damaged_titles.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..punctuation import LIST_MARK
from .actorlex import PUNCT, table
from .chains import chain_start
from .placecontext import ContextPlaces
from .positions import canonical


@dataclass(frozen=True, slots=True)
class DamagedTitle:
    """An OCR-damaged title (委书 + name): the position it stands for, as printed, the characters after it
    (where the name is) and its compact span."""

    position: str
    printed: str
    tail: str
    start: int
    end: int


def damaged(text: str, places: ContextPlaces) -> list[DamagedTitle]:
    """OCR-damaged titles (委书 + name, the 记 lost or misread)."""
    out = []
    for fragment, full in table("damaged_titles.tsv").items():
        missing = full[len(fragment) :]
        k = text.find(fragment)
        while k >= 0:
            e = k + len(fragment)
            if not text.startswith(missing, e):
                start = chain_start(text, e, 0)
                a = text.rfind(LIST_MARK, start, e) + 1 or start
                pos = canonical(text[max(a, start) : e] + missing, None, places)
                tail_end = e
                while tail_end < len(text) and tail_end - e < 8 and text[tail_end] not in PUNCT:
                    tail_end += 1
                if pos is not None and tail_end > e:
                    printed = text[max(a, start) : e]
                    out.append(
                        DamagedTitle(pos.canonical, printed, text[e:tail_end], max(a, start), tail_end)
                    )
            k = text.find(fragment, e)
    return out
