"""printedplaces: the places an article prints with their level (临江市, 青禾县), whether or not the
vocabulary (``places.tsv``) knows them. A bare title (市委常委, 副县长) takes the one place of its level.

A printed place starts after punctuation, the start of the text or a cue (``place_cues.txt``: 中共, 赴,
在…) and is 2-4 characters before a level character, none of them in ``not_place_chars.txt``.
"""

from __future__ import annotations

import re

from ..lexicons import cached
from .actorlex import PUNCT, longest_suffix_title, place_table, plausible_name, uses, words

_VERB_LISTS = ("prefix_stops.txt", "speech_verbs.txt", "attendance_verbs.txt", "appointment_verbs.txt")


@cached
def _pattern() -> re.Pattern[str]:
    cues = "|".join(f"(?<={re.escape(c)})" for c in sorted(_cues(), key=len, reverse=True))
    punct = re.escape("".join(sorted(PUNCT)))
    starts = "|".join(x for x in (f"(?<=[{punct}])", "^", cues) if x)
    levels = re.escape("".join(uses("printed_level")))  # 市, 县 (word_uses.tsv)
    if not levels:
        return re.compile("(?!)")
    return re.compile(rf"(?:{starts})([\u4e00-\u9fff]{{2,4}}?)([{levels}])")


def printed_places(text: str) -> dict[str, set[str]]:
    """Level character → the places of that level printed in ``text`` (canonical when the vocabulary
    knows them)."""
    known = place_table()
    deny = words("not_place_chars.txt")
    out: dict[str, set[str]] = {}
    for m in _pattern().finditer(text):
        stem, level = m.group(1), m.group(2)
        cue = next((c for c in _cues() if stem.startswith(c) and len(stem) - len(c) >= 2), "")
        stem = stem[len(cue) :]
        if set(stem) & deny or longest_suffix_title(stem + level) or _has_word(stem) or plausible_name(stem):
            continue
        if not (m.end() == len(text) or text[m.end()] in PUNCT or text.startswith(_followers(), m.end())):
            continue
        place = known.get(stem + level) or known.get(stem) or stem + level
        if place.endswith(level):
            out.setdefault(level, set()).add(place)
    return out


@cached
def _cues() -> tuple[str, ...]:
    return tuple(w for w in words("place_cues.txt") if not w.startswith("after:"))


@cached
def _followers() -> tuple[str, ...]:
    return tuple(w.removeprefix("after:") for w in words("place_cues.txt") if w.startswith("after:"))


@cached
def _words_inside() -> tuple[str, ...]:
    """Verbs and stop words (a stem holding one is no place: 当选市委…, 听取市…) and the places the
    vocabulary knows (上述重庆市 is 重庆市, read by the vocabulary)."""
    out = set(place_table())
    for name in _VERB_LISTS:
        out |= words(name)
    return tuple(sorted(w for w in out if len(w) > 1 or w in words("prefix_stops.txt")))


def _has_word(stem: str) -> bool:
    return any(w in stem for w in _words_inside())
