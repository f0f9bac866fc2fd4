"""hostheads: the one institution an article names as the host of its own meeting (某大学召开会议, 某集团举行年会:
its name opening a clause, then a ``word_uses.tsv`` host_meeting_verb). The article's bare posts of that kind of
institution (``host_heads.tsv``: 校长 of a 大学, 董事长 of a 集团, 党委书记 of either) are its own: a university's
news lists its 党委书记 and 校长 with no name before them. Read once per article by
``printedplaces.context_places``; used by ``positions.canonical``."""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import CLOSING_BRACKETS, OPENING_BRACKETS
from .actorlex import CJK, PUNCT, prefix_stop_words, table, uses

_LONGEST = 24  # the longest institution name read before its verb


@cached
def _kinds() -> dict[str, tuple[str, ...]]:
    """Bare post → the last words of the institutions it may belong to."""
    return {post: tuple(ends.split("、")) for post, ends in table("host_heads.tsv").items()}


def host_institution(text: str) -> str:
    """The one institution ``text`` names as the host of a meeting, "" for none or for two (a signing of two
    companies leaves their bare titles bare)."""
    ends = tuple({end for kind in _kinds().values() for end in kind})
    found: set[str] = set()
    for verb in uses("host_meeting_verb"):
        at = text.find(verb)
        while at >= 0:
            name = _opening_name(text, _before_aside(text, at))
            if len(name) > 2 and name.endswith(ends):
                found.add(name)
            at = text.find(verb, at + 1)
    if not found and any(w in text for w in uses("own_institution")):
        found = _own_schools(text)  # 我校与某县举行签约仪式 … 某某学院将与某县…: the page's own school
    return next(iter(found)) if len(found) == 1 else ""


def _own_schools(text: str) -> set[str]:
    """The schools (``own_school_end``) whose names open a clause (after punctuation or a line break, before a Han
    character) and are printed again: a name read longer (指出某某学院) gives way to the one inside it."""
    found = set()
    for end in uses("own_school_end"):
        at = text.find(end)
        while at >= 0:
            k = at + len(end)
            name = _opening_name(text, k) if CJK.match(text, k) else ""
            if len(name) > len(end) + 1 and not name.startswith(uses("own_institution")):
                found.add(name)
            at = text.find(end, at + 1)
    inner = {n for n in found if not any(o != n and n.endswith(o) for o in found)}
    return {n for n in inner if text.count(n) > 1}


def _before_aside(text: str, at: int) -> int:
    """Where a bracketed aside closing right before ``at`` opens (某党校(某行政学院)举行: its other name), else ``at``."""
    if at == 0 or text[at - 1] not in CLOSING_BRACKETS:
        return at
    opening = max(text.rfind(b, max(0, at - _LONGEST), at) for b in OPENING_BRACKETS)
    return opening if opening >= 0 else at


def _opening_name(text: str, at: int) -> str:
    """The run of Han characters before ``at`` when it opens a clause (the text's start, after punctuation, or
    after a day: 13日某大学召开), cut after its last prefix stop word (会上某大学); "" when it opens none."""
    i = at
    while i > max(0, at - _LONGEST) and text[i - 1] not in PUNCT and not text[i - 1].isascii():
        i -= 1
    unit = next((u for u in uses("post_lead_date_unit") if text.startswith(u, i)), "")
    if i > 0 and text[i - 1].isdigit() and unit:
        i += len(unit)  # 13日某大学: after the day
    elif i > 0 and text[i - 1] not in PUNCT:
        return ""
    name = text[i:at]
    cut = max((name.rfind(w) + len(w) for w in prefix_stop_words() if w in name), default=0)
    return name[cut:]


def host_owner(org: str, head: str, institution: str) -> str:
    """The organisation of the bare post ``org`` + ``head`` (党委 + 书记, 校长) on a page whose host is
    ``institution``: the institution (and the organ printed before the head), "" when the post is no such
    institution's."""
    short = next((w for w in uses("own_short") if org.startswith(w)), "") if institution else ""
    if short and not _kinds().get(org + head):
        org = org[len(short) :]  # 校党委书记 on the school's own page: its 党委书记
    ends = _kinds().get(org + head, ())
    return institution + org if institution and ends and institution.endswith(ends) else ""
