"""councils: the one council an article prints (某市议会, 某县议会: a place printed with its level, then a
``council_organ``), which the article's bare council titles (``council_title``: 议长, 副议长, 议员) belong to:
邱某议长 on a page about a visit to one 某市议会 is that council's speaker (``positions.canonical``)."""

from __future__ import annotations

import re

from .actorlex import gazetteer_places, place_table, uses, words

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")
_SHORT, _LONG = 2, 3  # the stem of a place the vocabulary lacks: two or three characters before its level


def article_council(text: str) -> str:
    """The one council ``text`` prints; "" for none, or for two (a page naming the hosts' council and the
    guests' leaves their titles bare), or for one whose place cannot be told from the words before it."""
    found: set[str] = set()
    for organ in uses("council_organ"):
        at = text.find(organ)
        while at >= 0:
            place = _council_place(text, at) if at and text[at - 1] in uses("place_level") else ""
            if len(place) > 1:  # 到市议会, 县议会定期大会: the level alone names the page's own council
                found.add(place + organ)
            elif not place and at and text[at - 1] in uses("place_level"):
                # a council whose place is unclear (某团体某市议会…): then no council is the page's
                found.add(organ)
            at = text.find(organ, at + 1)
    council = next(iter(found)) if len(found) == 1 else ""
    return "" if council.startswith(uses("council_organ")) else council  # one whose place is unclear: none


def council_before(text: str, start: int, i: int) -> str:
    """The last council ``text[start:i]`` prints with its place (某市议会), "" when none: a bare council title
    addressed after it in the sentence (走访某县议会，座谈中，甲议长…) is that council's, whichever others the page names."""
    last = max(((text.rfind(o, start, i), o) for o in uses("council_organ")), default=(-1, ""))
    at, organ = last
    place = _council_place(text, at) if at > start and text[at - 1] in uses("place_level") else ""
    return place + organ if len(place) > 1 else ""


def _council_place(text: str, at: int) -> str:
    """The place printed before the council starting at ``at``: the longest one the vocabulary knows ending
    there, else the two or three characters after punctuation or a place cue (抵达, 在), or the level alone
    (到市议会); "" when unclear."""
    run = _HAN_RUN.search(text, max(0, at - 12), at)
    stem = run.group() if run else ""
    known = next((p for n in range(_LONG + 2, _SHORT, -1) if _known(p := stem[-n:])), "")
    if known:
        return known
    cues = [c for c in (*words("place_cues.txt"), *uses("council_lead")) if c in stem[:-1]]
    cut = max((stem.rindex(c, 0, len(stem) - 1) + len(c) for c in cues), default=0)  # after the last cue
    rest = stem[cut:]
    return rest if _SHORT + 1 <= len(rest) <= _LONG + 1 or len(rest) == 1 else ""


def _known(place: str) -> bool:
    """A place of the vocabulary or a city or county of the gazetteer, printed whole."""
    return place in place_table() or gazetteer_places(place) == (place,)
