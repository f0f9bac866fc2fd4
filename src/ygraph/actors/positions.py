"""positions: printed titles → canonical positions (one node per position).

A printed chain element such as ``中共上海市委书记`` becomes ``上海市委书记``; an elliptical one takes what
it lacks from its context (``市长`` after ``上海市委副书记`` → ``上海市长``; ``书记处书记`` after
``…协会党组成员`` → ``…协会书记处书记``). Organisation aliases come from ``actors/org_aliases.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actorlex import longest_suffix_title, place_prefix, table, titles, words

MODIFIERS = (
    "执行",
    "常务",
    "前",
    "原",
)  # between an organisation and its title: 美国前国务卿, …会社执行副总裁
_SESSION = re.compile(r"^第?[〇一二三四五六七八九十]{1,3}届(?=[省市县区])")
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}[省市区县]")  # 青禾市副市长: the organisation is a place
INNER_ORGANS = ("党委", "党组", "纪委", "团委", "党工委")  # an organ inside the organisation printed before
LEVELS = ("省", "市", "区", "县")  # a bare level before a title (县议员): the place comes from the context
_CITY_AFTER_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}省([\u4e00-\u9fff]{2,3}市)")
BARE_MODIFIERS = ("代理", "代", "常务", "执行")  # a title with only one of these before it is bare
LEVEL_WORDS = ("省委", "市委", "区委", "县委", "省政府", "市政府", "区政府", "县政府")


@dataclass(frozen=True)
class Position:
    printed: str  # as printed (whitespace removed)
    canonical: str  # e.g. 上海市委书记
    organization: str  # canonical organisation part, "" when none
    head: str  # the title head, e.g. 书记
    place: str  # canonical place the organisation starts with, "" when none
    resolved: bool  # False: a bare title with no organisation found in its context


def _alias(org: str) -> str:
    if org.startswith("中共") and not org.startswith("中共中央"):
        org = org[2:]
    org = _SESSION.sub("", org)  # 十二届省政协: the session before a bare level organ says no place
    city = _CITY_AFTER_PROVINCE.match(org)
    if city and (city.end() == len(org) or org[city.end() :] in words("level_organs.txt")):
        # 某省某市副市长 → 某市副市长, 某省某市委书记 → 某市委书记 (the city's own post names it)
        org = org[city.start(1) :]
    aliases = table("org_aliases.tsv")
    for alias in sorted(aliases, key=len, reverse=True):
        if org.startswith(alias):
            return aliases[alias] + org[len(alias) :]
    return org


def _collapse(text: str) -> str:
    for level in "省市区县":
        text = text.replace(level + level + "长", level + "长")
    return text


def canonical(printed: str, prev: Position | None, context_places: dict[str, str]) -> Position | None:
    """Canonical form of one chain element; ``prev`` is the element before it in the same chain.

    ``context_places`` maps a level character (省, 市, …) to the last place of that level seen in the
    article (or the dateline place): it resolves a bare 省长 / 市委书记 in an article about one province.
    A title with only a modifier before it (代省长, 常务副市长, 代理市长) is completed like a bare one and
    keeps its modifier; an organ after a bare level (市公安局, 省政协) takes the place of that level from
    its chain, or from the article only for a province (the vocabulary knows every province, not every city).
    """
    head = longest_suffix_title(printed)
    if not head:
        return None
    aliases = table("title_aliases.tsv")
    if printed in aliases:
        return Position(printed, aliases[printed], "", head, "", True)
    org = _alias(printed[: -len(head)])
    modifier = org if org in BARE_MODIFIERS else ""
    if modifier:
        org = ""
    if org in INNER_ORGANS and prev and prev.organization:
        org = prev.organization + org  # 某大学某学院院长助理、党委副书记 → 某大学某学院党委副书记
    elif org in words("committee_departments.txt") and prev and prev.organization.endswith("委"):
        org = prev.organization + org  # 某区委常委、宣传部部长 → 某区委宣传部部长
    elif prev and org.endswith("委员会") and not place_prefix(org) and org[0] not in "省市区县":
        parent = prev.organization or prev.canonical.removesuffix(prev.head)  # unresolved 省人大常委会…
        org = (
            _parent_body(parent, org.endswith("工作委员会")) + org
        )  # …常委会某委员会主任委员、某工作委员会主任
    info = titles()[head]
    if not org or org in LEVEL_WORDS or org in LEVELS or _level_organ(org):
        level = (org or head.removeprefix("副"))[0]
        if (org or info.ellipsis == "place") and level in "省市区县":
            place = (prev.place if prev and prev.place.endswith(level) else "") or _context_place(
                context_places, level, org
            )
            if place:
                return _make(printed, place + org[1:] + modifier, head)
        elif prev and prev.organization:
            return _make(printed, prev.organization + modifier, head)
        return Position(printed, org + modifier + head, "", head, "", False)  # unresolved: never a succession
    return _make(printed, org, head)


def _parent_body(org: str, working: bool) -> str:
    """The part of ``org`` up to the first body with committees of its own (parent_bodies.txt), or "": a
    working committee (工作委员会) is the standing committee's (the longest body), a special committee the
    congress's (the shortest: 省人大常委会委员、某委员会委员 → 省人大某委员会委员)."""
    sign = -1 if working else 1
    hits = [(org.find(b), sign * len(b), b) for b in words("parent_bodies.txt") if b in org]
    if not hits:
        return ""
    at, _, body = min(hits)
    return "" if not place_prefix(org) and org[0] not in "省市区县" else org[: at + len(body)]


def _context_place(context: dict[str, str], level: str, org: str) -> str:
    """The article's place for a bare title; for an organ after a level (市公安局), a place a chain of the
    article printed (key ``level + "!"``) or one the vocabulary knows all of (a province, a municipality):
    an article may name a city the vocabulary lacks."""
    place = context.get(level, "")
    organ = _level_organ(org) or org in LEVELS
    if organ and context.get(level + "!"):
        return context[level + "!"]
    if not organ or place.endswith("省") or place in words("province_level.txt"):
        return place
    return ""


def _level_organ(org: str) -> bool:
    """A level then an organ, with no place (市公安局, 省政协, 县人大常委会): the place comes from the context."""
    return len(org) > 1 and org[0] in "省市区县" and org[1] not in "委长" and not place_prefix(org)


def _make(printed: str, org: str, head: str) -> Position:
    bare = org
    for modifier in MODIFIERS:
        bare = bare.removesuffix(modifier)
    place = place_prefix(org) or (bare if _PLACE_ONLY.fullmatch(bare) else "")
    return Position(printed, _collapse(org + head), bare, head, place, True)
