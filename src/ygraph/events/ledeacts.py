"""ledeacts: the act a page's lede tells, on a page where no article drafted an event and no headline named one.

A saved page often loses its headline among a site's menus, breadcrumbs and clocks, or prints none (a wire's
lede opens the text); the body then tells the page's one happening in its first dated sentence, in words the
steps refused. When neither the articles nor the headline gave an event (``pipeline._headline_act``), the lede's
act gives one: the first act word, of a type ``lede_acts.tsv`` lists, printed after the first day of the
article's first sentence that prints one (the lede; the dateline's day dates the report, not the act), that the
steps refused only for where it stands (``events.refusal``, refusals.py: its date unread, a gathering named with
no word of its holding), never for what its words say (a negation, kinds of work, said, a plan, recalled, a
count, a habit, no person acting); titled by its clause (a gathering by its walked name), dated by the nearest
day before it, attended by the people its clause names before it. Never on an undated article (B1), never a day
after the page's own, never a stamp line or a site's clock, never a word inside a person's name or a post, never
a kind alone (一场座谈会), never a plan (将前往), never an oath without its ceremony (A6), never a meeting
relayed; one lede to a page. docs/events.md, "Typed refusals and the lede's act"."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicons
from ..actors.actorlex import titles
from ..lexicons import cached
from ..model import Mention, Sentence, TimeExpr
from ..punctuation import CLAUSE_BREAKS, CLOSING_BRACKETS, OPENING_BRACKETS
from . import ceremonies
from . import eventrules as rules
from .actpeople import add_people
from .draft import Context, Draft
from .eventparts import headline_line
from .namewalk import name_start
from .refusals import Refusal

_LEDE = 4  # sentences of the body (after the headline lines) searched for the first one printing a day
_STAMP = 6  # a line printing little more than a date is the page's stamp, not the lede
_SHORTEST, _LONGEST = 5, 40  # the name or clause titling the act, in characters
_NAMED_BY = 4  # characters before its kind a gathering's name holds at least (某省党组扩大会议); a shorter one
# (一场座谈会, 这次签约仪式) is a kind every gathering shares, as ``eventparts.generic`` reads a short name
_SHORTEST_CLAUSE = 8  # a clause shorter than this (双方签署协议) names neither who acts nor on what
_SHORT_CLAUSE = 12  # a clause shorter than this names no actor (特地到某市政府拜会): the clause before joins it
_ASIDES = re.compile(r"[（(][^（()）]*[)）]")  # (中央社记者某某电), (等同县长): a byline or gloss, no word of the act
_POST_REACH = 8  # the longest post head read past an act word
_NAME_REACH = 8  # characters before a trigger word a person's name may start at and still hold the word


@cached
def _types() -> dict[str, str]:
    """Event type → rule id of ``lede_acts.tsv``."""
    return {row[0]: row[1] for row in lexicons.load_table("events/lede_acts.tsv")}


Screen = Callable[[Context, int, Sentence, rules.Trigger, int, int], Refusal | None]


def drafted(ctx: Context, screen: Screen) -> list[Draft]:
    """The lede's act (or []): called only when no article of the page drafted an event nor its headline one;
    ``screen`` tells why the article's steps refused a word (``events._refusal``, refusals.py)."""
    if not ctx.article.date:
        return []
    body = [s for s in ctx.article.sentences if not headline_line(ctx, s)][:_LEDE]
    for sentence in body:
        days = _days(ctx, sentence)
        if days:  # the lede: only the first sentence printing a day
            draft = _act(ctx, sentence, days, screen)
            return [draft] if draft is not None else []
    return []


def _days(ctx: Context, sentence: Sentence) -> list[TimeExpr]:
    """The days the sentence prints as a report's (never a stamp line, a site's clock, a day after the page's)."""
    published, found = ctx.article.published, []
    for expr in ctx.times(sentence.start, sentence.end):
        if expr.kind != "date" or expr.precision != "day" or not expr.value or expr.text.isascii():
            continue
        if ctx.past_dateline(expr.start, expr.end) != expr.start:
            continue  # 本报讯 2031年5月8日，…: the dateline's day dates the report, not the act after it
        if len(rules.compact(sentence.text)) - len(rules.compact(expr.text)) < _STAMP:
            return []  # 2031年5月14日 alone on its line: the page's stamp
        if not (published and expr.value > published):
            found.append(expr)
    return found


def _act(ctx: Context, sentence: Sentence, days: list[TimeExpr], screen: Screen) -> Draft | None:
    """The first act word after the lede's first day, of a type ``lede_acts.tsv`` lists, titled by its clause
    and dated by the nearest day before it (本周一(6日)履新，昨(8日)带队到访某市: the 8th)."""
    text = ctx.doc.text
    for m in rules.trigger_pattern().finditer(text, days[0].end, sentence.end):
        if rules.head_hides_rule(text, m) or rules.longer_name_inside(rules.trigger_pattern(), text, m) is not None:
            continue  # 新春团拜会: the act 拜会 inside a gathering's head, as ``events._triggers`` reads it
        trigger = rules.triggers()[m.group()]
        rule = _types().get(trigger.event_type)
        start, end = m.start(), m.end()
        if rule is None:
            continue
        if any(s <= start < e for s, e in ctx.blocked_in(start - _NAME_REACH, end)) or _in_post(ctx.doc.text, start, end):
            continue  # a word inside a person's name or a post (某区议会议员: 议员), no act
        if any(w in text[_break_before(ctx, sentence, start) : start] for w in rules.words("plan_words.txt")):
            continue  # 某县长也将前往某地参加授旗仪式: announced, not done (A3: a plan needs its own day)
        if ceremonies.unwitnessed(sentence, trigger):
            continue  # 某议员今天宣誓就职: an inauguration told without its ceremony (A6)
        if ctx.doc.text.startswith(rules.words("not_after.txt"), end):
            continue  # 传达某会议精神: a meeting relayed or referred to (A1, A2)
        why = screen(ctx, ctx.article.sentences.index(sentence), sentence, trigger, start, end)
        if why is None or not why.placing:
            continue  # refused for what it says (a negation, a plan, said, a sum, recalled), or drafted elsewhere
        left, title = _clause(ctx, sentence, start, end)
        if trigger.form == "name":  # a gathering by its walked name (某省党组扩大会议), not its whole clause
            floor = _break_before(ctx, sentence, start)
            title = _words(ctx, name_start(ctx.doc.text, start, floor, ctx.blocked_in(floor, start)), end)
        shortest = len(trigger.word) + _NAMED_BY if trigger.form == "name" else _SHORTEST_CLAUSE
        if not max(shortest, _SHORTEST) <= len(title) <= _LONGEST:  # 举行签约仪式: a kind alone, no one gathering
            continue
        day = [t for t in days if t.end <= start][-1]
        draft = Draft(title, trigger.event_type, start, end, day.value, None, "sentence", day.text, None, False, True)
        draft.provenance.append(ctx.doc.provenance(ctx.article.index, sentence, start, end, f"{rule}:{trigger.word}"))
        add_people(ctx, sentence, draft, [(p, "attended") for p in _actors(ctx, left, start)], trigger.word)
        return draft
    return None


def _actors(ctx: Context, left: int, start: int) -> list[Mention]:
    """The people the act's clause names before its word, past the dateline and outside an aside (（记者某某电）):
    who acts or goes with them (gold-conventions C4: attended)."""
    text, left = ctx.doc.text, ctx.past_dateline(left, start)
    return [p for p in ctx.people(left, start) if p.end <= start and not _aside(text, left, p.start)]


def _aside(text: str, left: int, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened after ``left`` and not closed before it."""
    before = text[left:at]
    return max(before.rfind(c) for c in OPENING_BRACKETS) > max(before.rfind(c) for c in CLOSING_BRACKETS)


def _in_post(text: str, start: int, end: int) -> bool:
    """Whether a title of ``titles.tsv`` starts inside the word at ``start…end`` and runs past it (会议员: 议员)."""
    heads = titles()
    return any(text[k : k + n] in heads for k in range(start + 1, end) for n in range(end - k + 1, _POST_REACH))


def _clause(ctx: Context, sentence: Sentence, start: int, end: int) -> tuple[int, str]:
    """Where the clause holding the act word starts, and its words, time words and asides left out; a short one
    with the clause before it."""
    left = _break_before(ctx, sentence, start)
    right = next((i for i in range(end, sentence.end) if ctx.doc.text[i] in CLAUSE_BREAKS), sentence.end)
    title = _words(ctx, left, right)
    if len(title) < _SHORT_CLAUSE and left > sentence.start:
        left = _break_before(ctx, sentence, left - 1)
        title = _words(ctx, left, right)
    return left, title


def _break_before(ctx: Context, sentence: Sentence, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last clause break before it)."""
    text = ctx.doc.text
    return max((i + 1 for i in range(sentence.start, at) if text[i] in CLAUSE_BREAKS), default=sentence.start)


def _words(ctx: Context, left: int, right: int) -> str:
    """``left…right`` without its time words (昨（13日）), asides (（中央社记者某某电）), spaces and clause breaks."""
    cut = [(t.start, t.end) for t in ctx.times(left, right)]
    kept = "".join(c for i, c in enumerate(ctx.doc.text[left:right], left) if not any(s <= i < e for s, e in cut))
    return rules.compact(_ASIDES.sub("", kept)).strip(CLAUSE_BREAKS)
