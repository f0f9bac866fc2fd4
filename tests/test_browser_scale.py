"""A 2,000-node / 5,000-edge graph.html in the real browser: no page error, a drawn and settled canvas.

The time it takes is measured by ``bench/browser.py`` (docs/performance.md), not asserted here beyond a
generous bound, so a loaded CI machine does not make the test flaky.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from browser_harness import launch_browser
from ygraph.render.html import graph_data, graph_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from browser import big_graph  # noqa: E402

pytestmark = pytest.mark.browser
DRAWN = "window.ygraph && window.ygraph.stabilized && window.ygraph.drawn"
INKED_PIXELS = """() => {
  const canvas = document.querySelector('#network canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
  return inked;
}"""


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("scale") / "graph.html"
    page.write_bytes(graph_html(big_graph(2000, 5000)))
    return page


def test_big_graph_positions_are_preset_and_deterministic() -> None:
    g = big_graph(310, 800)
    first, again = graph_data(g), graph_data(big_graph(310, 800))
    assert first == again
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in first["nodes"])
    assert len({(n["x"], n["y"]) for n in first["nodes"]}) > 0.95 * len(first["nodes"])


def test_2000_nodes_draw_and_settle(big_page: Path) -> None:
    assert big_page.stat().st_size < 3_000_000
    with launch_browser() as browser, browser.open(big_page, wait_for=DRAWN, timeout_ms=60_000) as page:
        assert page.page_errors == [] and page.console_errors == [] and page.external_requests == []
        assert page.evaluate("window.ygraph.nodes.length") == 2000
        assert page.evaluate("window.ygraph.edges.length") == 5000
        assert page.evaluate("window.ygraph.network.physics.options.enabled") is False
        assert page.evaluate(INKED_PIXELS) > 10_000
        assert page.load_seconds < 30


def test_date_filter_hides_events_outside_the_range(big_page: Path) -> None:
    with launch_browser() as browser, browser.open(big_page, wait_for=DRAWN, timeout_ms=60_000) as page:
        before = page.evaluate("window.ygraph.network.body.data.nodes.length")
        page.page.fill("#date-from", "2020")
        page.page.fill("#date-to", "2021-06")
        shown = page.evaluate("window.ygraph.network.body.data.nodes.getIds()")
        dates = {n: a.get("date", "") for n, a in big_graph(2000, 5000).nodes(data=True)}
        events = [dates[n] for n in shown if n.startswith("event:")]
        assert events and all("2020" <= d[:7] <= "2021-06" for d in events)
        assert len(shown) < before and page.page_errors == []
