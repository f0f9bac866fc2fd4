"""pressposts: a spokesperson's bare title in a sentence opening with the body that holds the press conference
(某部今天举行例行记者会，发言人甲宣布…): the post is that body's (某部发言人). The body is what the sentence prints
before its time words and a ``press_holds`` verb (举行, 召开) whose clause names a ``press_event`` (记者会, 发布会);
the titles are ``press_title`` words (发言人, 新闻发言人). Any other opening leaves the title bare."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from ..time.numerals import numeral_characters
from .actorlex import uses
from .chains import Element, chain_start
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import canonical

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


@cached
def _holder() -> re.Pattern[str]:
    """The body opening a clause, then time words, then a ``press_holds`` verb and a ``press_event`` in its clause."""
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    digits = re.escape(numeral_characters(("digit", "ten")) + "0123456789０１２３４５６７８９")
    days = alternation(uses("press_day_unit"))
    times = rf"(?:{alternation(uses('press_time'))}|[{digits}]{{1,3}}(?:{days}))*"
    holds, event = alternation(uses("press_holds")), alternation(uses("press_event"))
    after = re.escape("".join(uses("press_opening_after")))
    opening = rf"(?:^|(?<=[{after}{breaks}]))"  # after the dateline or a clause break
    return re.compile(rf"{opening}(?P<body>[\u4e00-\u9fff]{{2,12}}?){times}(?:{holds})[^{breaks}]{{0,12}}?(?:{event})")


def completed_press_posts(text: str, titled: list[Found], places: ContextPlaces) -> list[Found]:
    """``titled`` with the bare spokesperson titles of press-conference sentences completed with the holding body."""
    out = []
    for f in titled:  # a title printed alone: after another post (某厅副厅长、新闻发言人) it is that post's body's
        chain = (_completed(text, f.chain[0], places),) if len(f.chain) == 1 else f.chain
        out.append(replace(f, chain=chain) if chain != f.chain else f)
    return out


def _completed(text: str, el: Element, places: ContextPlaces) -> Element:
    pos = el.position
    if pos.printed not in uses("press_title"):  # printed alone (新闻发言人 reads 新闻 as its organisation)
        return el
    start = max(text.rfind(c, 0, el.start) for c in _SENTENCE_END) + 1
    opening = _holder().search(text, start, el.start)
    if opening is None:
        return el
    end = opening.end("body")
    body = text[max(opening.start("body"), chain_start(text, end, start, False)) : end]
    body = next((body[len(w) :] for w in uses("press_body_lead") if body.startswith(w)), body)  # 中国大陆某办: 某办
    done = canonical(body + pos.printed, None, places)
    return el if done is None or not done.organization else replace(el, position=done)
