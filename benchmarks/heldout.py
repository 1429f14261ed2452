#!/usr/bin/env python3
"""Score vnfacts on the independently annotated held-out sets (benchmarks/heldout/).

    .venv/bin/python benchmarks/heldout.py                        # the held-back sets Z1 to Z6
    .venv/bin/python benchmarks/heldout.py --sets E,H,J,M,R,S,X,Y  # held back until the thirteenth session, then read
    .venv/bin/python benchmarks/heldout.py --sets A,B,C,D,F,G,I,K,L,N,O,P,Q,T,U,V,W   # the sets already used for tuning

The gold files carry ids, not texts: the texts are joined back from
``../shared/data/bench/articles.jsonl``; the scorer is ``../shared/tools/score.py``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "data" / "bench" / "articles.jsonl"
SETS = ROOT / "benchmarks" / "heldout"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="Z1,Z2,Z3,Z4,Z5,Z6",
                    help="comma-separated set names (default: the held-back Z1 to Z6)")
    args = ap.parse_args()
    gold = [json.loads(line) for name in args.sets.split(",")
            for line in (SETS / f"{name.strip()}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {g["id"] for g in gold}
    texts = {}
    with open(BENCH, encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in wanted:
                texts[a["id"]] = a["text"]
    missing = wanted - texts.keys()
    if missing:
        sys.exit(f"heldout: {len(missing)} article(s) not in {BENCH}: {sorted(missing)[:5]}")

    from pipeline.io import Item
    from pipeline.runner import process_item
    with tempfile.TemporaryDirectory() as tmp:
        pred, gold_path = Path(tmp) / "pred.jsonl", Path(tmp) / "gold.jsonl"
        with open(pred, "wb") as out, open(gold_path, "w", encoding="utf-8") as g_out:
            for g in gold:
                out.write(process_item(Item(g["id"], "bench", text=texts[g["id"]])).line)
                g_out.write(json.dumps({**g, "text": texts[g["id"]]}, ensure_ascii=False) + "\n")
        print(f"sets {args.sets}: {len(gold)} articles")
        return subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(pred), str(gold_path)]).returncode


if __name__ == "__main__":
    sys.exit(main())
