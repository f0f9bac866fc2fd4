"""shortcities: a Taiwanese city printed by its short form before its government, council or a department
(中市府, 南市议会, 南市某局: 台中市政府, 台南市议会, 台南市某局). The short forms are the ``org_aliases.tsv`` rows
that map a short government to the government of a ``department_government`` place (南市政府 → 台南市政府); a
post printed with one is that alias's (``orgnames.canonical_org``), and a page printing one has that city's
government (``printedplaces._local_government``: its bare departments, 某局长, are that city's). A short form
whose 市 opens a word (``not_short_city``: 市场, as in 提高市场监管局) is none."""

from __future__ import annotations

import re

from ..lexicons import cached
from .actorlex import city_provinces, place_table, table, uses

_CHAR = r"[\u4e00-\u9fff]"


@cached
def short_cities() -> dict[str, str]:
    """Short form → city (南市 → 台南市), read from the aliases of a short government to a full one."""
    out: dict[str, str] = {}
    for alias, canonical in table("org_aliases.tsv").items():
        organ = next((g for g in uses("government") if alias.endswith(g) and canonical.endswith(g)), "")
        short, city = alias[: -len(organ)], canonical[: -len(organ)]
        if organ and city in uses("department_government") and len(short) < len(city) and short[0] in city and short[-1] == city[-1]:
            out[short] = city
    return out


@cached
def _place_starts() -> frozenset[str]:
    """The first two characters of every place the vocabulary knows (济南, 河南, 新北): a short form right after
    its first character is part of that place, never a city's short form (济南市政府 holds 南市政府)."""
    return frozenset(p[:2] for p in (*place_table(), *city_provinces()) if len(p) > 2)


@cached
def _after_short() -> re.Pattern[str]:
    """What follows a short form that makes it a city's: its government (府, 政府), council (议会) or a department
    (2-6 characters ending with the organ of a ``department_head``: 某局, 某处)."""
    organs = sorted({*uses("government"), *uses("government_short"), *uses("council_organ")}, key=len, reverse=True)
    departments = sorted({h[-2] for h in uses("department_head")})
    return re.compile(rf"(?:{'|'.join(map(re.escape, organs))}|{_CHAR}{{1,5}}[{''.join(departments)}])")


def short_governments(text: str) -> set[str]:
    """The cities ``text`` prints by their short form before a government, council or department."""
    found: set[str] = set()
    for short, city in short_cities().items():
        for m in re.finditer(re.escape(short), text):
            before = text[m.start() - 1 : m.start()]
            if before + short[0] in _place_starts() or not _after_short().match(text, m.end()):
                continue
            if text.startswith(uses("not_short_city"), m.end() - 1):
                continue  # 提高市场监管局: 市 opens a word, no city's short form
            found.add(city)
    return found
