"""CPU time of the entities and roles stages, and a byte-identity check of their output.

    .venv/bin/python benchmarks/entities_speed.py --save /tmp/ref.jsonl   # write the reference
    .venv/bin/python benchmarks/entities_speed.py --ref /tmp/ref.jsonl    # time and compare

Runs the default pipeline stage by stage over the bench corpus (and, for the
comparison, the dev articles and ``/work/heldout/*_articles.jsonl`` when
present), timing only the ``entities`` and ``roles`` stages with
``time.process_time``.  Prints ms per bench article for those two stages and,
with ``--ref``, the number of articles whose entities or roles differ from
the reference file (one JSON line per article: id, entities, roles).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
HELDOUT = ROOT / ".." / "heldout"
sys.path.insert(0, str(ROOT))

from pipeline.doc import Doc  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402
from pipeline.record import build_record  # noqa: E402

TIMED = ("entities", "roles")


def corpus(bench_only: bool) -> list[tuple[str, str, str]]:
    """(group, id, text) for the bench articles, then the dev and held-out ones."""
    out = []
    with open(SHARED / "data" / "bench" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            out.append(("bench", a["id"], a["text"]))
    if bench_only:
        return out
    for p in sorted((SHARED / "data" / "dev" / "articles").glob("*.txt")):
        out.append(("dev", p.stem, p.read_text(encoding="utf-8")))
    for p in sorted(HELDOUT.glob("*_articles.jsonl")):
        with open(p, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                out.append((p.stem, a["id"], a["text"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", help="write each article's entities and roles here")
    ap.add_argument("--ref", help="compare each article's entities and roles with this file")
    ap.add_argument("--bench-only", action="store_true", help="time the bench articles only, compare nothing else")
    args = ap.parse_args()

    pipe = Pipeline().warm()
    stages = pipe._load()
    ref = {}
    if args.ref:
        with open(args.ref, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                ref[r["id"]] = r
    saved = open(args.save, "w", encoding="utf-8") if args.save else None
    cpu = 0.0
    n_bench = 0
    differ: list[str] = []
    compared = 0
    for group, id, text in corpus(args.bench_only):
        doc = Doc(id=id, raw=text)
        for name, fn in stages:
            if group == "bench" and name in TIMED:
                t = time.process_time()
                fn(doc)
                cpu += time.process_time() - t
            else:
                fn(doc)
        n_bench += group == "bench"
        rec = build_record(doc)
        key = f"{group}:{id}"
        out = {"id": key, "entities": rec["entities"], "roles": rec["roles"]}
        if saved:
            saved.write(json.dumps(out, ensure_ascii=False) + "\n")
        if key in ref:
            compared += 1
            if ref[key] != out:
                differ.append(key)
    if saved:
        saved.close()
    print(f"entities+roles: {1000 * cpu / n_bench:.2f} ms CPU per bench article ({n_bench} articles)")
    if args.ref:
        print(f"compared {compared} articles against {args.ref}: {len(differ)} differ")
        for key in differ[:20]:
            print("  differs:", key)
        if compared != len(ref):
            print(f"  {len(ref) - compared} reference articles not run")


if __name__ == "__main__":
    main()
