"""The place of a title printed without one (issue 13, session 4, lever 3): bare titles on a page that names
no place, the host's place after a visit sentence, a place the page implies. Invented text in Simplified and
Traditional script; real province and city names are vocabulary only."""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.corpus.graph import build_graph
from ygraph.model import Corpus, Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def corpus(text: str) -> Corpus:
    return merge.merge([process_document(Source("t.txt", text, "utf-8", user_date=DAY))], ())


def roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in corpus(text).roles}


# b0: a title that names nothing but a level and its organ, on a page that gives it no place, is no position:
# it stays on its person as printed (attribute bare_titles), never a holds_position edge.
@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        ("4月2日，市委书记林晓峰率队调研重点项目，市委常委、常务副市长龚明远参加调研。", "林晓峰", "市委书记"),
        ("4月2日，市委書記林曉峰率隊調研重點項目，市委常委、常務副市長龔明遠參加調研。", "龚明远", "常务副市长"),
        ("11月3日，省委常委会召开会议。省委书记柴思雨主持，省政协主席陶家宁出席。", "陶家宁", "省政协主席"),
        ("11月3日，省委常委會召開會議。省委書記柴思雨主持，省長錢小禾出席。", "钱小禾", "省长"),
    ],
)
def test_a_bare_title_on_a_page_naming_no_place_is_shown_not_scored(text: str, person: str, bare: str) -> None:
    c = corpus(text)
    assert not [r for r in c.roles if r.person == person]
    assert bare in {r.position for r in c.bare_titles if r.person == person}
    g = build_graph(c)
    assert bare in str(g.nodes[f"person:{person}"]["bare_titles"]).split(";")
    assert not [k for _, _, k in g.out_edges(f"person:{person}", keys=True) if k.startswith("holds_position")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4月2日，江城市委书记林晓峰率队调研，市委常委、副市长龚明远参加。", ("龚明远", "江城市副市长")),
        ("4月2日，蕪湖市委書記林曉峰率隊調研，市委常委、常務副市長龔明遠參加。", ("龚明远", "芜湖市常务副市长")),
        # a department of a level stays a post as printed when the page names no place (the golds keep it)
        ("4月2日，市委书记林晓峰率队调研，市委常委、市委办公室主任龚明远参加。", ("龚明远", "市委办公室主任")),
        ("4月2日，市長林曉峰主持會議，市公安局局長陶家寧匯報。", ("陶家宁", "市公安局局长")),
    ],
)
def test_a_placed_title_or_a_department_stays_a_position(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)
