"""Score every real set whose excerpts are at hand, and pool the counts (the team's regression check).

    python3 bench/realsets.py EXCERPTS_ROOT --json-dir DIR [--sets S ...]   # DIR/<set>.json per set
    python3 bench/realsets.py --compare BEFORE_DIR AFTER_DIR                # per-set changes and the pooled line

EXCERPTS_ROOT holds one folder per set (``<set>/excerpts/``, the names of tests/data/real*); a set without
excerpts is skipped (they are fetched again each session: docs/realdev.md). Each set is scored by
``bench/realdev.py`` (per genre, strict ``ygraph eval``); the pooled line sums found/gold and right/predicted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import realdev  # noqa: E402

METRICS = ("events", "event_dates", "roles", "participation", "successions", "people")


def score_sets(
    excerpts_root: Path, out: Path, sets: list[str], data: Path = ROOT / "tests" / "data"
) -> list[str]:
    """realdev.py over every set with excerpts; returns the sets scored."""
    done = []
    out.mkdir(parents=True, exist_ok=True)
    for gold in sorted(data.glob("real*")):
        excerpts = excerpts_root / gold.name / "excerpts"
        if (sets and gold.name not in sets) or not excerpts.is_dir() or not any(excerpts.iterdir()):
            continue
        realdev.main([str(gold), str(excerpts), "--json", str(out / f"{gold.name}.json")])
        done.append(gold.name)
    return done


def counts(folder: Path) -> dict[str, dict[str, dict[str, int]]]:
    """Per set, per metric: found, gold, right, predicted (the overall row of each set's JSON)."""
    table = {}
    for path in sorted(folder.glob("*.json")):
        metrics = json.loads(path.read_text(encoding="utf-8"))["overall"]["metrics"]
        table[path.stem] = {
            m: {k: metrics[m][k] for k in ("found", "n_gold", "correct", "n_pred")}
            for m in METRICS
            if m in metrics
        }
    return table


def pooled(table: dict[str, dict[str, dict[str, int]]], sets: list[str]) -> str:
    cells = []
    for metric in METRICS:
        f, g, c, p = (
            sum(table[s].get(metric, {}).get(k, 0) for s in sets)
            for k in ("found", "n_gold", "correct", "n_pred")
        )
        cells.append(f"{metric} R {f / g if g else 0:.3f} ({f}/{g}) P {c / p if p else 0:.3f} ({c}/{p})")
    return " | ".join(cells)


def compare(before: Path, after: Path) -> list[str]:
    old, new = counts(before), counts(after)
    sets = sorted(set(old) & set(new))
    lines = [f"{s}: changed" for s in sets if old[s] != new[s]]
    return [
        *lines,
        f"pooled over {len(sets)} sets",
        "  before " + pooled(old, sets),
        "  after  " + pooled(new, sets),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("excerpts_root", nargs="?", type=Path)
    parser.add_argument("--json-dir", type=Path, help="write one JSON per set here")
    parser.add_argument("--sets", nargs="*", default=[], help="only these sets")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE_DIR", "AFTER_DIR"))
    args = parser.parse_args(argv)
    if args.compare:
        print("\n".join(compare(*args.compare)))
        return 0
    if args.excerpts_root is None or args.json_dir is None:
        parser.error("give EXCERPTS_ROOT and --json-dir, or --compare")
    done = score_sets(args.excerpts_root, args.json_dir, args.sets)
    print(f"pooled over {len(done)} sets: " + pooled(counts(args.json_dir), done))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
