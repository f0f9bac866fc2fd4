"""Performance guard for the pathological shapes of issue 16: prints seconds, per-MB ratios and output sizes.

    python3 bench/pathological.py                 # every shape at its default size (a few minutes)
    python3 bench/pathological.py --smoke         # tiny sizes (CI: the script runs, no figure is asserted)
    python3 bench/pathological.py --shapes title,flat --json /tmp/patho.json

Shapes (each one file, built alone in a fresh process by ``measure.py``):

* ``title``: a repeated title, 书记 × 16,000 (96 KB): every title end starts a position chain.
* ``lines-N`` / ``flat-N``: the benchmark corpus of N MB in one file, with its line breaks and without them.
* ``unpunctuated``: the same text with every punctuation mark and line break removed: one sentence.
* ``hostile-N``: batch N of 100 hostile documents (``bench/hostile.py``, as in ``tests/test_fuzz.py``).

Ratios printed: flat s/MB at the large size ÷ at the small one (target ≤ 1.3), flat ÷ the same text with its
line breaks (≤ 2.5), outputs ÷ input on the unpunctuated line (≤ 30); the title within 15 s; the median
hostile batch (each ≤ 60 s on 2 cores). Files are built with no size limit (``--max-file-mb 0``). Timings are the
benchmark's to report, never a test's to assert.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import ROOT, documents  # noqa: E402
from hostile import read_bases, write_batch  # noqa: E402
from run import run_child  # noqa: E402

PUNCTUATION = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2014-\u201f\u2026!-/:-@\[-`{-~]+")


def corpus_text(mb: float) -> str:
    return "".join(text for _, text in documents(mb, seed=7))


def shape_texts(small: float, large: float, title_repeats: int, unpunctuated: float) -> dict[str, str]:
    """Every shape's text (name → text)."""
    shapes = {"title": "书记" * title_repeats}
    for mb in (small, large):
        text = corpus_text(mb)
        shapes[f"lines-{mb:g}"] = text
        # a leading Markdown heading would make the whole line one heading: the body text is the shape
        shapes[f"flat-{mb:g}"] = text.replace("\r", "").replace("\n", "").lstrip("# ")
    shapes["unpunctuated"] = PUNCTUATION.sub("", corpus_text(unpunctuated))
    return shapes


def write_shape(name: str, text: str, corpus: Path) -> None:
    corpus.mkdir()
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")


def write_hostile(seed: int, corpus: Path) -> None:
    write_batch(seed, corpus, 100, read_bases([ROOT / "seeds", ROOT / "tests" / "data" / "dev"]))


def measure(name: str, write: Callable[[Path], None], scratch: Path) -> dict[str, Any]:
    corpus, out = scratch / f"in-{name}", scratch / f"out-{name}"
    write(corpus)
    row = run_child(["build", str(corpus), str(out), "1", "local", "0"])
    row["shape"] = name
    row["mb"] = row["bytes"] / 1e6
    row["s_per_mb"] = row["seconds"] / row["mb"]
    row["out_bytes"] = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    return row


def ratios(rows: dict[str, dict[str, Any]], small: float, large: float) -> list[str]:
    lines = []
    flat_s, flat_l = rows.get(f"flat-{small:g}"), rows.get(f"flat-{large:g}")
    if flat_s and flat_l:
        lines.append(
            f"flat s/MB at {large:g} MB ÷ at {small:g} MB: {flat_l['s_per_mb'] / flat_s['s_per_mb']:.2f} (≤ 1.3)"
        )
    for mb in (small, large):
        flat, lines_row = rows.get(f"flat-{mb:g}"), rows.get(f"lines-{mb:g}")
        if flat and lines_row:
            lines.append(
                f"flat ÷ with line breaks at {mb:g} MB: {flat['seconds'] / lines_row['seconds']:.2f} (≤ 2.5)"
            )
    if "unpunctuated" in rows:
        row = rows["unpunctuated"]
        lines.append(
            f"outputs ÷ input on the unpunctuated line: {row['out_bytes'] / row['bytes']:.1f} (≤ 30)"
        )
    hostile = sorted(r["seconds"] for name, r in rows.items() if name.startswith("hostile-"))
    if hostile:
        lines.append(
            f"hostile batches of 100 documents: median {statistics.median(hostile):.1f} s, "
            f"slowest {hostile[-1]:.1f} s of {len(hostile)} (≤ 60)"
        )
    if "title" in rows:
        lines.append(
            f"repeated title ({rows['title']['bytes'] / 1e3:.0f} KB): {rows['title']['seconds']:.1f} s (≤ 15)"
        )
    return lines


def table(rows: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| shape | MB | build s | s per MB | outputs MB | outputs ÷ input | peak RSS MB | load avg |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows.values():
        lines.append(
            f"| {r['shape']} | {r['mb']:.3f} | {r['seconds']:.2f} | {r['s_per_mb']:.2f} | {r['out_bytes'] / 1e6:.2f} "
            f"| {r['out_bytes'] / r['bytes']:.1f} | {r['rss_mb']:.0f} | {r['load']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="ygraph on pathological text shapes")
    parser.add_argument("--small", type=float, default=1.0, help="MB of the small flat/lines text")
    parser.add_argument("--large", type=float, default=3.0, help="MB of the large flat/lines text")
    parser.add_argument("--title-repeats", type=int, default=16_000)
    parser.add_argument("--unpunctuated", type=float, default=1.0, help="MB of the unpunctuated line")
    parser.add_argument(
        "--hostile", type=int, default=5, help="batches of 100 hostile documents (bench/hostile.py)"
    )
    parser.add_argument("--shapes", default="", help="comma-separated name prefixes (default: all)")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: the script runs (CI)")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    args = parser.parse_args(argv)
    if args.smoke:
        args.small, args.large, args.title_repeats, args.unpunctuated, args.hostile = 0.02, 0.04, 500, 0.02, 1
    wanted = [s for s in args.shapes.split(",") if s]
    texts = shape_texts(args.small, args.large, args.title_repeats, args.unpunctuated)
    writers = {name: partial(write_shape, name, text) for name, text in texts.items()}
    writers.update({f"hostile-{seed}": partial(write_hostile, seed) for seed in range(args.hostile)})
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="ygraph-patho-") as scratch:
        for name, write in writers.items():
            if wanted and not any(name.startswith(w) for w in wanted):
                continue
            rows[name] = measure(name, write, Path(scratch))
            print(f"measured {name}: {rows[name]['seconds']:.1f} s", file=sys.stderr, flush=True)
    print(table(rows) + "\n")
    print("\n".join(ratios(rows, args.small, args.large)))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
