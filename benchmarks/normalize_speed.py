"""Normalization speed, and proof that a faster normalizer still makes the same corrections.

    .venv/bin/python benchmarks/normalize_speed.py [--rev REV | --ref FILE] [--save FILE] [--repeat N]

Runs ``pipeline.normalize.normalize`` over the 864 bench articles
(``../shared/data/bench/articles.jsonl``), the typo sets
(``../shared/data/dev/typos/input.jsonl``, ``clean_input.jsonl``) and the dev
articles, and compares every article's normalized text and corrections (as
dicts) with a reference:

* ``--rev REV`` (default ``HEAD``): the package as committed at ``REV``, checked
  out with ``git worktree`` into a temporary directory and run in a subprocess
  (its own ``pipeline`` package first on ``sys.path``);
* ``--ref FILE``: a reference saved earlier with ``--save FILE`` (one JSON line
  per article: ``id``, ``text``, ``corrections``).

Prints CPU milliseconds per bench article (``time.process_time``, the lexicon
load excluded: it is paid once per process; then a second pass with the
per-word caches warm) for the reference (with ``--rev``)
and for the working tree, and the number of articles whose output differs.
Each figure is one pass over the corpus in a fresh process (per-word caches
start empty, as in a real run); ``--repeat N`` runs N such processes per side
and keeps the fastest (the machine is shared).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"


def corpus() -> list[tuple[str, str, bool]]:
    """(id, raw text, is a bench article) for every article compared."""
    out: list[tuple[str, str, bool]] = []
    for name, bench in (("bench/articles.jsonl", True), ("dev/typos/input.jsonl", False),
                        ("dev/typos/clean_input.jsonl", False)):
        with (SHARED / name).open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    r = json.loads(line)
                    out.append((f"{name}:{n}:{r['id']}", r["text"], bench))
    for path in sorted((SHARED / "dev" / "articles").glob("*.txt")):
        out.append((f"dev/articles:{path.stem}", path.read_text(encoding="utf-8"), False))
    return out


def dump(out_path: str) -> None:
    """Normalize the corpus with whatever ``pipeline`` is first on ``sys.path``; write results
    and, as the last line, the CPU time per bench article."""
    from pipeline.normalize import normalize
    from pipeline.normalize.lexicon import lexicon
    lexicon()
    docs = corpus()
    normalize(docs[0][1])  # first call: lazy data files
    bench_cpu = 0.0
    n_bench = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for ident, raw, bench in docs:
            t0 = time.process_time()
            n = normalize(raw)
            dt = time.process_time() - t0
            if bench:
                bench_cpu += dt
                n_bench += 1
            rec = {"id": ident, "text": n.text, "corrections": [c.to_dict() for c in n.corrections]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        # a second pass: per-word caches warm, as deep into a long run
        t0 = time.process_time()
        for _, raw, bench in docs:
            if bench:
                normalize(raw)
        warm = time.process_time() - t0
        f.write(json.dumps({"ms_per_article": 1000 * bench_cpu / n_bench, "warm_ms_per_article": 1000 * warm / n_bench,
                            "bench": n_bench}) + "\n")


def run_dump(pythonpath: Path, out_path: Path, repeat: int = 1) -> tuple[float, float]:
    """Fastest CPU ms per bench article (first pass, second pass) of ``repeat`` fresh processes;
    the output of the last."""
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    first = warm = float("inf")
    for _ in range(repeat):
        subprocess.run([sys.executable, "-c",
                        "import sys; sys.path.insert(0, sys.argv[1]); "
                        "import runpy; m = runpy.run_path(sys.argv[2]); m['dump'](sys.argv[3])",
                        str(pythonpath), str(Path(__file__).resolve()), str(out_path)],
                       check=True, env=env, cwd=str(pythonpath))
        t = json.loads(out_path.read_text(encoding="utf-8").splitlines()[-1])
        first, warm = min(first, t["ms_per_article"]), min(warm, t["warm_ms_per_article"])
    return first, warm


def load(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines) if "id" in r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rev", default="HEAD", help="git revision to compare against (default HEAD)")
    ap.add_argument("--ref", type=Path, help="saved reference file instead of a git revision")
    ap.add_argument("--save", type=Path, help="also save the working tree's output here")
    ap.add_argument("--repeat", type=int, default=1, help="fresh processes per side, fastest kept")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="normspeed-") as tmp:
        tmp = Path(tmp)
        if args.ref is not None:
            ref = load(args.ref)
            print(f"reference: {args.ref} ({len(ref)} articles)")
        else:
            tree = tmp / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), args.rev],
                           check=True)
            try:
                ms = run_dump(tree, tmp / "ref.jsonl", args.repeat)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
            ref = load(tmp / "ref.jsonl")
            print(f"before ({args.rev}): {ms[0]:.2f} ms CPU per bench article (second pass: {ms[1]:.2f})")
        new_path = args.save or tmp / "new.jsonl"
        ms = run_dump(ROOT, new_path, args.repeat)
        new = load(new_path)
        print(f"after (working tree): {ms[0]:.2f} ms CPU per bench article (second pass: {ms[1]:.2f})")
    differ = [i for i in ref if new.get(i) != ref[i]]
    missing = [i for i in new if i not in ref]
    print(f"articles compared: {len(ref)}; differing: {len(differ)}; not in reference: {len(missing)}")
    for i in differ[:10]:
        a, b = ref[i], new.get(i) or {}
        if a.get("text") != b.get("text"):
            at = next((k for k, (x, y) in enumerate(zip(a["text"], b.get("text", ""))) if x != y), None)
            print(f"  {i}: text differs at {at}")
        else:
            print(f"  {i}: corrections differ ({len(a['corrections'])} vs {len(b.get('corrections', []))})")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
