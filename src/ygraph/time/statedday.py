"""statedday: the day an article says its 今天 is.

A relative day printed with its date in brackets (某港于今天(6月9日)举行启用仪式; 昨日（7月14日）…; rules
``dw_paren_md`` and ``dw_paren_ymd`` of ``time/rules.tsv``) states which day the article is told on. A page
stamp may be a day later than that (a page published after midnight, a wire filed the next morning): the
article's other relative days — a teaser's bare 今天, a later 昨天下午 — are then read against the stated day,
not the stamp. Two phases: the article's expressions are extracted once and resolved against the reference;
when a stated day differs from it, the day words are resolved again against the stated day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..model import TimeExpr
from ..punctuation import OPENING_BRACKETS
from .timerules import meanings, word_tokens
from .timespec import parse_spec

STATED_RULES = frozenset({"dw_paren_md", "dw_paren_ymd", "dw_paren_md_range_d", "dw_paren_md_range_md"})  # a range: its first day
STATED_GAP_DAYS = 3  # a stated today further than this from the reference tells another story's day


def stated_today(times: Sequence[TimeExpr], reference: str | None) -> str | None:
    """The day the article states as its today (the first relative day printed with its date in brackets,
    moved back by the word's own offset: 昨日（7月14日） states 7月15日), when it lies one to
    ``STATED_GAP_DAYS`` days from a day-precision ``reference``; else None."""
    if len(reference or "") != 10:
        return None
    for expr in times:
        if expr.rule not in STATED_RULES or expr.precision != "day" or not expr.value:
            continue
        offset = _day_offset(expr.text)
        if offset is None:
            continue
        today = dt.date.fromisoformat(expr.value) - dt.timedelta(days=offset)
        gap = abs((today - dt.date.fromisoformat(reference or "")).days)
        return today.isoformat() if 0 < gap <= STATED_GAP_DAYS else None
    return None


def page_today(times: Sequence[TimeExpr], reference: str | None, published: str | None) -> str | None:
    """The page's own day as the article's today, when the reference was moved to the day of the lede's event
    (a page stamped the 29th whose lede prints 10月28日) and a day word told against the page's day names that
    event day (a headline's 昨日): the day words were written on the page's day, not on the event's. None
    otherwise (a repost stamped days later: its 昨日 never reaches the lede's day)."""
    if len(reference or "") != 10 or len(published or "") != 10 or reference == published:
        return None
    page_day = dt.date.fromisoformat(published or "")
    for expr in times:
        offset = _word_offset(expr) if _reference_day(expr) else None
        try:
            told = (page_day + dt.timedelta(days=offset)).isoformat() if offset is not None else None
        except OverflowError:  # a page's date at the edge of the calendar (9999-12-31 and 明天)
            continue
        if told == reference:
            return published
    return None


def reread(first: Sequence[TimeExpr], again: Sequence[TimeExpr]) -> tuple[TimeExpr, ...]:
    """The article's expressions as first resolved, except the day words told relative to the reference
    (今天, 昨天, 明天, a bare 昨 or 今) and the story's day words after them (明日…，翌日…: the day after the stated
    day's 明日): those as resolved ``again`` against the stated day."""
    return tuple(b if _reference_day(a) or _reference_day(a, "narrative") else a for a, b in zip(first, again, strict=True))


def _reference_day(expr: TimeExpr, anchor: str = "reference") -> bool:
    """Whether ``expr`` is a day word counted from the article's reference (今天, 昨日上午, 昨(28)日 excepted:
    a day number printed with it is its own), or with ``anchor`` narrative from the story's day (翌日, 当天)."""
    spec = parse_spec(expr.underspecified.partition("/")[0])
    if spec is None or spec.base is None or spec.numbers or expr.rule in STATED_RULES:
        return False
    meaning = meanings().relative.get(spec.base)
    return meaning is not None and meaning.anchor == anchor and meaning.unit == "day"


def _word_offset(expr: TimeExpr) -> int | None:
    """The day offset of a day word counted from the reference (昨日 -1), from its normalised value."""
    spec = parse_spec(expr.underspecified.partition("/")[0])
    meaning = meanings().relative.get(spec.base or "") if spec else None
    return meaning.offset if meaning is not None else None


def _day_offset(text: str) -> int | None:
    """The offset of the day word opening ``text`` (今天 0, 昨日 -1, 明日 +1); None for another word."""
    word = next((text[:i] for i, c in enumerate(text) if c in OPENING_BRACKETS), text).strip()
    token = word_tokens().get("DW", {}).get(word)
    meaning = meanings().relative.get(token) if token else None
    if meaning is None or meaning.anchor != "reference" or meaning.unit != "day":
        return None
    return meaning.offset
