"""graph.html and timeline.html in a real headless Chromium: offline, no errors, no script from the documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from browser_harness import Browser, launch_browser
from invented_corpus import IMG, INJECTION, SCRIPT, injection_corpus, mini_corpus
from ygraph import build
from ygraph.config import BuildConfig
from ygraph.corpus.graph import build_graph
from ygraph.model import Corpus
from ygraph.render import write_outputs
from ygraph.render.html import graph_html

pytestmark = pytest.mark.browser
LAYOUT_DONE = "window.ygraph && window.ygraph.stabilized"
TIMELINE_READY = "window.ygraphTimeline && window.ygraphTimeline.ready"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_browser() as chromium:
        yield chromium


def _write(corpus: Corpus, out: Path) -> nx.MultiDiGraph:
    g = build_graph(corpus)
    write_outputs(g, corpus, BuildConfig(out=out))
    return g


@pytest.fixture(scope="module")
def mini_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    out = tmp_path_factory.mktemp("mini")
    return _write(mini_corpus(), out), out


@pytest.fixture(scope="module")
def injection_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    out = tmp_path_factory.mktemp("injection")
    return _write(injection_corpus(), out), out


def _assert_clean(page) -> None:
    assert page.external_requests == []
    assert page.page_errors == []
    assert page.console_errors == []
    assert page.dialogs == []


def test_graph_page_is_offline_and_complete(browser: Browser, mini_out) -> None:
    g, out = mini_out
    with browser.open(out / "graph.html", wait_for=LAYOUT_DONE) as page:
        _assert_clean(page)
        assert page.evaluate("window.ygraph.nodes.length") == g.number_of_nodes()
        assert page.evaluate("window.ygraph.edges.length") == g.number_of_edges()
        assert page.evaluate("document.querySelectorAll('#legend input').length") == len(
            {k for _, k in g.nodes(data="kind")}
        )


@pytest.mark.parametrize(
    "query, expected", [("欧阳明远", "person:欧阳明远"), ("湾区发展纲要", "policy:临江湾区发展纲要")]
)
def test_search_selects_a_chinese_name(browser: Browser, mini_out, query: str, expected: str) -> None:
    _, out = mini_out
    with browser.open(out / "graph.html", wait_for=LAYOUT_DONE) as page:
        page.page.fill("#search", query)
        page.page.press("#search", "Enter")
        assert page.evaluate("window.ygraph.network.getSelectedNodes()") == [expected]
        assert page.page.inner_text("#details").startswith(expected.split(":", 1)[1])
        _assert_clean(page)


def test_empty_graph_page_settles(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "graph.html").write_bytes(graph_html(nx.MultiDiGraph()))
    with browser.open(tmp_path / "graph.html", wait_for=LAYOUT_DONE) as page:
        _assert_clean(page)
        assert page.evaluate("window.ygraph.nodes.length") == 0


def test_kind_filter_hides_nodes(browser: Browser, mini_out) -> None:
    g, out = mini_out
    with browser.open(out / "graph.html", wait_for=LAYOUT_DONE) as page:
        page.page.uncheck('#legend input[data-kind="person"]')
        shown = page.evaluate("window.ygraph.network.body.data.nodes.length")
        people = sum(1 for _, k in g.nodes(data="kind") if k == "person")
        assert shown == g.number_of_nodes() - people


@pytest.mark.parametrize("page_name", ["graph.html", "timeline.html"])
def test_injection_runs_no_script(browser: Browser, injection_out, page_name: str) -> None:
    _, out = injection_out
    wait_for = LAYOUT_DONE if page_name == "graph.html" else TIMELINE_READY
    with browser.open(out / page_name, wait_for=wait_for) as page:
        if page_name == "graph.html":
            page.page.fill("#search", IMG)
            page.page.press("#search", "Enter")
            assert page.evaluate("window.ygraph.network.getSelectedNodes()") == [f"person:{IMG}"]
            assert page.page.inner_text("#details").startswith(IMG)
            page.page.mouse.move(10, 10)
        else:
            page.page.click("rect.item >> nth=0")
            assert page.page.inner_text("#details .event-title") == '"><script>alert(2)</script>A&B座谈会'
            page.page.click(
                f'#details button.person-link[data-person="{SCRIPT.replace(chr(34), chr(92) + chr(34))}"]'
            )
            assert page.page.inner_text("#tenure-title").startswith(SCRIPT)
            page.page.click("#views button[data-view=list]")
            assert IMG in page.page.inner_text("#events")
        assert page.evaluate("document.querySelectorAll('img, script[src], iframe').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == (
            3 if page_name == "graph.html" else 4
        )
        _assert_clean(page)


def test_timeline_lists_events_in_date_order(browser: Browser, mini_out) -> None:
    _, out = mini_out
    with browser.open(out / "timeline.html", wait_for=TIMELINE_READY) as page:
        _assert_clean(page)
        dates = page.evaluate("[...document.querySelectorAll('#events li')].map(li => li.dataset.date)")
        shown = page.evaluate("[...document.querySelectorAll('#events .event-date')].map(e => e.textContent)")
    assert dates == ["2020-08", "2021-03-15", "2022-05-20", ""]
    assert shown == ["2020年8月", "2021年3月15日", "2022年5月20日", "日期不详"]


def test_timeline_person_filter_with_a_chinese_name(browser: Browser, mini_out) -> None:
    _, out = mini_out
    with browser.open(out / "timeline.html", wait_for=TIMELINE_READY) as page:
        page.page.fill("#person-filter", "林晓峰")
        visible = page.evaluate(
            "[...document.querySelectorAll('#events li')].filter(li => !li.hidden).map(li => li.dataset.id)"
        )
        assert visible == ["event:2021-03-15:临江湾区发展座谈会", "event:undated:林晓峰江北调研"]
        assert page.page.input_value("#lane-mode") == "person"  # lanes by person once one is chosen
        page.page.click("#views button[data-view=list]")
        page.page.click('button.person-link[data-person="欧阳明远"]:visible >> nth=0')
        bars = page.evaluate("[...document.querySelectorAll('rect.tenure-bar')].map(r => r.dataset.position)")
        assert bars == ["临江市市长", "临江市委书记"]
        assert page.page.locator("rect.event-mark").count() == 3
        _assert_clean(page)


def test_timeline_type_filter(browser: Browser, mini_out) -> None:
    _, out = mini_out
    with browser.open(out / "timeline.html", wait_for=TIMELINE_READY) as page:
        page.page.select_option("#type-filter", "inspection")
        visible = page.evaluate(
            "[...document.querySelectorAll('#events li')].filter(li => !li.hidden).map(li => li.dataset.type)"
        )
        assert visible == ["inspection", "inspection"]
        assert page.page.locator("rect.item").count() == 1  # the other inspection is undated: listed below
        assert page.page.inner_text("#shown-count") == "2"


@pytest.mark.parametrize("page_name", ["graph.html", "timeline.html"])
def test_injection_document_through_the_whole_build(browser: Browser, tmp_path: Path, page_name: str) -> None:
    result = build(BuildConfig(paths=(INJECTION,), out=tmp_path))
    with browser.open(
        tmp_path / page_name, wait_for=LAYOUT_DONE if page_name == "graph.html" else TIMELINE_READY
    ) as page:
        _assert_clean(page)
        if page_name == "graph.html":
            assert page.evaluate("window.ygraph.nodes.length") == build_graph(result.corpus).number_of_nodes()


@pytest.mark.parametrize("page_name", ["graph.html", "timeline.html"])
def test_seed_pages(browser: Browser, seed_build, page_name: str) -> None:
    result, out = seed_build
    with browser.open(
        out / page_name, wait_for=LAYOUT_DONE if page_name == "graph.html" else TIMELINE_READY
    ) as page:
        _assert_clean(page)
        if page_name == "graph.html":
            assert page.evaluate("window.ygraph.nodes.length") == build_graph(result.corpus).number_of_nodes()
        else:
            dates = page.evaluate("[...document.querySelectorAll('#events li')].map(li => li.dataset.date)")
            dated = [d for d in dates if d]
            assert dated == sorted(dated) and dates == dated + [""] * (len(dates) - len(dated))
