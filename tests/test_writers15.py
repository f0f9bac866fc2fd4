"""Shortcuts of the corpus steps and writers (fifth session) against the expressions they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.corpus import graph
from ygraph.render import sqlite

# every kind of white space and of character XML forbids, beside Chinese text and plain spaces
_ALPHABET = "临江省林晓峰 \u3000\xa0\t\n\r\x0b\x0c\x1c\x85\u2028\u2029\u202f\u200b\x00\ufffe\uffff\ud800a，"
_TEXT = st.text(alphabet=_ALPHABET, max_size=30) | st.text(max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_clean_text_matches_the_replacements(value: str) -> None:
    expected = graph._XML_INVALID.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    assert graph.clean_text(value) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXT | st.text(alphabet="临江省", min_size=299, max_size=302))
def test_normalize_evidence_matches_the_expressions(value: str) -> None:
    text = graph._SPACES.sub(" ", graph._SPACE_BETWEEN_CJK.sub("", graph.clean_text(value))).strip()
    expected = text if len(text) <= graph.EVIDENCE_MAX else text[: graph.EVIDENCE_MAX - 1] + "…"
    assert graph.normalize_evidence(value) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXT.filter(lambda t: "\ud800" not in t))
def test_search_text_matches_the_expressions(value: str) -> None:
    expected = sqlite._SPACES.sub(" ", sqlite._SPACE_BETWEEN_CJK.sub("", value)).strip()
    assert sqlite.search_text(value) == sqlite.to_simplified(expected)
