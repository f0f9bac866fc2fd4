"""namechanges: a change of post told right after a titled name (某处长甲调任某职: the post left; 某局长甲宣誓就职: the
post taken), for ``personrules.titled``."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK
from .actorlex import PUNCT, any_of, titles, uses
from .chains import Element


@cached
def _sworn_pattern() -> re.Pattern[str]:
    ends = re.escape("".join(sorted(PUNCT)) + CLAUSE_BREAKS + LINE_BREAK)
    return re.compile(
        rf"{any_of('sworn_gap')}?{any_of('sworn_in')}"
        rf"(?=[{ends}\s]|{any_of('sworn_close')}|$)"
    )


def moved_on(text: str, chain: tuple[Element, ...], address: int) -> tuple[Element, ...]:
    """某处长甲调任某职: a titled name right before a transfer verb (word_uses.tsv transfer_verb; after its
    form of address, ending at ``address``) leaves the posts printed before it on the notice's day (change
    ``end``) when it has one holder at a time, unless the chain says otherwise (原, 新任)."""
    if not chain or any(el.change or el.former for el in chain) or not text.startswith(uses("transfer_verb"), address):
        return chain  # 甲拟调任: no transfer verb right after the name, the move is to come
    # a post of several holders (副处长) is handed on only by a form naming both (takeovers.py): left unchanged
    return tuple(replace(el, change="end") if titles()[el.position.head].single else el for el in chain)


def sworn_in(text: str, end: int, chain: tuple[Element, ...]) -> tuple[Element, ...]:
    """某局长甲(今天)宣誓就职: the titled name right before a swearing-in takes the post printed before it on the
    day (change ``start``), unless the chain says otherwise (原, 卸任); 就职2周年 is no swearing-in."""
    if not chain or chain[-1].change or chain[-1].former or not _sworn_pattern().match(text, end):
        return chain
    return (*chain[:-1], replace(chain[-1], change="start"))

