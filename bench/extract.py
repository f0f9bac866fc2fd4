"""CPU seconds per MB of ``process_document`` alone (the extraction's own throughput, issue 17).

    python3 bench/extract.py CORPUS                      # the installed ygraph (or PYTHONPATH)
    python3 bench/extract.py CORPUS --src OTHER/src      # another checkout (alternate runs on a shared machine)

Reads every ``*.txt`` of CORPUS, extracts one document first (the rules' compilation is a process's start-up,
not throughput), then every document with the cyclic collector paused, as the build does; prints one JSON
line: documents, MB (UTF-8 bytes), CPU s, CPU s per MB and the load average after the run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--src", type=Path, help="the ygraph sources to time (default: the installed ones)")
    args = parser.parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
    from ygraph import pipeline
    from ygraph.text import read

    files = sorted(args.corpus.glob("*.txt"))
    sources, _ = read.read_all([(f, f.name) for f in files], None)
    megabytes = sum(len(s.text.encode()) for s in sources) / 1e6
    pipeline.process_document(sources[0])
    gc.disable()
    started = time.process_time()
    for source in sources:
        pipeline.process_document(source)
    cpu = time.process_time() - started
    gc.enable()
    result = {"documents": len(sources), "mb": round(megabytes, 2), "cpu": round(cpu, 2)}
    result |= {"cpu_per_mb": round(cpu / megabytes, 3), "load": round(os.getloadavg()[0], 1)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
