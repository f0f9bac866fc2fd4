"""roles: person nodes with evidence and dated holds_position claims, from one article's actors.

Each claim is dated by the time expression governing the name (``temporal.time_at``), else by the
article's reference date. What only the corpus can read (run-together headline names, OCR-damaged
titles) is returned as typed pending items (``model.PendingRun``, ``model.PendingTitle``).
"""

from __future__ import annotations

import re

from .. import lexicons
from ..lexicons import cached
from ..model import (
    Article,
    Document,
    Pending,
    PendingRun,
    PendingTitle,
    Person,
    Provenance,
    RoleClaim,
    Sentence,
    TimeExpr,
    date_interval,
    rule_family,
)
from ..time import temporal
from ..time.articledate import states_plan
from ..time.temporal import ArticleIndex
from .actorlex import table, uses
from .mentions import ArticleActors, Compact, Found


def provenance(doc: Document, ix: ArticleIndex, c: Compact, i: int, j: int, rule: str, k: int | None = None):
    """Provenance of compact span ``[i, j)``; the evidence covers the sentence(s) around ``[k or i, j)``."""
    start, end = c.span(i, j)
    lo = c.span(k, k + 1)[0] if k is not None else start
    article, sentences = ix.article, ix.article.sentences
    a = ix.sentence_at(min(lo, start))
    b = ix.sentence_at(max(end - 1, start))
    if sentences and sentences[a].start <= min(lo, start) and end <= sentences[b].end:
        s0, s1 = sentences[a].start, sentences[b].end
    else:
        s0, s1 = min(lo, start), end
    return doc.provenance(article.index, Sentence(s0, s1, doc.text[s0:s1]), start, end, rule)


def observation_date(ix: ArticleIndex, start: int, end: int, plans: bool = False) -> tuple[str | None, str]:
    """The day the name was seen with its title; ``plans``: a plan's later day is kept (the day a notice's
    change takes effect: 将于5月14日出任), else it gives way to the article's date."""
    expr = temporal.time_at(ix.article, start, end, ix)
    if expr is not None and _in_a_name(ix, expr.start, expr.end):
        expr = _outside_names(ix, start)  # 今日公布「2031年某计划」，主委某某表示: the day, not the name's year
    if expr is not None and _life_date(ix, expr.start, expr.end):
        expr = None  # 某某，生于1946年，现任某职: a birth never dates a post seen
    planned = not plans and expr is not None and _planned(ix, expr.value, ix.sentence_at(expr.start))
    if expr is not None and expr.value and not planned and not _about(ix, end, expr.start):
        return expr.value, "sentence"
    earlier = None if planned else _lede_date(ix, start)
    if earlier:
        return earlier, "previous_sentence"
    if ix.article.date:
        return ix.article.date, "article"
    return None, "unresolved"


def _about(ix: ArticleIndex, end: int, at: int) -> bool:
    """The date after the name belongs to what the person speaks about (甲关于2031年…工作的通报:
    word_uses.tsv topic_marker), not to when the person was seen."""
    sentence = ix.article.sentences[ix.sentence_at(end)]
    before = sentence.text[: max(0, at - sentence.start)]
    if before.endswith(uses("topic_marker")):  # …关于2031年…的通报和乙…: a topic's date, on either side
        return True
    between = before[max(0, end - sentence.start) :] if at >= end else ""
    return any(w in between for w in uses("topic_marker"))


def _in_a_name(ix: ArticleIndex, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is printed inside a quoted or book-title name (公布「2031年某计划」,
    印发《2031年某要点》): the name's year, not a day anyone was seen on."""
    sentence = ix.article.sentences[ix.sentence_at(start)]
    before = sentence.text[: start - sentence.start]
    after = sentence.text[end - sentence.start :]
    for opening, closing in _NAME_MARKS:
        at = before.rfind(opening)
        if at >= 0 and closing not in before[at:] and closing in after:
            return True
    return False


_NAME_MARKS = (("《", "》"), ("「", "」"), ("『", "』"), ("“", "”"))


def _outside_names(ix: ArticleIndex, start: int) -> TimeExpr | None:
    """The last date of the sentence before ``start`` printed outside any name, or None."""
    sentence = ix.article.sentences[ix.sentence_at(start)]
    dates = [t for t in ix.times_in(sentence.start, start) if t.end <= start and not _in_a_name(ix, t.start, t.end)]
    return dates[-1] if dates and dates[-1].kind == "date" and dates[-1].value else None


def _life_date(ix: ArticleIndex, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a birth or another date of a life (生于1946年, 1959年生,
    1988年参加工作: ``birth_before``, ``birth_after``), which says nothing of when a post was held."""
    sentence = ix.article.sentences[ix.sentence_at(start)]
    a, b = start - sentence.start, end - sentence.start
    return sentence.text.endswith(uses("birth_before"), 0, a) or sentence.text.startswith(uses("birth_after"), b)


def _planned(ix: ArticleIndex, value: str | None, k: int) -> bool:
    """A day after the article's date in a sentence that speaks of a plan (将于5月14日出任, 将率团出席7日的…):
    the day of what will happen, not one the person was seen on (the article's date is)."""
    article = ix.article
    if not value or not article.date or not states_plan(article.sentences[k].text):
        return False
    return date_interval(value)[0] > date_interval(article.date)[1]


_CHANGES = ("start", "end")  # a notice's changes: dated by the day they take effect, a plan's day too
_LOOKBACK = 6  # sentences (a list of officials split at ； spans several)


def _lede_date(ix: ArticleIndex, start: int) -> str | None:
    """The date of the sentence before, when it agrees with the article's date to the month.

    ``本报讯 6月5日至6日，…举行。<titled names>出席会议。``: the names were seen from the range's start,
    while the article is dated by its end; a historical date in the sentence before is never used.
    """
    article = ix.article
    k = ix.sentence_at(start)
    if k <= 0 or not article.date:
        return None
    month = article.date[:7]
    for prev in reversed(article.sentences[max(0, k - _LOOKBACK) : k]):
        dated = [t.value for t in ix.times_in(prev.start, prev.end) if t.kind == "date" and t.value]
        dated = [v for v in dated if not _planned(ix, v, ix.sentence_at(prev.start))]
        agreeing = [v for v in dated if v[:7] == month]
        if agreeing:
            return agreeing[-1] if len(month) == 7 else None
        # a sentence dated in another month (前任甲于5月29日去职) is an aside: the report's day is further back
    return None


@cached
def _effective_forms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((rule_id, re.compile(form)) for rule_id, form in lexicons.load_table("actors/effective_dates.tsv"))


def effective_day(ix: ArticleIndex) -> tuple[int, str, str] | None:
    """(sentence index, day, row id) of the article's sentence saying when the moves reported before it take
    effect (上述人事案将于7月1日生效: ``effective_dates.tsv``), a day not before the article's; None when none."""
    article = ix.article
    for k, sentence in enumerate(article.sentences):
        row = next((rule_id for rule_id, form in _effective_forms() if form.search(sentence.text)), None)
        if row is None:
            continue
        days = [t.value for t in ix.times_in(sentence.start, sentence.end) if t.kind == "date" and t.value]
        if days and (not article.date or date_interval(days[-1])[0] >= date_interval(article.date)[0]):
            return k, days[-1], row
    return None


def _claims(
    doc: Document, ix: ArticleIndex, c: Compact, f: Found, effective: tuple[int, str, str] | None
) -> list[RoleClaim]:
    date, source = observation_date(ix, *c.span(f.start, f.end))
    notice = any(el.change in _CHANGES and not el.own_date for el in f.chain)
    changed = observation_date(ix, *c.span(f.start, f.end), plans=True) if notice else (date, source)
    if effective and changed[1] != "sentence" and ix.sentence_at(c.span(f.start, f.end)[0]) < effective[0]:
        given = (effective[1], "effective")  # 上述人事案将于7月1日生效: the posts given start that day
    else:
        given = changed
    out = []
    for el in f.chain:
        p = el.position
        rule = (el.rule or f.rule) + (f"+{p.rule}" if p.rule else "")  # +src.suffix.daily: the page's place
        if given[1] == "effective" and el.change == "start" and not el.own_date and effective:
            rule += f"+effective:{effective[2]}"  # the row of effective_dates.tsv that dated it
        prov = provenance(doc, ix, c, min(el.start, f.start), max(el.end, f.end), rule)
        plans = el.change in _CHANGES
        if el.own_date:
            when, why = observation_date(ix, *c.span(el.start, el.end), plans)
        else:
            when, why = (given if el.change == "start" else changed) if plans else (date, source)
        if el.former:  # a past post: dated by its own sentence only (a career list, 时任), never by a birth date
            own = _career_date(ix, *c.span(el.start, el.end)) if el.change == "past" else (date, source)
            when, why = own if own[1] == "sentence" else (None, "unresolved")
        out.append(
            RoleClaim(f.name, p.canonical, p.printed, p.organization, when, why, prov, el.change, p.bare)
        )
    if rule_family(f.rule) == "honorific":
        for word, position in table("honorifics.tsv").items():
            if position != "-" and c.text.startswith(word, f.end):
                prov = provenance(doc, ix, c, f.start, f.end + len(word), f"honorific:{word}")
                out.append(RoleClaim(f.name, position, word, "", date, source, prov))
    return out


def _career_date(ix: ArticleIndex, start: int, end: int) -> tuple[str | None, str]:
    """A past post's own date: its sentence's time expression, unless that is a birth date (生于1960年,
    1960年生): a birth says nothing of when a post was held, and a past post takes no other date."""
    expr = temporal.time_at(ix.article, start, end, ix)
    if expr is not None and expr.value and _life_date(ix, expr.start, expr.end):
        return None, "unresolved"
    return observation_date(ix, start, end)


def extract_roles(
    doc: Document, article: Article, actors: ArticleActors
) -> tuple[list[Person], list[RoleClaim], list[Pending]]:
    """People with their evidence, dated role claims and pending items of one analysed article."""
    c, ix = actors.compact, ArticleIndex(article)
    evidence: dict[str, list[Provenance]] = {}
    claims: list[RoleClaim] = []
    effective = effective_day(ix)
    for f in actors.found:
        evidence.setdefault(f.name, []).append(provenance(doc, ix, c, f.start, f.end, f.rule))
        claims.extend(_claims(doc, ix, c, f, effective))
    claims = _without_bare_repeats(claims, actors.found)
    people = [Person(name, tuple(provs)) for name, provs in sorted(evidence.items())]
    pending: list[Pending] = []
    for run, start, end in actors.runs:
        pending.append(PendingRun(run, provenance(doc, ix, c, start, end, "pending_run")))
    for d in actors.damaged:
        prov = provenance(doc, ix, c, d.start, d.end, "pending_damaged")
        date, source = observation_date(ix, *c.span(d.start, d.end))
        pending.append(PendingTitle(d.position, d.printed, d.tail, date, source, prov))
    return people, claims, pending


def _without_bare_repeats(claims: list[RoleClaim], found: list[Found]) -> list[RoleClaim]:
    """A bare title the article also prints completed for the same person (甲当选书记 … 甲当选某市委书记:
    the same title head, the bare form ending the completed one) says nothing more: it is left out."""
    done: dict[tuple[str, str], set[str]] = {}
    bare: set[tuple[str, str, str]] = set()
    for f in found:
        for el in f.chain:
            p = el.position
            if p.resolved:
                done.setdefault((f.name, p.head), set()).add(p.canonical)
            else:
                bare.add((f.name, p.canonical, p.head))
    repeated = {
        (name, position)
        for name, position, head in bare
        if any(c.endswith(position) and c != position for c in done.get((name, head), ()))
    }
    return [c for c in claims if (c.person, c.position) not in repeated]
