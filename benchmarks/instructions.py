"""Instruction count of the pipeline over the first N bench articles, for callgrind.

Wall-clock time on a shared machine moves by ±10 % between runs; callgrind's
instruction count is the same for the same code, input and environment, so it
is the figure to compare code changes by (docs/measurements.md). Run:

    PYTHONHASHSEED=0 GCTHR=700 valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=cg.out .venv/bin/python benchmarks/instructions.py 100

and read the "Collected" line. Only the articles' processing is counted: the
loop is the one ``functools.reduce`` call of the run (``--toggle-collect``),
after one article has loaded and warmed the pipeline. ``GCTHR`` sets the
collector's threshold before loading (the batch runner then raises it to its
own, ``runner.GC_YOUNG``).
"""
from __future__ import annotations

import functools
import gc
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "bench" / "articles.jsonl"
sys.path.insert(0, str(ROOT))

from pipeline.io import Item  # noqa: E402
from pipeline.runner import process_item  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    gc.set_threshold(int(os.environ.get("GCTHR", "700")))
    with open(BENCH, encoding="utf-8") as fh:
        articles = [json.loads(line) for _, line in zip(range(n), fh)]
    process_item(Item("warm-up", "bench", text=articles[-1]["text"]))
    total = functools.reduce(
        lambda acc, a: acc + len(process_item(Item(a["id"], "bench", text=a["text"])).line), articles, 0)
    print(f"{len(articles)} articles, {total:,} bytes of records")


if __name__ == "__main__":
    main()
