"""abbreviated: meetings printed by the body's short name alone (主持召开市委常委会，…).

A title word + 会 (常委会, 党组会, 常务会: ``lexicons/zh/events/abbreviated.tsv``) names the body almost
everywhere (市人大常委会主任, 省委常委会召开会议), so these nouns are not triggers. Right after a convening
verb (``word_uses.tsv`` ``convenes_short``) and right before a clause break, the noun names the meeting the
body held: the events stage reads it as a name trigger there (``matches``), walked back like any name.
"""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import alternation, cached
from ..model import Sentence
from . import eventrules as rules
from . import namewalk
from .draft import Context


@cached
def nouns() -> dict[str, rules.Trigger]:
    """The short meeting nouns and their event type, as name triggers."""
    return {row[0]: rules.Trigger(row[0], row[1], "name") for row in lexicons.load_table("events/abbreviated.tsv")}


@cached
def _pattern() -> re.Pattern[str]:
    breaks = re.escape(rules.CLAUSE_BREAKS)
    return re.compile(f"(?:{alternation(nouns())})(?=[{breaks}]|$)")


def trigger(word: str) -> rules.Trigger:
    """The trigger of a matched word: an ordinary trigger, else a short meeting noun."""
    return rules.triggers().get(word) or nouns()[word]


def matches(ctx: Context, sentence: Sentence) -> list[re.Match[str]]:
    """The short meeting nouns of the sentence that name a meeting: the name walked back from the noun is
    printed right after a convening verb (主持召开市委常委会，; 某市委召开常委会，)."""
    text, found = sentence.text, []
    verbs = rules.uses("convenes_short")
    for m in _pattern().finditer(text):
        start = sentence.start + m.start()
        floor = sentence.start + max(text.rfind(c, 0, m.start()) for c in rules.CLAUSE_BREAKS) + 1
        walked = namewalk.name_start(ctx.doc.text, start, floor, ctx.blocked_in(floor, start))
        if rules.compact(ctx.doc.text[floor:walked]).endswith(verbs):
            found.append(m)
    return found


def merged(ctx: Context, sentence: Sentence, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The trigger matches of a sentence with its short meeting nouns (:func:`matches`) in text order."""
    shorts = matches(ctx, sentence)
    return sorted(found + shorts, key=lambda m: m.start()) if shorts else found
