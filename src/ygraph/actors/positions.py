"""positions: printed titles → canonical positions (one node per position).

A printed chain element such as ``中共上海市委书记`` becomes ``上海市委书记``; an elliptical one takes what
it lacks from its context (``市长`` after ``上海市委副书记`` → ``上海市长``; ``书记处书记`` after
``…协会党组成员`` → ``…协会书记处书记``). The organisation printed is named by ``orgnames`` (aliases
from ``actors/org_aliases.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicons import cached
from .actorlex import (
    any_of,
    gazetteer_places,
    longest_suffix_title,
    place_prefix,
    province_places,
    starts_level,
    table,
    titles,
    uses,
    words,
)
from .courts import court_division, court_of
from .hostheads import host_owner
from .levelchains import bare_level_organ, page_rule, printed_level_place
from .orgnames import canonical_org, level_organs, short_stem
from .parties import committee_owner, party_owner
from .placecontext import ContextPlaces
from .regiontitles import region_named, region_of
from .siblings import chained_body

_CHAR = r"[\u4e00-\u9fff]"
_DEPARTMENT = re.compile(rf"{_CHAR}{{2,6}}")


@cached
def _place_only() -> re.Pattern[str]:
    """青禾市副市长: an organisation that is a place (2 to 4 characters and a level)."""
    return re.compile(rf"{_CHAR}{{2,4}}{any_of('place_level')}")


@dataclass(frozen=True)
class Position:
    printed: str  # as printed (whitespace removed)
    canonical: str  # e.g. 上海市委书记
    organization: str  # canonical organisation part, "" when none
    head: str  # the title head, e.g. 书记
    place: str  # canonical place the organisation starts with, "" when none
    resolved: bool  # False: a bare title with no organisation found in its context
    rule: str = ""  # the rule that gave the place of a bare title, when not the chain (source_places.tsv)
    bare: bool = False  # unresolved and saying nothing of whose post it is: shown, never scored (``_bare``)


def _level_again(place: str, org: str) -> str:
    """A level organ (市委, 县人大常委会) completed with ``place``: 临江市委, 道县人大常委会, 道县县委 (a place of
    one character and its level prints it again before a one-character organ)."""
    again = short_stem(place, len(place) - 1) and org[1:2] in words("level_organs.txt")
    return place + (org if again else org[1:])


def _collapse(text: str) -> str:
    """临江市 + 市长 → 临江市长 (``level_title`` words after a ``place_level``)."""
    for level in uses("place_level"):
        for head in uses("level_title"):
            at = text.find(level + level + head)
            if at >= 0 and not short_stem(text, at):
                text = text.replace(level + level + head, level + head)
    return text


def canonical(printed: str, prev: Position | None, context_places: ContextPlaces) -> Position | None:
    """Canonical form of one chain element; ``prev`` is the element before it in the same chain.

    ``context_places`` gives, by level character (省, 市, …), the last place of that level seen in the
    article (or the dateline place): it resolves a bare 省长 / 市委书记 in an article about one province.
    A title with only a modifier before it (代省长, 常务副市长, 代理市长) is completed like a bare one and
    keeps its modifier; an organ after a bare level (市公安局, 省政协) takes the place of that level from
    its chain, or from the article only for a province (the vocabulary knows every province, not every city).
    """
    head = longest_suffix_title(printed)
    if not head:
        return None
    lead = next((w for w in uses("acting_lead") if printed.startswith(w) and len(printed) > len(w) + len(head)), "")
    if lead:  # 代理某省人民政府省长 → 某省人民政府代理省长
        return _acting(printed, lead, head, prev, context_places)
    aliases = table("title_aliases.tsv")
    spelt = (printed, canonical_org(printed[: -len(head)]) + head)
    if own := next((w for w in spelt if w in aliases), ""):
        if region := region_of(aliases[own], context_places):  # 特首 on a page of one region: its 行政长官,
            return replace(_make(printed, region, aliases[own]), head=head)  # still a bare title before a name
        return Position(printed, aliases[own], "", head, "", True)
    if head in aliases and (region := region_named(printed[: -len(head)])):  # 香港特首 → 香港行政长官
        return _make(printed, region, aliases[head])
    if region := region_of(printed, context_places):  # 行政长官 of one region; 总统 on a Taiwanese page
        return _make(printed, region + printed[: -len(head)], head)
    org = canonical_org(printed[: -len(head)])
    if owner := party_owner(org, head, context_places.party) if org else "":  # 党主席, 荣誉主席: the page's party's
        return _make(printed, owner, head)
    owner, committee = committee_owner(org, context_places.committee_party)
    if owner:  # 组发会主委 on a page naming one party: its committee, never a city's commission
        return replace(_make(printed, owner, head), rule=f"party.committee:{committee}")
    if own := context_places.aliases.get(org) or (not prev and host_owner(org, head, context_places.institution)):
        return _make(printed, own, head)  # 公司董事长 after 某某公司（以下简称“公司”）, 校长 where 某大学召开会议
    modifier = org if org in uses("bare_modifier") or _chain_qualifier(org, prev) else ""
    org = _chained_org(_city_zone("" if modifier else org, prev), head, prev)
    if chain_place := printed_level_place(org, head, context_places):  # 某州委书记甲，州长乙: 某州州长
        made = _make(printed, chain_place + modifier, head)
        why = page_rule(chain_place, context_places)  # the page's own 州 (levelchains.page_level_places)
        return replace(made, rule=why) if why else made
    if bare_level_organ(org):  # 州人大常委会主任 on a page printing no 州: bare (D1), as 市人大常委会主任 is
        return Position(printed, org + modifier + head, "", head, "", False, bare=True)
    if not org or org in uses("bare_organ") or org in uses("place_level") or _level_organ(org):
        return _completed(printed, org, modifier, head, prev, context_places)
    own = _organ_department(org, prev, context_places) or _chained_department(org, head, prev)
    function = "" if own else _function_body(org, head, prev)
    made = _make(printed, own or function or org, head)
    made = replace(made, rule=f"chain.function:{org}") if function else made
    government = "" if made.place else _department_government(org, head, context_places)
    return _make(printed, government + org, head) if government else made


def _acting(
    printed: str, lead: str, head: str, prev: Position | None, context: ContextPlaces
) -> Position | None:
    """An acting post printed with its ``acting_lead`` first (代理某省人民政府省长): read with the lead moved
    before the head (某省人民政府代理省长; 代理某务局长 → 某务局代理局长; 代理某某区长 → 某某区代理区长), as printed."""
    org = printed[len(lead) : -len(head)]
    levels = (*uses("place_level"), *uses("chain_level"))
    bare_place = bool(org) and head[:1] in levels and not any(level in org for level in levels)  # 代理某某区长
    body = head[:1] if (head[:1] in uses("org_noun") and not org.endswith(head[:1])) or bare_place else ""
    moved = canonical(org + body + lead + head, prev, context)
    return replace(moved, printed=printed) if moved else None


def _completed(
    printed: str, org: str, modifier: str, head: str, prev: Position | None, context_places: ContextPlaces
) -> Position:
    """A bare title, or an organ after a bare level (市公安局), completed from the chain (the place of its
    level, the organisation of the post before) or the article (its place of that level, its one council or
    government); unresolved, and never a succession, when neither gives it."""
    level = (org or _undeputy(head))[0]
    if (org or titles()[head].ellipsis == "place") and level in uses("place_level"):
        chained = _chained_place(prev, level)
        place = chained or _context_place(context_places, level, org)
        if place:
            made = _make(printed, _level_again(place, org) + modifier, head)
            rule = context_places.source_rule.get(level, "")  # the source line's place, taken as the article's
            why = rule if not chained and place == context_places.at.get(level) else ""
            return replace(made, rule=why) if why else made
    elif prev and prev.organization:
        body = prev.head[:1] if prev.head[:1] in uses("org_noun") and head.endswith(prev.head) else ""
        body = "" if prev.organization.endswith(body) else body  # 某务局长、副局长 → 某务局副局长
        return _make(printed, _owner(prev.organization, head) + body + modifier, head)
    elif prev and not org and (body := _unresolved_body(prev, head)):  # 市城管局党组书记、局长: that body's, as printed
        return Position(printed, body + modifier + head, "", head, "", False)
    elif not org and head in uses("council_title") and context_places.council:  # 甲议长: the council's
        return _make(printed, context_places.council + modifier, head)
    elif not org and head in uses("government_staff") and context_places.government:
        return _make(printed, context_places.government + min(uses("government"), key=len) + modifier, head)
    return Position(printed, org + modifier + head, "", head, "", False, bare=_bare(org))  # unresolved


def _unresolved_body(prev: Position, head: str) -> str:
    """The body of an unresolved post before ``head`` in its chain (市城管局 of 市城管局党组书记) when ``head`` is that
    body's own title (局长, 副局长 after …局), else ""."""
    body = prev.canonical.removesuffix(prev.head) if not prev.organization and not prev.bare else ""
    return body if body[-1:] in uses("org_noun") and _undeputy(head).startswith(body[-1:]) else ""


def _chain_qualifier(org: str, prev: Position | None) -> bool:
    """A qualifier naming no body (``post_qualifier``: 政务, 特命全权) before a title printed after a post of a body
    in one holder's chain: the title is that body's (某部常务次长、政务次长 → 某部政务次长), as after 常务."""
    return prev is not None and bool(prev.organization) and org in uses("post_qualifier")


def _chained_org(org: str, head: str, prev: Position | None) -> str:
    """The organisation of a post printed after ``prev`` in a chain, completed from it where the chain leaves it
    out (a level's own organ, an inner organ, a court's division, a committee's department or body)."""
    if sibling := chained_body(org, head, prev.organization if prev else ""):  # actors/siblings.py
        return sibling
    if org in uses("level_own_organ") and prev and _level_body(prev):
        return prev.place + org  # 某区委常委、纪委书记 → 某区纪委书记 (the district's commission, not the committee's)
    if org in uses("inner_organ") and prev and prev.organization:
        return prev.organization + org  # 某大学某学院院长助理、党委副书记 → 某大学某学院党委副书记
    if prev and court_division(org, prev.organization):
        return court_division(org, prev.organization)  # 某法院副院长、某审判庭庭长 → 某法院某审判庭庭长
    if prev and _committee(org) and not place_prefix(org) and not starts_level(org):
        parent = prev.organization or prev.canonical.removesuffix(prev.head)  # unresolved 省人大常委会…
        return _parent_body(parent, org.endswith(uses("working_committee"))) + org  # …常委会某委员会主任委员、某工作委员会主任
    return org


def _committee(org: str) -> bool:
    """``org`` ends with a committee's name (委员会, 工委), not with a zone's organ (某开发区党工委: the zone's)."""
    return org.endswith(uses("committee")) and not org.endswith(uses("zone_organ"))


def _function_body(org: str, head: str, prev: Position | None) -> str:
    """A post named by a function, not a body (财务总监, 行政总裁, 教务主任: ``function_unit``), printed after a
    post of a body in the same chain, is that body's (某集团党委常委、财务总监 → 某集团财务总监; 某公司董事局主席兼
    行政总裁 → 某公司行政总裁): the body without its inner organ, board (``function_owner_end``) or function; never when the
    function word and the head's first character name a body of their own (行政 + 院长: 行政院)."""
    if prev is None or not prev.organization or org not in uses("function_unit"):
        return ""
    if prev.organization in uses("function_unit"):
        return ""  # 财务总监、投资总监: no body printed before, only another function
    if org + head[:1] in uses("not_department") or prev.organization.endswith(org):
        return ""
    body = prev.organization
    end = next((e for e in _function_owner_ends() if body.endswith(e) and len(body) > len(e)), "")
    return body.removesuffix(end) + org


@cached
def _function_owner_ends() -> tuple[str, ...]:
    """What a body printed before a function's post may end with and loses (longest first): an inner organ
    (党委, 纪委, 团委: 某集团纪委书记、财务总监 is the group's, not its commission's), a board or a function."""
    return tuple(sorted({*uses("inner_organ"), *uses("function_owner_end"), *uses("function_unit")}, key=len, reverse=True))


def _organ_department(org: str, prev: Position | None, context: ContextPlaces) -> str:
    """A department of a bare level organ (市委统战部, 区委办公室, 县政府办公室) completed with the place of that level
    the chain printed before it (某市委常委、市委统战部部长) or the article printed plainly (a chain, the source
    line, a place named again and again); "" when neither (it stays as printed: docs/gold-conventions.md D1)."""
    organ = next((o for o in uses("bare_organ") if org.startswith(o) and len(org) > len(o)), "")
    if not organ:
        return ""
    level = organ[0]
    chained = _chained_place(prev, level)  # printed in the chain, never a place the chain took from the page
    printed = prev is not None and bool(chained) and chained in prev.printed
    place = chained if printed else _strong_place(context, level)
    return _level_again(place, org) if place else ""


def _chained_department(org: str, head: str, prev: Position | None) -> str:
    """A plain department (局长, 处长: ``department_head``) printed after a post of a place's own government or
    committee in the chain (某市副秘书长兼商务局局长, 某县委常委、公安局局长) is that place's department."""
    if prev is None or not prev.place or head not in uses("department_head") or not _DEPARTMENT.fullmatch(org):
        return ""
    printed_own = org.startswith(uses("not_department")) or place_prefix(org) or starts_level(org)
    own = prev.organization == prev.place or _level_body(prev)
    return prev.place + org if own and not printed_own else ""


def _level_body(prev: Position) -> bool:
    """``prev`` is a post of a place's own body (某区委, 某市人民政府, 某县纪委): its place and a level organ."""
    rest = prev.organization[len(prev.place) :] if prev.place and prev.organization.startswith(prev.place) else ""
    return bool(rest) and (rest in level_organs() or rest in uses("level_own_organ") or rest in uses("bare_organ"))


def _department_government(org: str, head: str, context: ContextPlaces) -> str:
    """The city or county whose government a department printed without it belongs to (卫生局长, 主计处处长 on
    a page about one 台南市: 台南市卫生局长): a ``department_head`` after a plain department name, on a page
    that prints (or plainly is about) one place of ``department_government`` — whose governments run their
    departments directly and whose pages print them bare (``ContextPlaces.government``). Two such places, or
    none: the post stays as printed."""
    if not (head in uses("department_head") or _commission(org, head)) or not _DEPARTMENT.fullmatch(org):
        return ""
    former = next((w for w in uses("former") if org.startswith(w)), "")
    if org.startswith(uses("not_department")) or (former and len(org) - len(former) >= 2):
        return ""  # 中央某局: a national body; 原综发处处长: a post printed with its former marker (原民处: a name)
    if place_prefix(org) or org.startswith(tuple(p[:2] for p in uses("department_government"))):
        return ""  # 某县警局长 beside the page's own city: a place's own department, printed with it
    return context.government


def _commission(org: str, head: str) -> bool:
    """A commission's head (研考会主委, 客委会副主委): a ``commission_head`` after a ``commission_organ``."""
    return head in uses("commission_head") and org.endswith(uses("commission_organ"))


def _chained_place(prev: Position | None, level: str) -> str:
    """The place of ``level`` the title before in the chain printed: its own place, or a city or county of
    the gazetteer printed inside it (某市某区委常委、常务副区长: the district)."""
    if prev is None:
        return ""
    if prev.place.endswith(level):
        return prev.place
    inner = {p for p in gazetteer_places(prev.printed) if p.endswith(level)}
    return next(iter(inner)) if len(inner) == 1 else ""


def _bare(org: str) -> bool:
    """An unresolved title that names nothing but a level and its organ (市委书记, 省政协主席, 常务副主任,
    行政长官) says nothing of whose post it is: bare, shown on its person, never a position. A department of
    a level (省劳动厅厅长, 市中级人民法院院长) stays a post as printed: the golds keep such printed forms when
    the page names no place (docs/decisions.md)."""
    levels = uses("place_level")
    if not org or org in uses("bare_organ") or org in levels:
        return True
    return org[:1] in levels and org[1:] in words("level_organs.txt")  # 省政协, 市人大常委会


def _city_zone(org: str, prev: Position | None) -> str:
    """A zone printed without its city after a post of that city in the chain (某市委副书记、高新区党工委书记):
    the zone is the city's, named with the city's name without its suffix (某某高新区)."""
    if prev is None or not org.startswith(uses("city_zone")) or place_prefix(org):
        return org
    suffix = next((w for w in uses("city_suffix") if prev.place.endswith(w) and len(prev.place) > len(w) + 1), "")
    return prev.place[: -len(suffix)] + org if suffix else org


def _owner(org: str, head: str) -> str:
    """The organisation a bare title printed after a post of ``org`` belongs to: a party organ's own titles
    (书记, 常委: ``party_title``) stay in it, any other is its owner's (某自治区党委常委、副主席 → 某自治区副主席)."""
    if head in uses("court_title"):  # 某法院某审判庭庭长、审判员 → 某法院审判员 (a judge is the court's)
        org = court_of(org) or org
    organ = next((o for o in uses("party_organ") if org.endswith(o) and len(org) > len(o)), "")
    if not organ or head in uses("party_title"):
        return org
    return org[: -len(organ)]


def _parent_body(org: str, working: bool) -> str:
    """The part of ``org`` up to the first body with committees of its own (parent_bodies.txt), or "": a
    working committee (工作委员会) is the standing committee's (the longest body), a special committee the
    congress's (the shortest: 省人大常委会委员、某委员会委员 → 省人大某委员会委员)."""
    sign = -1 if working else 1
    hits = [(org.find(b), sign * len(b), b) for b in words("parent_bodies.txt") if b in org]
    if not hits:
        return ""
    at, _, body = min(hits)
    return "" if not place_prefix(org) and not starts_level(org) else org[: at + len(body)]


def _context_place(context: ContextPlaces, level: str, org: str) -> str:
    """The article's place for a bare title; for an organ after a level (市公安局), a place a chain of the
    article printed (``printed``), the page's source line's (``source_rule``), one the article is plainly
    about (``dominant``: named three times and three times as often as its peers) or one the vocabulary knows
    all of (a province, a municipality), or the one whose government it prints (``government``): an article may
    name a city the vocabulary lacks."""
    place = context.at.get(level, "")
    organ = _level_organ(org) or org in uses("place_level")
    strong = _strong_place(context, level)
    if organ and strong:
        return strong
    if not organ or place in province_places():
        # a bare 市长 on a page whose places of that level tie: the one local government the page prints (某市政府)
        return place or (context.government if not organ and context.government.endswith(level) else "")
    return ""


def _strong_place(context: ContextPlaces, level: str) -> str:
    """A place of ``level`` the article printed plainly: in a chain or the sentence (``printed``), named again
    and again (``dominant``), its source line's, or the one whose government it prints; "" else."""
    place = context.at.get(level, "")
    strong = context.printed.get(level) or context.dominant.get(level) or (place if context.source_rule.get(level) else "")
    return strong or (context.government if context.government.endswith(level) else "")  # 县府 of 某县政府


def _level_organ(org: str) -> bool:
    """A level then an organ, with no place (市公安局, 省政协, 县人大常委会): the place comes from the context."""
    levels, not_organ = uses("place_level"), uses("not_level_organ")
    return len(org) > 1 and org[0] in levels and org[1] not in not_organ and not place_prefix(org)


def _undeputy(head: str) -> str:
    """A title head without its deputy prefix (副市长 → 市长)."""
    return next((head[len(w) :] for w in uses("deputy") if head.startswith(w)), head)


def owned(printed: str, org: str, head: str) -> Position:
    """The post ``printed`` of the organisation ``org`` an article gives it (actors/partyposts.py)."""
    return _make(printed, org, head)


@cached  # pure in its strings (and the vocabulary); a Position is immutable, so one is shared
def _make(printed: str, org: str, head: str) -> Position:
    bare = org
    for modifier in (*uses("modifier"), *uses("bare_modifier")):  # 某县政府代县长: the body is 某县政府
        bare = bare.removesuffix(modifier)
    place = place_prefix(org) or (bare if _place_only().fullmatch(bare) else "") or printed_place(bare)
    full = table("title_short_forms.tsv").get(head, head)  # 某部政次 → 某部政务次长
    return Position(printed, _collapse(org + full), bare, head, place or _level_head_place(bare, head), True)


def _level_head_place(org: str, head: str) -> str:
    """某某县长 (a place the vocabulary lacks before a level's own title, 县长 = 县 + 长): the place 某某县."""
    level, rest = head[:1], head[1:]
    if level not in uses("printed_level") or rest not in uses("level_title") or not 2 <= len(org) <= 3:
        return ""
    return "" if set(org) & words("not_place_chars.txt") else org + level


@cached
def _printed_prefix() -> re.Pattern[str]:
    """某市某局: a place the vocabulary lacks, printed with its level (printed_level) before an organ."""
    return re.compile(rf"({_CHAR}{{2,3}}?{any_of('printed_level')}){_CHAR}{{2,}}")


def printed_place(org: str) -> str:
    """The place a vocabulary lacks printed with its level before an organ (临江市外事办 → 临江市), or ""."""
    m = _printed_prefix().match(org)
    if m is None or set(m.group(1)[:-1]) & words("not_place_chars.txt"):
        return ""
    return m.group(1)
