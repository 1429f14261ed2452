"""Documents, dates, counts and article metadata on the dev set, with ``dateparser`` for dates.

    .venv/bin/python benchmarks/extractors.py [--bench N] [--dateparser-bench N] [--errors]

Runs normalize -> segment -> structure -> documents -> dates -> counts on the
dev articles (``../shared/data/dev``), scores the records with
``../shared/tools/score.py`` itself, and prints documents, documents.attributes,
dates and counts P/R/F1 and meta accuracy.  Dates are printed side by side
with ``dateparser.search.search_dates(text, languages=['vi'])`` scored the same
way (each hit's value is its ISO day, or ``YYYY-MM-DDTHH:MM`` when the hit
names a time).  Speed: ms per article of structure + documents + dates +
counts on the first N bench articles (``../shared/data/bench``), and of
dateparser on a few of them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))

from pipeline.doc import Doc  # noqa: E402
from pipeline.pipeline import DEFAULT_STAGES, Pipeline  # noqa: E402

# The default pipeline's stages up to ours (normalize, segment) and ours, in its order.
_MINE = ("structure", "documents", "dates", "counts")
BEFORE = tuple(s for s in DEFAULT_STAGES if s.name in ("normalize", "segment"))
OURS = tuple(s for s in DEFAULT_STAGES if s.name in _MINE)
CATEGORIES = ("documents", "documents.attributes", "dates", "counts")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def record(doc: Doc) -> dict:
    return {"id": doc.id, "text": doc.text, "meta": dict(doc.meta),
            **{f: [s.to_dict() for s in getattr(doc, f)] for f in ("documents", "dates", "counts")}}


def dateparser_record(doc: Doc) -> dict:
    from dateparser.search import search_dates
    found = search_dates(doc.text, languages=["vi"]) or []
    dates = []
    for text, when in found:
        timed = any(c in text for c in ":h") and any(ch.isdigit() for ch in text)
        value = when.strftime("%Y-%m-%dT%H:%M") if timed else when.date().isoformat()
        dates.append({"text": text, "value": value})
    return {"id": doc.id, "text": doc.text, "dates": dates}


def line(name: str, s: dict) -> str:
    return f"{name:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:5} {s['fp']:5} {s['fn']:5}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=int, default=864, help="bench articles to time ours on")
    ap.add_argument("--dateparser-bench", type=int, default=20, help="bench articles to time dateparser on")
    ap.add_argument("--errors", action="store_true", help="print each missed and spurious fact")
    args = ap.parse_args()
    dev = SHARED / "data" / "dev" / "gold.jsonl"
    if not dev.is_file():
        print("../shared/data/dev is not next to the repository", file=sys.stderr)
        return 2
    scorer = load_scorer()
    gold = read_jsonl(dev)

    before, ours = Pipeline(BEFORE), Pipeline(OURS)
    docs = [before.run(Doc(id=g["id"], raw=g["text"])) for g in gold]
    records = [record(ours.run(d)) for d in docs]
    result = scorer.score(records, gold)

    print(f"dev: {len(gold)} articles\n")
    print(f"{'category':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name in CATEGORIES:
        print(line(name, result[name]))
    for name in ("meta.published", "meta.author", "meta.title"):
        if name in result:
            print(f"{name:24} accuracy {result[name]['accuracy']:.3f} of {result[name]['n']}")

    try:
        dp_records = [dateparser_record(Doc(id=d.id, raw=d.text)) for d in docs]
    except ImportError:
        print("\ndateparser is not installed (pip install dateparser): no reference")
        dp_records = None
    if dp_records is not None:
        dp = scorer.score(dp_records, gold)["dates"]
        print(f"\ndates, side by side      {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        print(line("ours", result["dates"]))
        print(line("dateparser (vi)", dp))

    if args.errors:
        by_id = {r["id"]: r for r in records}
        for g in gold:
            pk, gk = scorer.mention_keys(by_id[g["id"]]), scorer.mention_keys(g)
            for name in CATEGORIES:
                miss, extra = gk[name] - pk[name], pk[name] - gk[name]
                for k in miss:
                    print(f"  {g['id']} {name} missed   {k}")
                for k in extra:
                    print(f"  {g['id']} {name} spurious {k}")

    bench_path = SHARED / "data" / "bench" / "articles.jsonl"
    if bench_path.is_file() and args.bench:
        bench = read_jsonl(bench_path)[:args.bench]
        bdocs = [before.run(Doc(id=r["id"], raw=r["text"])) for r in bench]
        chars = sum(len(d.text) for d in bdocs)
        timer = Pipeline(OURS).warm()
        timer.timings = {k: 0.0 for k in timer.timings}
        t0 = time.perf_counter()
        for d in bdocs:
            timer.run(d)
        total = time.perf_counter() - t0
        n = len(bdocs)
        print(f"\nspeed on {n} bench articles (avg {chars / n:,.0f} chars), one core:")
        for name, t in timer.timings.items():
            print(f"  {name:10} {1000 * t / n:6.2f} ms/article")
        print(f"  {'ours, all':10} {1000 * total / n:6.2f} ms/article  ({n / total:,.0f} articles/s)")
        if dp_records is not None and args.dateparser_bench:
            from dateparser.search import search_dates
            sample = bdocs[:args.dateparser_bench]
            search_dates("ngày 3/6/2013", languages=["vi"])  # load its data first
            t0 = time.perf_counter()
            for d in sample:
                search_dates(d.text, languages=["vi"])
            t = time.perf_counter() - t0
            print(f"  {'dateparser':10} {1000 * t / len(sample):6.2f} ms/article (dates only, {len(sample)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
