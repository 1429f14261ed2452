"""Entities and roles on the dev set, side by side with underthesea's ``ner``.

    .venv/bin/python benchmarks/entities.py [--no-underthesea] [--bench N] [--errors]

Prints, per label, P/R/F1 of our rules and of underthesea's ``ner`` on the
same dev articles (its PER/ORG/LOC mapped to PERSON/ORGANIZATION/LOCATION; it
has no POSITION), roles F1 (ours only), and the articles/s of each.  With
``--bench N`` it also times entities+roles on the first N articles of the
bench corpus.  Scoring is ``../shared/tools/score.py`` itself.

The articles' text is normalized by the pipeline's normalize stage when it is
available, else NFC'd (the two agree on the dev articles up to corrections).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT))

from pipeline.doc import Doc  # noqa: E402
from pipeline import entities, roles  # noqa: E402

LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")
UTS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def prepare(raw: str, id: str) -> Doc:
    """A Doc with normalized text and sentences, as the stages before ours leave it."""
    doc = Doc(id=id, raw=raw)
    try:
        from pipeline.normalize import stage as normalize
    except ImportError:
        doc.text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    else:
        normalize(doc)
    return doc


def ours(doc: Doc) -> dict:
    entities.stage(doc)
    roles.stage(doc)
    return {"id": doc.id, "text": doc.text,
            "entities": [e.to_dict() for e in doc.entities],
            "roles": [r.to_dict() for r in doc.roles]}


def underthesea_record(doc: Doc) -> dict:
    from underthesea import ner, sent_tokenize
    ents = []
    for line in doc.text.split("\n"):
        for sent in sent_tokenize(line) if line.strip() else []:
            cur = None
            for word, _pos, _chunk, tag in ner(sent):
                if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
                    if cur:
                        ents.append(cur)
                    cur = [tag[2:], [word]]
                elif tag.startswith("I-"):
                    cur[1].append(word)
                else:
                    if cur:
                        ents.append(cur)
                    cur = None
            if cur:
                ents.append(cur)
    return {"id": doc.id, "text": doc.text,
            "entities": [{"label": UTS[t], "text": " ".join(ws)} for t, ws in ents if t in UTS],
            "roles": []}


def row(result: dict, name: str) -> str:
    s = result.get(name)
    return "     -" if s is None else f"{s['f1']:6.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-underthesea", action="store_true")
    ap.add_argument("--bench", type=int, default=200, help="bench-corpus articles to time (0: none)")
    ap.add_argument("--errors", action="store_true", help="print our misses and false alarms")
    args = ap.parse_args()
    if not (SHARED / "data" / "dev" / "gold.jsonl").exists():
        print("no ../shared/data/dev: nothing to measure", file=sys.stderr)
        return 2
    scorer = load_scorer()
    gold = scorer.read_jsonl(str(SHARED / "data" / "dev" / "gold.jsonl"))
    articles = SHARED / "data" / "dev" / "articles"
    docs = [prepare((articles / f"{g['id']}.txt").read_text(encoding="utf-8"), g["id"]) for g in gold]

    entities.warm()
    t = time.process_time()
    mine = [ours(d) for d in docs]
    t_ours = time.process_time() - t
    res_ours = scorer.score(mine, gold)

    res_uts, t_uts = None, None
    if not args.no_underthesea:
        t = time.process_time()
        uts = [underthesea_record(prepare(d.raw, d.id)) for d in docs]
        t_uts = time.process_time() - t
        res_uts = scorer.score(uts, gold)

    print(f"dev: {len(docs)} articles, {sum(len(d.text) for d in docs)} chars")
    print(f"{'category':24} {'ours F1':>8} {'P':>6} {'R':>6} {'underthesea F1':>15}")
    for name in ["entities"] + [f"entities.{lab}" for lab in LABELS] + ["roles"]:
        s = res_ours[name]
        u = row(res_uts, name) if res_uts and name != "roles" and name != "entities.POSITION" else "     -"
        print(f"{name:24} {s['f1']:8.3f} {s['precision']:6.3f} {s['recall']:6.3f} {u:>15}")
    print(f"speed on dev (CPU time, one core): ours {len(docs) / t_ours:8.1f} articles/s"
          + (f", underthesea ner {len(docs) / t_uts:6.2f} articles/s" if t_uts else ""))

    if args.bench:
        path = SHARED / "data" / "bench" / "articles.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as f:
                recs = [json.loads(line) for _, line in zip(range(args.bench), f)]
            bdocs = [prepare(r["text"], r["id"]) for r in recs]
            chars = sum(len(d.text) for d in bdocs)
            for d in bdocs:
                d.tokens    # the shared tokenization is the pipeline's, not ours
            el = float("inf")
            for _ in range(3):      # best of three CPU times: the machine is shared
                t = time.process_time()
                for d in bdocs:
                    entities.stage(d)
                    roles.stage(d)
                el = min(el, time.process_time() - t)
            print(f"speed on bench (CPU time, best of 3) ({len(bdocs)} articles, avg {chars // len(bdocs)} chars): "
                  f"entities+roles {len(bdocs) / el:.1f} articles/s, "
                  f"{1000 * el / len(bdocs):.2f} ms/article, {1000 * el / chars * 4700:.2f} ms per 4,700 chars")

    if args.errors:
        from collections import Counter
        for g, r in zip(gold, mine):
            gk = Counter((e["label"], scorer.key(e["text"])) for e in g["entities"])
            pk = Counter((e["label"], scorer.key(e["text"])) for e in r["entities"])
            miss, extra = gk - pk, pk - gk
            grk = set((scorer.key(x["person"]), scorer.key(x["position"])) for x in g["roles"])
            prk = set((scorer.key(x["person"]), scorer.key(x["position"])) for x in r["roles"])
            print(f"== {g['id']}")
            for (lab, txt), c in sorted(miss.items()):
                print(f"  MISS  {lab:12} {txt}" + (f" x{c}" if c > 1 else ""))
            for (lab, txt), c in sorted(extra.items()):
                print(f"  EXTRA {lab:12} {txt}" + (f" x{c}" if c > 1 else ""))
            for p in sorted(grk - prk, key=str):
                print(f"  MISS  ROLE {p}")
            for p in sorted(prk - grk, key=str):
                print(f"  EXTRA ROLE {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
