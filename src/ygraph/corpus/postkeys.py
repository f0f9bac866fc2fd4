"""postkeys: which posts of role claims are one post for successions (an acting post is the post; 某市人民政府市长 =
某市长; 某市委宣传部部长 = 某市委宣传部长), and which posts one person holds at a time."""

from __future__ import annotations

from ..actors.actorlex import longest_suffix_title, table, titles, uses, words
from ..lexicons import TEXT_KEYS, cached
from ..model import RoleClaim

COMPANY_PREFIX = "company_"  # the rules of appointment_forms.tsv that read a company's own notice


def single_post(claim: RoleClaim, notice: bool = False) -> bool:
    """A one-holder post with an organisation, not 前/原; in a notice also a post whose organisation says
    more than a bare level organ (省人大常委会某工作委员会主任: one article reads one province)."""
    company = notice and claim.provenance.rule.startswith(COMPANY_PREFIX)
    return _single(claim.position, claim.position_text, claim.organization, notice, company)


def held_post(claim: RoleClaim) -> bool:
    """``single_post`` of the post itself, whatever former marker its printed form carries (前某市长: 某市长 is one)."""
    return _single(claim.position, claim.position, claim.organization, False, False)


@cached(maxsize=TEXT_KEYS)  # pure in the post's strings: the corpus steps ask five times per claim (perf30)
def _single(position: str, printed: str, organization: str, notice: bool, company: bool) -> bool:
    """``single_post`` of a claim of these strings (``company``: a notice read by a company's own rule)."""
    head = longest_suffix_title(position)
    info = titles().get(head)
    if not info or not info.single or _printed_former(printed, head):
        return False
    if position[: len(position) - len(head)].endswith(tuple(uses("honorary"))):
        return False  # 某党荣誉主席: an honour several hold at once
    if organization.endswith(tuple(uses("co_chaired"))):
        return False  # 某博会组委会主席: co-chairs hold it at once
    if len(organization) == 1:
        return False  # 总 of 新任总局长: a piece of an organisation names no post (no succession, no overlap)
    if organization or company:
        return True  # a company's notice speaks of its own posts (董事总经理)
    if position in _alias_posts():
        return True  # 阁揆 → 行政院长: a post the vocabulary names in full by its alias
    rest = position[1 : len(position) - len(head)]
    return notice and position[0] in uses("place_level") and len(rest) >= 4 and rest not in words("level_organs.txt")


def _printed_former(printed: str, head: str) -> bool:
    """前/原 printed before the post or right before its title (前某市长, 某市前市长), never inside a place's name
    (某原市市长, 某前县县长: no former holder)."""
    markers = tuple(uses("former"))
    return printed.startswith(markers) or printed[: len(printed) - len(head)].endswith(markers)


@cached
def succession_position(position: str) -> str:
    """The post an acting holder stands in for, in one spelling: 某市政府的代理市长 → 某市长, 某省代省长 → 某省长.
    Remembered per spelling (a corpus holds a few thousand posts, asked about tens of thousands of times)."""
    head = longest_suffix_title(position)
    stem = position[: len(position) - len(head)]
    for modifier in uses("acting"):
        if stem.endswith(modifier) and len(stem) > len(modifier):
            stem = stem[: -len(modifier)]
            break
    if head[0] in (*uses("place_level"), *uses("chain_level")):  # 某市人民政府市长 = 某市市长 = 某市长; 某州 too
        for organ in uses("government"):
            stem = stem.removesuffix(organ)
        stem = stem.removesuffix(head[0])
    elif (organ := next((o for o in uses("government") if stem.endswith(o)), "")) and stem[
        : -len(organ)
    ][-1:] in uses("place_level"):  # 某省政府主席 = 某省主席
        stem = stem[: -len(organ)]
    else:
        stem = _department_of_place(stem)
    organ = next((o for o in uses("bare_organ") if stem.endswith(o[0] + o)), "")
    if organ and len(stem) > len(organ) + 2:  # 某区区委书记 = 某区委书记: the level printed twice
        stem = stem[: -len(organ) - 1] + organ
    return stem + head


def _department_of_place(stem: str) -> str:
    """某市政府某处 = 某市某处: a department printed with and without the government it belongs to (the place
    ends with its level, the department follows the organ)."""
    for organ in uses("government"):
        at = stem.find(organ)
        if stem[:at] in uses("bare_region"):
            continue  # 特区政府某署: no place before the government, which stays
        if at > 1 and stem[at - 1] in uses("place_level") and len(stem) > at + len(organ):
            return stem[:at] + stem[at + len(organ) :]
    return stem


@cached
def acting(position: str) -> bool:
    """A post held as acting (某县代理县长): the stem before the title ends with 代理/代."""
    stem = position[: len(position) - len(longest_suffix_title(position))]
    return any(stem.endswith(m) and len(stem) > len(m) for m in uses("acting"))


def post_key(position: str) -> str:
    """The key on which a notice's spellings of one post meet (``succession_position``, then ``_organ_once``)."""
    return organ_once(succession_position(position))


@cached
def organ_once(post: str) -> str:
    """某市委宣传部部长 = 某市委宣传部长: an organ's last character printed once before a head that opens with
    it (部 + 部长, 局 + 局长); the key a notice's two spellings of one post meet on."""
    head = longest_suffix_title(post)
    stem = post[: len(post) - len(head)]
    return stem[:-1] + head if len(head) > 1 and len(stem) > 2 and stem.endswith(head[0]) else post


@cached
def _alias_posts() -> frozenset[str]:
    """The posts ``actors/title_aliases.tsv`` names in full (行政院长 for 阁揆): one-holder posts of their own."""
    return frozenset(table("title_aliases.tsv").values())
