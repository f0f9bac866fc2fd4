"""definedaliases: the short names an article defines for an organisation it names (某某股份有限公司（以下简称
“公司”）, 某某研究院（下称“研究院”）): a post printed after the short name, or after 本 and it (公司董事长,
本公司总经理), is that organisation's. Read once per article by ``printedplaces.context_places``; used by
``positions.canonical``. Words: ``word_uses.tsv`` alias_lead (以下简称, 下称 …), alias_org_end (公司, 集团 …) and alias_own (本)."""

from __future__ import annotations

import re

from ..lexicons import alternation, cached
from ..punctuation import CLOSING_BRACKETS, CLOSING_QUOTES, OPENING_BRACKETS, OPENING_QUOTES
from .actorlex import uses
from .chains import chain_start
from .labelbounds import occurrences

_SHORT = 6  # the longest short name read (公司, 研究院, 董事会 …)


@cached
def _definition() -> re.Pattern[str]:
    """An opening bracket, a lead word, the short name in optional quotation marks, the closing bracket."""
    opening, closing = re.escape(OPENING_QUOTES), re.escape(CLOSING_QUOTES)
    return re.compile(
        rf"[{OPENING_BRACKETS}](?:{alternation(uses('alias_lead'))})[：:]?[{opening}]?"
        rf"(?P<short>[\u4e00-\u9fff]{{1,{_SHORT}}})[{closing}]?[{CLOSING_BRACKETS}]"
    )


def defined_aliases(text: str) -> dict[str, str]:
    """Short name → the organisation ``text`` defines it for (the first definition of a short name wins); the
    organisation is the chain of words printed right before the bracket and must end with an alias_org_end word."""
    out: dict[str, str] = {}
    for m in _definition().finditer(text):
        short, opening = m.group("short"), m.start()
        full = text[chain_start(text, opening, 0, joined=False) : opening]
        if len(full) <= len(short) or not full.endswith(uses("alias_org_end")):
            continue
        out.setdefault(short, full)
        for own in uses("alias_own"):  # 本公司: the one the notice is about
            out.setdefault(own + short, full)
    for short in uses("short_body"):  # 某议会交通事务委员会 … 事务委员会主席甲: the one body so named
        fulls = {text[chain_start(text, at, 0, joined=False) : at] for at in occurrences(text, short, 0, len(text))}
        named = {f + short for f in fulls if len(f) >= _PREFIX}
        if len(named) == 1 and short not in out:
            out[short] = named.pop()
    return out


_PREFIX = 2  # the fewest characters before a short body's name that name the body in full (非 is no name)
