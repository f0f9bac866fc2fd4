"""namelists: names listed before an attendance verb (甲、乙、丙出席; 甲、乙等市领导出席), the evidence of a
person that ``lists`` gives: a list's first name is its whole first item after punctuation, or the name at its
end (大会上甲、乙出席); the other items are names by their shape (``nameshape.list_of_names``)."""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import alternation, cached
from ..punctuation import LIST_MARK
from . import nameshape as shape
from .actorlex import PUNCT, any_of, longest_suffix_title, plausible_name, uses, words
from .nameends import joined_names
from .personrules import Found, address_words

_MAX_LIST = 100  # names in one list (a longer one keeps its last 100)


@cached
def _list_pattern() -> re.Pattern[str]:
    verbs = alternation(words("attendance_verbs.txt"))
    ends = alternation(uses("list_end"))
    # 甲、乙和领导小组成员出席, 甲、乙等市领导和有关部门负责同志出席: a group after the last name; groups
    # joined after it (甲、乙以及在场的全体区级领导和会务组成员在主席台就座)
    group = rf"[\u4e00-\u9fff\d]{{0,10}}?{any_of('list_group')}"  # 等5位代表
    joiner = alternation(uses("list_joiner"))
    adverb = alternation(uses("list_adverb"))  # 甲、乙和其他主席团成员也在主席台就座
    # 甲、乙，市法院、市检察院负责人列席: the bodies' heads after a comma join the names before the verb
    heads = rf"[，,](?!{joiner})[\u4e00-\u9fff、]{{2,40}}?{any_of('list_group')}"  # (，以及… is the joiner's)
    return re.compile(
        # at most _MAX_LIST names before the verb: a long run of 、 without a verb costs linear time
        rf"((?:[\u4e00-\u9fff·]{{2,8}}{LIST_MARK}){{1,{_MAX_LIST - 1}}}[\u4e00-\u9fff·]{{2,8}}?)"
        rf"(?:(?:{ends})(?P<group>{group})?|(?:(?:{joiner}){group}){{1,3}}|{heads})?(?:{address_words()})?(?:{adverb}){{0,2}}(?P<verb>{verbs})"
    )


_CLAUSE_MARKS = re.escape("".join(sorted(PUNCT)))


@cached
def _lone_pattern() -> re.Pattern[str]:
    verbs = alternation(words("attendance_verbs.txt"))
    group = rf"[\u4e00-\u9fff\d]{{0,10}}?{any_of('lone_group')}"
    more = alternation(uses("list_joiner"))
    adverb = alternation(uses("list_adverb"))
    mark = alternation(uses("lone_mark"))
    return re.compile(
        rf"(?<![^{_CLAUSE_MARKS}])(?P<name>[\u4e00-\u9fff]{{2,3}})(?:{mark})(?P<group>{group})"
        rf"(?:(?:{more})[\u4e00-\u9fff]{{1,12}}?(?:{mark})?)?(?:{adverb}){{0,2}}(?P<verb>{verbs})"
    )


def lone_names(text: str) -> list[Found]:
    """One name opening its clause before 等 and a group of officials (甲等区领导和有关部门负责人出席): the group
    says the name is one of them (rule ``lone:<verb>``). A group of bodies (甲等单位负责人) names no person."""
    found = []
    for m in scan.finditer(_lone_pattern(), text):
        name = m.group("name")
        if m.group("group").startswith(uses("list_body_group")) or not plausible_name(name):
            continue
        found.append(Found(name, m.start("name"), m.end("name"), f"lone:{m.group('verb')}"))
    return found


def lists(text: str) -> list[Found]:
    found = []
    for m in scan.finditer(_list_pattern(), text):
        if (m.group("group") or "").startswith(uses("list_body_group")):
            continue  # 甲、乙等部门负责同志: the items are bodies, not people
        names = m.group(1).split(LIST_MARK)
        names[1:] = joined_names(names[1:])  # 甲、乙和丙在主席台就座: a joiner between two names
        if not shape.list_of_names(names[1:]) or not (first := list_head(text, m.start(1), names[0])):
            continue
        names[0], i = first, m.start(1) + len(names[0]) - len(first)
        for n in names:
            i = text.find(n, i)
            found.append(Found(n, i, i + len(n), f"list:{m.group('verb')}"))
            i += len(n)
    return found


def list_head(text: str, start: int, head: str) -> str:
    """The first name of a list: the whole first element after punctuation, else its last 3 or 2 characters
    (大会上<a>、<b>出席: the other names show it is a list)."""
    if (start == 0 or text[start - 1] in PUNCT) and (plausible_name(head) or shape.DOTTED.fullmatch(head)):
        return head
    titled = next(  # 国际友城代表佩某申、…: the name after a title or a ``name_after`` word
        (
            head[-n:]
            for n in (3, 2, 4)
            if len(head) > n
            and (longest_suffix_title(head[:-n]) or head[:-n].endswith(uses("name_after")))
            and shape.loose_name(head[-n:])
        ),
        "",
    )
    # 会见结束后、甲出席: no name starts inside a word ending with a surname character (结束 | 后)
    return titled or next(
        (head[-n:] for n in (3, 2) if len(head) > n and plausible_name(head[-n:]) and not shape.after_verb(head, len(head) - n)),
        "",
    )
