"""The fast paths of the mentions stage give what the plain loops give (invented strings only)."""

from __future__ import annotations

import re
import sys
from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.actors import actorlex, chains, mentions
from ygraph.actors.actorlex import CJK, PUNCT, uses, words
from ygraph.actors.personrules import Found
from ygraph.model import Article, Document, Source


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
    keep = [i for i, c in enumerate(text[start:end]) if not c.isspace() or c == "\n"]  # line breaks stay
    compact = mentions.compact_view(doc, article)
    assert compact.text == "".join(text[start + i] for i in keep)
    assert compact.pos == tuple(start + i for i in keep)


def _old_chain_start(text: str, e: int, floor: int) -> int:
    i = e
    while i > floor:
        c = text[i - 1]
        if c == "”":
            opening = text.rfind("“", max(floor, i - chains._QUOTE_SPAN), i - 1)
            if opening < 0 or any(x in PUNCT for x in text[opening + 1 : i - 1]):
                break
            i = opening
            continue
        if (c in PUNCT and c != "、") or c.isascii() or c.isdigit():
            break
        i -= 1
    segment, cut = text[i:e], 0
    listed = words("prefix_stops.txt")
    no_stops = [w[1:] for w in listed if w.startswith("!")]
    covers = [(k, k + len(w)) for w in no_stops for k in range(len(segment)) if segment.startswith(w, k)]
    for stop in (w for w in listed if not w.startswith("!")):
        for k in range(len(segment)):
            inside = any(a <= k and k + len(stop) <= b for a, b in covers)
            if segment.startswith(stop, k) and not inside:
                cut = max(cut, k + len(stop))
    start = i + cut
    if start == i > floor and i < e and text[i - 1].isdigit() and text[i] in uses("post_lead_date_unit"):
        start += 1  # 9日某市长甲: the date's unit after a digit, a step added after the scan changed (as chain_start)
    if start == floor > 0:  # the joiner rule (与/和/同 after the previous name), added after the scan changed
        start += next((len(w) for w in chains.joiner_words() if text.startswith(w, start, e)), 0)
    # the post's own start (a sentence adverb or lead such as 主持人 before it: labelbounds.post_start) is read
    # after the scan by both; it is not the scan under test
    return chains.with_year(text, chains.post_start(text, start, e), floor)


def _pieces_of(vocabulary: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(vocabulary), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_chain_start_matches_the_stop_word_scan(data: st.DataObject) -> None:
    text = data.draw(
        _pieces_of(
            [
                *sorted(w.lstrip("!") for w in words("prefix_stops.txt")),
                "甲",
                "局长",
                "、",
                "，",
                "“",
                "”",
                "7",
            ]
        )
    )
    e = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, e))
    assert chains.chain_start(text, e, floor) == _old_chain_start(text, e, floor)


def test_a_digit_right_before_the_chain_end_moves_no_start_past_it() -> None:
    """A chain ending right after a digit and before a date unit (…7|日) is empty: its start is its end, never
    after it (found by the property test above: the date-unit step once moved the start past ``e``)."""
    text = "七任七任七任7日与"
    assert chains.chain_start(text, 7, 0) == _old_chain_start(text, 7, 0) == 7


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_is_foreign_matches_the_country_scan(data: st.DataObject) -> None:
    countries = sorted(words("countries.txt"))
    org = data.draw(_pieces_of([*countries, "前", "甲", "总统"]))
    assert actorlex.is_foreign(org) == any(org.startswith(c) or org.startswith("前" + c) for c in countries)


def _old_plausible_chars(name: str) -> bool:
    return bool(name) and all(CJK.match(c) or c == "·" for c in name)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙·a1 ，\u3400\u9fff\ua000\uf900\ufaff\ufb00", max_size=6))
def test_name_characters_match_the_per_character_check(name: str) -> None:
    assert bool(actorlex._NAME_CHARS.fullmatch(name)) == _old_plausible_chars(name)


def _old_dedupe(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    spans: list[tuple[int, int]] = []
    for f in found:
        if any(f.start < b and a < f.end for a, b in spans):
            continue
        kept.append(f)
        spans.append((f.start, f.end))
    return sorted(kept, key=lambda f: (f.start, f.end))


spans = st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["titled", "list", "known_name"]))


@settings(max_examples=500, deadline=None)
@given(st.lists(spans, max_size=25))
def test_dedupe_matches_the_pairwise_overlap_check(raw: list[tuple[int, int, str]]) -> None:
    found = [Found("甲乙", start, start + width, rule) for start, width, rule in raw]
    assert mentions._dedupe(found) == _old_dedupe(found)


def test_a_date_unit_after_a_digit_at_the_chain_start_is_skipped_by_both() -> None:
    """Found by the property test: 七任7日与 — the reference scan now skips the date's unit as ``chain_start`` does."""
    text = "一行与一行与七任7日与"
    assert chains.chain_start(text, 10, 0) == _old_chain_start(text, 10, 0) == 10
