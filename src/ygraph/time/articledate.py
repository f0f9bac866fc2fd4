"""The reference date of an article: its lede date (dateline month/day) and the year that goes with it.

Trust order for the year of a dateline without one (each recorded as a rule id):
``same_sentence`` (a year printed in the sentence of the dateline or lede date, outside plan clauses) >
``same_date_elsewhere`` (a full date elsewhere in the article with the lede's month and day) > the cues of
``year_cues.tsv`` (``2023年是…``, ``今年…2023年度``, ``今年…较2022年同期``) > ``latest_year`` (the latest
explicit year of the article outside plan clauses, a weaker rule). Years that are not dates of the story never count: targets
(到2025年), comparisons (较2011年), baselines (1967年边界), years inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..model import Article, Document, Sentence, TimeExpr
from ..punctuation import SENTENCE_ENDS, clause_bounds
from ..text import bylines
from ..text.clean import normalized
from ..text.cleanlines import is_meta_line
from ..text.datelines import filed as filed_dateline
from .ledeparts import bare_day, dated_parts, page_day, quoted, recent_day
from .numerals import count_value
from .timeresolve import Point, parse_spec
from .timerules import ROC_EPOCH, expand, extract_times

_YEAR_DAYS = 366  # document dates further apart than this are a conflict (W014)
_LEDE_MIN = 8  # characters after a page stamp for a glued lede
_LEDE_SENTENCES = 2  # the lede date of an article without a dated dateline is in its first sentences
_HEAD_LINES = 6  # a page's furniture lines (headline, editor|date|source, 发表) come before its body
_ANYWHERE = ("page", "signoff")  # the scopes of rows read in the whole cleaned text
_HEAD_CHARS = 2000
_LEDE_SCAN = 16  # sentences looked at for the lede, captions and headline lines included
_SENTENCE_MARK = re.compile("[\u3002\uff0c\uff1b\uff01\uff1f,;!?]")  # 。，；！？: a sentence, not a field line


@dataclass(frozen=True, slots=True)
class Lede:
    """What the article's opening says of its own date."""

    point: Point | None  # a full date (year known) or None
    month_day: tuple[int, int | None] | None  # month[, day] printed without a year
    sentence: int | None  # index of the sentence holding the dateline or lede date
    from_dateline: bool
    filed: bool = False  # a wire dateline's date (…11月30日电): the day the report was filed, not an event
    after_page_day: bool = False  # a full date after a lede dated from the page (昨天…。某办法于2006年2月5日…)
    filed_day: TimeExpr | None = None  # a filed dateline's day printed alone (某社台北9日电), of the page's month


@dataclass(frozen=True, slots=True)
class YearEvidence:
    year: int
    rule: str


@cached
def _year_cues() -> tuple[tuple[str, str, re.Pattern[str], int], ...]:
    rows = lexicons.load_table("time/year_cues.tsv")
    return tuple(
        (rule_id, scope, re.compile(expand(pattern)), int(offset)) for rule_id, scope, pattern, offset in rows
    )


@cached
def _plan_words() -> re.Pattern[str]:
    return re.compile(alternation(lexicons.load_lines("time/plan_words.txt")))


def states_plan(text: str) -> bool:
    """Whether a sentence speaks of what will happen (将, 将于, 计划于): a day it prints without its month may
    lie after the publication date."""
    return _plan_words().search(text) is not None


def _in_plan_clause(text: str, position: int) -> bool:
    """Whether the clause at ``position`` states a plan, or follows a decision's comma (决定，…: a plan word
    holding the comma)."""
    left, right = clause_bounds(text, position, position)
    return _plan_words().search(text, max(0, left - _DECISION_REACH), right) is not None


_DECISION_REACH = 3  # characters before a clause where a plan word ending in its comma (决定，) may start


@cached
def _document_date_table() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    rows = lexicons.load_table("time/document_date.tsv")
    return tuple(
        (row[0], re.compile(expand(row[1]), re.MULTILINE), row[2] if len(row) > 2 else "page") for row in rows
    )


@cached
def _document_date_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rows read anywhere in the cleaned text (scope ``page``, and ``signoff``)."""
    return tuple((rule_id, pattern) for rule_id, pattern, scope in _document_date_table() if scope in _ANYWHERE)


@cached
def _signoff_rules() -> frozenset[str]:
    """The ids of the rows of scope ``signoff``: a wire's own closing stamp (（编辑：某某）1130407)."""
    return frozenset(rule_id for rule_id, _, scope in _document_date_table() if scope == "signoff")


def _head_lines(raw: str) -> list[str]:
    """The first ``_HEAD_LINES`` non-empty lines of a page as read (before the cleaner drops its field lines),
    normalized like the text (Simplified, half-width); lines holding sentence punctuation are body, left out."""
    lines = [line.strip() for line in normalized(raw[:_HEAD_CHARS]).split("\n") if line.strip()]
    return [line for line in lines[:_HEAD_LINES] if not _SENTENCE_MARK.search(line)]


def page_head_dates(raw: str) -> list[tuple[Point, str]]:
    """The full dates a furniture line among the first lines of the page prints (rows of scope ``head``:
    编辑:某某|2030-06-09 09:15|来源:某网, [2030.06.09] 发表, 时间：2030-06-09; of scope ``head_pair``, read in a
    line and the next: 09 / 2030-06), in text order."""
    found: list[tuple[Point, str]] = []
    lines = _head_lines(raw)
    for index, line in enumerate(lines):
        # scope head_pair: a stamp printed over two lines (a calendar's day above its year-month)
        pair = "\n".join(lines[index : index + 2]) if index + 1 < len(lines) else ""
        for rule_id, pattern, scope in _document_date_table():
            read = line if scope == "head" else pair if scope == "head_pair" else ""
            match = pattern.search(read) if read else None
            point = _stamp_point(match) if match else None
            if point is not None and point.valid():
                found.append((point, rule_id))
                break
    return found


def document_dates(text: str) -> list[tuple[Point, str]]:
    """Every full date printed as a date of the document (header line, 发布时间, a repost's 时间：, a site
    clock), in text order, with the id of its ``document_date.tsv`` row; headers naming no calendar day
    (an OCR slip: 2023年2月29日) left out (their expression is reported with the article's times, W013)."""
    return page_dates(text)[0]


def page_dates(text: str) -> tuple[list[tuple[Point, str]], list[tuple[int, int]]]:
    """``document_dates(text)`` and ``document_date_spans(text)`` from one scan of ``text`` (a document's
    whole text: the rows cost a pass over it each, docs/performance.md, thirteenth session)."""
    matches = _page_matches(text)
    found: list[tuple[int, Point, str]] = []
    for rule_id, match in matches:
        point = _stamp_point(match)
        if point.valid():
            found.append((match.start(), point, rule_id))
    dates = [(point, rule_id) for _, point, rule_id in sorted(found, key=lambda f: f[0])]
    return dates, sorted(match.span() for _, match in matches)


def _page_matches(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every match of the rows of scope ``page`` in ``text``, row by row, with the row's id."""
    return [(rule_id, match) for rule_id, pattern in _page_rows(text) for match in scan.finditer(pattern, text)]


@cached
def _page_gate() -> scan.Gate:
    return scan.Gate([pattern for _, pattern in _document_date_rules()])


def _page_rows(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The rows of scope ``page`` that may match ``text``, in file order: one pass for the words every match
    of a row prints, instead of a search per row (an event's sentence is read for stamps, events/dating.py)."""
    rows = _document_date_rules()
    return [rows[k] for k in _page_gate().open_indices(text)]


def _stamp_point(match: re.Match[str]) -> Point:
    """The date a page stamp prints: a day, or a month when the row leaves the day out (date 2030-06)."""
    day, month = match.group("D"), match.group("M")
    number = int(month) if month.isdigit() else count_value(month) or 0  # 三月: a month word (週三, 20 三月 2030)
    return Point(_stamp_year(match), number, int(day) if day else None)


def _stamp_year(match: re.Match[str]) -> int:
    """The year a stamp prints: ``Y``, or ``RY`` of the Republic of China calendar (113 → 2024) that Taiwan's
    pages stamp themselves with (113-04-18, 發布日期：113/04/18, a wire's closing 1130418)."""
    roc = match.groupdict().get("RY")
    return int(roc) + ROC_EPOCH if roc else int(match.group("Y"))


def document_date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a date of the page (the spans ``document_dates`` reads): never an event's date."""
    return sorted(match.span() for _, match in _page_matches(text))


def document_text_date(
    text: str, raw: str = "", printed: Sequence[tuple[Point, str]] | None = None
) -> tuple[Point, str] | None:
    """The document's own date among the dates its page prints (in the cleaned ``text``, and in the
    furniture lines heading the page as read, ``raw``), with its rule id: the earliest. A page
    is printed after its article was written: a reposting site's stamp (时间：2024/05/03) or a site clock
    (2023年3月29日 星期三) is later than the article's own date line, never earlier; a wire's own closing
    stamp (scope ``signoff``: （编辑：某某）1130407) wins over the page's other stamps. ``printed``: the
    ``document_dates`` of ``text`` when the caller has them."""
    dates = [*(document_dates(text) if printed is None else printed), *page_head_dates(raw)]
    # a wire's own closing stamp dates its article, whatever earlier stamps the page's other items print
    dates = [d for d in dates if d[1] in _signoff_rules()] or dates
    return min(dates, key=lambda d: d[0].iso()) if dates else None


def header_conflict(text: str) -> tuple[Point, Point] | None:
    """(earliest, latest) when the page prints document dates more than a year apart (a repost or a site
    clock years after the article): the earliest was taken, the caller reports it (W014)."""
    return dates_conflict(document_dates(text))


def dates_conflict(printed: Sequence[tuple[Point, str]]) -> tuple[Point, Point] | None:
    """``header_conflict`` of the ``document_dates`` a caller already has."""
    days = sorted((_day_number(point), point) for point, _ in printed if point.day is not None)
    if len(days) < 2 or days[-1][0] - days[0][0] <= _YEAR_DAYS:
        return None
    return days[0][1], days[-1][1]


def _day_number(point: Point) -> int:
    return date(point.year, point.month or 1, point.day or 1).toordinal()


def header_end(text: str) -> int:
    """Where the page's header ends in a sentence (0: no header): the whole of a field line, else the end
    of the last document date printed in it; a lede the cleaner glued after a stamp (某网 2030-06-09
    15:20 6月8日，…) starts there."""
    if is_meta_line(text):
        return len(text)
    return max((m.end() for _, pattern in _page_rows(text) for m in scan.finditer(pattern, text)), default=0)


def _dateline_sentence(doc: Document, article: Article) -> int | None:
    if not article.dateline:
        return None
    found = doc.text.find(article.dateline, article.start, article.end)
    if found < 0:
        return 0 if article.sentences else None
    for index, sentence in enumerate(article.sentences):
        if sentence.start <= found < sentence.end:
            return index
    return None


def find_lede(doc: Document, article: Article, times: Sequence[Sequence[TimeExpr]]) -> Lede:
    """The dated dateline (新华社杭州5月8日电, 本报讯 8月16日) or, failing that, the first date of the lede; with
    the day a filed dateline prints without its month (某社台北9日电), which dates the article on a dated page."""
    lede = _lede(doc, article, times)
    filed = filed_dateline(article.dateline_rule) and not lede.from_dateline
    day = next((e for e in extract_times(article.dateline) if bare_day(e)), None) if filed else None
    return replace(lede, filed_day=day) if day is not None else lede


def _lede(doc: Document, article: Article, times: Sequence[Sequence[TimeExpr]]) -> Lede:
    dateline_sentence = _dateline_sentence(doc, article)
    for expr in extract_times(article.dateline):
        point, month_day = dated_parts(expr)
        if point or month_day:
            return Lede(point, month_day, dateline_sentence, True, filed_dateline(article.dateline_rule))
    # the lede follows the dateline (本报讯（记者…）11月28日，…); headlines may come before it
    first = dateline_sentence or 0
    day_only = None  # the first sentence dated by a bare day (某市政府10日进行人事调整): its day is of the page's month
    page_dated = False  # … or by a day counted from the page's (昨天下午)
    for index, after in _body_sentences(article, first, len(times)):
        dated = [expr for expr in times[index] if expr.start >= after]  # the page's own stamp is not the lede
        for expr in dated:
            point, month_day = dated_parts(expr)
            # a lede is dated to the day: 2023年9月 opening an article is background, not its date
            if (point and point.day is not None) or (month_day and month_day[1] is not None):
                if day_only is None or point is not None:  # after a bare day only a full date (a credit's) dates it
                    return Lede(point, month_day, index, False, after_page_day=page_dated)
                return Lede(None, None, day_only, False)  # a later 5月29日 is the story's past, not the lede
        if day_only is None and any(bare_day(e) or page_day(e) or recent_day(e) for e in dated) and _counted(article, index):
            day_only, page_dated = index, any(page_day(e) for e in dated)
    return Lede(None, None, dateline_sentence if day_only is None else day_only, False)


def _counted(article: Article, index: int) -> bool:
    """Sentence ``index`` is one of the report's own, not a photo caption over a credit or a headline line."""
    sentence = article.sentences[index]
    return not bylines.credited(article.sentences, index) and not _headline_line(article, sentence.text)


def lede_sentences(article: Article, counted: int = _LEDE_SENTENCES) -> list[tuple[int, int]]:
    """The sentences the lede is looked for in (page headers, captions and headline lines passed over), each
    with where its body starts: (index, start); ``counted`` of them neither (a teaser may open the body)."""
    return _body_sentences(article, 0, len(article.sentences), counted)


def _body_sentences(article: Article, first: int, count: int, most: int = _LEDE_SENTENCES) -> list[tuple[int, int]]:
    """The sentences from ``first`` that are not page headers, each with where
    its body starts (a sentence the cleaner glued after a page stamp is read after the stamp). Photo captions
    printed above the lede (a sentence, then a credit: 某某会见某某一行。记者 某某 报道) and the lines of the
    headline stack are read but not counted: the scan stops after ``most`` counted sentences or
    ``_LEDE_SCAN`` sentences read, and the lede comes after the uncounted ones."""
    found: list[tuple[int, int]] = []
    counted = 0
    sentences = article.sentences
    for index in range(first, min(count, first + _LEDE_SCAN)):
        if counted == most:
            break
        sentence = sentences[index]
        end = header_end(sentence.text)
        if bylines.signs_only(sentence.text):
            continue
        if end == 0 or len(sentence.text) - end >= _LEDE_MIN:
            found.append((index, sentence.start + end))
            counted += 0 if bylines.credited(sentences, index) or _headline_line(article, sentence.text) else 1
    return found


def _headline_line(article: Article, text: str) -> bool:
    """A line of the article's headline stack (its title, a deck, 原标题：…) read as a sentence of it."""
    return bool(article.title) and text.strip() in article.title and not any(c in SENTENCE_ENDS for c in text)


def _explicit_dates(sentence: Sentence, times: Sequence[TimeExpr]) -> list[tuple[int, tuple[int, ...]]]:
    """(offset in sentence, year[, month[, day]]) of the explicit dates of a sentence, quoted ones left out."""
    found = []
    for expr in times:
        spec = parse_spec(expr.underspecified.partition("/")[0])
        explicit = expr.kind == "date" and spec is not None and spec.base is None and spec.numbers
        if explicit and not quoted(sentence.text, expr.start - sentence.start):
            found.append((expr.start - sentence.start, spec.numbers))
    return found


def _same_date_elsewhere(
    dates: list[list[tuple[int, tuple[int, ...]]]], month_day: tuple[int, int | None] | None
) -> int | None:
    """The year of a full date printed in the article with the lede's own month and day."""
    if not month_day or month_day[1] is None:
        return None
    for sentence_dates in dates:
        for _, numbers in sentence_dates:
            if numbers[1:3] == month_day:
                return numbers[0]
    return None


def infer_year(article: Article, times: Sequence[Sequence[TimeExpr]], lede: Lede) -> YearEvidence | None:
    """The year of the article from its own content, by the trust order of the module docstring."""
    sentences = article.sentences
    dates = [_explicit_dates(s, t) for s, t in zip(sentences, times, strict=False)]
    plain = [
        [(pos, numbers) for pos, numbers in sentence_dates if not _in_plan_clause(sentence.text, pos)]
        for sentence, sentence_dates in zip(sentences, dates, strict=False)
    ]
    if lede.sentence is not None and lede.sentence < len(plain) and plain[lede.sentence]:
        return YearEvidence(plain[lede.sentence][0][1][0], "same_sentence")
    same_date = _same_date_elsewhere(dates, lede.month_day)
    if same_date is not None:
        return YearEvidence(same_date, "same_date_elsewhere")
    for rule_id, scope, pattern, offset in _year_cues():
        lede_only = scope == "lede"  # a row read in the lede's sentence alone (a name's edition year)
        if lede_only and (lede.sentence is None or lede.sentence >= len(sentences)):
            continue
        for sentence in [sentences[lede.sentence or 0]] if lede_only else sentences:
            match = pattern.search(sentence.text)
            # a name's year is printed inside its quotation marks (“2031江海论坛”): no quoted speech there
            if match and (lede_only or not quoted(sentence.text, match.start("Y"))):
                if not _same_month_day(match, lede):
                    continue
                return YearEvidence(int(match.group("Y")) + offset + _added_years(match), rule_id)
    every_year = [numbers[0] for sentence_dates in plain for _, numbers in sentence_dates]
    if every_year:
        return YearEvidence(max(every_year), "latest_year")
    return _before_plan(dates, lede)


def _same_month_day(match: re.Match[str], lede: Lede) -> bool:
    """A cue printing a month and day (an image's stamp, 图片_20310608…) tells the year only of the lede's own
    month and day: a picture taken another day may be of another year."""
    groups = match.groupdict()
    if not groups.get("M") or not groups.get("D"):
        return True
    return lede.month_day == (int(groups["M"]), int(groups["D"]))


def _added_years(match: re.Match[str]) -> int:
    """The years a cue's group N adds to its year (an age this year: 生于1975年，今年56岁), 0 without one."""
    number = match.groupdict().get("N")
    if not number:
        return 0
    return int(number) if number.isdigit() else count_value(number) or 0


def _before_plan(dates: list[list[tuple[int, tuple[int, ...]]]], lede: Lede) -> YearEvidence | None:
    """With no year but a plan's (会议决定，某会议于2031年1月召开), the lede's month-day in the year that puts it last
    before the earliest planned month: a body decides before it convenes."""
    planned = sorted(numbers[:2] for sentence_dates in dates for _, numbers in sentence_dates if len(numbers) >= 2)
    if not planned or not lede.month_day:
        return None
    year, month = planned[0]
    return YearEvidence(year - 1 if lede.month_day[0] > month else year, "before_plan")
