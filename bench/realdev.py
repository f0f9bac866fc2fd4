"""Build the real-text development pages and score them per genre with the strict ``ygraph eval``.

    python3 bench/realdev.py [GOLD_DIR] EXCERPTS_DIR [--out DIR] [--json FILE] [--dates url|all|none]
                             [--detail N] [--genre G ...]
    python3 bench/realdev.py [GOLD_DIR] EXCERPTS_DIR --check    # excerpts fetched again: names all there?

GOLD_DIR (default tests/data/realdev) holds one gold JSON per page: a ``page`` header (id, file, genre,
script, query, url, rank, pub_date, pub_date_from) and the gold lists of docs/gold-format.md with
``sources = [page id]``. EXCERPTS_DIR holds the page texts (``page.file``); they are never in the repo.

Each genre is built on its own (a temporary corpus holding that genre's excerpts), so its scores see only
its own predictions; the page golds of the genre are merged into one gold and evaluated. The overall row
pools the genres' counts. Publication dates the excerpt itself does not show (``pub_date_from`` "url") are
given to the build in a ``dates.tsv`` manifest, as a user would give them (``--dates``). Layout and the
table: docs/realdev.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ygraph import BuildConfig, build  # noqa: E402
from ygraph.eval.evalcore import Score, norm  # noqa: E402
from ygraph.eval.evaluate import Evaluation, detail_lines, evaluate  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "realdev"
MERGED_LISTS = ("events", "roles", "successions", "conflicts", "not_people", "other_people")
POOLED = ("events", "event_dates", "roles", "participation", "successions", "people", "sent")
# column header, metric, what (R = recall, P = precision, F = found/gold, D = duplicates)
COLUMNS = (
    ("ev R", "events", "R"),
    ("ev P", "events", "P"),
    ("date R", "event_dates", "R"),
    ("role R", "roles", "R"),
    ("role P", "roles", "P"),
    ("part R", "participation", "R"),
    ("part P", "participation", "P"),
    ("succ", "successions", "F"),
    ("pers P", "people", "P"),
    ("dup", "events", "D"),
)


@dataclass
class Page:
    id: str
    genre: str
    script: str
    file: Path
    pub_date: str
    pub_date_from: str
    gold: dict[str, Any]


@dataclass
class GenreResult:
    genre: str
    pages: list[Page]
    scores: dict[str, Score] = field(default_factory=dict)
    evaluation: Evaluation | None = None


def read_pages(gold_dir: Path, excerpts: Path) -> tuple[list[Page], list[str]]:
    """Every readable page gold whose excerpt exists; the others are skipped with a reason."""
    pages, skipped = [], []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            head = gold["page"]
            pid, genre = str(head["id"]), str(head["genre"])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            skipped.append(f"{path.name}: unreadable gold ({type(exc).__name__}: {exc})")
            continue
        text = excerpts / str(head.get("file", ""))
        if not text.is_file():
            found = sorted(excerpts.glob(f"{pid}_*"))
            text = found[0] if found else text
        if not text.is_file():
            skipped.append(f"{path.name}: no excerpt {head.get('file', pid)} in {excerpts}")
            continue
        pub_date = str(head.get("pub_date", ""))
        pages.append(
            Page(
                pid,
                genre,
                str(head.get("script", "")),
                text,
                pub_date,
                str(head.get("pub_date_from", "")),
                gold,
            )
        )
    return pages, skipped


def gold_people(gold: dict[str, Any]) -> set[str]:
    """Everyone a page gold names: role holders, event participants (``sent`` too), successions."""
    people = {str(r["person"]) for r in gold.get("roles", [])}
    for event in gold.get("events", []):
        for relation in ("presided", "spoke", "attended", "sent"):
            people.update(event.get(relation, []))
    for succession in gold.get("successions", []):
        people.update((succession["before"], succession["after"]))
    return people


def check_excerpts(pages: list[Page]) -> list[str]:
    """Pages whose excerpt lacks a gold person (folded as the scorer folds). Excerpts are fetched again by
    query and URL in every session and copied by hand: a missing name is nearly always a copying slip, or a
    name the page prints in another form (a pinyin gloss inside it)."""
    lines = []
    for page in pages:
        text = norm(page.file.read_text(encoding="utf-8"))
        absent = sorted(p for p in gold_people(page.gold) if norm(p) not in text)
        if absent:
            lines.append(f"{page.id}: not in {page.file.name}: {', '.join(absent)}")
    return lines


def merge_golds(pages: list[Page]) -> dict[str, Any]:
    """One gold for several pages: the lists concatenated, event ids made unique by the page id."""
    merged: dict[str, Any] = {
        "about": "merged page golds: " + ", ".join(p.id for p in pages),
        "documents": {},
    }
    for key in MERGED_LISTS:
        merged[key] = []
    for page in pages:
        merged["documents"].update(page.gold.get("documents", {}))
        for key in MERGED_LISTS:
            items = page.gold.get(key, [])
            if key == "events":
                items = [{**e, "id": _event_id(page.id, e.get("id", ""))} for e in items]
            merged[key] += items
    return merged


def _event_id(page_id: str, event_id: str) -> str:
    return event_id if event_id.startswith(page_id) else f"{page_id}:{event_id}"


def write_corpus(pages: list[Page], folder: Path, dates: str) -> None:
    """The excerpts of some pages, and a dates.tsv with the publication dates ``dates`` allows."""
    if folder.is_dir():
        shutil.rmtree(folder)  # a page left from an earlier run with the same --out would pollute the genre
    folder.mkdir(parents=True)
    lines = []
    for page in pages:
        shutil.copyfile(page.file, folder / page.file.name)
        given = dates == "all" or (dates == "url" and page.pub_date_from not in ("text", "unknown", ""))
        if page.pub_date and given:
            lines.append(f"{page.file.name}\t{page.pub_date}\n")
    if lines:
        (folder / "dates.tsv").write_text("".join(lines), encoding="utf-8")


def run_genre(genre: str, pages: list[Page], work: Path, dates: str) -> GenreResult:
    """Build one genre's pages alone and evaluate them against their merged gold."""
    corpus, out = work / "corpus" / genre, work / "build" / genre
    write_corpus(pages, corpus, dates)
    gold_path = work / "gold" / f"{genre}.json"
    gold_path.parent.mkdir(parents=True, exist_ok=True)
    gold_path.write_text(json.dumps(merge_golds(pages), ensure_ascii=False, indent=1), encoding="utf-8")
    build(BuildConfig(paths=(corpus,), out=out, html=False))
    ev = evaluate(gold_path, out / "graph.graphml")
    return GenreResult(genre, pages, dict(ev.scores), ev)


def pool(name: str, scores: list[Score]) -> Score:
    """One score from several: counts added, duplicates added, lists joined."""
    pooled = Score(name)
    for s in scores:
        pooled.n_gold += s.n_gold
        pooled.n_pred += s.n_pred
        pooled.found += s.found
        pooled.correct += s.correct
        pooled.missing += s.missing
        pooled.spurious += s.spurious
        pooled.extra["duplicates"] = pooled.extra.get("duplicates", 0) + s.extra.get("duplicates", 0)
    return pooled


def overall(results: list[GenreResult]) -> GenreResult:
    """The genres pooled (each genre's predictions scored against its own gold only)."""
    total = GenreResult("overall", [p for r in results for p in r.pages])
    for name in POOLED:
        parts = [r.scores[name] for r in results if name in r.scores]
        if parts:
            total.scores[name] = pool(name, parts)
    return total


def cell(score: Score | None, what: str) -> str:
    if score is None:
        return "—"
    if what == "R":
        return f"{score.recall:.2f}" if score.n_gold else "—"
    if what == "P":
        return f"{score.precision:.2f}" if score.n_pred else "—"  # no prediction: undefined
    if what == "F":
        return f"{score.found}/{score.n_gold}"
    return str(score.extra.get("duplicates", 0))


def table(results: list[GenreResult]) -> list[str]:
    """A markdown table: one row per genre, then the overall row."""
    head = ["genre", "pages", "trad", *(c[0] for c in COLUMNS)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        trad = sum(1 for p in r.pages if p.script.startswith("trad"))
        cells = [r.genre, str(len(r.pages)), str(trad)]
        cells += [cell(r.scores.get(metric), what) for _, metric, what in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def as_json(results: list[GenreResult], total: GenreResult, args: argparse.Namespace) -> dict[str, Any]:
    def row(r: GenreResult) -> dict[str, Any]:
        return {
            "pages": [p.id for p in r.pages],
            "metrics": {name: s.as_dict() for name, s in r.scores.items()},
        }

    return {
        "gold_dir": str(args.gold_dir),
        "excerpts": str(args.excerpts),
        "dates": args.dates,
        "genres": {r.genre: row(r) for r in results},
        "overall": row(total),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", metavar="[GOLD_DIR] EXCERPTS_DIR")
    parser.add_argument("--out", type=Path, help="keep the corpora, merged golds and builds here")
    parser.add_argument("--json", type=Path, help="write every metric of every genre to this file")
    parser.add_argument(
        "--dates",
        choices=("url", "all", "none"),
        default="url",
        help="publication dates given to the build in dates.tsv: those not in the text (url), all, none",
    )
    parser.add_argument("--genre", action="append", help="only this genre (repeatable)")
    parser.add_argument("--detail", type=int, default=0, help="print up to N misses a list per genre")
    parser.add_argument(
        "--check", action="store_true", help="only check the excerpts: every gold person printed in its page"
    )
    args = parser.parse_args(argv)
    if len(args.dirs) > 2:
        parser.error("give at most GOLD_DIR and EXCERPTS_DIR")
    args.gold_dir = Path(args.dirs[0]) if len(args.dirs) == 2 else DEFAULT_GOLD
    args.excerpts = Path(args.dirs[-1])
    for folder in (args.gold_dir, args.excerpts):
        if not folder.is_dir():
            parser.error(f"not a folder: {folder}")
    return args


def run(args: argparse.Namespace, work: Path) -> tuple[list[GenreResult], GenreResult, list[str]]:
    pages, skipped = read_pages(args.gold_dir, args.excerpts)
    by_genre: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        if not args.genre or page.genre in args.genre:
            by_genre[page.genre].append(page)
    results = [run_genre(genre, by_genre[genre], work, args.dates) for genre in sorted(by_genre)]
    return results, overall(results), skipped


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.check:
        pages, skipped = read_pages(args.gold_dir, args.excerpts)
        lines = [f"skipped {reason}" for reason in skipped] + check_excerpts(pages)
        print("\n".join([*lines, f"{len(pages)} excerpts checked, {len(lines)} problems"]))
        return 1 if lines else 0
    with tempfile.TemporaryDirectory(prefix="ygraph-realdev-") as tmp:
        work = args.out or Path(tmp)
        results, total, skipped = run(args, work)
    for reason in skipped:
        print(f"skipped {reason}", file=sys.stderr)
    if not results:
        print("no page to score", file=sys.stderr)
        return 2
    print(f"ygraph realdev: {args.gold_dir} × {args.excerpts} (dates given: {args.dates})\n")
    print("\n".join(table([*results, total])))
    if args.detail:
        for r in results:
            assert r.evaluation is not None
            print(f"\n## {r.genre}\n" + "\n".join(detail_lines(r.evaluation, args.detail)))
    if args.json:
        args.json.write_text(
            json.dumps(as_json(results, total, args), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
