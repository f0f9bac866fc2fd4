"""segment: articles and sentences (STUB: one article, sentences split at 。！？ and blank lines)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Document, Sentence

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


def segment(doc: Document) -> Document:
    sentences = tuple(
        Sentence(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(doc.text) if m.group().strip()
    )
    article = Article(0, 0, len(doc.text), "", None, None, "unresolved", sentences)
    return replace(doc, articles=(article,))
