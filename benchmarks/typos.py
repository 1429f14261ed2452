"""Typo-correction benchmark: our normalizer against underthesea's ``text_normalize``.

    .venv/bin/python benchmarks/typos.py

Runs both over ``../shared/data/dev/typos/`` (injected typos: ``input.jsonl`` vs
``gold.jsonl``; the same articles clean: ``clean_input.jsonl`` vs
``clean_gold.jsonl``), builds records with only ``id`` and ``text`` and scores
them with the shared scorer (corrections as word edits against the raw text).
Prints precision/recall/F1 on the typo set, false changes per 2,000 words on
the clean set, whether the sample article's five corrections are made, and the
normalization time per article on the bench corpus.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
TYPOS = SHARED / "data" / "dev" / "typos"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))

from score import gold_corrected, score, word_edits  # noqa: E402  (the shared scorer)

from pipeline.normalize import normalize  # noqa: E402

SAMPLE = "000_8b08714e9c7da122"


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ours(text: str) -> str:
    return normalize(text).text


def theirs(text: str) -> str:
    from underthesea import text_normalize
    return text_normalize(text)


def run(system, inputs: list[dict], golds: list[dict]) -> dict:
    preds = [{"id": r["id"], "text": system(r["text"])} for r in inputs]
    return score(preds, golds)["corrections"]


def sample_article() -> tuple[int, int]:
    """(corrections made, corrections wanted) on the dev sample article."""
    gold = next(g for g in read(SHARED / "data" / "dev" / "gold.jsonl") if g["id"] == SAMPLE)
    raw = (SHARED / "data" / "dev" / "articles" / f"{SAMPLE}.txt").read_text(encoding="utf-8")
    want = word_edits(gold["text"], gold_corrected(gold))
    got = word_edits(gold["text"], normalize(raw).text)
    return len(want & got), len(want)


def main() -> int:
    if not TYPOS.exists():
        print(f"no typo sets at {TYPOS}", file=sys.stderr)
        return 2
    typo_in, typo_gold = read(TYPOS / "input.jsonl"), read(TYPOS / "gold.jsonl")
    clean_in, clean_gold = read(TYPOS / "clean_input.jsonl"), read(TYPOS / "clean_gold.jsonl")
    clean_words = sum(len(r["text"].split()) for r in clean_in)
    print(f"typo set: {len(typo_in)} articles, {sum(len(g['corrections']) for g in typo_gold)} injected typos;"
          f" clean set: {len(clean_in)} articles, {clean_words} words")
    print(f"{'system':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'clean fp':>9} {'per 2k words':>12}")
    for name, system in (("vnfacts normalize", ours), ("underthesea text_normalize", theirs)):
        t = run(system, typo_in, typo_gold)
        c = run(system, clean_in, clean_gold)
        per2k = c["fp"] / clean_words * 2000
        print(f"{name:28} {t['precision']:6.3f} {t['recall']:6.3f} {t['f1']:6.3f} {t['tp']:4} {t['fp']:4} {t['fn']:4}"
              f" {c['fp']:9} {per2k:12.2f}")
    made, wanted = sample_article()
    print(f"sample article {SAMPLE}: {made}/{wanted} corrections made")
    bench = SHARED / "data" / "bench" / "articles.jsonl"
    if bench.exists():
        texts = [r["text"] for r in read(bench)]
        normalize(texts[0])  # load the lexicon once
        start, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            normalize(text)
        per = (time.perf_counter() - start) / len(texts) * 1000
        per_cpu = (time.process_time() - cpu) / len(texts) * 1000
        avg = sum(map(len, texts)) / len(texts)
        print(f"speed: {per:.2f} ms per article wall clock, {per_cpu:.2f} ms CPU"
              f" ({len(texts)} bench articles, {avg:.0f} chars on average)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
