"""siblings: a post printed, in a chain, with only a level or an organ of the body the post before it names.

Two shapes (issue 13, lane roles24; tests/test_roles24.py):

* **A level longer than one character** (``chain_level``: 自治区, 州, 盟): 某自治区党委书记、自治区主席 → 某自治区主席,
  某州委常委、州委宣传部部长 → 某州委宣传部部长. The one-character levels (省, 市, 县, 区) have their own rules in
  ``positions``; these are read only from the chain, never from the page (docs/gold-conventions.md D1: a region
  named in passing completes nothing).
* **A sibling organ** of the body before it (``zone_organ``: 党工委, 管委会, 纪工委, 办事处 of a zone or a
  subdistrict; ``level_own_organ``: 纪委, 监委 of a level): 某园区党工委书记、管委会主任 → 某园区管委会主任,
  某区纪委书记、监委主任 → 某区监委主任.
* **A spokesperson after a department's post** (``spokesperson_head``: 发言人, with ``spokesperson_org`` 新闻 or
  nothing before it): the body's, not its department's (某部新闻司副司长、新闻发言人 → 某部新闻发言人; issue 13, lane
  roles38). The department is the shortest tail of the body ending with a ``department_unit`` (处, 司, 局) whose
  rest ends with a ``department_parent_end`` (部, 办, 部队 …); a body with no such tail is the spokesperson's own
  (某省某厅副厅长、新闻发言人 → 某省某厅新闻发言人; session 39).
* **A sibling department** (``sibling_unit``: 处, 科) after a post of another department of the same body (某局预算处处长、
  国库处处长 → 某局国库处处长; session 47).
* **A country's ministry** (``ministry_end``: 部) printed alone after a post of the country itself (某国副首相兼外交部长
  → 某国外交部长; session 47).
* **An organ beside the party committee** (``side_organ``: 党委, 纪委, 团委) after a post of another of them, or of an
  office that holds it (``department_owner``: 某大学副校长、党委统战部部长; session 51): the
  body's own (某大学党委副书记、纪委书记 → 某大学纪委书记; 某大学纪委书记、党委常委 → 某大学党委常委; session 48).
* **A department of a party committee** (``committee_departments.txt``) after a post of the committee or of
  another of its departments: the committee's (某区委常委、宣传部部长 → 某区委宣传部部长; 某市委组织部部长、教育工委书记
  → 某市委教育工委书记).
"""

from __future__ import annotations

from .actorlex import is_foreign, place_prefix, uses, words

_NAME_CHARS = 2  # a place's name before its level has two characters at least (某某州, never 广州)
_DEPARTMENT_CHARS = 3  # a department inside a body has a name of two characters and its unit at least (某某处)
_DEPARTMENT_LONGEST = 8  # a department printed alone after another post of its office (新闻及公众联络部)
_QUALIFIER = 2  # a country's post may print a qualifier between the country and the title (某国国务大臣)


def chained_body(org: str, head: str, body: str) -> str:
    """``org`` (printed before ``head``) completed from ``body``, the organisation of the post before it in the
    chain ("" when none), or "" when neither shape holds."""
    if not body:
        return ""
    return (
        _chained_level(org, head, body)
        or _state_of_party(org, body)
        or _sibling_organ(org, body)
        or _spokesperson_body(org, head, body)
        or _committee_department(org, head, body)
        or _own_department(org, body)
        or _sibling_department(org, body)
        or _country_ministry(org, head, body)
        or _side_organ(org, body)
    )


def _state_of_party(org: str, body: str) -> str:
    """After a post of a foreign party's central organ (某国共产党中央政治局委员、…): 国家副主席 is that country's state
    (``state_word``), 中央书记处常务书记 that party's other central organ (``party_central``). The country opens the
    party's name; ``party_organ`` ends the organ."""
    organ = next((o for o in uses("party_organ") if body.endswith(o) and len(body) > len(o)), "")
    country = body[: -len(organ)] if organ else ""
    if not country or not is_foreign(country):
        return ""
    if org in uses("state_word"):
        return country + org
    central = next((c for c in uses("party_central") if organ.endswith(c)), "")
    own = any(org.startswith(c) for c in uses("party_central"))  # 中央书记处(常务)书记: the organ, a rank maybe after it
    return country + organ[: -len(central)] + org if central and own else ""


def _chained_level(org: str, head: str, body: str) -> str:
    """自治区主席 after 某自治区党委书记: the place the body printed with that level, then the rest of ``org``; a
    level's own title with no organisation (州长, 副州长 after 某州委副书记) is that place's."""
    organs = (*words("level_organs.txt"), *uses("party_organ"))
    own = next((head[len(w) :] for w in uses("deputy") if head.startswith(w)), head)
    for level in uses("chain_level"):
        rest = org[len(level) :]
        printed = org.startswith(level) or (not org and own.startswith(level))
        if not printed or (rest and not rest.startswith(organs) and rest not in uses("bare_modifier")):
            continue  # 自治区代主席: a modifier of the title, not an organisation
        at = body.find(level, _NAME_CHARS)
        after = body[at + len(level) :] if at >= 0 else ""
        if at >= 0 and (not after or after.startswith(organs)):
            return body[: at + len(level)] + rest
    return ""


def _sibling_organ(org: str, body: str) -> str:
    """管委会 after 某开发区党工委: the body's owner (某开发区) with this organ; "" when ``org`` is no such organ
    or the body ends with no organ of its family."""
    short_party = org in uses("zone_owner_end")  # 工委 after 某特区管委会主任: the zone's, as 党工委 is
    for use in ("zone_organ", "level_own_organ"):
        family = uses(use)
        if (org not in family and not short_party) or (
            (short_party or org in uses("inner_organ")) and not _zone_organ_end(body, family)
        ):
            continue  # 党工委, 纪委: an inner organ of the body before it (positions._chained_org), not of 管委会
        owner, ends = body, (*family, *uses("zone_owner_end"))
        while end := next((o for o in ends if owner.endswith(o) and len(owner) >= len(o) + _NAME_CHARS), ""):
            owner = owner[: -len(end)]  # 某开发区管委会党工委 → 某开发区
        if owner != body:
            return owner + org
    return ""


def _zone_organ_end(body: str, family: tuple[str, ...]) -> bool:
    """``body`` ends with an organ of the family that holds no inner organ (管委会, 办事处): a party organ printed
    after it (党工委) is its owner's sibling (某开发区管委会主任、党工委副书记 → 某开发区党工委副书记)."""
    return body.endswith(tuple(o for o in family if o not in uses("inner_organ")))


def _spokesperson_body(org: str, head: str, body: str) -> str:
    """新闻发言人 after 某部某处处长: the body the department belongs to (某部), then ``org``; "" when ``head`` is no
    spokesperson's or something else is printed before it; ``body`` itself when it is no department of a named
    parent (某省某厅副厅长、新闻发言人 → 某省某厅新闻发言人)."""
    if head not in uses("spokesperson_head") or (org and org not in uses("spokesperson_org")):
        return ""
    if body.endswith(uses("department_unit")):
        for cut in range(len(body) - _DEPARTMENT_CHARS, 0, -1):  # the shortest department first
            if body[:cut].endswith(uses("department_parent_end")) and cut >= _NAME_CHARS:
                return body[:cut] + org
    return body + org  # 某省某厅副厅长、新闻发言人: the body's own spokesperson


def _committee_department(org: str, head: str, body: str) -> str:
    """宣传部 (or 宣传部 printed short, 宣传 before 部长) after a post of 某区委 or of one of its departments: the
    committee, then ``org``; "" when ``org`` is no department or ``body`` is no party committee's."""
    departments = words("committee_departments.txt")
    if org not in departments and org + head[:1] not in departments:
        return ""
    inner = next((d for d in departments if body.endswith(d)), "")
    committee = body[: len(body) - len(inner)]
    return committee + org if committee.endswith(uses("party_committee")) else ""


def _own_department(org: str, body: str) -> str:
    """A department printed alone (新闻及公众联络部, 办公室: ``inner_department_end``) after a post of an office that
    holds departments (``department_owner``: 某公署发言人兼某部主任, 某市政府副秘书长兼办公室主任): the office's, then
    ``org``; "" when ``org`` opens with a place or a level (省政府办公厅 is a body of its own)."""
    ends = uses("inner_department_end")
    if not org.endswith(ends) or not _DEPARTMENT_CHARS - 1 <= len(org) <= _DEPARTMENT_LONGEST:
        return ""  # 某区域合作办公室: a longer name is an office of its own, printed as such (seed 002)
    if org[0] in uses("place_level") or place_prefix(org):
        return ""
    return body + org if body.endswith(uses("department_owner")) else ""


def _sibling_department(org: str, body: str) -> str:
    """A department printed alone after a post of another department of the same unit (``sibling_unit``: 处, 科) in
    one body (某局预算处处长、国库处处长; 某委某科科长、某科科长): the body's, then ``org``; "" when ``org`` is no such
    department or opens with a place or a level (a body of its own)."""
    unit = org[-1:]
    if unit not in uses("sibling_unit") or not body.endswith(unit) or not _DEPARTMENT_CHARS <= len(org) <= _DEPARTMENT_LONGEST:
        return ""
    if org[0] in uses("place_level") or place_prefix(org):
        return ""
    parents = (*uses("department_parent_end"), *uses("inner_organ"))
    for cut in range(len(body) - _DEPARTMENT_CHARS, _NAME_CHARS - 1, -1):  # the shortest department first
        if body[:cut].endswith(parents):
            return body[:cut] + org
    return ""


def _country_ministry(org: str, head: str, body: str) -> str:
    """A ministry printed alone (``ministry_end``: 外交部长, 商业部大臣) after a post of a country itself (某国副首相兼
    外交部长, 某国国务大臣兼某部大臣): that country's; "" when ``body`` is no country or ``org`` names a place."""
    ministry = org.endswith(uses("ministry_end")) or head.startswith(uses("ministry_end"))
    country = max((c for c in words("countries.txt") if body.startswith(c)), key=len, default="")
    rest = body[len(country) :]  # 某国国务(大臣): a qualifier of the country's post, no body of its own
    own = bool(country) and len(rest) <= _QUALIFIER and not rest.endswith(uses("department_parent_end"))
    if not org or not own or not ministry or len(org) > _DEPARTMENT_LONGEST:
        return ""
    return "" if is_foreign(org) or place_prefix(org) else country + org


def _side_organ(org: str, body: str) -> str:
    """纪委 after 某大学党委副书记: the organ the body (某大学) holds beside its committee, "" when ``org`` or the end
    of ``body`` is no such organ."""
    end = next((o for o in uses("side_organ") if body.endswith(o) and len(body) > len(o) + 1), "")
    if not end and org.startswith(uses("side_organ")) and body.endswith(uses("department_owner")):
        return body + org  # 某大学副校长、党委统战部部长: the university's committee
    return body[: -len(end)] + org if end and org in uses("side_organ") else ""
