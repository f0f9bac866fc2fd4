"""Plain data passed between ygraph's stages.

Every class is a frozen, slotted dataclass. Offsets come in two coordinate systems:

* *normalized* offsets index ``Document.text`` (the cleaned text the extractors read);
* *original* offsets index ``Source.text`` (the decoded file, exactly as read).

Only :class:`Provenance` holds original offsets; ``Document.provenance`` converts.
Dates are ISO 8601 strings at the precision the text supports: ``"2020"``, ``"2020-08"``,
``"2020-08-20"``; ``None`` means unresolved, never "today".
"""

from __future__ import annotations

import calendar
from array import array
from dataclasses import dataclass, field

PRECISIONS = ("year", "month", "day")
UNDATED = "\uffff"  # sort key of "no date": after every ISO date


def date_sort_key(value: str | None) -> str:
    """Sorts ISO dates of any precision in time order, the undated last."""
    return value or UNDATED


def date_interval(value: str) -> tuple[str, str]:
    """The days an ISO date at its precision covers: ``"2020-08"`` → ``("2020-08-01", "2020-08-31")``."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", f"{value}-12-31"
    if len(parts) == 2:
        last_day = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{value}-01", f"{value}-{last_day:02d}"
    return value, value


def precision_of(value: str | None) -> str:
    """The precision of an ISO date string: ``"2020-08"`` → ``"month"``; ``None`` → ``"none"``."""
    if not value:
        return "none"
    return PRECISIONS[min(value.count("-"), 2)]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact comes from: ``original_text[start:end] == evidence`` always holds."""

    file: str  # document id: posix path relative to the input root
    article: int  # article index within the document
    start: int  # original offsets of the evidence sentence
    end: int
    evidence: str  # the evidence sentence, as it stands in the original file
    rule: str  # the rule that produced the fact: family[:row id], e.g. titled, appointed:take, event:act:调研
    span_start: int  # original offsets of the matched words themselves (name, trigger, ...)
    span_end: int


def rule_family(rule: str) -> str:
    """A provenance rule without the lexicon row that fired it (``appointed:take`` → ``appointed``) or the
    rule that completed its place (``titled+src.suffix.daily`` → ``titled``)."""
    return rule.partition(":")[0].partition("+")[0]


@dataclass(frozen=True, slots=True)
class BuildWarning:
    """A coded warning (codes live in ``errors.py``)."""

    code: str
    message: str
    file: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """A file as read: decoded text, nothing removed but a byte-order mark."""

    path: str  # document id: posix path relative to the input root
    text: str
    encoding: str
    fmt: str = "txt"  # "txt" | "md"
    user_date: str | None = None  # a date the user gave (--pub-date, manifest)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # normalized offsets
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression; extraction fills ``underspecified``, resolution fills ``value``."""

    start: int  # normalized offsets
    end: int
    text: str
    kind: str  # "date" (usable as an event date) | "duration" | "vague"
    underspecified: str  # e.g. "UNDEF-this-year-09", "UNDEF-year-11-30", "2021-06"
    value: str | None  # ISO at precision, None while unresolved
    value_end: str | None  # end of a range or interval (inclusive), else None
    precision: str  # "year" | "month" | "day" | "none" | "impossible" (names no calendar day, W013)
    anchor: str | None  # what it was resolved against, e.g. "reference:2023-11-30"
    rule: str


@dataclass(frozen=True, slots=True)
class Article:
    index: int
    start: int  # normalized offsets
    end: int
    title: str  # headline, "" when none
    place: str | None  # dateline place (新华社上海… → 上海)
    date: str | None  # reference date, ISO at its precision
    date_source: str  # see DATE_SOURCES
    sentences: tuple[Sentence, ...] = ()
    dateline: str = ""  # the dateline as printed (normalized), e.g. 新华社杭州5月8日电 / 本报讯 8月16日
    times: tuple[TimeExpr, ...] = ()
    date_rule: str = ""  # rule that gave the reference date, e.g. same_sentence, latest_year (temporal)
    dateline_rule: str = ""  # id of the text/datelines.tsv row that matched the dateline, e.g. wire
    published: str | None = None  # the page's own date (the user's, a printed page stamp, a dated dateline)


DATE_SOURCES = (
    "user",  # --pub-date or the manifest
    "text",  # a full date printed in the text (header, 发布时间, dateline with year)
    "dateline_inferred",  # dateline month/day, year from the article's own content
    "document",  # from another article of the same document
    "cross_document",  # from another document reporting the same event with a full date
    "unresolved",
)


# Evidence is the sentence of a fact, up to EVIDENCE_MAX original characters (the longest sentence of the
# seeds is 315); beyond, the match with EVIDENCE_CONTEXT characters on each side: output size follows the
# facts, never the longest line of the input (matches are short: names, titles, 《titles》 of ≤ 80).
EVIDENCE_MAX = 400
EVIDENCE_CONTEXT = 80


def evidence_window(start: int, end: int, m_start: int, m_end: int) -> tuple[int, int]:
    """The part of ``[start, end)`` shown as evidence of the match ``[m_start, m_end)`` inside it."""
    return max(start, m_start - EVIDENCE_CONTEXT), min(end, m_end + EVIDENCE_CONTEXT)


@dataclass(frozen=True, slots=True)
class Document:
    """A source after cleaning and segmentation."""

    source: Source
    text: str  # normalized text
    offsets: array  # offsets[i] = index into source.text of text[i]; len(text) + 1 entries
    articles: tuple[Article, ...] = ()
    date: str | None = None
    date_source: str = "unresolved"
    # source.text normalized as the text is (Simplified, half-width, look-alikes mapped; same length, so the
    # offsets index it too), before furniture lines are dropped; None for a Document not made by ``clean``
    normalized_source: str | None = None
    # (taken, also printed): the earliest and latest document dates the page prints when they are years apart
    # (W014), read with the other page dates by ``temporal.date_document``; None: none, or not dated yet
    date_conflict: tuple[str, str] | None = None
    # the original text of each span quoted as evidence, one string however many facts cite the span (a
    # sentence cited by ten facts was ten copies of it, kept to the end of the build: docs/performance.md,
    # twenty-third session); carried by ``replace`` to the document's later stages, left out of comparisons
    quoted: dict[tuple[int, int], str] = field(default_factory=dict, repr=False, compare=False)

    def original_text(self, start: int, end: int) -> str:
        """``source.text[start:end]`` (original offsets), the same string each time the span is asked for."""
        text = self.quoted.get((start, end))
        if text is None:
            text = self.quoted[(start, end)] = self.source.text[start:end]
        return text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span to the original text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def provenance(self, article: int, sentence: Sentence, start: int, end: int, rule: str) -> Provenance:
        """Provenance of a fact matched at normalized ``[start, end)`` inside ``sentence``: the sentence,
        or a window around the match when the sentence is longer than ``EVIDENCE_MAX`` characters."""
        s_start, s_end = self.original_span(sentence.start, sentence.end)
        m_start, m_end = self.original_span(start, end)
        if s_end - s_start > EVIDENCE_MAX:
            s_start, s_end = evidence_window(s_start, s_end, m_start, m_end)
        return Provenance(
            file=self.source.path,
            article=article,
            start=s_start,
            end=s_end,
            evidence=self.original_text(s_start, s_end),
            rule=rule,
            span_start=m_start,
            span_end=m_end,
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text: a person, position, organisation, place or policy."""

    kind: str  # "person" | "position" | "organization" | "place" | "policy"
    text: str  # canonical surface form (normalized)
    start: int  # normalized offsets
    end: int
    article: int
    rule: str


@dataclass(frozen=True, slots=True)
class RoleClaim:
    """Evidence that ``person`` held ``position`` on ``date``."""

    person: str
    position: str  # canonical position, e.g. 上海市委书记
    position_text: str  # as printed, e.g. 中共上海市委书记 / 市长
    organization: str  # canonical organisation, "" when none
    date: str | None  # observation date (event date or article date)
    date_source: str
    provenance: Provenance
    change: str = ""  # a notice's change on ``date``: "start" | "end"; "past": a career list; "former":
    # printed 原/前 before the post; "" observed
    bare: bool = False  # no place or organisation found for the title (市委书记 on a page naming no city):
    # shown on the person (``bare_titles``), never a position, a role span or a succession


@dataclass(frozen=True, slots=True)
class Participation:
    person: str
    relation: str  # "presided" | "spoke_at" | "attended" | "sent" (a message or instruction)
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class PolicyLink:
    title: str  # without 《》
    relation: str  # "adopted" | "reviewed" | "issued" | "signed" | "mentioned"
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Event:
    id: str  # content-derived, e.g. "event:2031-05-08:沿海城市合作发展论坛"
    title: str
    event_type: str  # taxonomy in docs/schema.md
    date: str | None
    date_end: str | None
    date_source: str  # "clause" | "sentence" | "article" | "cross_document" | "unresolved"
    date_text: str  # the time expression as printed, "" when none
    place: str | None
    planned: bool
    participants: tuple[Participation, ...]
    policies: tuple[PolicyLink, ...]
    provenance: tuple[Provenance, ...]  # one or more reports
    mentioned_in: tuple[Provenance, ...] = ()  # documents that announce it in advance

    @property
    def precision(self) -> str:
        return precision_of(self.date)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({p.file for p in self.provenance}))


@dataclass(frozen=True, slots=True)
class Succession:
    position: str
    before: str  # previous holder
    after: str  # new holder
    before_last_seen: str  # the two observation dates that bound the change
    after_first_seen: str
    provenance: tuple[Provenance, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree; reported, never silently resolved."""

    kind: str  # "person_name" | "organization" | "role_overlap" | "date" | ...
    what: str
    variants: tuple[str, ...]
    provenance: tuple[Provenance, ...]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    provenance: tuple[Provenance, ...]  # evidence that it is a person (titles, speech, lists)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    index: int
    title: str
    place: str | None
    date: str | None
    date_source: str
    start: int  # original offsets
    end: int


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the corpus stages keep of a document (its text is dropped after extraction)."""

    path: str
    encoding: str
    n_chars: int
    date: str | None
    date_source: str
    articles: tuple[ArticleSummary, ...]


@dataclass(frozen=True, slots=True)
class UnresolvedTime:
    """A date expression left without a value: its underspecified value as extracted (``UNDEF-year-11-30``)
    and where it stands. The corpus stage reads the value, never the text again."""

    underspecified: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class PendingRun:
    """Names printed run together (a headline 甲乙丙出席): split by the corpus stage with the names the
    whole corpus establishes."""

    run: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class PendingTitle:
    """An OCR-damaged title (委书 + name, the 记 lost or misread): read by the corpus stage once it knows
    which names hold titles anywhere in the corpus."""

    position: str  # canonical position the fragment stands for
    printed: str  # the title as printed (damaged)
    tail: str  # the characters after it, where the name is
    date: str | None  # observation date
    date_source: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class CuedSentence:
    """A sentence holding a cue of the unread report (events/unread.py): a title, an act, a meeting noun or a
    notice verb. The corpus keeps the cues no fact accounts for (``Corpus.unread``): what the build did not read."""

    file: str
    article: int
    start: int  # original offsets of the sentence
    end: int
    sentence: str  # the sentence as it stands in the original file
    cues: tuple[str, ...]  # each cue printed (normalized), in text order
    rules: tuple[str, ...]  # for each cue, its lexicon and row id (title:市长, trigger:会见, participation:出席)
    starts: tuple[int, ...]  # for each cue, its original offsets
    ends: tuple[int, ...]
    cited: bool = False  # some fact cites the sentence (then only the cues no fact accounts for are kept)


Pending = PendingRun | PendingTitle


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Everything the per-document stages found in one file."""

    document: DocumentSummary
    people: tuple[Person, ...]
    roles: tuple[RoleClaim, ...]
    events: tuple[Event, ...]
    unresolved_times: tuple[UnresolvedTime, ...]  # date expressions left without a year
    warnings: tuple[BuildWarning, ...]
    pending: tuple[Pending, ...] = ()  # what only the corpus stage can read (run-together names, damaged titles)
    cued: tuple[CuedSentence, ...] = ()  # sentences holding a cue of the unread report (events/unread.py)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The merged result the graph and the outputs are made from."""

    documents: tuple[DocumentSummary, ...]
    people: tuple[Person, ...]
    roles: tuple[RoleClaim, ...]
    events: tuple[Event, ...]
    successions: tuple[Succession, ...]
    conflicts: tuple[Conflict, ...]
    warnings: tuple[BuildWarning, ...]
    unresolved_times: tuple[Provenance, ...] = ()
    bare_titles: tuple[RoleClaim, ...] = ()  # claims with ``bare`` set: kept for the reader, never scored
    unread: tuple[CuedSentence, ...] = ()  # cued sentences with cues no fact accounts for (corpus/unread.py)
