"""Thirteenth session (issue 17): the extraction's own throughput. The page's dated stamps are read in one
scan of a document's text (``articledate.page_dates``), the characters that open every match of an
expression are read through an optional item and a case-insensitive group (``scantree.first_characters``: the
labelled stamp rows get an anchor), and the left boundary of a post finds its lead verbs
and joiners in one Aho–Corasick pass (``labelbounds._printed``). Each gives what the slower way gave."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan, scantree
from ygraph.actors import labelbounds
from ygraph.actors.actorlex import uses
from ygraph.time import articledate

PAGES = [  # invented pages: stamps of several rows, none, one that names no calendar day
    "临江召开座谈会\n发布时间：2030-06-09 09:30\n会议6月8日在江城举行。\n",
    "2030年6月9日 星期日\n新华社江城6月8日电 林晓峰主持会议。\n时间：2036/05/03 06:27\n",
    "青禾县水利建设推进会召开。龚明远出席。\n",
    "海州日报 2030年2月30日 星期一\n柴思雨在松岩调研。\n发布日期:2030-07-01\n",
    "",
]


@pytest.mark.parametrize("text", PAGES)
def test_page_dates_is_both_scans(text: str) -> None:
    dates, spans = articledate.page_dates(text)
    assert dates == articledate.document_dates(text)
    expected = sorted(m.span() for _, p in articledate._document_date_rules() for m in p.finditer(text))
    assert spans == expected == articledate.document_date_spans(text)


def _found_by_find(words: tuple[str, ...], text: str, start: int, e: int) -> list[tuple[int, str]]:
    return sorted((k, w) for w in words for k in labelbounds.occurrences(text, w, start, e))


CHAINS = [  # invented chains: lead verbs, nested words (代表 inside 代表团), joiners, bounds cutting a word
    ("应邀与临江省江城市副市长", 0, 12),
    ("代表团团长龚明远和江城市代表", 0, 14),
    ("会同青禾县及海州水务局副局长", 2, 14),
    ("以及江城市委和临江省政府", 1, 12),
    ("代表", 1, 2),
    ("", 0, 0),
]


@pytest.mark.parametrize(("text", "start", "e"), CHAINS)
@pytest.mark.parametrize("use", ["post_lead_verb", "post_lead_joiner", "post_lead_not"])
def test_printed_finds_what_find_finds(text: str, start: int, e: int, use: str) -> None:
    words = uses(use)
    assert sorted(labelbounds._printed(words, text, start, e)) == _found_by_find(words, text, start, e)


def test_printed_without_words() -> None:
    assert labelbounds._printed((), "江城市代表", 0, 5) == []
    assert labelbounds._printed(("",), "江城市代表", 0, 5) == []


@pytest.mark.parametrize(
    ("text", "start", "e"),
    [("应邀与江城市副市长", 0, 9), ("代表临江省政府", 0, 7), ("临江省代表团团长", 0, 8), ("以及江城市委书记", 0, 8)],
)
def test_post_start_unchanged(text: str, start: int, e: int) -> None:
    """The boundary read with the automaton is the one the per-word loop read (the later qualifying end)."""
    best = start
    for verb in uses("post_lead_verb"):
        for k in labelbounds.occurrences(text, verb, start, e):
            end = k + len(verb)
            if (
                end > best
                and labelbounds._goes_on(text, end, e)
                and not labelbounds._held(text, k, verb, start, e)
                and not labelbounds._names_place(text, k, e, verb)
            ):
                best = end
    assert labelbounds._after_verb(text, start, e) == best


def test_ascii_folds_only_into_the_listed_characters() -> None:
    """Every code point that an ASCII character matches with case ignored is ASCII or listed."""
    every = "".join(map(chr, range(0x110000)))
    folded = set(re.findall("(?i)[\x00-\x7f]", every))
    assert {char for char in folded if not char.isascii()} <= scantree.CASE_FOLDED_INTO_ASCII


_CASED = st.sampled_from(["a", "B", "(?i:ab)", "(?i:k|s)", "(?i:[a-c])", "(?:x)", "(?:甲|y)", "(?<!a)", "c"])


@st.composite
def _cased_expressions(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        atom = draw(_CASED)
        quantifier = draw(st.sampled_from(["", "", "?", "+", "*?", "{0,2}"]))
        parts.append(atom if atom.startswith("(?<") else atom + quantifier)  # a lookbehind is not repeated
    return "|".join(parts) if draw(st.booleans()) else "".join(parts)


@settings(max_examples=1500, deadline=None)
@given(_cased_expressions(), st.text(alphabet="aAbBcCkKsSxy甲\u0130\u0131\u017f\u212a，", max_size=40))
def test_optional_and_case_insensitive_openings_scan_exactly(expression: str, text: str) -> None:
    pattern = re.compile(expression)
    assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_a_labelled_stamp_row_gets_its_opening_characters() -> None:
    """An optional bracket, then a label (one of them case-insensitive): every match starts with one of them."""
    need = scan.needs(re.compile(r"(?:【 *)?(?:发布|(?<!\w)时间|(?i:date))[:：] *\d{4}"))
    assert need.anchor is not None and need.before == 0
    assert need.first is not None and need.first.search("更新 DATE:2030") is not None
    assert set("【发时dD") | scantree.CASE_FOLDED_INTO_ASCII <= {s for run in need.runs for s in run}
    assert scan.needs(re.compile(r"(?i:日)期")).anchor is not None  # the Han run stays; no case folding read
    assert scantree.first_characters(scantree.parse("(?i:日)期"), scantree.parse("(?i:日)期").data) is None


@pytest.mark.parametrize("text", PAGES + ["Date: 2030-06-09\n", "更新时间：2030-06-09\nPOSTED: 09.06.2030 08:00\n"])
def test_page_rows_scan_exactly(text: str) -> None:
    for _, pattern in articledate._document_date_rules():
        assert [m.span() for m in scan.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_extract_bench_prints_cpu_per_mb(tmp_path: Path) -> None:
    """bench/extract.py (the thirteenth session's table): one JSON line for a small corpus."""
    (tmp_path / "a.txt").write_text("江城市副市长龚明远6月3日主持召开青禾县水利建设推进会。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("临江省海州市市长柴思雨在松岩调研港口工作。\n", encoding="utf-8")
    bench = Path(__file__).resolve().parents[1] / "bench" / "extract.py"
    done = subprocess.run([sys.executable, str(bench), str(tmp_path)], capture_output=True, text=True, timeout=300)
    row = json.loads(done.stdout)
    assert row["documents"] == 2 and row["cpu"] >= 0 and set(row) == {"documents", "mb", "cpu", "cpu_per_mb", "load"}
