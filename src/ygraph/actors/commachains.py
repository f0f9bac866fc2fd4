"""commachains: a clause of titles alone before the clause of a titled name (全国政协常委、副秘书长，某党中央常务副主席
甲): the name's posts go on across the comma, as one chain printed in two clauses.

Only a clause that is titles from its start to the comma joins (a name, a verb or any other word inside it leaves
the chain as it was), opening after a comma, a sentence's end or a line break (not after a list lead's colon), and
never across the end of the name read before (``floor``), nor right after it (a list of titled names whose item
names no one: 副省长甲，某委负责人，某院院长乙)."""

from __future__ import annotations

from ..punctuation import CLAUSE_BREAKS, COMMAS, LINE_BREAK, SENTENCE_ENDS
from .chains import Element, chain_before
from .placecontext import ContextPlaces

_REACH = 60  # the longest clause of titles read before the comma


def across_comma(text: str, chain: tuple[Element, ...], floor: int, places: ContextPlaces) -> tuple[Element, ...]:
    """``chain`` with the titles of the clause before it when that clause is titles alone and a comma closes it."""
    at = chain[0].start if chain else 0
    if at == 0 or text[at - 1] not in COMMAS:
        return chain
    comma = at - 1
    opening = max(floor, comma - _REACH, *(text.rfind(c, max(floor, comma - _REACH), comma) + 1 for c in CLAUSE_BREAKS))
    if opening > 0 and text[opening - 1] not in COMMAS + SENTENCE_ENDS + LINE_BREAK:
        return chain  # 名单包括：某部长，甲接任: a post after a list lead, not the name's own chain
    if 0 < floor == opening - 1:
        return chain  # 副省长甲，某委负责人，某院院长乙: an item of a list of titled names, its holder unnamed
    earlier = chain_before(text, comma, opening, places)
    if not earlier or earlier[0].start != opening or earlier[-1].end != comma:
        return chain
    return (*earlier, *chain)
