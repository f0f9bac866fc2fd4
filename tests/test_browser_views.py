"""Issue 14 in a real Chromium, on the seeds' pages: what a reader sees at first sight and after filtering.

Expected values (people active in a month, a person's posts) are computed here from the build's corpus, never
written into the test.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from browser_harness import Browser, launch_browser
from ygraph.corpus.graph import role_spans
from ygraph.render.spans import day_span
from ygraph.render.vocabulary import every_code

pytestmark = pytest.mark.browser
GRAPH_READY = "window.ygraph && window.ygraph.stabilized"
TIMELINE_READY = "window.ygraphTimeline && window.ygraphTimeline.ready"
SCREEN = (1366, 768)
# Every text the canvas draws, with its size and place in CSS pixels.
RECORD_LABELS = """
window.__labels = [];
const fill = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
  const t = this.getTransform(), ratio = window.devicePixelRatio;
  const px = parseFloat(/([\\d.]+)px/.exec(this.font)[1]) * Math.hypot(t.a, t.b) / ratio;
  window.__labels.push({ text: String(text), px, x: (t.a * x + t.c * y + t.e) / ratio,
    y: (t.b * x + t.d * y + t.f) / ratio, w: this.canvas.width / ratio, h: this.canvas.height / ratio });
  return fill.call(this, text, x, y, ...rest);
};
"""
DRAWN_LABELS = """() => { window.__labels = []; window.ygraph.network.redraw(); return window.__labels; }"""
POSITIONS = "() => window.ygraph.network.getPositions()"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_browser() as chromium:
        yield chromium


def _clean(page) -> None:
    assert page.external_requests == [] and page.page_errors == [] and page.console_errors == []


def _labels(page) -> list[dict]:
    return page.page.evaluate(DRAWN_LABELS)


def test_first_view_has_legible_labels(browser: Browser, seed_build) -> None:
    _, out = seed_build
    with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN, init_script=RECORD_LABELS) as page:
        drawn = _labels(page)
        legible = {
            d["text"] for d in drawn if d["px"] >= 10 and 0 <= d["x"] <= d["w"] and 0 <= d["y"] <= d["h"]
        }
        assert len(legible) >= 15, sorted(legible)
        tiny = [d for d in drawn if d["px"] < 9]
        assert not tiny, tiny[:5]  # labels too small to read are not drawn at all
        _clean(page)


def _same_places(before: dict, after: dict) -> list[str]:
    return [
        n for n, p in after.items() if abs(p["x"] - before[n]["x"]) > 1 or abs(p["y"] - before[n]["y"]) > 1
    ]


def test_hiding_and_showing_moves_no_node(browser: Browser, seed_build) -> None:
    result, out = seed_build
    with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN) as page:
        start = page.page.evaluate(POSITIONS)
        kinds = page.evaluate("[...document.querySelectorAll('#legend input')].map(i => i.dataset.kind)")
        assert len(kinds) >= 6
        for kind in kinds:
            page.page.uncheck(f'#legend input[data-kind="{kind}"]')
            hidden = page.page.evaluate(POSITIONS)
            assert len(hidden) < len(start) and not _same_places(start, hidden)
            page.page.check(f'#legend input[data-kind="{kind}"]')
            shown = page.page.evaluate(POSITIONS)
            assert set(shown) == set(start) and not _same_places(start, shown), kind
        page.page.fill("#date-from", "2023-11")
        page.page.fill("#date-to", "2023-11")
        ranged = page.page.evaluate(POSITIONS)
        assert 0 < len(ranged) < len(start) and not _same_places(start, ranged)
        page.page.fill("#date-from", "")
        page.page.fill("#date-to", "")
        cleared = page.page.evaluate(POSITIONS)
        assert set(cleared) == set(start) and not _same_places(start, cleared)
        _clean(page)


def _busiest_month(corpus) -> str:
    return Counter(e.date[:7] for e in corpus.events if e.date and len(e.date) >= 7).most_common(1)[0][0]


def _people_active_in(corpus, month: str) -> set[str]:
    """People who hold a post (observed span) or take part in an event that meets the month."""
    first, end = day_span(month)
    meets = lambda span: span is not None and span[0] < end and span[1] > first  # noqa: E731
    active = {s.person for s in role_spans(corpus.roles) if meets(day_span(s.first_seen, s.last_seen))}
    for event in corpus.events:
        if meets(day_span(event.date, event.date_end)):
            active |= {p.person for p in event.participants}
    return active


def test_one_month_range_hides_people_without_an_edge_in_it(browser: Browser, seed_build) -> None:
    result, out = seed_build
    month = _busiest_month(result.corpus)
    expected = _people_active_in(result.corpus, month)
    everyone = {p.name for p in result.corpus.people}
    assert expected and everyone - expected  # the month leaves some people out: the test can fail
    with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN) as page:
        page.page.fill("#date-from", month)
        page.page.fill("#date-to", month)
        shown = page.evaluate("window.ygraph.network.body.data.nodes.getIds()")
        people = {n.split(":", 1)[1] for n in shown if n.startswith("person:")}
        assert people == expected
        positions = [n for n in shown if n.startswith("position:")]
        assert positions and len(positions) < sum(1 for s in role_spans(result.corpus.roles))
        _clean(page)


@pytest.mark.parametrize("width", [360, 600, 800, 900, 1366])
def test_header_never_covers_the_graph(browser: Browser, seed_build, width: int) -> None:
    _, out = seed_build
    with browser.open(out / "graph.html", GRAPH_READY, viewport=(width, 768)) as page:
        header = page.page.locator("header").bounding_box()
        graph = page.page.locator("#network").bounding_box()
        assert header["y"] + header["height"] <= graph["y"] + 0.5
        assert graph["y"] + graph["height"] <= 768 + 0.5 and graph["height"] >= 300
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def _codes_in(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]+", text)) & every_code()


def test_no_internal_code_in_visible_text(browser: Browser, seed_build) -> None:
    result, out = seed_build
    with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN, init_script=RECORD_LABELS) as page:
        texts = [page.page.inner_text("body"), *(d["text"] for d in _labels(page))]
        for kind in ("event", "person", "position", "document"):
            node = page.evaluate(f"window.ygraph.nodes.get({{filter: n => n.kind === '{kind}'}})[0].id")
            page.evaluate("id => window.ygraph.search(id)", node)
            texts.append(page.page.inner_text("#details"))
        edge_tips = page.evaluate("window.ygraph.edges.get().map(e => e.title.textContent)")
        assert not _codes_in("\n".join(texts + edge_tips))
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
        texts = [
            page.page.inner_text("body"),
            page.evaluate("document.querySelector('#axis-svg').textContent"),
        ]
        page.page.click("rect.item >> nth=0")
        texts.append(page.page.inner_text("#details"))
        for view in ("tenure", "list"):
            page.page.click(f"#views button[data-view={view}]")
            texts.append(page.page.inner_text("body"))
        texts.append(page.evaluate("document.querySelector('#tenure-svg').textContent"))
        assert not _codes_in("\n".join(texts))
        _clean(page)


def _linear(drawn: list[dict]) -> tuple[float, float]:
    """Slope and largest deviation of x against the start day (items at distinct days)."""
    first, last = min(drawn, key=lambda d: d["start"]), max(drawn, key=lambda d: d["start"])
    slope = (last["x"] - first["x"]) / (last["start"] - first["start"])
    deviation = max(abs(first["x"] + slope * (d["start"] - first["start"]) - d["x"]) for d in drawn)
    return slope, deviation


def test_timeline_is_a_time_axis(browser: Browser, seed_build) -> None:
    _, out = seed_build
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
        drawn = page.evaluate("window.ygraphTimeline.drawn")
        assert len({d["start"] for d in drawn}) >= 5
        rects = page.evaluate(
            "[...document.querySelectorAll('rect.item')].map(r => [Number(r.dataset.start), r.x.baseVal.value])"
        )
        ordered = sorted(rects)
        assert all(a[1] <= b[1] for a, b in zip(ordered, ordered[1:], strict=False))  # monotonic in date
        slope, deviation = _linear(drawn)
        assert slope > 0 and deviation < 1  # gaps proportional to time
        page.page.click("#zoom-in")
        zoomed, zoom_deviation = _linear(page.evaluate("window.ygraphTimeline.drawn"))
        assert zoomed == pytest.approx(slope * 1.5, rel=0.01) and zoom_deviation < 1
        _clean(page)


def test_month_item_is_drawn_over_its_month(browser: Browser, seed_build) -> None:
    result, out = seed_build
    month_events = [e for e in result.corpus.events if e.date and len(e.date) == 7]
    day_events = [e for e in result.corpus.events if e.date and len(e.date) == 10 and not e.date_end]
    if not month_events or not day_events:
        pytest.skip("the seeds have no event dated to a month and one to a day")
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
        width = "id => [...document.querySelectorAll('rect.item')].find(r => r.dataset.id === id).width.baseVal.value"
        slope, _ = _linear(page.evaluate("window.ygraphTimeline.drawn"))
        month = month_events[0]
        days = day_span(month.date)[1] - day_span(month.date)[0]
        assert page.evaluate(width, month.id) == pytest.approx(max(4, days * slope), abs=0.5)


def test_clicking_an_item_shows_participants_evidence_and_sources(browser: Browser, seed_build) -> None:
    result, out = seed_build
    event = max(result.corpus.events, key=lambda e: (len(e.participants), e.id))
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
        page.page.click(f'rect.item[data-id="{event.id}"]')
        details = page.page.inner_text("#details")
        assert event.title in details and "来源：" in details
        names = page.evaluate(
            "[...document.querySelectorAll('#details .person-link')].map(b => b.dataset.person)"
        )
        assert set(names) == {p.person for p in event.participants}
        assert page.page.locator("#details .event-evidence").count() >= 1
        _clean(page)


def _person_with_posts(corpus) -> tuple[str, list[str]]:
    spans = [s for s in role_spans(corpus.roles) if s.first_seen]
    counts = Counter(s.person for s in spans)
    person = max(counts, key=lambda p: (counts[p], p))
    return person, [s.position for s in spans if s.person == person]


def test_tenure_view_shows_a_seed_person_posts_as_bars(browser: Browser, seed_build) -> None:
    result, out = seed_build
    person, posts = _person_with_posts(result.corpus)
    assert len(posts) >= 2
    fragment = "#person=" + quote(person)
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN, fragment=fragment) as page:
        assert page.page.inner_text("#tenure-title").startswith(person)
        bars = page.evaluate("[...document.querySelectorAll('rect.tenure-bar')].map(r => r.dataset.position)")
        assert sorted(bars) == sorted(posts)
        observations = page.page.locator("rect.observation").count()
        assert observations >= len(posts)
        _clean(page)


def test_tenure_view_reached_from_graph_and_timeline(browser: Browser, seed_build) -> None:
    result, out = seed_build
    person, _ = _person_with_posts(result.corpus)
    with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN) as page:
        page.evaluate("name => window.ygraph.search(name)", f"person:{person}")
        page.page.click("#details a.tenure-link")
        page.page.wait_for_function(TIMELINE_READY)
        assert page.page.inner_text("#tenure-title").startswith(person)
        assert page.page.locator("rect.tenure-bar").count() >= 2
        _clean(page)
    with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
        page.page.click("#views button[data-view=list]")
        page.page.click(f'button.person-link[data-person="{person}"] >> nth=0')
        assert page.page.inner_text("#tenure-title").startswith(person)
        _clean(page)
