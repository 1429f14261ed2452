"""Time per character as one article grows: is the extraction linear in its length?

A batch of normal articles says nothing about a scan that grows with the
article: a statistical report, a gazette or a dump of a whole site read as
one file can be megabytes long and dense with facts.  This runs the full
default pipeline (one process, after a warm-up) on three kinds of long text
at growing sizes and prints the CPU seconds and microseconds per character
(after one untimed run of each kind's smallest text); a linear pipeline keeps
the microseconds per character flat, but for the words a longer ``news`` text
brings that the per-word caches have not seen:

- ``news``: the bench articles one after another;
- ``facts``: one sentence dense with a document reference, dates, a count and
  places, repeated;
- ``names``: one sentence of a person, a title, a body and places, repeated.

underthesea's ``sent_tokenize`` + ``ner`` runs on the two smallest ``news``
texts in the same run, for its rate and its own growth beside ours.

    .venv/bin/python benchmarks/scaling.py                  # 100 k, 400 k, 1.6 M characters
    .venv/bin/python benchmarks/scaling.py --sizes 50000,200000
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "bench" / "articles.jsonl"
sys.path.insert(0, str(ROOT))

FACTS = ("Theo Quyết định số 1234/QĐ-UBND ngày 12/5/2020 của UBND tỉnh Nghệ An, từ ngày 1/6/2020 có 143 mô hình "
         "được công nhận tại xã Tân Lập, huyện Đông Anh; người dân Tân Lập phấn khởi. ")
NAMES = "Ông Nguyễn Văn An, Chủ tịch UBND xã Tân Lập, huyện Đông Anh, làm việc với Sở Tài chính tỉnh Nghệ An. "


def texts(corpus: Path, size: int) -> dict[str, str]:
    news, total = [], 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                news.append(json.loads(line)["text"])
                total += len(news[-1]) + 1
                if total >= size:
                    break
    news_text = "\n".join(news)
    while len(news_text) < size:
        news_text += "\n" + news_text
    return {"news": news_text[:size], "facts": (FACTS * (size // len(FACTS) + 1))[:size],
            "names": (NAMES * (size // len(NAMES) + 1))[:size]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=BENCH)
    ap.add_argument("--sizes", default="100000,400000,1600000", help="comma-separated sizes in characters")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    from pipeline.doc import Doc
    from pipeline.pipeline import Pipeline
    pipe = Pipeline().warm()
    by_size = {size: texts(args.corpus, size) for size in sizes}
    for kind, text in by_size[sizes[0]].items():
        pipe.run(Doc(id="warm", raw=text))     # each kind's words seen once before the clock

    first: dict[str, float] = {}
    news_rate: dict[int, float] = {}
    print(f"{'text':<6} {'characters':>11} {'CPU s':>8} {'us/char':>8} {'growth':>7}")
    for kind in ("news", "facts", "names"):
        for size in sizes:
            text = by_size[size][kind]
            cpu = time.process_time()
            doc = pipe.run(Doc(id=kind, raw=text))
            seconds = time.process_time() - cpu
            per_char = seconds / len(text) * 1e6
            first.setdefault(kind, per_char)
            if kind == "news":
                news_rate[size] = per_char
            n = len(doc.entities) + len(doc.documents) + len(doc.dates) + len(doc.counts)
            print(f"{kind:<6} {len(text):>11,} {seconds:>8.2f} {per_char:>8.2f} {per_char / first[kind]:>6.2f}x"
                  f"   ({n:,} facts)", flush=True)

    from underthesea import ner, sent_tokenize
    ner("Ông Nguyễn Văn A làm việc tại Hà Nội.")    # the model loaded before the clock starts
    base = None
    for size in sizes[:2]:
        text = by_size[size]["news"]
        cpu = time.process_time()
        for sentence in sent_tokenize(text):
            ner(sentence)
        seconds = time.process_time() - cpu
        per_char = seconds / len(text) * 1e6
        base = base or per_char
        print(f"underthesea sent_tokenize + ner, news {len(text):>11,} {seconds:>8.2f} {per_char:>8.2f} "
              f"{per_char / base:>6.2f}x   (vnfacts {per_char / news_rate[size]:.0f}x faster on it)", flush=True)


if __name__ == "__main__":
    main()
