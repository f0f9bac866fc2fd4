"""delegations: the head of a group printed after the name (以某议会议长甲为团长的某议会代表团一行): the name
gets the group's head title (某议会代表团团长), rule ``group_head:<id>``. The heads and group nouns are data
(``actors/group_heads.tsv``); the name is a titled finding ending right before 为, else a bare name there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK
from .actorlex import uses
from .chains import chain_before
from .noticenames import right_name
from .personrules import Found
from .placecontext import ContextPlaces


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
    return re.compile(
        rf"(?:{lead})(?P<body>[^{breaks}]{{2,40}}?)(?:{as_})(?P<head>{heads})(?:{of})"
        rf"(?P<group>[^{breaks}]{{1,30}}?(?P<noun>{nouns}))"
    )


def group_heads(text: str, titled: list[Found], places: ContextPlaces) -> list[Found]:
    """The head of every group printed after its name, with the group's head title."""
    out = []
    for m in scan.finditer(_pattern(), text):
        rule = _rows().get((m.group("head"), m.group("noun")))
        a, b = m.span("body")
        hit = next((f for f in titled if a <= f.start and f.end == b), None)
        name = hit.name if hit else right_name(text[a:b])
        if rule is None or not name:
            continue
        printed = m.group("group") + m.group("head")
        chain = chain_before(printed, len(printed), 0, places)
        if len(chain) != 1 or chain[0].start != 0:
            continue  # the group's name is no organisation a title reads (的 inside it)
        el = replace(chain[0], start=m.start("group"), end=m.end("group"), rule=f"group_head:{rule}")
        out.append(Found(name, b - len(name), b, f"group_head:{rule}", (el,)))
    return out
