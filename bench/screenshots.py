"""Screenshots of the three views (graph, time axis, tenure) of the seeds' pages at 1366×768, for the README,
and the page weights of docs/performance.md.

    python3 bench/screenshots.py docs/img          # build seeds/, write graph.png, timeline.png, tenure.png
    python3 bench/screenshots.py --weights         # page sizes for the seeds and for 2,000 generated events

Needs Debian's chromium and a CJK font (Debian: fonts-noto-cjk) for the Chinese labels to show.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
SCREEN = (1366, 768)
GRAPH_READY = "window.ygraph && window.ygraph.stabilized"
TIMELINE_READY = "window.ygraphTimeline && window.ygraphTimeline.ready"


def build_seeds(out: Path):
    from ygraph import BuildConfig, build

    return build(BuildConfig(paths=(HERE.parent / "seeds",), out=out))


def shoot(out: Path, target: Path) -> None:
    from browser_harness import launch_browser

    target.mkdir(parents=True, exist_ok=True)
    with launch_browser() as browser:
        with browser.open(out / "graph.html", GRAPH_READY, viewport=SCREEN) as page:
            page.page.screenshot(path=str(target / "graph.png"))
        with browser.open(out / "timeline.html", TIMELINE_READY, viewport=SCREEN) as page:
            page.page.click("rect.item >> nth=-1")
            page.page.screenshot(path=str(target / "timeline.png"))
            page.page.click("#views button[data-view=tenure]")
            page.page.screenshot(path=str(target / "tenure.png"))


def generated_corpus(n_events: int):
    """The invented mini corpus with its events repeated over ten years, with 300 variants of each of its
    people taking part (invented names): 2,000 events."""
    from dataclasses import replace

    from invented_corpus import mini_corpus

    corpus = mini_corpus()
    dated = [e for e in corpus.events if e.date and len(e.date) == 10]
    events = []
    for i in range(n_events):
        base = dated[i % len(dated)]
        day = f"{2014 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        people = tuple(replace(p, person=f"{p.person}{i % 300}") for p in base.participants)
        title = f"{base.title}{i}"
        events.append(replace(base, id=f"event:{day}:{title}", title=title, date=day, participants=people))
    return replace(corpus, events=tuple(events))


def weights() -> None:
    from ygraph.corpus.graph import build_graph
    from ygraph.render.html import graph_html
    from ygraph.render.timeline import timeline_html

    with tempfile.TemporaryDirectory() as tmp:
        build_seeds(Path(tmp))
        seeds = {name: (Path(tmp) / name).stat().st_size for name in ("graph.html", "timeline.html")}
    corpus = generated_corpus(2000)
    big = {"graph.html": len(graph_html(build_graph(corpus))), "timeline.html": len(timeline_html(corpus))}
    print("| page | seeds (26 events) | 2,000 events |")
    print("|---|---:|---:|")
    for name in seeds:
        print(f"| {name} | {seeds[name] / 1e3:.0f} kB | {big[name] / 1e3:.0f} kB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", default="docs/img", help="folder for the PNG files")
    parser.add_argument("--weights", action="store_true", help="print page weights instead")
    args = parser.parse_args()
    if args.weights:
        weights()
        return
    with tempfile.TemporaryDirectory() as tmp:
        build_seeds(Path(tmp))
        shoot(Path(tmp), Path(args.target))


if __name__ == "__main__":
    main()
