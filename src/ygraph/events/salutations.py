"""salutations: the people a speech greets by name on its salutation line (甲主席、尊敬的乙主任、各位嘉宾：) are
present at the occasion of the speech, for ``events.py``. Words: ``word_uses.tsv`` salutation, salutation_open."""

from __future__ import annotations

import re

from ..model import Participation, Sentence
from ..punctuation import COLONS, COMMAS, LIST_MARK, OPENING_BRACKETS
from . import eventrules as rules
from .draft import Context

OPENING_SENTENCES = 4  # a salutation line stands among the first sentences of its article
ITEM_SPAN = 16  # at most this many characters in a greeted item (its bracketed gloss aside)
RULE = "participation:salutation"


def greeted(ctx: Context, index: int, sentence: Sentence) -> None:
    """A salutation line (greetings joined by 、 up to a colon, one of them a ``salutation`` word: 各位嘉宾) right
    after the line naming the occasion: the people it names attended that occasion."""
    target = ctx.current
    if target is None or target.planned or index >= OPENING_SENTENCES:
        return
    text, first = sentence.text, 0
    for colon in (at for at, c in enumerate(text) if c in COLONS):
        if _salutation(text[first:colon]):  # 以下是某某的致辞：甲主任、各位嘉宾：…: the part before its own colon
            for person in ctx.people(sentence.start + first, sentence.start + colon):
                prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, RULE)
                link = Participation(person.text, "attended", prov)
                target.participants.setdefault((person.text, "attended"), link)
        first = colon + 1


def _salutation(head: str) -> bool:
    """Whether the words before a colon greet: items joined by 、 (or a comma), short, one of them a greeting."""
    items = [_bare(item) for item in re.split(f"[{LIST_MARK}{COMMAS}]", rules.compact(head))]
    greeting = [i for i in items if i.startswith(rules.uses("salutation"))]
    named = [i.removeprefix(next((w for w in rules.uses("salutation_open") if i.startswith(w)), "")) for i in items]
    return bool(greeting) and len(items) > len(greeting) and all(0 < len(i) <= ITEM_SPAN for i in named)


def _bare(item: str) -> str:
    """An item without its bracketed gloss (甲副主任(某办公室副主任) → 甲副主任)."""
    at = min((item.find(b) for b in OPENING_BRACKETS if b in item), default=-1)
    return item[:at] if at > 0 else item
