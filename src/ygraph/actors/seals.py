"""seals: the seal of office handed on by its holder (乙将印信交给甲, 乙把印信交到甲手中, 乙也将印信交接给甲):
the titled 乙 right before the words leaves the post printed before 乙, 甲 takes it (rule ``seal_handed``), as
甲从卸任县长乙手中接下印信 reads it from the taker's side (``sealed``).

The words are data (``word_uses.tsv`` seal_give_adverb, seal_give_lead, seal, seal_give, seal_hands). The taker is
a titled name printed right after the giving verb (交给新任县长甲), or a name read there and closed by
seal_hands or a clause break; a flag or a key handed on is no post (将会旗交给甲).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import scan
from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK
from .actorlex import any_of, plausible_name, uses
from .chains import Element
from .personrules import Found

SEAL_RULE = "seal_handed"
_TITLE_ROOM = 16  # the longest title printed between the giving verb and a titled taker


@cached
def _seal_pattern() -> re.Pattern[str]:
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    return re.compile(
        rf"{any_of('seal_from')}(?P<body>[^{breaks}]{{2,40}}?){any_of('seal_hands')}"
        rf"{any_of('seal_take')}[^{breaks}]{{0,6}}?{any_of('seal')}"
    )


def sealed(text: str, titled: list[Found]) -> list[Found]:
    """甲从卸任县长乙手中接下印信: the seal of office handed on — the titled 乙 (ending the body) leaves the post
    printed before 乙, the titled 甲 right before 从 takes it (rule ``seal_handed``)."""

    def parties(m: re.Match[str]) -> tuple[Found | None, Found | None]:
        a, b = m.span("body")
        old = next((f for f in titled if a <= f.start and f.end == b and f.chain), None)
        return old, next((f for f in titled if f.end == m.start()), None)

    return _hand_ons(_seal_pattern(), text, parties)


@cached
def _given_pattern() -> re.Pattern[str]:
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    return re.compile(
        rf"{any_of('seal_give_adverb')}?{any_of('seal_give_lead')}[^{breaks}]{{0,8}}?"
        rf"{any_of('seal')}{any_of('seal_give')}"
    )


def seal_given(text: str, titled: list[Found]) -> list[Found]:
    """Every seal handed on by its titled holder to a taker named right after the giving verb."""

    def parties(m: re.Match[str]) -> tuple[Found | None, Found | None]:
        old = next((f for f in titled if f.end == m.start() and f.chain), None)
        new = _taker(text, titled, m.end())
        if old is None and new is not None and new.chain:  # 乙将印信交给新任县长甲: 乙 leaves the taker's post
            old = _giver(text, m.start())
            if old is not None and any(_other_posts(f, new) for f in titled if f.name == old.name):
                old = None  # 监交人某局长乙…。乙将印信交给新任区长甲: the official printed with another post hands it
        return old, new

    return _hand_ons(_given_pattern(), text, parties)


def _giver(text: str, at: int) -> Found | None:
    """The untitled holder opening the clause right before the giving words (，乙将印信交给…): a name of 3 or 2
    characters after a clause break or at the start."""
    breaks = CLAUSE_BREAKS + LINE_BREAK
    for n in (3, 2):
        name, start = text[max(at - n, 0) : at], at - n
        if start >= 0 and (start == 0 or text[start - 1] in breaks) and plausible_name(name):
            return Found(name, start, at, SEAL_RULE)
    return None


def _hand_ons(
    pattern: re.Pattern[str], text: str, parties: Callable[[re.Match[str]], tuple[Found | None, Found | None]]
) -> list[Found]:
    """Both sides of every hand-over ``pattern`` finds whose ``parties`` are two different people."""
    out: list[Found] = []
    for m in scan.finditer(pattern, text):
        old, new = parties(m)
        if old is None or new is None or old.name == new.name or _other_posts(old, new):
            continue
        out.extend(_handed_on(old, new))
    return out


def _other_posts(old: Found, new: Found) -> bool:
    """Both sides printed with posts of different heads (监交人某部长甲将印信交给新任县长乙): the giver is the
    official who hands the seal over, not the holder before."""
    return bool(old.chain and new.chain) and old.chain[-1].position.head != new.chain[-1].position.head


def _taker(text: str, titled: list[Found], at: int) -> Found | None:
    """The titled name whose title starts right at ``at`` or after a new_marker word (交给新任县长甲), else a name of 3 or 2 characters
    there that seal_hands or a clause break closes (交到甲手中, 交接给甲，)."""
    breaks = CLAUSE_BREAKS + LINE_BREAK
    for f in titled:
        if at <= f.start <= at + _TITLE_ROOM and f.chain and text[at : f.chain[0].start] in ("", *uses("new_marker")):
            return f
    for n in (3, 2):
        name, rest = text[at : at + n], text[at + n :]
        if plausible_name(name) and (rest[:1] in breaks or not rest or rest.startswith(tuple(uses("seal_hands")))):
            return Found(name, at, at + n, SEAL_RULE)
    return None


def _handed_on(old: Found, new: Found) -> list[Found]:
    """The post printed last before ``old`` ends for him and starts for ``new`` (both sides of a hand-over); an
    untitled giver leaves the post the taker is printed with (交给新任县长甲)."""
    post = old.chain[-1] if old.chain else new.chain[-1]
    return [
        Found(old.name, old.start, old.end, SEAL_RULE, (_changed(post, "end"),)),
        Found(new.name, new.start, new.end, SEAL_RULE, (_changed(post, "start"),)),
    ]


def _changed(el: Element, change: str) -> Element:
    return replace(el, change=change, rule=SEAL_RULE, former=False)
