"""A sampling profile of ``process_document`` alone (issue 17): where the CPU time goes, without cProfile's cost.

    python3 bench/sample.py CORPUS [CORPUS…] [--src OTHER/src] [--n 60] [--every 0.002] [--top 40]

Reads every ``*.txt`` of each CORPUS (the first ``--n`` files, 0: all), extracts one document first (the rules'
compilation), then every document with the cyclic collector paused, while ``ITIMER_PROF`` interrupts the process
every ``--every`` CPU seconds. Each interruption charges the Python frame on top (with the C call it is making:
``re``'s scan inside a ``for m in p.finditer(text)`` loop is its caller's time, which cProfile hides) and every
function on the stack. Prints the shares of samples: self by function, self by line, inclusive by function.
cProfile multiplies the cost of small Python calls several times; these shares do not.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType


def _key(frame: FrameType, line: bool = False) -> str:
    code = frame.f_code
    where = code.co_filename.split("ygraph/")[-1]
    return f"{where}:{frame.f_lineno}" if line else f"{where}:{code.co_firstlineno}({code.co_name})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--src", type=Path, help="the ygraph sources to profile (default: the installed ones)")
    parser.add_argument("--n", type=int, default=0, help="the first N files only (0: all)")
    parser.add_argument("--every", type=float, default=0.002, help="CPU seconds between samples")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
    from ygraph import pipeline
    from ygraph.text import read

    files = [f for corpus in args.corpora for f in sorted(corpus.glob("*.txt"))]
    files = files[: args.n] if args.n else files
    sources, _ = read.read_all([(f, f.name) for f in files], None)
    pipeline.process_document(sources[0])
    own, lines, inclusive = Counter(), Counter(), Counter()

    def sample(_signal: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        own[_key(frame)] += 1
        lines[_key(frame, line=True)] += 1
        seen = set()
        while frame is not None:
            seen.add(_key(frame))
            frame = frame.f_back
        inclusive.update(seen)

    signal.signal(signal.SIGPROF, sample)
    gc.disable()
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, args.every, args.every)
    for source in sources:
        pipeline.process_document(source)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - started
    gc.enable()
    total = max(1, sum(own.values()))
    print(f"{len(sources)} documents, {cpu:.2f} CPU s, {total} samples")
    for title, counts in (("self", own), ("self by line", lines), ("inclusive", inclusive)):
        print(f"--- {title}")
        for name, n in counts.most_common(args.top):
            print(f"{100 * n / total:5.1f} % {name}")


if __name__ == "__main__":
    main()
