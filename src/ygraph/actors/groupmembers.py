"""groupmembers: the members a foreign country's group lists after its name (某国议会访华团名单包括：众议院副议长甲、
参议员乙、丙): a post of theirs printed without a country is that country's (某国众议院副议长, 某国参议员). The
group ends with a group noun (``group_heads.tsv``, or ``member_group`` of word_uses.tsv), the list opens with a
``member_list_lead`` (名单包括, 成员有) and runs to the end of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import is_foreign, uses, words
from .chains import Element
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import canonical

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


@cached
def _pattern() -> re.Pattern[str]:
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    nouns = sorted({row[2] for row in lexicons.load_table("actors/group_heads.tsv")} | set(uses("member_group")))
    return re.compile(
        rf"(?P<group>[^{breaks}]{{2,30}}?(?:{alternation(nouns)}))(?:{alternation(uses('member_list_lead'))})[：:]?"
    )


def country_group_members(text: str, titled: list[Found], places: ContextPlaces) -> list[Found]:
    """``titled`` with the posts of the people a country's group lists completed with that country."""
    spans = []
    for m in scan.finditer(_pattern(), text):
        country = _country(m.group("group"))
        if country:
            stop = min((k for k in (text.find(c, m.end()) for c in _SENTENCE_END) if k >= 0), default=len(text))
            spans.append((m.end(), stop, country))
    if not spans:
        return titled
    out = []
    for f in titled:
        country = next((c for a, b, c in spans if a <= f.start < b), "")
        if country and f.chain and not is_foreign(f.chain[0].position.organization):
            f = replace(f, chain=_of_country(f.chain, country, places))
        out.append(f)
    return out


def _country(group: str) -> str:
    """The country the group's name opens with (its longest form), "" when none."""
    return max((c for c in words("countries.txt") if group.startswith(c)), key=len, default="")


def _of_country(chain: tuple[Element, ...], country: str, places: ContextPlaces) -> tuple[Element, ...]:
    """The chain's first post read again with the country before it."""
    first = chain[0]
    pos = canonical(country + first.position.printed, None, places)
    return chain if pos is None else (replace(first, position=pos), *chain[1:])
