"""delegations: the head of a group printed after the name (以某议会议长甲为团长的某议会代表团一行): the name
gets the group's head title (某议会代表团团长), rule ``group_head:<id>``. The heads and group nouns are data
(``actors/group_heads.tsv``); the name is a titled finding ending right before 为, else a bare name there. A
second head may follow before the group (以甲为团长、乙为副团长的某代表团): a deputy's title of the same group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, CLOSING_QUOTES, LINE_BREAK, OPENING_QUOTES
from .actorlex import uses
from .chains import Element, chain_before
from .noticenames import right_name
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import canonical


@cached
def _rows() -> dict[tuple[str, str], str]:
    """(head, group noun) → row id."""
    return {(row[1], row[2]): row[0] for row in lexicons.load_table("actors/group_heads.tsv")}


@cached
def _pattern() -> re.Pattern[str]:
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    heads = alternation(sorted({h for h, _ in _rows()}))
    nouns = alternation(sorted({n for _, n in _rows()}))
    lead, as_, of = (alternation(uses(u)) for u in ("group_lead", "group_as", "group_of"))
    deputy = alternation(uses("deputy"))
    quotes = re.escape(OPENING_QUOTES + CLOSING_QUOTES)
    return re.compile(
        rf"(?:{lead})(?P<body>[^{breaks}]{{2,40}}?)(?:{as_})(?P<head>{heads})"
        rf"(?:[，,、](?P<body2>[^{breaks}]{{2,40}}?)(?:{as_})(?P<head2>(?:{deputy})(?:{heads})))?(?:{of})"
        rf"[{quotes}]?(?P<group>[^{breaks}{quotes}]{{0,30}}?(?P<noun>{nouns}))"  # 以甲为团长的“某参访团”: its name quoted
    )


def group_heads(text: str, titled: list[Found], places: ContextPlaces) -> list[Found]:
    """The head of every group printed after its name, with the group's head title (and its deputy's)."""
    out = []
    for m in scan.finditer(_pattern(), text):
        rule = _rows().get((m.group("head"), m.group("noun")))
        if rule is None:
            continue
        for body, head in (("body", "head"), ("body2", "head2")):
            if m.group(body) is not None:
                out.extend(_head(text, m, (body, head), titled, (rule, places)))
    return out


def _head(
    text: str, m: re.Match[str], slots: tuple[str, str], titled: list[Found], read: tuple[str, ContextPlaces]
) -> list[Found]:
    """The person of one ``(body, head)`` pair of a group match, with the group's title of that head."""
    (body, head), (rule, places) = slots, read
    a, b = m.span(body)
    hit = next((f for f in titled if a <= f.start and f.end == b), None)
    name = hit.name if hit else right_name(text[a:b])
    if not name:
        return []
    if m.group("group") == m.group("noun"):  # 以甲为团长的参访团: a bare group names no post, its head is a person
        return [Found(name, b - len(name), b, f"group_head:{rule}")] if hit is None and _bare(text[a:b]) else []
    printed = m.group("group") + m.group(head)
    chain = chain_before(printed, len(printed), 0, places)
    if chain and text[m.start("group") - 1] in OPENING_QUOTES and chain[-1].end == len(printed):
        # 以甲为团长的“某某协会参访团”: a quoted group's name is whole, whatever titles it holds
        whole = replace(chain[-1].position, printed=printed, canonical=printed, organization=m.group("group"))
        chain = (replace(chain[-1], position=whole, start=0),)
    if len(chain) != 1 or chain[0].start != 0:
        return []  # the group's name is no organisation a title reads (的 inside it)
    # the element's span is the head word printed (为团长): the group's name stays free to name the group's acts
    el = replace(chain[0], start=m.start(head), end=m.end(head), rule=f"group_head:{rule}")
    return [Found(name, b - len(name), b, f"group_head:{rule}", (el,))]


def own_group_members(text: str, titled: list[Found]) -> list[Found]:
    """The titled people leading a group the page calls its own (以省委书记甲为团长的我省代表团: ``own_group``): their
    bare titles take no place from the page, which may be the host's (the paper reports from where the group
    went); a place printed in the chain still completes them."""
    spans = [m.span() for m in scan.finditer(_pattern(), text) if m.group("group").startswith(uses("own_group"))]
    if not spans:
        return titled
    out = []
    for f in titled:
        if any(a <= f.start < b for a, b in spans) and f.chain:
            f = replace(f, chain=_unplaced(f.chain))
        out.append(f)
    return out


def _unplaced(chain: tuple[Element, ...]) -> tuple[Element, ...]:
    """The chain read again with no place from the page."""
    out, prev = [], None
    for el in chain:
        pos = canonical(el.position.printed, prev, ContextPlaces()) or el.position
        out.append(replace(el, position=pos))
        prev = pos
    return tuple(out)


def _bare(body: str) -> bool:
    """The span between 以 and 为 is a name alone (以甲为团长的参访团), no title or organisation before it."""
    return right_name(body) == body
