"""The build loop: read → clean → segment → date → mentions → roles/events → merge → graph → render.

Per-document stages run in :func:`process_source` (a pure function of one file, so documents can be
processed in parallel); corpus stages run once over all documents' facts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from . import lexicons
from .config import BuildConfig, validate
from .errors import OutputError, nothing_readable
from .model import (
    ArticleSummary,
    Corpus,
    Document,
    DocumentFacts,
    DocumentSummary,
    Source,
)
from .stages import clean, events, graph, mentions, merge, read, roles, segment, temporal

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    outputs: tuple[Path, ...]
    n_files: int
    n_skipped: int


def process_source(source: Source, year_hints: Mapping[int, int] | None = None) -> DocumentFacts:
    """All per-document stages for one decoded file."""
    doc = clean.clean(source)
    doc = segment.segment(doc)
    doc = temporal.date_document(doc, year_hints or {})
    found_mentions, found_people, found_roles, found_events, pending = [], [], [], [], []
    for article in doc.articles:
        article_mentions = mentions.find_mentions(doc, article)
        people, claims, article_pending = roles.extract_roles(doc, article, article_mentions)
        found_mentions.extend(article_mentions)
        found_people.extend(people)
        found_roles.extend(claims)
        pending.extend(article_pending)
        found_events.extend(events.extract_events(doc, article, article_mentions))
    return DocumentFacts(
        document=summarize(doc),
        mentions=tuple(found_mentions),
        people=tuple(found_people),
        roles=tuple(found_roles),
        events=tuple(found_events),
        unresolved_times=temporal.unresolved_times(doc),
        warnings=temporal.date_warnings(doc),
        pending=tuple(pending),
    )


def summarize(doc: Document) -> DocumentSummary:
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


def extract_all(
    sources: list[Source], config: BuildConfig, progress: Progress | None = None
) -> list[DocumentFacts]:
    """Per-document stages over every source, then a second pass for years learnt across documents."""
    from .engine import open_engine

    with open_engine(config) as engine:
        facts = engine.map(sources, {}, progress)
        hints = merge.infer_year_hints(facts)
        if hints:
            redo = [s for s in sources if s.path in hints]
            redone = {f.document.path: f for f in engine.map(redo, hints, None)}
            facts = [redone.get(f.document.path, f) for f in facts]
    return facts


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Build the graph and every output file from ``config.paths`` into ``config.out``.

    Options and inputs are checked first (:class:`~ygraph.errors.UsageError`); nothing is created before.
    """
    from .render import write_outputs

    validate(config)
    lexicons.set_user_dirs(list(config.lexicon_dirs))
    files = read.discover(list(config.paths))
    sources, skipped = read.read_all(files, config.pub_date)
    if not sources:
        raise nothing_readable(skipped)
    facts = extract_all(sources, config, progress)
    warnings = lexicons.stray_warnings(config.lexicon_dirs) + skipped
    corpus = merge.merge(facts, tuple(warnings))
    g = graph.build_graph(corpus)
    try:
        outputs = write_outputs(g, corpus, config)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write the outputs into {config.out}: {reason}") from None
    return BuildResult(corpus, tuple(outputs), len(files), len(files) - len(sources))
