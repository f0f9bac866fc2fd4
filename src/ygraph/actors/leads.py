"""leads: people listed after a lead word (市领导甲、乙; 出席会议的还有甲、乙; list_leads.tsv) and people at a clause
start before a form of ``clause_forms.tsv`` (甲率团…, 甲及其他…列席)."""

from __future__ import annotations

import re

import ahocorasick

from .. import lexicons, scan
from ..lexicons import cached
from ..punctuation import COLONS, COMMAS, LIST_MARK
from .actorlex import PUNCT, plausible_name, starts_boundary, uses, words
from .namereader import dotted_at, read_name
from .nameshape import loose_name, married_shape
from .personrules import Found, after_marker


@cached
def _leads() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for rule, lead in lexicons.load_table("actors/list_leads.tsv"):
        if rule != "list_field":  # a record's header field: read at a line start only (fieldlists.py)
            a.add_word(lead, (rule, lead))
    a.make_automaton()
    return a


# leads whose list may go on past commas, one group of names per body (市领导甲、乙，丙、丁，戊、己; people33)
_GROUPED = ("colon", "leaders")


def led_lists(text: str) -> list[Found]:
    """Names joined by 、 right after a lead of ``list_leads.tsv`` (市领导<a>、<b>…; 还有：<a>、<b>等): each
    item a name followed by a boundary (a colon or a leaders' lead goes on past a comma when the next group holds
    two names or more that read as names); a colon lead (rule ``list_colon``) needs two names, a having lead
    (``list_having``: 出席的还有甲、乙) or a count lead (``list_count``: 任副市长的3人：甲、乙) two that
    ``listed_names`` accepts."""
    found = []
    for end, (rule, _lead) in _leads().iter(text):
        start = end + 2 if rule.endswith("having") and text.startswith(tuple(COLONS), end + 1) else end + 1
        items, e = _chunk(text, start, rule, True)  # 名单为：甲、乙: a having lead may print a colon
        while rule.endswith(_GROUPED) and items and text[e : e + 1] in COMMAS:  # 还有：甲、乙，丙、丁: on past commas
            more, after = _chunk(text, e + 1, rule, False)
            if len(more) < 2 or not listed_names([f.name for f in more]):
                break
            items, e = items + more, after
        if rule.endswith(("having", "count")) and not listed_names([f.name for f in items]):
            continue  # 主要的有高校、高职: a having lead needs a list that reads as names
        if len(items) >= (2 if rule.endswith(("colon", "having", "count")) else 1):
            found.extend(items)
    return found


def _chunk(text: str, i: int, rule: str, first: bool) -> tuple[list[Found], int]:
    """The names joined by 、 from ``i`` and where they end (the mark after the last one)."""
    items: list[Found] = []
    e = i
    while i < len(text):
        e = _list_item(text, i, first and not items)
        if e < 0:
            break
        items.append(Found(text[i:e], i, e, rule))
        e = after_marker(text, e)
        if text.startswith(LIST_MARK, e + 1) and text[e : e + 1] in COMMAS:
            e += 1  # 甲,、乙: a doubled mark between two items
        if e >= len(text) or text[e] != LIST_MARK:
            return _joined_last(text, items, e, rule)
        i = e + 1
    return items, e


def _joined_last(text: str, items: list[Found], e: int, rule: str) -> tuple[list[Found], int]:
    """The last name of a list joined by 及/和 (``list_joiner``: 甲、乙及丙。), after two names at least: read when
    it closes at punctuation or a boundary as a name does."""
    joiner = next((w for w in uses("list_joiner") if text.startswith(w, e)), "") if len(items) >= 2 else ""
    end = read_name(text, e + len(joiner)) if joiner else -1
    if end < 0:
        return items, e
    return [*items, Found(text[e + len(joiner) : end], e + len(joiner), end, rule)], end


@cached
def _clause_forms() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    # a clause starts after punctuation, or right after a date printed with digits (2031年2月甲在某地主持召开…)
    units = re.escape("".join(uses("clause_date_unit")))
    start = rf"(?:^|(?<=[{re.escape(''.join(sorted(PUNCT)))}])|(?<=[0-9０-９][{units}]))"
    return tuple(
        (rule, re.compile(rf"{start}([\u4e00-\u9fff·]{{2,4}}?)(?={form})"), re.compile(form))
        for rule, form in lexicons.load_table("actors/clause_forms.tsv")
    )


@cached
def _clause_gate() -> scan.Gate:
    return scan.Gate([pattern for _, pattern, _ in _clause_forms()])


def clause_forms(text: str) -> list[Found]:
    """A name starting its clause before a form of ``clause_forms.tsv`` (甲代表…向大会作报告; 甲率团…); never
    a preposition that is also a surname opening the form itself (，向大会作了工作报告: no name there)."""
    found = []
    for (rule, pattern, form), possible in zip(_clause_forms(), _clause_gate().open(text), strict=True):
        if not possible:
            continue  # a word every match of the form prints is not in the article: one pass for all forms
        for m in scan.finditer(pattern, text):
            a, b = m.start(1), m.end(1)
            if (
                text[a] in uses("name_title_not_start")
                and text[b] not in uses("name_title_not_start")
                and form.match(text, a)
            ):
                continue  # 向大会作了工作报告 (but 向某某向大会作了工作报告: a name, then the form's own 向)
            if plausible_name(m.group(1)):
                found.append(Found(m.group(1), a, m.end(1), rule))
    return found


def _list_item(text: str, i: int, first: bool) -> int:
    """End of a name in a led list: an item followed by 、 (or, after the first item, by 等 or punctuation)
    may be any 2-3 characters that are no known word (a rare surname: 蒿某、; a character that rarely ends
    names: 某良其、); otherwise a name read as usual."""
    if dotted_at(text, i):  # 甲、某某·某某某、乙: a dotted name is read whole, never cut at its dot
        return read_name(text, i)
    j = next((k for k in range(i, min(i + 4, len(text))) if text[k] in PUNCT or text[k] in uses("list_end")), -1)
    ends = j >= 0 and (text[j] == LIST_MARK or not first)
    if ends and j - i in (2, 3) and loose_name(text[i:j]):
        return j
    closed = i + 4 < len(text) and (text[i + 4] in PUNCT or text.startswith(uses("list_end"), i + 4))
    if closed and married_shape(text[i : i + 4]):
        return i + 4  # 甲、林何某某、乙: a married woman's name, two surnames and a given name
    end = read_name(text, i)
    if end < 0 and not first and text[i - 1] == LIST_MARK and _minority_last(text, i):
        return i + 4  # 甲、乙、某某某某就…: a four-character name (a minority's) closing the list before its act
    return end


def _minority_last(text: str, i: int) -> bool:
    """Four characters at ``i`` that are no word (``loose_name``), then a name boundary (就, 在, 出席): the last item of
    a led list, a name of no Han surname (a minority's), which the usual reading (a surname first) cannot cut."""
    return i + 4 < len(text) and loose_name(text[i : i + 4]) and starts_boundary(text, i + 4)


def listed_names(items: list[str]) -> bool:
    """Items that read as a list of names, not of nouns: each a usual name or four characters that are no
    word (a minority name), none ending in an organ or a level (高校, 市区), all different, one at least
    longer than two characters (高校、高职 are two-character words as often as names)."""
    organs = (*words("level_organs.txt"), *uses("place_level"))
    return (
        all(plausible_name(n) or (len(n) == 4 and loose_name(n)) for n in items)
        and not any(n.endswith(organs) for n in items)
        and len(set(items)) == len(items)
        and any(len(n) > 2 for n in items)
    )
