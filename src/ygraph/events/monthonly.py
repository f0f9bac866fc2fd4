"""monthonly: an event a report dated to the day leaves at the article's month. The body tells it once, with no
date of its own, none from its clause, its sentence, the event told before, the report's day (``toldday``
refused it: a speaker, a habit, a frame, a time word before it) — only the fallback of the dating code, the
article's month (``dating._article_day``). What a report dated to the day tells without placing it on a day is
something recalled, cited or described (某某说，某某在某博览会开幕式上宣布…; 通过举办某论坛…; 出席某午宴 after
an undated meeting), not a happening the report covers on a day of its own; either way it is no dated event to
report (docs/gold-conventions.md A1), as ``plandays.unplaced`` reads one it leaves undated. A filter of the
drafts an article reports (``events.extract_events``). The lede's and the headline's events, plans, an event
told more than once, a report told as recent (近日: its events take the period, B2), an item of a list whose other
items are dated to the day (甲巡视了街市；…；乙到码头视察…) and an article dated by its month or year keep their reading."""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import COMMAS, SEMICOLONS
from . import eventrules as rules
from .draft import Context, Draft
from .eventparts import headline_line
from .reported import recent_report

_DAY, _MONTH, _YEAR = 10, 7, 4  # lengths of an ISO day, month and year


def month_only(ctx: Context, draft: Draft) -> bool:
    """Whether ``draft`` is told once in the body of a report dated to the day and dated only by its month, or only
    by a year its clause prints inside a speaker's words (某某表示，…今年再度举办某活动: recalled, A1)."""
    day = ctx.article.date or ""
    if draft.lede or draft.headline or draft.planned or len(draft.provenance) > 1:
        return False
    if len(draft.date or "") == _YEAR and draft.date_source == "clause" and day.startswith(draft.date or "-"):
        return len(day) == _DAY and _said(ctx, draft)  # 今年再度举办某活动 in someone's words: the year printed
    if draft.date_source != "article" or len(draft.date or "") != _MONTH or len(day) != _DAY:
        return False
    if not day.startswith(draft.date or "-") or headline_line(ctx, ctx.sentence_at(draft.start)):
        return False
    return not recent_report(ctx) and not _beside_report(ctx, draft)


def _said(ctx: Context, draft: Draft) -> bool:
    """Whether a verb of saying (表示, 指出) and a comma stand before ``draft`` in its sentence: the event is in the
    speaker's words."""
    sentence = ctx.sentence_at(draft.start)
    said = ctx.doc.text[sentence.start : draft.start]
    return any(mark in said for mark in _said_marks())


@cached
def _said_marks() -> tuple[str, ...]:
    """Each verb of saying followed by a comma (表示，): built once."""
    return tuple(f"{w}{c}" for w in rules.says_verbs() for c in COMMAS)


def _beside_report(ctx: Context, draft: Draft) -> bool:
    """Whether another event told in the same sentence, or in the item of a list right before it (…；), is dated to
    the day (局长甲巡视了街市；…；局长乙到码头视察…: an item of a list of the report's own acts, which the dating
    code left at the month; tests/test_date21.py)."""
    text = ctx.doc.source.text
    starts = {p.start for p in draft.provenance}

    def joined(end: int) -> bool:  # the item before ends with a list mark, nothing else up to this one
        gap = [text[end:start].strip() for start in starts if start >= end]
        listed = text[:end].rstrip().endswith(tuple(SEMICOLONS))
        return any(g in tuple(SEMICOLONS) or (not g and listed) for g in gap)

    return any(
        d is not draft and len(d.date or "") == _DAY and any(p.start in starts or joined(p.end) for p in d.provenance)
        for d in ctx.drafts
    )
