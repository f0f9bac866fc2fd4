"""mentions: people, positions, organisations, places, policies in one article (STUB)."""

from __future__ import annotations

from ..model import Article, Document, Mention


def find_mentions(doc: Document, article: Article) -> tuple[Mention, ...]:
    return ()
