"""orgnames: the organisation printed before a title, named as the graph names it (for ``positions``).

A level's government printed short (市府 → 市政府), the holder's ordinal or term (第九届), the party before
a body (中共), a term before an organisation (十二届省政协), a province or city before its own city or county
(某省某市 → 某市), a level printed twice (临江市市委 → 临江市委) and ``actors/org_aliases.tsv``.
"""

from __future__ import annotations

import re

from ..lexicons import alternation, cached
from .actorlex import place_table, province_places, table, uses, words
from .terms import session_source, term_start

_CHAR = r"[\u4e00-\u9fff]"


@cached  # pure in ``org`` (and the vocabulary): a corpus prints each organisation many times
def canonical_org(org: str) -> str:
    """The organisation ``org`` printed before a title as the graph names it (the steps above, in order)."""
    org = _short_government().sub(lambda m: m.group(1) + min(uses("government"), key=len), org)  # 县府 → 县政府
    org = next((org[: -len(w)] for w in uses("holder_ordinal") if org.endswith(w) and len(org) > len(w)), org)
    term = term_start(org, len(org))  # 某县第九届县长, 某市第5任市长: the holder's term says no organisation
    org = org[:term] if term > 0 else org
    own = next((w for w in uses("own_level_lead") if org.startswith(w) and org[len(w) : len(w) + 1] in uses("place_level")), "")
    rest = org[len(own) + 1 :]  # 我市市委 → 市委, 我市 → "" (a level's title: 副市长), 我市委 → 市委
    if own and (not rest or rest.startswith(uses("place_level"))):
        org = rest
    elif own and rest.startswith(tuple(words("level_organs.txt"))):
        org = org[len(own) :]  # never 我省党政代表团: the group the page calls its own (own_group) keeps its name
    party = next((p for p in uses("party") if org.startswith(p)), "")
    if party and not org.startswith(uses("party_centre")):
        org = org[len(party) :]
    term = _session().match(org)
    if not (term and org[term.end() :] in uses("term_org")):  # 十八届中央委员: the term is the post's own
        org = _session().sub("", org)  # 十二届省政协, 十二届某省政协: the term says no place (the holder's term)
    org = _undoubled(org)
    for own in (_city_after_province(), _county_after_parent(), _city_after_short_province()):
        city = own.match(org)
        if city and (city.end() == len(org) or org[city.end() :] in words("level_organs.txt")):
            # 某省某市副市长 → 某市副市长, 某省某市委书记 → 某市委书记, 某市某县委书记 → 某县委书记 (its own post names it)
            org = org[city.start(1) :]
    aliases = table("org_aliases.tsv")
    for alias in sorted(aliases, key=len, reverse=True):
        if org.startswith(alias):
            return aliases[alias] + org[len(alias) :]
    return org



@cached
def _short_government() -> re.Pattern[str]:
    """市府, 某县府: a level's government printed short (``government_short``) at the start of an organisation."""
    levels, short = alternation(uses("place_level")), alternation(uses("government_short"))
    return re.compile(rf"^({_CHAR}{{0,4}}?(?:{levels}))(?:{short})")



@cached
def _session() -> re.Pattern[str]:
    """十二届省政协, 十二届全国政协: a term printed before an organisation (it says no place: the holder's term)."""
    levels = alternation(uses("place_level"))
    return re.compile(rf"^{session_source()}(?=(?:{levels})|{_CHAR}{{2}})")



@cached
def _city_after_province() -> re.Pattern[str]:
    """某省某市: a province, then a city of it."""
    province, city = alternation(uses("province_suffix")), alternation(uses("city_suffix"))
    return re.compile(rf"^{_CHAR}{{2,3}}(?:{province})({_CHAR}{{2,3}}(?:{city}))")



@cached
def _county_after_parent() -> re.Pattern[str]:
    """某省某县, 某市某县, 某州某县: a province, a city or a prefecture, then a county of it."""
    parent = alternation((*uses("province_suffix"), *uses("city_suffix"), *uses("prefecture_suffix")))
    county = alternation(uses("county_suffix"))
    # the county's name never starts with a level (贵州省普安县: 普安县, never 省普安县)
    return re.compile(rf"^{_CHAR}{{1,8}}(?:{parent})((?!{parent}){_CHAR}{{2,3}}(?:{county}))")



@cached
def _city_after_short_province() -> re.Pattern[str]:
    """内蒙古某市, 河南某市: a province printed without its level (places.tsv), then a city of it."""
    short = sorted((w for w, c in place_table().items() if c in province_places() and w != c), key=len, reverse=True)
    city = alternation(uses("city_suffix"))
    return re.compile(rf"^(?:{alternation(short)})({_CHAR}{{2,4}}?(?:{city}))")



def _undoubled(org: str) -> str:
    """临江市 + 市委 → 临江市委, 某县 + 县人大常委会 → 某县人大常委会: a place printed with its level, then the
    level again before its organ (level_organs.txt), names the organ once (临江市市场监管局 keeps its 市场); a place
    of one character and its level (某县县委) is printed so, the level doubled."""
    for level in uses("place_level"):
        at = org.find(level + level)
        organ = next((o for o in level_organs() if org.startswith(o, at + 2)), "") if at > 0 else ""
        whole = org.endswith(uses("doubled_level"), 0, at + 1)  # 某新区区委: 新区 is the place's level, 区委 its organ
        if organ and not whole and not (len(organ) == 1 and short_stem(org, at)):
            org = org[:at] + org[at + 1 :]  # 道县县委, 荣县县长: a one-character stem keeps its doubled level
    return org



@cached
def level_organs() -> tuple[str, ...]:
    """The level organs (level_organs.txt), longest first (人民政府 before 政府)."""
    return tuple(sorted(words("level_organs.txt"), key=lambda w: (-len(w), w)))



def short_stem(text: str, at: int) -> bool:
    """The place whose level is ``text[at]`` has a stem of one character (道县, 荣县): its party committee and
    its title print the level again (道县县委, 荣县县长)."""
    levels = uses("place_level")
    stem = text[max((text.rfind(lv, 0, at) for lv in levels), default=-1) + 1 : at]
    return len(stem) < 2
