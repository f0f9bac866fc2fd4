"""The fast paths of the mentions stage give what the plain loops give (invented strings only)."""

from __future__ import annotations

import re
import sys
from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.model import Article, Document, Source
from ygraph.stages import mentions


def test_non_space_is_exactly_not_isspace() -> None:
    non_space = re.compile(r"\S")
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if bool(non_space.match(c)) == c.isspace()]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="甲乙丙，。 \u3000\t\n\xa0\u2028\x1cab", max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_compact_view_matches_the_character_loop(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    doc = Document(Source("t.txt", text, "utf-8"), text, array("l", range(len(text) + 1)))
    article = Article(0, start, end, "", None, None, "unresolved")
    keep = [i for i, c in enumerate(text[start:end]) if not c.isspace()]
    compact = mentions.compact_view(doc, article)
    assert compact.text == "".join(text[start + i] for i in keep)
    assert compact.pos == tuple(start + i for i in keep)
