"""toldday: a gathering printed by its name that the body of a report tells past its lede with no time word of
its own (某考察团抵达某市…。某座谈会在县政府召开) took place on the report's day, not only in its month: a
report names the gatherings it covers. The last step of ``dating.date_by_context``, after the parent sitting,
``sides.after_meeting`` and ``atmeeting.held_at_meeting`` (which give a meeting's own day).
Vocabulary: ``lexicons/zh/events/word_uses.tsv`` (``told_frame``, ``frame_open``, ``frame_close``),
``patterns.tsv`` ``recurring_daypart``."""

from __future__ import annotations

from ..punctuation import CLAUSE_BREAKS
from ..time.articledate import quoted
from . import eventrules as rules
from .draft import Context, Draft
from .eventparts import headline_line
from .reported import lede_day, lede_days, recent_report

_DAY, _MONTH = 10, 7  # lengths of an ISO day and month


def report_day(ctx: Context, draft: Draft) -> bool:
    """Whether ``draft``, a held gathering past the lede dated only by the article's month, is told as one of
    the report's own: then it takes the report's day (the lede's own day when the page dates the report a few
    days after it: ``reported.lede_day``), date source ``article``."""
    day = ctx.article.date or ""
    if draft.lede or draft.planned or draft.date_source != "article" or len(draft.date or "") != _MONTH:
        return False
    if len(day) != _DAY or not day.startswith(draft.date or "-"):
        return False
    if recent_report(ctx) or lede_days(ctx) is not None:  # 近日…: as recent; 5日至7日…: which of the days?
        return False
    sentence = ctx.sentence_at(draft.start)
    if headline_line(ctx, sentence) or not _told_alone(ctx, draft):
        return False
    draft.date = lede_day(ctx) or day
    return True


def _told_alone(ctx: Context, draft: Draft) -> bool:
    """Whether the sentence tells the gathering on its own: no time word before it outside quotation marks
    (one after it in its clause would have dated it; one in a later clause is another event's), no habit
    (每天上午), no speaker before it (他说，某会议…: history told that day), no clause before it placed against
    another happening (某会议结束之后，…; 某某前，…; 在某会议上，…: the ``told_frame`` words ending it), and the
    gathering not itself the frame of what the sentence tells (在某晚宴上享用了…)."""
    sentence, text = ctx.sentence_at(draft.start), ctx.doc.text
    if any(not quoted(sentence.text, t.start - sentence.start) for t in ctx.times(sentence.start, draft.start)):
        return False
    if rules.pattern("recurring_daypart").search(sentence.text):
        return False
    before = text[sentence.start : draft.start]
    said = rules.says_verbs()
    if any(w in before for w in said):
        return False
    frames = rules.uses("told_frame")
    clauses = [rules.compact(before[:k]) for k, c in enumerate(before) if c in CLAUSE_BREAKS]
    if any(c.endswith(frames) for c in clauses):
        return False
    after = rules.compact(text[draft.end : sentence.end])
    opened = any(w in before for w in rules.uses("frame_open"))
    return not (opened and after.startswith(rules.uses("frame_close")))
