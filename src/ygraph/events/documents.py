"""documents: an official document cited with its number (《某部关于…的意见》（某发〔2031〕5号）) is a
release of that year, for ``events.py``. The number's closing word is ``word_uses.tsv`` ``document_number``."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..model import Sentence, TimeExpr
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
        if _basis(ctx.doc.text, sentence, m.start()):
            continue  # 深入贯彻《某通知》（某发〔2031〕8号）精神: the document the page acts on, a reference (A1)
        draft = Draft(title, "release", m.start(), m.end(), year, None, "clause", year, None, False, False)
        draft.explicit = True
        rule = f"event:document:{m.group('end')}"
        prov = ctx.doc.provenance(ctx.article.index, sentence, m.start(), m.end(), rule)
        draft.provenance.append(prov)
        found.append(draft)
    return found


def _basis(text: str, sentence: Sentence, start: int) -> bool:
    """A ``document_basis`` word (贯彻, 根据, 按照) in the clause before the cited document at ``start``."""
    left, _ = rules.clause_bounds(text, start, start, sentence.start, sentence.end)
    return any(w in text[left:start] for w in rules.uses("document_basis"))


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


def notice(ctx: Context, word: str, start: int, end: int) -> Draft | None:
    """A notice's own release (《某方案》已经同意，现印发给你们 … 某办公厅 / 2031年5月6日): the issuer signing it
    + the verb + the document named before the formula (``notice_formula``), dated by the signature; None when
    it is no such formula."""
    text = ctx.doc.text
    if not any(w in text[max(0, start - 3) : end + 4] for w in rules.uses("notice_formula")):
        return None
    named = list(rules.POLICY.finditer(text, max(0, start - 200), start))
    signed = signature(ctx, end)
    if not named or signed is None:
        return None
    draft = Draft.undated(signed[0] + word + rules.compact(named[-1].group(1)), "release", start, end)
    draft.date, draft.date_source, draft.date_text = signed[1].value, "sentence", signed[1].text
    draft.explicit = True
    return draft


def signature(ctx: Context, after: int, reach: int = 400) -> tuple[str, TimeExpr] | None:
    """The issuer and date a notice is signed with after ``after``: a full date ending its line, the issuer
    on the same line before it or on the last non-empty line above (某办公厅 / 2031年5月6日)."""
    text = ctx.doc.text
    times = [t for a in ctx.doc.articles if a.end > after and a.start < after + reach for t in a.times]
    for t in times:
        if t.kind != "date" or not t.value or len(t.value) < 10 or not after <= t.start < after + reach:
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        if rules.compact(text[t.end : line_end if line_end >= 0 else None]):
            continue
        issuer = rules.compact(text[line_start : t.start])
        lines = text[max(0, line_start - 80) : line_start].split("\n")
        issuer = issuer or next((rules.compact(x) for x in reversed(lines) if rules.compact(x)), "")
        if len(issuer) >= 3:
            return issuer, t
    return None
