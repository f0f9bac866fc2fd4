"""guards: places where a trigger word is no event — page furniture lines, quotations and titles,
anniversaries — for ``events.py``."""

from __future__ import annotations

import re

from . import eventrules as rules

ANNIVERSARY = re.compile(r"[\d一二三四五六七八九十百零两]+(?:个)?周年")


_FIELD_BREAKS = " \u3000:：\n"  # what separates the fields of a furniture line (来源：某网 发布时间：…)


def quoted(text: str, floor: int, at: int) -> bool:
    """Whether ``at`` lies inside “…” or 《…》 opened earlier in its sentence."""
    before = text[floor:at]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def furniture(text: str, floor: int, left: int, right: int) -> bool:
    """Whether the clause ``[left, right)`` or the two fields before it, when they are separated by spaces
    or colons rather than commas, hold a furniture word (来源：, 发布时间, 责任编辑)."""
    for _ in range(2):
        if left <= floor or text[left - 1] not in _FIELD_BREAKS:
            break
        left = floor + rules.clause_bounds(text[floor : left - 1], left - 1 - floor, left - 1 - floor)[0]
    return any(w in text[max(left - 1, floor) : right] for w in rules.uses("furniture"))
