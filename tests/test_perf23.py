"""Thirteenth session (issue 17): the extraction's own throughput. The page's dated stamps are read in one
scan of a document's text (``articledate.page_dates``), and the left boundary of a post finds its lead verbs
and joiners in one Aho–Corasick pass (``labelbounds._printed``). Each gives what the slower way gave."""

from __future__ import annotations

import pytest

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
    ("会同青禾县及海州市有关部门负责人", 2, 15),
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
