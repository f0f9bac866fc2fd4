"""Instructions executed by ``process_document`` over N documents, counted by valgrind: an A/B of two checkouts
that the load of a shared machine does not move (issue 17; docs/performance.md, twenty-fifth session).

    python3 bench/instructions.py CORPUS --src BEFORE/src --src AFTER/src [--n 10] [--skip 0]

CPU time on this machine varies by ±10–15 % from run to run with the other lanes' load, so a change of 2–3 %
needed many alternating pairs and still could not be shown. ``valgrind --tool=cachegrind --cache-sim=no`` counts
the instructions a process executes: the same for the same input, whatever runs beside it (≈ 20× slower, so
every child runs at once). For each ``--src``, two children read the first ``--skip + 1 + n`` files of CORPUS in
name order: one extracts the warm-up document (the file after the skipped ones: the rules' compilation, once per
process) alone, the other the warm-up and then the ``n`` documents after it; the difference is the ``n``
documents' instructions. Each child hashes the ``repr`` of the facts it made, so two checkouts that extract the
same facts print the same hash. ``PYTHONHASHSEED`` is fixed, so set orders are the same in every child. Prints one
JSON line per checkout (instructions of the n documents, per document, the facts' hash) and, for two, the change.
Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(src: Path, corpus: Path, skip: int, n: int) -> None:
    """In the counted process: the warm-up document, then ``n`` more; prints the hash of their facts."""
    sys.path.insert(0, str(src.resolve()))
    import gc

    from ygraph import pipeline
    from ygraph.text import read

    files = sorted(corpus.glob("*.txt"))[skip : skip + 1 + n]
    sources, _ = read.read_all([(f, f.name) for f in files], None)
    pipeline.process_document(sources[0])
    collecting = gc.isenabled()
    gc.disable()  # as the build extracts; enabled again after, for a caller in the same process (the tests)
    digest = hashlib.sha256()
    try:
        for source in sources[1:]:
            digest.update(repr(pipeline.process_document(source)).encode())
    finally:
        if collecting:
            gc.enable()
    print(json.dumps({"documents": len(sources) - 1, "facts": digest.hexdigest()[:16]}))


def instructions(stderr: str) -> int:
    """The ``I refs`` total cachegrind prints at the end of a run."""
    found = _REFS.search(stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def _start(src: Path, corpus: Path, skip: int, n: int) -> subprocess.Popen[str]:
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--child", str(corpus), "--src", str(src), "--skip", str(skip), "--n", str(n),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def change(before: int, after: int) -> float:
    """``after`` against ``before``, in per cent."""
    return round(100 * (after - before) / before, 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--src", type=Path, action="append", required=True, help="a checkout's src (once or twice)")
    parser.add_argument("--n", type=int, default=10, help="documents counted after the warm-up one")
    parser.add_argument("--skip", type=int, default=0, help="files skipped first (another sample of the corpus)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.src[0], args.corpus, args.skip, args.n)
        return
    runs = {(src, n): _start(src, args.corpus, args.skip, n) for src in args.src for n in (0, args.n)}
    done = {key: run.communicate() for key, run in runs.items()}
    rows = []
    for src in args.src:
        (_, err0), (out1, err1) = done[(src, 0)], done[(src, args.n)]
        counted = instructions(err1) - instructions(err0)
        row = {"src": str(src), "documents": args.n, "instructions": counted, "per_document": counted // max(1, args.n)}
        rows.append(row | {"warm_up": instructions(err0), "facts": json.loads(out1)["facts"]})
        print(json.dumps(rows[-1]))
    if len(rows) == 2:
        same = rows[0]["facts"] == rows[1]["facts"]
        print(json.dumps({"change_percent": change(rows[0]["instructions"], rows[1]["instructions"]), "same_facts": same}))


if __name__ == "__main__":
    main()
