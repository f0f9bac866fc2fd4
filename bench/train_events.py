"""Train and cross-validate the learned layer on named events (src/ygraph/events/eventmodel.py).

    python3 bench/train_events.py dump SET... --scratch /work/scratch --out CANDS.jsonl
    python3 bench/train_events.py train CANDS.jsonl [--sets SET...] --out event_model.tsv [--threshold T]
    python3 bench/train_events.py cv CANDS.jsonl --sets SET... --out DIR [--build] [--threshold T]

``dump`` builds every page of each set (``bench/realdev.py``, in this process) and records every named-event
candidate the rules judge (``eventmodel.TRACE``): its features and a label — positive when its title matches a
gold event of its page that the rules' build missed (title or accept_titles of ``tests/data/<set>``, the golds
the scorer reads, bigram Dice ≥ the scorer's ``TITLE_MIN``; an act, whose title is made after the decision, by
its clause, Dice ≥ ``ACT_MIN``). Excerpts are read from ``SCRATCH/<set>/excerpts``; the candidates file holds no
page text (features, labels, page and gold event ids). ``train`` fits an L2 logistic regression by full-batch gradient descent (pure
Python, fixed order, no randomness: the same candidates give the same weights) and writes the lexicon file.
``cv`` is leave-one-set-out: per set, a model trained on the other sets (``DIR/<set>/events/event_model.tsv``,
turned on) and candidate-level scores; with ``--build`` each set is built with its fold model and scored by
``bench/realdev.py`` (``DIR/<set>.json``), to compare with the rules-only baseline.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import realdev  # noqa: E402

from ygraph.eval.evalcore import TITLE_MIN, dice, match_events  # noqa: E402
from ygraph.eval.evalread import load_gold, load_prediction  # noqa: E402
from ygraph.events import eventmodel  # noqa: E402

ACT_MIN = 0.4  # an act's candidate is labelled by its whole clause (its title is made after the decision)
HEADER = """# The learned layer's weights (events/eventmodel.py; docs/events.md, docs/decisions.md): a linear model that
# reconsiders what the event rules turn down — a named event they find no happening word for, an event head
# only the model reads (event_heads.tsv), an act stopped by a soft guard — and lets it through when it scores
# above @threshold. Features are rule signals and generic lexicon words, never page text, names or places.
# FORMAT: feature<TAB>weight (an integer, thousandths); rows starting with @ are settings:
#   @enabled 1 turns the model on (0: the rules decide), @threshold the score above which a candidate is an event,
#   @version the model's version (its id event_model:vN reaches Provenance.rule), @reset drops the rows above it
#   (in a user file under --lexicons DIR/events/: a model trained elsewhere replaces this one; @enabled 0 there
#   turns the layer off).
# Made by: python3 bench/train_events.py train CANDIDATES --out this file --enabled (CANDIDATES from its dump mode).
# Examples (run by tests/test_lexicon_examples.py): invented text => facts (event TITLE type= date= place=
#   planned=, events N, part NAME RELATION TITLE, policy TITLE RELATION DOCUMENT; "no" negates; see
#   docs/decisions.md). Each must fail without this file.
# EXAMPLE: 新华社江城2031年6月8日电 8日上午，临江省海事局局长交接典礼在江城举行。局长林晓峰主持典礼并讲话。 => event 临江省海事局局长交接典礼 type=other date=2031-06-08 ; part 林晓峰 presided 临江省海事局局长交接典礼
# EXAMPLE: 新華社海州2031年3月2日電 2日上午，海州市稅務局局長交接典禮在海州舉行。局長龔明遠主持典禮並講話。 => event 海州市税务局局长交接典礼 date=2031-03-02
"""

def _gold_titles(name: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Page file name (and page id) → (scored id, title spellings) of each gold event of the page, from the
    golds the scorer reads (tests/data/<set>: their event titles are kept whole)."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for path in sorted((ROOT / "tests" / "data" / name).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pid = str(gold["page"]["id"])
        titles = [
            (realdev._event_id(pid, e["id"]), [e.get("title", ""), *e.get("accept_titles", [])])
            for e in gold.get("events", [])
        ]
        out[Path(str(gold["page"].get("file", ""))).name] = titles
        out[pid] = titles
    return out


def _found(work: Path) -> set[str]:
    """The gold events the rules' build found (matched by the scorer), over every genre built in ``work``."""
    found: set[str] = set()
    for gold_path in sorted((work / "gold").glob("*.json")):
        gold = load_gold(gold_path)
        pred = load_prediction(work / "build" / gold_path.stem / "graph.graphml")
        found |= set(match_events(gold["events"], pred.events).values())
    return found


def dump(sets: list[str], scratch: Path, out: Path) -> None:
    """Every candidate the rules turn down, labelled positive when it names a gold event of its page that the
    rules' build missed (lifting it could only add that event)."""
    rows: list[dict[str, Any]] = []
    for name in sets:
        golds, work, mine = _gold_titles(name), Path(tempfile.gettempdir()) / f"ygraph-train-events-{name}", []

        def listen(ctx: Any, title: str, feats: list[str], rule: bool, decided: bool, golds: Any = golds, mine: Any = mine) -> None:
            file = Path(ctx.doc.source.path).name
            titles = golds.get(file) or golds.get(file.split("_")[0], [])
            best, event = max(((dice(t, title), eid) for eid, ts in titles for t in ts if t), default=(0.0, ""))
            label = int(best >= (ACT_MIN if "act" in feats else TITLE_MIN))
            mine.append({"page": file.split("_")[0], "gold": event if label else "", "features": feats})

        eventmodel.TRACE[:] = [listen]
        shutil.rmtree(work, ignore_errors=True)
        realdev.build = _in_process(realdev.build, (_trace_dir(),))
        realdev.main([f"tests/data/{name}", str(scratch / name / "excerpts"), "--out", str(work)])
        realdev.build = realdev.build.__wrapped__  # type: ignore[attr-defined]
        found = _found(work)
        rows += [{"set": name, "label": int(bool(r["gold"]) and r["gold"] not in found), "rule": 0, **r} for r in mine]
    eventmodel.TRACE.clear()
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} candidates, {sum(r['label'] for r in rows)} positive", file=sys.stderr)


def _trace_dir() -> Path:
    """A lexicon folder turning the recording on and the model off (``@trace 1``, ``@enabled 0``: the candidate
    heads are read, the rules decide, whatever model is packaged)."""
    folder = Path(tempfile.gettempdir()) / "ygraph-train-events"
    (folder / "events").mkdir(parents=True, exist_ok=True)
    (folder / "events" / "event_model.tsv").write_text("@enabled\t0\n@trace\t1\n", encoding="utf-8")
    return folder


def _in_process(build: Any, dirs: tuple[Path, ...]) -> Any:
    def wrapped(config: Any) -> Any:
        return build(replace(config, jobs=1, cache=None, lexicon_dirs=(*config.lexicon_dirs, *dirs)))

    wrapped.__wrapped__ = build  # type: ignore[attr-defined]
    return wrapped


def fit(rows: list[dict[str, Any]], l2: float = 0.01, steps: int = 300, rate: float = 0.5) -> dict[str, float]:
    """L2-regularised logistic regression, full-batch gradient descent from zero (deterministic)."""
    weights: dict[str, float] = defaultdict(float)
    n = len(rows) or 1
    for _ in range(steps):
        grad: dict[str, float] = defaultdict(float)
        for r in rows:
            z = sum(weights[f] for f in r["features"])
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            for f in r["features"]:
                grad[f] += p - r["label"]
        for f in sorted(set(grad) | set(weights)):
            weights[f] -= rate * (grad[f] / n + l2 * weights[f])
    return {f: w for f, w in weights.items() if round(w * 1000)}


def write_model(weights: dict[str, float], threshold: float, out: Path, sets: list[str], enabled: bool) -> None:
    day = datetime.date.today().isoformat()
    lines = [HEADER, f"# Trained by bench/train_events.py on {day} on the sets: {' '.join(sets)}\n"]
    lines.append("@reset\t0\n" if enabled else "")
    lines.append(f"@enabled\t{int(enabled)}\n@threshold\t{round(threshold * 1000)}\n@version\t1\n")
    lines += [f"{f}\t{round(w * 1000)}\n" for f, w in sorted(weights.items())]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(lines), encoding="utf-8")


def score(weights: dict[str, float], rows: list[dict[str, Any]], threshold: float) -> dict[str, float]:
    """Candidate-level counts of the model and of the rules (tp/fp/fn over the candidates)."""
    out = {"m_tp": 0, "m_fp": 0, "m_fn": 0, "r_tp": 0, "r_fp": 0, "r_fn": 0}
    for r in rows:
        model = sum(round(weights.get(f, 0.0) * 1000) for f in r["features"]) > round(threshold * 1000)
        for key, said in (("m", model), ("r", bool(r["rule"]))):
            if said and r["label"]:
                out[f"{key}_tp"] += 1
            elif said:
                out[f"{key}_fp"] += 1
            elif r["label"]:
                out[f"{key}_fn"] += 1
    return out


def _f1(tp: float, fp: float, fn: float) -> str:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P {p:.3f} R {r:.3f} F {2 * p * r / max(p + r, 1e-9):.3f}"


def cv(rows: list[dict[str, Any]], sets: list[str], out: Path, threshold: float, build: bool, l2: float = 0.01) -> None:
    total: dict[str, float] = defaultdict(float)
    for name in sets:
        train = [r for r in rows if r["set"] != name]
        test = [r for r in rows if r["set"] == name]
        weights = fit(train, l2)
        write_model(weights, threshold, out / name / "events" / "event_model.tsv", sorted({r["set"] for r in train}), True)
        got = score(weights, test, threshold)
        for k, v in got.items():
            total[k] += v
        print(f"{name:12} rules {_f1(got['r_tp'], got['r_fp'], got['r_fn'])} | model {_f1(got['m_tp'], got['m_fp'], got['m_fn'])}")
        if build:
            realdev.build = _in_process(realdev.build, (out / name,))
            realdev.main([f"tests/data/{name}", f"/work/scratch/{name}/excerpts", "--json", str(out / f"{name}.json")])
            realdev.build = realdev.build.__wrapped__  # type: ignore[attr-defined]
    print(f"{'pooled':12} rules {_f1(total['r_tp'], total['r_fp'], total['r_fn'])} | model {_f1(total['m_tp'], total['m_fp'], total['m_fn'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("dump", "train", "cv"))
    parser.add_argument("inputs", nargs="+", help="dump: sets; train/cv: the candidates file")
    parser.add_argument("--sets", nargs="*", default=None)
    parser.add_argument("--scratch", type=Path, default=Path("/work/scratch"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--enabled", action="store_true", help="train: write the model turned on")
    args = parser.parse_args(argv)
    if args.mode == "dump":
        dump(args.inputs, args.scratch, args.out)
        return 0
    rows = [json.loads(line) for line in Path(args.inputs[0]).read_text(encoding="utf-8").splitlines()]
    sets = args.sets or sorted({r["set"] for r in rows})
    rows = [r for r in rows if r["set"] in sets and not r["rule"]]  # the model reconsiders only rejections
    if args.mode == "cv":
        cv(rows, sets, args.out, args.threshold, args.build, args.l2)
    else:
        write_model(fit(rows, args.l2), args.threshold, args.out, sets, args.enabled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
