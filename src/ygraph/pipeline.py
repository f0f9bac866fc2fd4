"""The per-document pipeline: one file's text in, its facts out.

:func:`process_document` is the whole walk of one document, step by step (read happens before, in
``text.read``)::

    clean     text/clean.py      Source   → Document (normalized text + offset map)
    segment   text/segment.py    Document → articles and sentences
    date      time/temporal.py   Document → article reference dates, resolved time expressions
    actors    actors/mentions.py Document → DocumentActors (analysed once, passed on)
    roles     actors/roles.py    article + its actors → people, dated role claims, pending items
    events    events/events.py   article + its mentions → events with participants and policies
    role dates events/roledates.py the article's current role claims also dated on its reported events' days
    unread    events/unread.py   Document → the sentences holding a cue (the corpus keeps those no fact cites)

Each step is a plain function of its inputs. A step that raises does not take the build down: the
document's facts are left out and a W050 warning names the file, the step and the error. The unread
step is a reading aid: when it raises, the facts are kept and only its list is lost (W054).
The corpus steps (merge, reprints, graph) and the writers run in ``build.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ParamSpec, TypeVar

from .actors import mentions, roles
from .errors import warn
from .events import events, roledates, unread
from .model import (
    Article,
    ArticleSummary,
    BuildWarning,
    CuedSentence,
    Document,
    DocumentFacts,
    DocumentSummary,
    Event,
    Mention,
    RoleClaim,
    Source,
)
from .text import clean, segment
from .time import temporal

_Read = tuple[Article, tuple[Mention, ...], list[RoleClaim], tuple[Event, ...]]  # an article, its mentions, claims, events


class StepFailed(Exception):
    """An unexpected error inside one step of one document."""

    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(f"{step}: {type(error).__name__}: {error}")
        self.step = step


def process_document(source: Source, year_hints: Mapping[int, int] | None = None) -> DocumentFacts:
    """Every per-document step over one decoded file; a failing step gives a W050 warning instead."""
    try:
        return _steps(source, year_hints or {})
    except StepFailed as failure:
        return failed_document(source, failure)


def _steps(source: Source, year_hints: Mapping[int, int]) -> DocumentFacts:
    doc = _run("clean", clean.clean, source)
    doc = _run("segment", segment.segment, doc)
    doc = _run("date", temporal.date_document, doc, year_hints)
    actors = _run("actors", mentions.analyse_document, doc)
    people, claims, pending, read = [], [], [], []
    for article, article_actors in zip(doc.articles, actors.articles, strict=True):
        found = _run("roles", roles.extract_roles, doc, article, article_actors)
        people.extend(found[0])
        pending.extend(found[2])
        article_mentions = _run("actors", mentions.find_mentions, article, article_actors)
        article_events = _run("events", events.extract_events, doc, article, article_mentions)
        read.append((article, article_mentions, found[1], article_events))
    if not any(r[3] for r in read):  # the page reported nothing: its headline's act (events.headline_act)
        read = _headline_act(doc, read)
    found_events = [e for r in read for e in r[3]]
    for article, _, article_claims, article_events in read:
        claims.extend(_run("role dates", roledates.at_events, article, article_claims, article_events))
    cued, aid_warnings = _reading_aid(doc)
    return DocumentFacts(
        document=summarize(doc),
        people=tuple(people),
        roles=tuple(claims),
        events=tuple(found_events),
        unresolved_times=temporal.unresolved_times(doc),
        warnings=temporal.date_warnings(doc) + aid_warnings,
        pending=tuple(pending),
        cued=cued,
    )


def _headline_act(doc: Document, read: list[_Read]) -> list[_Read]:
    """The first article whose headline names an act gives the page's one event (none reported elsewhere)."""
    for k, (article, article_mentions, article_claims, _) in enumerate(read):
        act = _run("events", events.headline_act, doc, article, article_mentions)
        if act:
            return read[:k] + [(article, article_mentions, article_claims, act)] + read[k + 1 :]
    return read


def _reading_aid(doc: Document) -> tuple[tuple[CuedSentence, ...], tuple[BuildWarning, ...]]:
    """The unread report's cued sentences. It is a reading aid, not a fact: when it fails, the document keeps its
    facts and only its list is lost (W054), unlike a fact step, whose failure leaves the document's facts out."""
    try:
        return unread.cued_sentences(doc), ()
    except Exception as error:  # contained: the facts above are already read
        return (), (warn("W054", doc.source.path, f"unread: {type(error).__name__}: {error}"),)


P = ParamSpec("P")
R = TypeVar("R")


def _run(step: str, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``function(*args)``, an error inside it named by its step."""
    try:
        return function(*args, **kwargs)
    except Exception as error:  # contained per document, reported as W050
        raise StepFailed(step, error) from error


def failed_document(source: Source, failure: StepFailed) -> DocumentFacts:
    """The facts of a document whose step failed: none, with a W050 warning naming file, step and error."""
    summary = DocumentSummary(source.path, source.encoding, len(source.text), None, "unresolved", ())
    return DocumentFacts(
        document=summary,
        people=(),
        roles=(),
        events=(),
        unresolved_times=(),
        warnings=(warn("W050", source.path, str(failure)),),
    )


def summarize(doc: Document) -> DocumentSummary:
    """What the corpus steps keep of a document (its text is dropped)."""
    articles = []
    for a in doc.articles:
        start, end = doc.original_span(a.start, a.end)
        articles.append(ArticleSummary(a.index, a.title, a.place, a.date, a.date_source, start, end))
    return DocumentSummary(
        path=doc.source.path,
        encoding=doc.source.encoding,
        n_chars=len(doc.source.text),
        date=doc.date,
        date_source=doc.date_source,
        articles=tuple(articles),
    )
