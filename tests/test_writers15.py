"""Shortcuts of the corpus steps and writers (fifth session) against the expressions they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.corpus import graph
from ygraph.model import Provenance
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
    expected = graph._SPACES.sub(" ", graph._SPACE_BETWEEN_CJK.sub("", value)).strip()
    assert sqlite.search_text(value) == sqlite.to_simplified(expected)


def test_formula_starts_remembered_per_character_are_the_nfkc_test() -> None:
    import unicodedata

    from ygraph.render import tables

    for code in [*range(0x3000), *range(0xFE00, 0x10000)]:
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        expected = unicodedata.normalize("NFKC", char).startswith(tables.FORMULA_START)
        assert tables._formula_start(char) == expected, hex(code)
        assert tables.cell(char + "林晓峰") == ("'" + char + "林晓峰" if expected else char + "林晓峰")
    assert tables._formula_start("") is False


_PROV = st.builds(
    Provenance,
    st.sampled_from(["a.txt", "b.txt"]),
    st.integers(0, 2),
    st.integers(0, 5),
    st.integers(5, 9),
    st.sampled_from(["林晓峰出席。", "龚明远 主持\n会议", "柴思雨"]),
    st.sampled_from(["titled", "speaker"]),
    st.integers(0, 3),
    st.integers(3, 6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PROV, max_size=6))
def test_first_evidence_is_that_of_the_first_sorted_provenance(provenance) -> None:
    from ygraph.render import tables
    from ygraph.render.vocabulary import display_evidence

    ordered = sorted(provenance, key=graph.provenance_order)
    expected = display_evidence(graph.normalize_evidence(ordered[0].evidence)) if ordered else ""
    assert tables.first_evidence(provenance) == expected
