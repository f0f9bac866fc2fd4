"""roles: person nodes with evidence and dated holds_position claims (STUB)."""

from __future__ import annotations

from ..model import Article, Document, Mention, Person, Provenance, RoleClaim


def extract_roles(
    doc: Document, article: Article, mentions: tuple[Mention, ...]
) -> tuple[list[Person], list[RoleClaim], list[tuple[str, Provenance]]]:
    return [], [], []
