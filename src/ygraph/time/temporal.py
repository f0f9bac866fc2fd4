"""temporal: article reference dates (with ``date_source``) and resolved time expressions.

Extraction (``timerules``) and resolution (``timeresolve``) are HeidelTime-style; this module decides the
reference date of every article, in the order of ``model.DATE_SOURCES``: user > text > dateline_inferred >
document > cross_document > unresolved, and resolves each article's expressions against it.
See ``docs/time.md``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..errors import warn
from ..model import Article, BuildWarning, Document, TimeExpr, UnresolvedTime, date_interval
from ..punctuation import SENTENCE_ENDS, clause_bounds
from .articledate import (
    Lede,
    dates_conflict,
    document_text_date,
    find_lede,
    infer_year,
    page_dates,
    states_plan,
)
from .framing import framed_in_sentence, years_before
from .ledeparts import filed_on, nearest_to, place_in_year
from .ledestamp import page_stamps, stamp_of_day, user_point
from .statedday import page_today, reread, stated_today
from .timeresolve import Point, resolve_times
from .timerules import extract_times
from .workyear import work_year

__all__ = [
    "ArticleIndex",
    "date_document",
    "date_warnings",
    "extract_times",
    "finer_inside",
    "resolve_times",
    "time_at",
    "unresolved_times",
]

IMPOSSIBLE = "impossible:"  # date_rule of an article whose own date names no calendar day


@dataclass(frozen=True, slots=True)
class _Dating:
    point: Point | None
    source: str
    rule: str
    lede: Lede
    event_reference: bool = False  # the date of the article's first event, not a publication date
    published: Point | None = None  # the day the page was written at the latest (``Article.published``)


def _sentence_times(article: Article) -> list[list[TimeExpr]]:
    return [extract_times(s.text, s.start) for s in article.sentences]


def _own_date(
    lede: Lede, article: Article, times: list[list[TimeExpr]], header: tuple[Point, str] | None
) -> _Dating:
    """The date an article gets from the text alone (user, text, dateline_inferred or nothing)."""
    from_lede = not lede.filed
    plan = not (lede.filed or lede.from_dateline)  # a dateline is filed on its day, never a plan's
    late = plan and lede.point is not None and header is not None and _after(lede.point, header[0])
    late = late or (lede.after_page_day and header is not None)  # 昨天… then 于2006年2月5日: the page's date stands
    if lede.point is not None and not late:
        rule = f"dated_dateline:{article.dateline_rule}" if lede.from_dateline else "lede_full_date"
        return _Dating(lede.point, "text", rule, lede, from_lede)
    if header is not None:
        point, rule = header[0], f"header_date:{header[1]}"  # the document_date.tsv row
        if lede.filed_day is not None:  # 某社台北9日电: the day filed, of the page's month, dates the article
            return _Dating(filed_on(lede.filed_day, point), "text", f"dated_dateline:{article.dateline_rule}", lede)
        placed = _against(point, lede, years_before(times, lede)) if lede.month_day and not late else None
        if placed is not None and _plan_ahead(article, lede, point, plan):
            placed = None  # 将于5月11日至19日访问 on a page of 4月15日: the plan's days lie ahead, the page's date stands
        if placed is not None and not (plan and _after(placed, point)):
            # the reference is now the day of the lede's event, not the page's: later days of the story
            # (6月5日… 6日，…) lie either side of it
            return _Dating(placed, "text", rule, lede, from_lede)
        return _Dating(point, "text", rule, lede)
    evidence = infer_year(article, times, lede)
    if evidence is not None:
        point = place_in_year(evidence.year, lede.month_day)
        return _placed(_Dating(point, "dateline_inferred", evidence.rule, lede, from_lede))
    return _Dating(None, "unresolved", "", lede)


def _after(point: Point, published: Point) -> bool:
    """A lede's full date after the page's own date: the day of a plan it announces (将于7月7日出席), not
    the day it reports; the page's date stands."""
    return date_interval(point.iso())[0] > date_interval(published.iso())[1]


def _plan_ahead(article: Article, lede: Lede, published: Point, plan: bool) -> bool:
    """A lede that states a plan (将于…) whose month and day, in the page's own year, fall after the page's date:
    the days it announces, not a day the page reports (placed a year back they would misdate the page)."""
    if not (plan and lede.month_day and _plan_lede(article, lede)):
        return False
    ahead = place_in_year(published.year, lede.month_day)
    return ahead.valid() and _after(ahead, published)


def _plan_lede(article: Article, lede: Lede) -> bool:
    return lede.sentence is not None and states_plan(article.sentences[lede.sentence].text)


def _placed(dating: _Dating) -> _Dating:
    """A month-day placed in a year where it names no day (2月29日 in 2023): no date (W013), never a raise."""
    if dating.point is None or dating.point.valid():
        return dating
    return _Dating(None, "unresolved", f"{IMPOSSIBLE}{dating.point.iso()}", dating.lede)


def _against(reference: Point, lede: Lede, years: Sequence[TimeExpr] = ()) -> Point:
    """The lede's month/day in the year that puts it latest at or before ``reference``, unless the dates printed
    with their year before it (``years``) frame it months back in an earlier year (timeresolve._out_of_frame)."""
    probe = TimeExpr(0, 0, "", "date", _undef(lede), None, None, "none", None, "")
    resolved = resolve_times([*years, probe], reference.iso())[-1]
    return Point.parse(resolved.value) or reference


def _undef(lede: Lede) -> str:
    month, day = lede.month_day or (1, None)
    return f"UNDEF-year-{month:02d}" + (f"-{day:02d}" if day else "")


def _date_articles(
    doc: Document, year_hints: Mapping[int, int], printed: list[tuple[Point, str]]
) -> list[tuple[_Dating, list[list[TimeExpr]]]]:
    user = user_point(doc)
    found = document_text_date(doc.text, doc.source.text, printed)
    header = (user, "user_date") if user is not None else found
    stamps = page_stamps(doc.source.text, printed) if user is None else []  # read once for all the articles
    dated = []
    for article in doc.articles:
        times = _sentence_times(article)
        lede = find_lede(doc, article, times)
        # the stamp printing the lede's day, else the earliest
        own = stamp_of_day(stamps, lede.month_day) or header
        dating = _own_date(lede, article, times, own)
        dating = replace(dating, published=_written(lede, own, dating))
        if user is not None:
            dating = replace(dating, source="user", rule="user_date")
        dated.append((dating, times))
    return _fill_from_others(doc, dated, year_hints)


def _written(lede: Lede, header: tuple[Point, str] | None, dating: _Dating) -> Point | None:
    """The latest day the article can have been written on: its dateline's day (新华社某地2030年6月8日电; 某社
    某地1月10日电 on a page of the 11th: its 昨日 is the 9th), else the page's stamp or the user's date (a page is
    printed after it is written). A lede's date is an event's, never this bound; a page printing none has none."""
    if lede.from_dateline and lede.point is not None:
        return lede.point
    day = dating.point if dating.point is not None and dating.point.day is not None else None
    if day is not None and (lede.filed or lede.filed_day is not None) and dating.source == "text":
        return day
    inferred = lede.from_dateline and dating.source == "dateline_inferred"
    return header[0] if header is not None else day if inferred else None


def _fill_from_others(
    doc: Document, dated: list[tuple[_Dating, list[list[TimeExpr]]]], year_hints: Mapping[int, int]
) -> list[tuple[_Dating, list[list[TimeExpr]]]]:
    """Articles without a year of their own: a sibling's year (``document``), else a year hint, else a
    sibling's hinted year (both ``cross_document``: the year comes from another document)."""
    datings = [d for d, _ in dated]
    own = _nearest_siblings([d.point for d in datings])
    for index, dating in enumerate(datings):
        sibling = own[index] if dating.point is None else None
        if sibling is not None:
            point = nearest_to(sibling, dating.lede.month_day)
            if _after(point, sibling) and _plan_lede(doc.articles[index], dating.lede):
                point = sibling  # a plan's day after the page's stamp (将于五月十二日…): the stamp's day stands
            datings[index] = _lent(dating, point, "document", "sibling_article")
    for index in reversed(range(len(datings))):  # the article under a headline is dated by now (by a sibling too)
        headed = _headed_day(doc, datings, index) if datings[index].rule == "sibling_article" else None
        if headed is not None:
            datings[index] = _lent(datings[index], headed, "document", "headline_of_next")
    for index, dating in enumerate(datings):
        hint = year_hints.get(doc.articles[index].index)
        if dating.point is None and hint is not None:
            datings[index] = _lent(
                dating, place_in_year(hint, dating.lede.month_day), "cross_document", "year_hint"
            )
    hinted = _nearest_siblings([d.point if d.source == "cross_document" else None for d in datings])
    for index, dating in enumerate(datings):
        sibling = hinted[index] if dating.point is None else None
        if sibling is not None:
            point = nearest_to(sibling, dating.lede.month_day)
            datings[index] = _lent(dating, point, "cross_document", "sibling_of_year_hint")
    return [(dating, times) for dating, (_, times) in zip(datings, dated, strict=True)]


def _headed_day(doc: Document, datings: Sequence[_Dating], index: int) -> Point | None:
    """A headline printed as an article of its own, no sentence under it (某局长在某典礼致辞全文 / a rule of
    asterisks / 以下是…今日(九月二十七日)…): the day the article it heads prints and is dated by, when the
    headline prints no day of its own (lane cere27). None otherwise (a plan's day the stamp overrules)."""
    if datings[index].lede.month_day is not None or index + 1 >= len(datings):
        return None
    following, printed = datings[index + 1].point, datings[index + 1].lede.month_day
    article = doc.articles[index]
    if following is None or following.day is None or printed != (following.month, following.day):
        return None  # the day printed in the article below, not a stamp's day it falls back on (将于四月二日…)
    return None if any(mark in doc.text[article.start : article.end] for mark in SENTENCE_ENDS) else following


def _lent(dating: _Dating, point: Point, source: str, rule: str) -> _Dating:
    return _placed(_Dating(point, source, rule, dating.lede, not dating.lede.filed))


def _nearest_siblings(points: Sequence[Point | None]) -> list[Point | None]:
    """For each index, the point of the nearest other index that has one (the earlier one on a tie):
    two passes, linear however many articles a document has."""
    n = len(points)
    before: list[tuple[int, Point] | None] = [None] * n
    after: list[tuple[int, Point] | None] = [None] * n
    last: tuple[int, Point] | None = None
    for i in range(n):
        before[i] = last
        point = points[i]
        last = (i, point) if point is not None else last
    last = None
    for i in reversed(range(n)):
        after[i] = last
        point = points[i]
        last = (i, point) if point is not None else last
    nearest: list[Point | None] = []
    for i, (left, right) in enumerate(zip(before, after, strict=True)):
        if left is None or (right is not None and right[0] - i < i - left[0]):
            nearest.append(right[1] if right else None)
        else:
            nearest.append(left[1])
    return nearest


def date_document(doc: Document, year_hints: Mapping[int, int]) -> Document:
    """Reference date, ``date_source`` and resolved ``times`` of every article; the document's date."""
    articles = []
    # the page's own dates (the articles' header and W014 read them) and where the page prints them (no day
    # of a story), from one scan of the text
    printed, spans = page_dates(doc.text)
    for article, (dating, times) in zip(doc.articles, _date_articles(doc, year_hints, printed), strict=True):
        reference = dating.point.iso() if dating.point else None
        flat = [expr for sentence_times in times for expr in sentence_times]
        planned = frozenset(
            expr.start
            for sentence, sentence_times in zip(article.sentences, times, strict=True)
            if sentence_times and states_plan(sentence.text)
            for expr in sentence_times
        )
        stamps = frozenset(e.start for e in flat if any(a <= e.start < b for a, b in spans))
        coarse = not work_year(dating.source, dating.point, times)  # 2030年度…15日召开: held the year after
        framed = framed_in_sentence(times)  # 2028年某事…，1月…: the sentence's year
        after_date = frozenset(e.start for sentence_times in times for e in sentence_times[1:])  # 29日…，当天…
        resolved = tuple(
            resolve_times(
                flat, reference, event_reference=dating.event_reference, nearest_at=planned, stamps=stamps,
                coarse=coarse, framed_at=framed, after_date_at=after_date,
            )
        )
        today = stated_today(resolved, reference)  # 今天(6月9日) on a page stamped the 10th: its 今天 is the 9th
        published = dating.published.iso() if dating.published else None
        today = today or page_today(resolved, reference, published)  # 昨日 in a headline over a lede's 10月28日
        if today is not None:
            again = resolve_times(
                flat, today, event_reference=dating.event_reference, nearest_at=planned, stamps=stamps, coarse=coarse,
                framed_at=framed, after_date_at=after_date,
            )
            resolved = reread(resolved, again)
        articles.append(
            replace(
                article,
                date=reference,
                date_source=dating.source,
                times=resolved,
                date_rule=dating.rule,
                published=published,
            )
        )
    conflict = dates_conflict(printed) if doc.source.user_date is None else None
    doc = replace(doc, articles=tuple(articles), date_conflict=conflict and (conflict[0].iso(), conflict[1].iso()))
    return _with_document_date(doc)


def _with_document_date(doc: Document) -> Document:
    """The document's date: the user's, else the latest article date (by its first possible day) with that
    article's source."""
    user = user_point(doc)
    if user is not None:
        return replace(doc, date=user.iso(), date_source="user")
    dated = [a for a in doc.articles if a.date]
    if not dated:
        return replace(doc, date=None, date_source="unresolved")
    # the earliest day each date may stand for: a bare year (2023) never outranks a full date in it
    latest = max(dated, key=lambda a: (a.date.split("-") + ["00", "00"])[:3])
    return replace(doc, date=latest.date, date_source=latest.date_source)


class ArticleIndex:
    """Sorted starts of an article's sentences and time expressions: lookups by position stay logarithmic
    however long the article is. Build one per article and pass it along (no hidden cache)."""

    __slots__ = ("article", "sentence_starts", "time_starts", "times")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.sentence_starts = [s.start for s in article.sentences]
        self.times = sorted(article.times, key=lambda t: t.start)  # already in text order: kept as is
        self.time_starts = [t.start for t in self.times]

    def sentence_at(self, position: int) -> int:
        """The index of the sentence holding ``position`` (the last starting at or before it; 0 before all)."""
        return max(bisect_right(self.sentence_starts, position) - 1, 0)

    def times_in(self, start: int, end: int) -> list[TimeExpr]:
        """The article's time expressions that start in ``[start, end)``, in text order."""
        return self.times[bisect_left(self.time_starts, start) : bisect_left(self.time_starts, end)]


def time_at(article: Article, start: int, end: int, index: ArticleIndex | None = None) -> TimeExpr | None:
    """The resolved date expression that governs the span ``[start, end)`` (normalized offsets).

    Same clause first (the last expression before the span, else the first after it), then the same
    sentence likewise. If the governing expression is a duration, a vague phrase (近日, 此前) or unresolved,
    the span has no date: ``None``.
    """
    if not article.sentences:
        return None
    index = index or ArticleIndex(article)
    sentence = article.sentences[index.sentence_at(start)]
    in_sentence = index.times_in(sentence.start, sentence.end)
    left, right = clause_bounds(sentence.text, start - sentence.start, end - sentence.start)
    in_clause = [
        t for t in in_sentence if left <= t.start - sentence.start and t.end - sentence.start <= right
    ]
    for candidates in (in_clause, in_sentence):
        before = [t for t in candidates if t.end <= start]
        after = [t for t in candidates if t.start >= end]
        governing = before[-1] if before else (after[0] if after else None)
        if governing is not None:
            return governing if governing.kind == "date" and governing.value else None
    return None


def finer_inside(coarse: TimeExpr, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """A day printed before a coarser period in the sentence and lying inside it (2月11日，某某开展2030年
    一季度调研; 9月23日，某某出席2030年某会议): the period names the event's topic, the day dates it."""
    if coarse.kind != "date" or not coarse.value or len(coarse.value) == 10:
        return None
    first, last = date_interval(coarse.value)[0], date_interval(coarse.value_end or coarse.value)[1]
    days = [
        t
        for t in times
        if t.kind == "date" and t.value and len(t.value) == 10 and t.end <= coarse.start
        and first <= t.value and (t.value_end or t.value) <= last
    ]
    return days[-1] if days else None


def unresolved_times(doc: Document) -> tuple[UnresolvedTime, ...]:
    """Every date expression left without a value (no year could be given to it), with its
    underspecified value, so that the corpus stage never parses text again."""
    found = []
    for article in doc.articles:
        index = ArticleIndex(article)
        for expr in article.times:
            if expr.kind == "date" and expr.precision == "none" and article.sentences:
                sentence = article.sentences[index.sentence_at(expr.start)]
                prov = doc.provenance(article.index, sentence, expr.start, expr.end, expr.rule)
                found.append(UnresolvedTime(expr.underspecified, prov))
    return tuple(found)


def date_warnings(doc: Document) -> tuple[BuildWarning, ...]:
    """W010 unresolved article date, W011 expression without a year, W012 year from another document,
    W013 a date that names no calendar day, W014 page dates years apart."""
    path = doc.source.path
    warnings = []
    if doc.date_conflict is not None:
        warnings.append(warn("W014", path, f"{doc.date_conflict[0]} taken, {doc.date_conflict[1]} also printed"))
    for article in doc.articles:
        where = f"article {article.index} {article.dateline or article.title!r}".strip()
        if article.date is None:
            warnings.append(warn("W010", path, where))
        elif article.date_source == "cross_document":
            warnings.append(warn("W012", path, f"{where}: {article.date}"))
        if article.date_rule.startswith(IMPOSSIBLE):
            day = article.date_rule.removeprefix(IMPOSSIBLE)
            warnings.append(warn("W013", path, f"{where}: its date would be {day}, not a calendar day"))
        for expr in article.times:
            if expr.kind == "date" and expr.precision == "none":
                warnings.append(warn("W011", path, f"{expr.text!r} in article {article.index}"))
            elif expr.kind == "date" and expr.precision == "impossible":
                warnings.append(warn("W013", path, f"{expr.text!r} in article {article.index}"))
    return tuple(warnings)
