"""sessions: a presidium's posts printed without their session (大会主席团常务主席甲, 大会的执行主席是乙) take
the session the article names before them (某省第十二届人民代表大会第二次会议): one post per session, held by
many. The vocabulary is ``actors/session_posts.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons
from ..lexicons import alternation, cached
from ..time.numerals import numeral_characters
from .actorlex import place_prefix, uses
from .chains import Element
from .personrules import Found
from .positions import Position

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LEFT = 10  # characters before the term number where the session's name may start


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses("actors/session_posts.tsv", use)


@cached
def _session() -> re.Pattern[str]:
    """A term number (第十二届), up to 16 characters, a sitting number (第二次会议); or a party congress's
    number (第十一次代表大会)."""
    digits = re.escape(numeral_characters(("digit", "ten")))
    term, sitting, nth = (
        alternation(_uses("term")),
        alternation(_uses("sitting")),
        alternation(uses("ordinal")),
    )
    number, congress = rf"(?:{nth})?[{digits}]{{1,3}}", alternation(_uses("congress"))
    return re.compile(
        rf"{number}(?:{term})[\u4e00-\u9fff]{{0,16}}?{number}(?:{sitting})|{number}(?:{congress})"
    )


def sessions(text: str) -> list[tuple[int, str]]:
    """Where each session's name is printed, and the name (from its place or its lead word)."""
    out = []
    for m in _session().finditer(text):
        left = text[max(0, m.start() - _LEFT) : m.start()]
        starts = [k for k in range(len(left)) if _starts_name(left[k:])]
        if starts:
            out.append((m.start() - len(left) + starts[0], left[starts[0] :] + m.group()))
    return out


def _starts_name(left: str) -> bool:
    """A session's name may start here: a known place, a lead word, or a place printed with its level."""
    if not _HAN.fullmatch(left):
        return False
    return (
        bool(place_prefix(left))
        or left.startswith(_uses("lead"))
        or (3 <= len(left) <= 4 and left[-1] in uses("place_level"))
    )


def session_posts(text: str, found: list[Found]) -> list[Found]:
    """Each finding with its presidium posts completed by the last session printed before them."""
    named = sessions(text)
    if not named:
        return found
    return [replace(f, chain=tuple(_complete(el, named) for el in f.chain)) for f in found]


def _complete(el: Element, named: list[tuple[int, str]]) -> Element:
    p = el.position
    if p.head not in _uses("head") or (p.organization and p.organization not in _uses("organ")):
        return el
    before = [name for at, name in named if at < el.start]
    session = before[-1] if before else named[0][1]
    organ = next((o for o in _uses("organ") if p.organization == o), "")
    rest = organ.removeprefix(next((o for o in _uses("organ") if organ.startswith(o) and o != organ), organ))
    org = session + rest
    return replace(el, position=Position(p.printed, org + p.head, org, p.head, "", True))
