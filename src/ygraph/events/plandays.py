"""plandays: the day of a planned event printed in the clause before its name (9月16日，某会议将在某地召开),
for ``dating.date_planned``. A day opening the sentence before the plan word dates the decision when it lies
before the article (8月16日，会议确定…); a day read forward that lies after the article, within its year, can
only be the event's: the announcement keeps it."""

from __future__ import annotations

from ..model import TimeExpr, date_interval
from ..punctuation import CLAUSE_BREAKS
from . import eventrules as rules
from .draft import Context, Draft, clause


def opening_day(ctx: Context, draft: Draft, left: int, ahead: TimeExpr | None) -> TimeExpr | None:
    """The one date of the clauses before the planned name's clause (nothing else printed there), read
    forward (``ahead``), when it lies after the article's date in the article's year; else None."""
    reference = ctx.article.date
    sentence = ctx.sentence_at(draft.start)
    times = [t for t in ctx.times(sentence.start, left) if t.kind == "date" and t.value]
    if ahead is None or reference is None or len(reference) < 10 or len(times) != 1:
        return None
    t = times[0]
    before = ctx.doc.text[sentence.start : t.start]
    dateline = ctx.article.dateline
    before = before[before.find(dateline) + len(dateline) :] if dateline and dateline in before else before
    rest = before + ctx.doc.text[t.end : left]
    if rules.compact(rest).strip(CLAUSE_BREAKS):
        return None  # 8月16日，会议确定…: words beside the date, which dates what they tell
    if len(ahead.value or "") < 10 or not (reference[:10] < ahead.value[:10] and ahead.value[:4] == reference[:4]):
        return None
    return ahead


def after_page(date: str | None, published: str | None) -> bool:
    """An event whose first possible day lies after the last day its article can have been written on
    (``Article.published``: a dated dateline, the page's stamp, the user's date): announced, not held —
    whatever words told it (率团赴某地出席7月7日举行的某会议 in a report of the 4th)."""
    if not date or not published:
        return False
    return date_interval(date)[0] > date_interval(published)[1]


def announced(ctx: Context, draft: Draft) -> bool:
    """A draft told as a plan, or dated after the day its page was written on (``after_page``)."""
    return draft.planned or after_page(draft.date, ctx.article.published)


def dateless(ctx: Context, draft: Draft) -> bool:
    """A planned event the text gives no date at all: no day, month or year resolved or printed for it (one
    printed without its year keeps its ``date_text``), no date expression in its clause, and no word tying it to
    the event told before in its sentence up to the end of its clause (期间, 其间, 届时: ``word_uses.tsv``
    ``plan_tie``; 其间，某某亦会跟某某会晤). Named as a future occasion only, it is no event
    (docs/gold-conventions.md A3: a future event named with no date falls under A1)."""
    if not draft.planned or draft.date or draft.date_text.strip():
        return False
    sentence = ctx.sentence_at(draft.start)
    left, right = clause(sentence, draft.start, draft.end)
    if any(t.kind == "date" for t in ctx.times(left, right)):
        return False
    text = ctx.doc.text[sentence.start : right]
    return not any(word in text for word in rules.uses("plan_tie"))


def unplaced(ctx: Context, draft: Draft) -> bool:
    """An event a dated article tells but its reading could not date: no date of its own, none from its clause,
    its sentence, the event told before or the article. In a report that has a date, what the reading leaves
    undated is told as no happening of the report (recalled: 某某曾主持某会议; a habit: 亲自主持某会议; a
    session named as background: 某会议审议通过了某纲要), or a happening whose date was not read; either way it is
    no dated event to report (docs/gold-conventions.md A1, A3). An undated article keeps its undated events
    (B1: a page that prints no year). A plan (A3: ``dateless`` reads it) and an event told as recent by a word
    that gives no date by the conventions (近日 early in January, B2: ``recent_words.txt``) keep their reading.
    Whatever the article's date, an event dated only by whole years counted back from the page (``years_back`` of
    patterns.tsv: 去年, 3年前, with no month or day) is recalled (evprec33)."""
    if not draft.planned and len(draft.date or "") <= 4 and rules.pattern("years_back").fullmatch(draft.date_text):
        return True  # 3年前，某某在某会议上曾宣示; 去年，某某访华: dated only by whole years back, recalled
    if draft.date is not None or ctx.article.date is None or draft.planned:
        return False
    return not rules.recent_word(draft.date_text)
