"""events: dated, typed, placed events with participants in one article (STUB)."""

from __future__ import annotations

from ..model import Article, Document, Event, Mention


def extract_events(doc: Document, article: Article, mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
    return ()
