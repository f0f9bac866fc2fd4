"""reported: when the events an article reports took place, told by the article itself — the day its story
is at (``carried_day``), a photo caption above the lede (``captioned``), a report told as recent (近日, 日前:
``recent_report``, ``recent_period``, ``recent_edition``) — for ``dating``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import Sentence, TimeExpr
from ..punctuation import CLAUSE_BREAKS
from ..text import bylines
from ..time.articledate import lede_sentences, quoted
from . import eventrules as rules
from .draft import Context, Draft

RECENT_WINDOW_DAYS = 10  # 日前/近日 in a report dated later in its month: an event of that month
CARRY_SENTENCES = 3  # how far back a day printed in the story still dates an undated event told after it
_PAGE_RULES = ("header_date", "user_date")  # an article dated by its page, not by its lede
_RELATIVE, _MONTH_DAY = "UNDEF-", "UNDEF-year"  # a day told relative to the page; a month-day (the lede's rule)
LEDE_DAYS_BEFORE = 7  # a lede's own day (昨天, 1日) at most this many days before the page dating the article
LEDE_DAY_SENTENCES = 4  # the lede's day is looked for past a teaser or a caption glued to its credit
MODIFIER_REACH = 12  # a year or month word modifies a noun when the attributive particle is this close after it


def carried_day(ctx: Context, index: int, start: int) -> tuple[str, str | None] | None:
    """The day the story is at, for an event its sentence tells without a time word (12月4日，某团到某省考察。
    两省召开座谈会。): the last date printed in the sentences just before, when it is a day (or days: 5日至
    7日…期间) of the report's month (the month an undated event of the report gets anyway) and no vague word
    (此前, 近年来) came after it. Never an event someone is quoted on (他说，某会议刚刚通过了…): that is
    history told that day. A time word of the sentence inside quotation marks (在某会上，某某询问“今年有什么
    项目？”) is the speaker's, no date of the event. (start, end or None)."""
    month = (ctx.article.date or "")[:7]
    sentences = ctx.article.sentences
    if len(month) < 7 or index >= len(sentences) or _own_times(ctx, sentences[index]):
        return None
    said = rules.says_verbs()
    if any(w in ctx.doc.text[sentences[index].start : start] for w in said):
        return None
    for sentence in reversed(sentences[max(index - CARRY_SENTENCES, 0) : index]):
        times = ctx.times(sentence.start, sentence.end)
        if not times:
            continue
        last = times[-1]
        day = last.value if last.kind == "date" and last.value and len(last.value) == 10 else None
        end = last.value_end
        inside = day is not None and day.startswith(month) and (end is None or end.startswith(month))
        return (day, end) if day is not None and inside else None
    return None


def daypart_day(ctx: Context, index: int) -> str | None:
    """The day an event told with only a part of the day (上午9时于某厅举行, 晚上出席某宴会) took place: a bare
    daypart means the day the story is at, the last day printed before it in the article when that is a day
    of the report's month, else the report's own day. None when the sentence prints a time word of its own,
    its daypart is part of a longer word (每天上午, 下午茶) or quoted, or the article is not dated to a day."""
    day, sentences = ctx.article.date or "", ctx.article.sentences
    if len(day) != 10 or index >= len(sentences) or _own_times(ctx, sentences[index]):
        return None
    if not _bare_daypart(sentences[index].text):
        return None
    for sentence in reversed(sentences[:index]):
        days = [t for t in ctx.times(sentence.start, sentence.end) if t.kind == "date" and len(t.value or "") == 10]
        if days:
            last = days[-1].value or ""
            return last if last[:7] == day[:7] and last <= day else None
    return day


def _bare_daypart(text: str) -> bool:
    """Whether ``text`` prints a part of the day (上午, 晚上) on its own, outside quotation marks: not inside a
    longer word that names no day (下午茶: ``daypart_not``) nor a recurrence (每天上午, 每周三下午:
    patterns.tsv ``recurring_daypart``)."""
    covered: set[int] = set()
    for word in rules.uses("daypart_not"):
        covered.update(k for at in _found_at(text, word) for k in range(at, at + len(word)))
    for m in rules.pattern("recurring_daypart").finditer(text):  # 每天上午, 每周三下午: a habit, no day
        covered.update(range(m.start(), m.end()))
    if any(at not in covered and not quoted(text, at) for w in rules.uses("daypart") for at in _found_at(text, w)):
        return True
    # an hour with no day (9时30分, 上午10时许): the same day as a daypart (patterns.tsv ``clock_hour``)
    return any(not quoted(text, m.start()) for m in rules.pattern("clock_hour").finditer(text))


def _found_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is printed in ``text``, overlapping occurrences included (str.find, not a scan per position)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _own_times(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` prints a time word outside quotation marks."""
    return any(not quoted(sentence.text, t.start - sentence.start) for t in ctx.times(sentence.start, sentence.end))


def captioned(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` is a photo caption: a credit line follows it (某某视察某工程。（记者 某某摄）)."""
    sentences = ctx.article.sentences
    if not bylines.credited(sentences, index):
        return False
    # 会见后，双方签署…。（记者 某某）: a byline closing the article without a photo mark is the report's, no photo's
    return index + 2 < len(sentences) or any(w in sentences[index + 1].text for w in rules.uses("photo_credit"))


def recent_edition(ctx: Context, draft: Draft, blocker: TimeExpr) -> bool:
    """Whether a named event told as recent (日前, 近日) prints its year in its name (2031江海峰会), the
    article's year: the year it was held (no finer: the recent days may be last month's)."""
    year = rules.name_year(draft.title)
    recent = rules.recent_word(blocker.text)
    return recent and bool(year) and year == (ctx.article.date or "")[:4]


def recent_inside(ctx: Context, draft: Draft, blocker: TimeExpr | None, named: TimeExpr) -> bool:
    """Whether the lede's event told as recent (日前，某主办的2031年江海论坛在江城举办) is dated by what the recent
    word allows rather than by the year its name prints: the report's month lies inside that year, and is finer."""
    if blocker is None or not draft.lede or draft.planned:
        return False
    if not rules.recent_word(blocker.text):
        return False
    period, year = recent_period(ctx.article.date) or "", named.value or ""
    return len(year) == 4 and len(period) > len(year) and period.startswith(year)


def recent_period(day: str | None) -> str | None:
    """What 近日/日前 in a report of ``day`` allows: the report's month when the day is past the first
    days of it (7月31日讯 日前…), else its year unless the month is January (the days before may be last
    December: no date)."""
    if not day:
        return None
    if len(day) == 10 and int(day[8:]) > RECENT_WINDOW_DAYS:
        return day[:7]
    return day[:4] if len(day) == 4 or int(day[5:7]) > 1 else None


def recent_report(ctx: Context) -> bool:
    """Whether the article opens its report with a recent word (近日，某部门…): the first time word of its
    first sentences that print one is 近日/日前, not a date (the day of a dateline before it is no word of
    the report: 某网某月某日某地消息 日前，…)."""
    for index, body in lede_sentences(ctx.article):  # past page stamps, captions and headline lines
        sentence = ctx.article.sentences[index]
        body = ctx.past_dateline(body, sentence.end)  # 某网某月某日某地消息 日前: a dateline's day
        times = ctx.times(body, sentence.end)
        if times:
            return rules.recent_word(times[0].text)
    return False


def lede_days(ctx: Context) -> tuple[str, str] | None:
    """The days of the lede when it prints a range the article is dated by (某月某日至某日，某某一行来某地调研:
    the article's date is its last day): (first, last) for the report's own event, else None."""
    day = ctx.article.date or ""
    for index, body in lede_sentences(ctx.article):
        sentence = ctx.article.sentences[index]
        dated = [t for t in ctx.times(ctx.past_dateline(body, sentence.end), sentence.end) if t.kind == "date"]
        if dated:
            first = dated[0]
            ranged = first.value and first.value_end and len(first.value) == 10
            return (first.value or "", day) if ranged and first.value_end == day and len(day) == 10 else None
    return None


def lede_day(ctx: Context) -> str | None:
    """The day the lede tells its report on when the article is dated by its page (a stamp, the user's date)
    and the lede prints a day of its own a few days before it (page of the 2nd: 昨天下午，某会议在某地闭幕;
    page of the 4th: 某市和某乡1日签署…): the report's day, for the headline's and the lede's event. None when
    the lede's first date is the article's, later, coarser or far before it (history told in the lede), or a
    month-day or full date (the lede's own rule, or a dated dateline's, places those: articledate)."""
    day = ctx.article.date or ""
    if len(day) != 10 or not (ctx.article.date_rule or "").startswith(_PAGE_RULES):
        return None
    for index, body in lede_sentences(ctx.article, LEDE_DAY_SENTENCES):
        sentence = ctx.article.sentences[index]
        dated = [t for t in ctx.times(ctx.past_dateline(body, sentence.end), sentence.end) if t.kind == "date"]
        dated = [t for t in dated if not _modifying(ctx, t)]  # 考察了前年落成的某港，并于9日…: 9日 is the lede's
        if dated:
            first, spec = dated[0].value or "", dated[0].underspecified
            relative = spec.startswith(_RELATIVE) and not spec.startswith(_MONTH_DAY)  # 昨天, 1日; never 6月1日
            said = quoted(sentence.text, dated[0].start - sentence.start)
            if not relative or len(first) != 10 or dated[0].value_end or said:
                return None
            gap = (dt.date.fromisoformat(day) - dt.date.fromisoformat(first)).days
            return first if 0 < gap <= LEDE_DAYS_BEFORE else None
    return None


def _modifying(ctx: Context, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a year or a month dating a noun's modifier (考察了前年落成的某港, 参观上月开馆的某馆):
    an attributive particle follows it in its clause within ``MODIFIER_REACH`` characters. It dates that noun's
    history, not the lede's report; a day (5日召开的某会议) is left to the lede's rules."""
    if len(expr.value or "") == 10:
        return False
    text = ctx.doc.text[expr.end : expr.end + MODIFIER_REACH]
    clause = text[: next((k for k, c in enumerate(text) if c in CLAUSE_BREAKS), len(text))]
    return any(w in clause for w in rules.uses("attributive"))
