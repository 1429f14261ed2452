"""Memory stays flat on a corpus far larger than memory: streamed input and output.

    .venv/bin/python benchmarks/memory_flat.py [--size-mb 1000] [--workers 2] [--engine local]

Writes a JSONL of ``--size-mb`` megabytes into a temporary folder by repeating
the bench articles with new ids, runs the real ``vnfacts extract`` on it as a
subprocess, and samples the resident set size of the whole process tree
(psutil, every 0.5 s).  It prints the RSS at each tenth of the run and the
peak, and checks that the last half of the run stays within 20 % (+20 MB) of the
peak between 10 % and 25 % of the run (memory that grew with the input would keep climbing).

A real archive keeps bringing words never seen before (names, numbers, typos),
and any per-word cache that is not bounded grows with them.  Plain repetition
would hide that, so by default (``--vocabulary fresh``) every copy after the
first gives each capitalized word and each number a suffix of its own
(``Nguyễn`` -> ``Nguyễnbq``, ``143`` -> ``1437``): each copy brings hundreds of new
distinct tokens.  ``--vocabulary repeat`` repeats the articles as they are.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
import psutil
import regex

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "bench" / "articles.jsonl"


# The words a fresh copy changes: a capitalized word (Nguyễn, UBND) or a number (143, 2013)
_FRESHENED = regex.compile(
    r"""
      \b\p{Lu}\w*       # Nguyễn, UBND
    | \b\d+\b          # 143
    """,
    regex.VERBOSE,
)
_LETTERS = "abcdeghiklmnopqrstuvxy"


def suffix(copy: int, digits: bool) -> str:
    """The suffix that copy number ``copy`` gives its words: letters, or digits for numbers."""
    if digits:
        return str(copy)
    out = ""
    while copy:
        copy, k = divmod(copy, len(_LETTERS))
        out += _LETTERS[k]
    return out


def freshen(text: str, copy: int) -> str:
    """``text`` with a copy-specific suffix on every capitalized word and number (copy 0: unchanged)."""
    if copy == 0:
        return text
    letters, digits = suffix(copy, False), suffix(copy, True)
    return _FRESHENED.sub(lambda m: m.group() + (digits if m.group().isdigit() else letters), text)


def generate(path: Path, size: int, corpus: Path = BENCH, fresh: bool = True) -> int:
    """Repeat the corpus's articles with new ids until ``path`` holds ``size`` bytes; the article count.

    With ``fresh``, each copy after the first brings new words (:func:`freshen`)."""
    with open(corpus, "rb") as fh:
        articles = [orjson.loads(line) for line in fh if line.strip()]
    n = written = copy = 0
    with open(path, "wb") as out:
        while written < size:
            for a in articles:
                text = freshen(a["text"], copy) if fresh else a["text"]
                line = orjson.dumps({**a, "id": f"{a['id']}~{n}", "text": text}) + b"\n"
                out.write(line)
                written += len(line)
                n += 1
                if written >= size:
                    break
            copy += 1
    return n


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=float, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--stages", default=None,
                    help="only these stages (vnfacts extract --stages): to show the streaming on 1 GB in less time")
    ap.add_argument("--vocabulary", choices=("fresh", "repeat"), default="fresh",
                    help="fresh: every copy brings new words (default); repeat: the articles as they are")
    ap.add_argument("--tmp", default=None, help="folder for the generated corpus (default: the system's)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        src, out = Path(tmp) / "big.jsonl", Path(tmp) / "out.jsonl"
        t = time.monotonic()
        n = generate(src, int(args.size_mb * 1e6), fresh=args.vocabulary == "fresh")
        size = src.stat().st_size
        print(f"generated {size / 1e6:,.0f} MB, {n:,} articles ({args.vocabulary} vocabulary) in {time.monotonic() - t:.0f} s; "
              f"machine memory {psutil.virtual_memory().total / 2**30:.1f} GiB")
        cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(src), "-o", str(out), "-q",
               "-w", str(args.workers), "--engine", args.engine] + (["--stages", args.stages] if args.stages else [])
        started = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
        ps = psutil.Process(proc.pid)
        samples: list[tuple[float, int, int]] = []  # (seconds, tree RSS, output bytes)
        while proc.poll() is None:
            try:
                samples.append((time.monotonic() - started, tree_rss(ps), out.stat().st_size if out.exists() else 0))
            except psutil.NoSuchProcess:
                break
            time.sleep(0.5)
        err = proc.stderr.read().decode()
        seconds = time.monotonic() - started
        lines = 0
        with open(out, "rb") as fh:
            for _ in fh:
                lines += 1
        print(f"vnfacts extract -w {args.workers} --engine {args.engine}"
              f"{' --stages ' + args.stages if args.stages else ' (full pipeline)'}: exit {proc.returncode}, {lines:,} lines "
              f"for {n:,} articles in {seconds:.0f} s ({n / seconds:.1f} articles/s); output {out.stat().st_size / 1e6:,.0f} MB")
        if err.strip():
            print("stderr:", err.strip()[-500:])
        if not samples:
            return
        print("progress  time     tree RSS   output")
        for k in range(1, 11):
            s = samples[min(len(samples) - 1, k * len(samples) // 10 - 1 if k < 10 else len(samples) - 1)]
            print(f"{k * 10:5d} %  {s[0]:6.0f} s  {s[1] / 2**20:7.0f} MB  {s[2] / 1e6:7.0f} MB")
        peak = max(s[1] for s in samples)
        first = max(s[1] for s in samples[len(samples) // 10: len(samples) // 4 + 1])  # after start-up
        late = max(s[1] for s in samples[len(samples) // 2:])
        flat = late <= first * 1.2 + 20 * 2**20
        print(f"peak tree RSS {peak / 2**20:.0f} MB (input {size / 2**20:,.0f} MiB); 10-25 % of the run {first / 2**20:.0f} MB, "
              f"second half {late / 2**20:.0f} MB: {'flat' if flat else 'GROWING'}")
        if proc.returncode != 0 or lines != n or not flat:
            sys.exit(1)


if __name__ == "__main__":
    main()
