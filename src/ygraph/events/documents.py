"""documents: an official document cited with its number (《某部关于…的意见》（某发〔2031〕5号）) is a
release of that year, for ``events.py``. The number's closing word is ``word_uses.tsv`` ``document_number``."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..model import Sentence
from ..punctuation import CLOSING_BRACKETS, OPENING_BRACKETS
from . import eventrules as rules
from .draft import Context, Draft


@cached
def _cited() -> re.Pattern[str]:
    ends = "|".join(re.escape(w) for w in rules.uses("document_number"))
    return re.compile(
        rf"《(?P<title>[^《》]{{4,80}})》\s*[（(][^（）()《》]{{0,16}}?[〔\[［](?P<year>\d{{4}})[〕\]］]\s*\d+\s*(?P<end>{ends})[）)]"
    )


def cited(ctx: Context, sentence: Sentence) -> list[Draft]:
    """The documents cited by number in the sentence, each a release dated by the number's year."""
    if not rules.uses("document_number"):
        return []
    found: list[Draft] = []
    current = (ctx.article.date or "")[:4]
    for m in _cited().finditer(ctx.doc.text, sentence.start, sentence.end):
        year, title = m.group("year"), rules.compact(m.group("title"))
        if current.isdigit() and year > current:
            continue  # a number from after the article: a misprint, not a date
        draft = Draft(title, "release", m.start(), m.end(), year, None, "clause", year, None, False, False)
        draft.explicit = True
        rule = f"event:document:{m.group('end')}"
        prov = ctx.doc.provenance(ctx.article.index, sentence, m.start(), m.end(), rule)
        draft.provenance.append(prov)
        found.append(draft)
    return found


def own_number_year(ctx: Context, before: int) -> str:
    """The year of the document number the article prints for itself before ``before`` (某发〔2030〕12号 under
    a notice's title, not a number cited in brackets after a 《title》), "" when none."""
    text = ctx.doc.text
    for m in rules.pattern("own_number").finditer(text, ctx.article.start, before):
        near = text[max(m.start() - 8, ctx.article.start) : m.start()]
        cited = max(near.rfind(b) for b in OPENING_BRACKETS) > max(near.rfind(b) for b in CLOSING_BRACKETS)
        if not cited:
            return m.group(1)
    return ""
