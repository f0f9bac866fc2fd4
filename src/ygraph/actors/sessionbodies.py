"""sessionbodies: a bare post a session elects (某省政协十二届一次会议选举甲为主席; 某党第十六届中央委员会第一次全体会议…，
甲当选主席) is the post of the body whose session it is (某省政协主席, 某党中央委员会主席): the session named last in
the sentence before the post, its term and sitting taken out. Only the heads of ``session_posts.tsv`` body_head
(主席, 副主席, 秘书长) and bodies ending with a body_end word (政协, 委员会): a people's congress elects posts of
other bodies (省长, 常委会主任), printed in full. Used by ``appointments`` for the forms of
``word_uses.tsv`` session_body_form."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicons import alternation, cached
from .actorlex import uses
from .chains import Element, chain_start
from .noticeposts import sentence_start
from .placecontext import ContextPlaces
from .positions import canonical
from .sessions import session_number, session_uses, sessions


@cached
def _term_and_sitting() -> re.Pattern[str]:
    """第十六届 … 第一次全体会议 inside a session's name: what is left around them is the body."""
    number, term, sitting = session_number(), alternation(session_uses("term")), alternation(session_uses("sitting"))
    return re.compile(rf"{number}(?:{term})(?P<middle>[\u4e00-\u9fff]*?){number}(?:{sitting})$")


def session_body(text: str, at: int, name: str, floor: int) -> str:
    """The body of the session ``name`` printed at ``text[at]`` (某省政协十二届一次会议 → 某省政协): what a chain
    reads before its term number (never a dateline's word: …日电某省政协), then the words between its term and
    its sitting; "" when it is no term's sitting or no body_end word closes the body."""
    m = _term_and_sitting().search(name)
    if m is None:
        return ""
    number = at + m.start()
    body = text[chain_start(text, number, floor, joined=False) : number] + m.group("middle")
    return body if body.endswith(session_uses("body_end")) else ""


def session_body_post(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """``chain`` with its one bare post given the body of the session the sentence names last before it."""
    first = chain[0]
    if len(chain) != 1 or first.position.organization or first.position.head not in session_uses("body_head"):
        return chain
    start = sentence_start(text, first.start)
    named = sessions(text[start : first.start])
    body = session_body(text, start + named[-1][0], named[-1][1], start) if named else ""
    pos = canonical(body + _own_level_organ_off(first.position.printed, first.position.head, body), None, places) if body else None
    return chain if pos is None else (replace(first, position=replace(pos, printed=first.position.printed)),)


def _own_level_organ_off(printed: str, head: str, body: str) -> str:
    """The post without the level and organ it is printed with when they are the session's body's own (某市政协
    九届二次会议…当选为市政协主席: 市政协 is that body, 某市政协 + 主席, not 某市政协 + 市政协主席)."""
    organ = printed.removesuffix(head)
    own = len(organ) > 1 and organ[0] in uses("place_level") and body.endswith(organ[1:])
    return head if own else printed
