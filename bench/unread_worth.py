"""What the unread report (report.json "unread") is worth on scored real pages, per genre.

    python3 bench/unread_worth.py GOLD_DIR EXCERPTS_DIR [--json FILE] [--dates url|all|none]
    python3 bench/unread_worth.py --pool FILE.json ...     # genres summed over several sets' --json files

Each genre is built as ``bench/realdev.py`` builds it and scored by the strict scorer; then, page by page:

* sentences: the page's sentences (the build's own segmentation), and how many the report lists;
* misses: the gold facts the build missed (events, roles, participation, successions, people), each located
  in the page's sentences — a role, a participant, a succession or a person by the name (its new holder for
  a succession), an event by its title (half its character pairs in the sentence) — and counted *covered*
  when a sentence the report lists holds it, *cited* when only sentences some fact cites hold it (the report
  never lists those: the build read the sentence and missed or misread this fact), *unplaced* otherwise;
* noise: listed sentences that hold no gold fact at all (no gold person, no gold event title).

Names and titles are folded as the scorer folds them (``eval.evalcore.norm``). Figures: docs/realdev.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from realdev import Page, gold_people, read_pages, run_genre  # noqa: E402

from ygraph.eval.evalcore import norm  # noqa: E402
from ygraph.model import Source  # noqa: E402
from ygraph.text import clean, segment  # noqa: E402

KINDS = ("events", "roles", "participation", "successions", "people")
DUMP: list[dict[str, Any]] = []  # --dump: each listed sentence's cue rows and the misses it holds, to tune
STRICT = [False]  # --strict: only the sentences no fact cites at all (``cited`` false)


def sentences(page: Page) -> list[str]:
    """The page's sentences as the build segments them, folded."""
    doc = segment.segment(clean.clean(Source(page.file.name, page.file.read_text(encoding="utf-8"), "utf-8")))
    return [norm(s.text) for a in doc.articles for s in a.sentences]


def _grams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def holds_title(sentence: str, title: str) -> bool:
    grams = _grams(norm(title))
    return bool(grams) and len(grams & _grams(sentence)) * 2 >= len(grams)


def locate(kind: str, item: str, page: Page) -> tuple[str, str] | None:
    """What to look for in a sentence for one miss of the scorer (``("name", …)`` or ``("title", …)``), when
    the miss is this page's."""
    gold = page.gold
    if kind == "events":
        ident = item.split()[0]
        event = next((e for e in gold.get("events", []) if _event_id(page, e) == ident), None)
        return ("title", event["title"]) if event else None
    if kind == "participation":
        ident, _, name = item.partition(": ")
        ok = any(_event_id(page, e) == ident for e in gold.get("events", []))
        return ("name", name) if ok else None
    name = item.rsplit(" → ", 1)[-1] if kind == "successions" else item.split()[0]
    return ("name", name) if name in gold_people(gold) else None


def _event_id(page: Page, event: dict[str, Any]) -> str:
    ident = str(event.get("id", ""))
    return ident if ident.startswith(page.id) else f"{page.id}:{ident}"


def page_facts(page: Page) -> tuple[set[str], list[str]]:
    """The page's gold people and event titles, folded."""
    return {norm(p) for p in gold_people(page.gold)}, [e["title"] for e in page.gold.get("events", [])]


def genre_worth(genre: str, pages: list[Page], work: Path, dates: str) -> Counter[str]:
    """The counts of one genre's pages; ``cue <rule>`` / ``cue+ <rule>``: sentences listed with a cue of that
    row, and those of them holding a missed fact (to tune the cues)."""
    result = run_genre(genre, pages, work, dates)
    report = json.loads((work / "build" / genre / "report.json").read_text(encoding="utf-8"))
    listed: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for entry in report.get("unread", []):
        if not STRICT[0] or not entry.get("cited"):
            rules = {c["rule"] for c in entry["cues"]} | ({"@cited"} if entry.get("cited") else set())
            listed[Path(entry["file"]).name].append((norm(entry["sentence"]), rules))
    counts: Counter[str] = Counter(pages=len(pages))
    misses = _misses(result.scores, pages)
    for page in pages:
        mine = listed.get(page.file.name, [])
        every = sentences(page)
        counts["sentences"] += len(every)
        counts["listed"] += len(mine)
        counts["crowded"] += len(mine) * 5 > len(every)  # a page with more than one sentence in five listed
        names, titles = page_facts(page)
        for sentence, rules in mine:
            useful = any(found(sentence) for _, found in misses[page.id])
            if DUMP:
                held = [n for n, (_, found) in enumerate(misses[page.id]) if found(sentence)]
                DUMP.append({"page": page.id, "rules": sorted(rules), "misses": held})
            counts["idle"] += not useful
            counts["noise"] += not any(n in sentence for n in names) and not any(holds_title(sentence, t) for t in titles)
            for rule in rules - {"@cited"}:
                counts[f"cue {rule}"] += 1
                counts[f"cue+ {rule}"] += useful
        if DUMP:
            DUMP.append({"page": page.id, "sentences": len(every), "n_misses": len(misses[page.id])})
        for kind, found in misses[page.id]:
            counts[f"{kind}_missed"] += 1
            if any(found(s) for s, _ in mine):
                counts[f"{kind}_covered"] += 1
            elif any(found(s) for s in every):
                counts[f"{kind}_cited"] += 1
    return counts


def _misses(scores: dict[str, Any], pages: list[Page]) -> dict[str, list[tuple[str, Callable[[str], bool]]]]:
    """Per page, each miss of the scorer as its kind and a test of a folded sentence."""
    out: dict[str, list[tuple[str, Callable[[str], bool]]]] = {p.id: [] for p in pages}
    for kind in KINDS:
        for item in scores[kind].missing:
            for page in pages:
                what = locate(kind, item, page)
                if what is not None:
                    out[page.id].append((kind, _finder(*what)))
                    break
    return out


def _finder(how: str, text: str) -> Callable[[str], bool]:
    if how == "name":
        name = norm(text)
        return lambda s: name in s
    return lambda s: holds_title(s, text)


def table(per_genre: dict[str, Counter[str]]) -> list[str]:
    head = ["genre", "pages", "> 1/5", "sentences", "listed", "share", "idle", "noise", *(f"{k[:5]} cov/miss (elsewhere)" for k in KINDS)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    total: Counter[str] = Counter()
    for genre in sorted(per_genre):
        total.update(per_genre[genre])
    for genre, c in [*sorted(per_genre.items()), ("overall", total)]:
        share = f"{c['listed'] / c['sentences']:.2f}" if c["sentences"] else "—"
        cells = [genre, str(c["pages"]), str(c["crowded"]), str(c["sentences"]), str(c["listed"]), share, str(c["idle"]), str(c["noise"])]
        cells += [f"{c[k + '_covered']}/{c[k + '_missed']} ({c[k + '_cited']})" for k in KINDS]
        lines.append("| " + " | ".join(cells) + " |")
    missed = sum(total[k + "_missed"] for k in KINDS)
    covered = sum(total[k + "_covered"] for k in KINDS)
    cited = sum(total[k + "_cited"] for k in KINDS)
    lines.append("")
    lines.append(f"misses covered {covered}/{missed}; in sentences a fact cites {cited}; "
                 f"listed {total['listed']}/{total['sentences']} sentences, """
                 f"{total['idle']} holding no missed fact, {total['noise']} no gold fact")
    return lines


def cue_lines(per_genre: dict[str, Counter[str]], n: int) -> list[str]:
    """The cue rows by the sentences they list that hold no missed fact (listed, of them holding one)."""
    total: Counter[str] = Counter()
    for c in per_genre.values():
        total.update(c)
    rows = [(k[4:], total[k], total["cue+ " + k[4:]]) for k in total if k.startswith("cue ")]
    rows.sort(key=lambda r: (r[2] - r[1], r[0]))
    return [f"{rule}\tlisted {listed}\twith a miss {useful}" for rule, listed, useful in rows[:n]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", metavar="GOLD_DIR EXCERPTS_DIR")
    parser.add_argument("--json", type=Path, help="write the counts per genre to this file")
    parser.add_argument("--dates", choices=("url", "all", "none"), default="url")
    parser.add_argument("--pool", nargs="+", type=Path, help="sum the genres of these --json files")
    parser.add_argument("--cues", type=int, default=0, help="also the N cue rows listing most idle sentences")
    parser.add_argument("--dump", type=Path, help="write each listed sentence's cue rows and misses (JSON lines)")
    parser.add_argument("--strict", action="store_true", help="only the sentences no fact cites at all")
    args = parser.parse_args(argv)
    STRICT[0] = args.strict
    if args.dump:
        DUMP.append({"dump": str(args.dump)})
    per_genre: dict[str, Counter[str]] = defaultdict(Counter)
    if args.pool:
        for path in args.pool:
            for genre, c in json.loads(path.read_text(encoding="utf-8")).items():
                per_genre[genre].update(c)
    else:
        gold_dir, excerpts = (Path(d) for d in args.dirs)
        pages, _ = read_pages(gold_dir, excerpts)
        by_genre: dict[str, list[Page]] = defaultdict(list)
        for page in pages:
            by_genre[page.genre].append(page)
        with tempfile.TemporaryDirectory() as tmp:
            for genre in sorted(by_genre):
                per_genre[genre] = genre_worth(genre, by_genre[genre], Path(tmp), args.dates)
    if args.cues:
        print("\n".join(cue_lines(per_genre, args.cues)))
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DUMP[1:]), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(per_genre, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print("\n".join(table(per_genre)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
