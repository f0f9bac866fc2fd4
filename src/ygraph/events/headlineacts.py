"""headlineacts: the act a headline names, on a page no article of which the rules drafted an event from.

A report's headline names its one happening (某局长视察某码头扩建工程, 某区与三家企业签署共建联盟); the body then
tells it in words the rules did not read as that event (a misspelt verb, an object that is no document word, a
name the walk stopped at). When no article of the page reported an event (``pipeline._headline_act``), the
headline's trigger word (of a type ``headline_acts.tsv`` lists) gives one event: titled by the headline's part
around the word, dated by the first day the next lines print (the lede), else by the article's date; the person
the part names before an act word attends it. Never a
second event (the page has none), never on an undated article (B1, ``plandays.unplaced``), never a word inside a
name, never a line printing a day with its year (the page's stamp). docs/events.md, "The headline's act when no
article of the page reported an event"."""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import cached
from ..model import Sentence, TimeExpr
from ..punctuation import COLONS, COMMAS
from . import eventrules as rules
from .actpeople import add_people
from .draft import Context, Draft
from .eventparts import headline_line
from .namewalk import name_start

_LEDE = 3  # lines after the headline whose first printed day dates its act
_SHORTEST, _LONGEST = 5, 40  # the headline part titling the act, in characters
_STAMP = 6  # a line printing little more than a date is the page's stamp, not the lede
_NAME_REACH = 8  # characters before a trigger word a person's name may start at and still hold the word
_PARTS = re.compile(r"\s+|[|【】\[\]]")  # a headline's parts: a main line and its deck, a site's bracketed menu


@cached
def _types() -> dict[str, str]:
    """Event type → rule id of ``headline_acts.tsv``."""
    return {row[0]: row[1] for row in lexicons.load_table("events/headline_acts.tsv")}


def drafted(ctx: Context) -> list[Draft]:
    """The headline's act (or []): called only when no article of the page reported an event."""
    if not ctx.article.title or not ctx.article.date:
        return []
    if any(a.title for a in ctx.doc.articles[: ctx.article.index]):
        return []  # one headline to a page: a later article's title is a line of the page, not its headline
    lines = [i for i, s in enumerate(ctx.article.sentences) if headline_line(ctx, s)]
    for at in reversed(lines):  # the line nearest the body: furniture and a site's menu come first
        draft = _act(ctx, ctx.article.sentences[at])
        if draft is not None:
            _date(ctx, lines[-1], draft)
            return [draft]
    return []


def _act(ctx: Context, sentence: Sentence) -> Draft | None:
    """The first act or gathering a headline line names, of a type ``headline_acts.tsv`` lists."""
    if any(c in sentence.text for c in COMMAS) or sentence.text.rstrip().endswith(tuple(COLONS)):
        return None  # a line of clauses (…获悉，…) or one opening a list (…的区长有：) is the body's, not a headline
    if any(_printed_day(t) for t in ctx.times(sentence.start, sentence.end)):
        return None  # 发布时间：2031年1月30日 | 进入某论坛 | 来源: the page's stamp and menu, not its headline
    for m in rules.trigger_pattern().finditer(sentence.text):
        trigger = rules.triggers()[m.group()]
        rule = _types().get(trigger.event_type)
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if rule is None or any(p.start <= start < p.end for p in ctx.people(start - _NAME_REACH, end)):
            continue
        if ctx.doc.text.startswith(rules.words("not_after.txt"), end):
            continue  # 学习传达某扩大会议精神: a meeting relayed or referred to (A1, A2)
        if m.group() in rules.uses("trip_purpose"):
            continue  # 某县学习传达某会议精神: a purpose word names a group's trip in the body only (acts._screened)
        title = _part(sentence, m.start(), m.end())
        if trigger.form == "name":  # a gathering's printed name, not the rest of its headline part
            floor = sentence.start + sentence.text.find(title)
            title = ctx.doc.text[name_start(ctx.doc.text, start, floor, ctx.blocked_in(floor, start)) : end]
        if not _SHORTEST <= len(title) <= _LONGEST:
            continue
        draft = Draft(title, trigger.event_type, start, end, None, None, "article", "", None, False, True)
        draft.headline = True
        draft.provenance.append(ctx.doc.provenance(ctx.article.index, sentence, start, end, f"{rule}:{trigger.word}"))
        part = sentence.start + sentence.text.find(title)  # 某某搭乘高铁抵达北京: the person doing it attends
        doer = [(p, "attended") for p in ctx.people(part, start) if p.end <= start][:1] if trigger.form != "name" else []
        add_people(ctx, sentence, draft, doer, trigger.word)
        return draft
    return None


def _printed_day(expr: TimeExpr) -> bool:
    """A day printed with its year (2031年1月30日, 2031-01-30): a page's stamp; a headline names no such day."""
    return expr.kind == "date" and expr.precision == "day" and not expr.underspecified.startswith("UNDEF")


def _part(sentence: Sentence, start: int, end: int) -> str:
    """The part of the headline line holding the trigger word, between spaces (a deck after a space is apart)."""
    text = sentence.text
    left = max((m.end() for m in _PARTS.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _PARTS.finditer(text, end)), len(text))
    return rules.pattern("photo_mark").sub("", text[left:right]).strip()  # 某会开幕(附图): the page's mark


def _date(ctx: Context, at: int, draft: Draft) -> None:
    """The first day printed in the lines after the headline (never a stamp line, nor after the page's own date),
    else the article's."""
    published = ctx.article.published
    for sentence in ctx.article.sentences[at + 1 : at + 1 + _LEDE]:
        for expr in ctx.times(sentence.start, sentence.end):
            stamp = len(rules.compact(sentence.text)) - len(rules.compact(expr.text)) < _STAMP
            stamp = stamp or expr.text.isascii()  # 2031-05-14 15:14: a site's clock, no word of the report
            day = expr.kind == "date" and expr.precision == "day" and expr.value and not stamp
            if day and not (published and expr.value > published):
                draft.date, draft.date_source, draft.date_text = expr.value, "sentence", expr.text
                return
    draft.date, draft.date_text = ctx.article.date, ""
