"""awards: an award ceremony printed by its noun alone (某某出席颁奖典礼) in an article that names the award
(第七届某某奖, 「某某奖」 given, won or presented): the award's ceremony, titled 某某奖颁奖典礼, for
``ceremonies.held_bare``. Words: ``word_uses.tsv`` award_ceremony, ``patterns.tsv`` award_name; lane trip25,
tests/test_trip25.py."""

from __future__ import annotations

from . import eventrules as rules
from .draft import Context


def award_title(ctx: Context, noun: str, start: int) -> str:
    """The title of the bare award ceremony noun ``noun`` at ``start``: the award the article names last before
    it, else first after it, and the noun; "" for another noun or an article naming no award."""
    if noun not in rules.uses("award_ceremony"):
        return ""
    text, begin, end = ctx.doc.text, ctx.article.start, ctx.article.end
    found = list(rules.pattern("award_name").finditer(text, begin, end))
    before = [m for m in found if m.end() <= start]
    after = [m for m in found if m.start() >= start]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        return ""
    award = chosen.group("quoted") or chosen.group(0)
    return rules.compact(award) + noun
