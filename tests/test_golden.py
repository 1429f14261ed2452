"""End to end: `vnfacts extract corpus` gives exactly the golden JSONL.

After an intended change, run `scripts/update_golden.py` and review the diff.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "corpus.jsonl"


def _first_difference(got: dict, want: dict) -> str:
    for key in want:
        if got.get(key) != want[key]:
            if isinstance(want[key], list):
                g, w = got.get(key) or [], want[key]
                for i, (a, b) in enumerate(zip(g, w)):
                    if a != b:
                        return f"{key}[{i}]: got {a!r}, golden {b!r}"
                return f"{key}: got {len(g)} items, golden {len(w)}"
            return f"{key}: got {got.get(key)!r}, golden {want[key]!r}"
    return "extra keys: " + ", ".join(sorted(set(got) - set(want)))


def test_cli_output_on_the_bundled_corpus_is_golden(tmp_path):
    out = tmp_path / "facts.jsonl"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", "corpus", "-o", str(out), "-q"],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    want = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == [r["id"] for r in want]
    for g, w in zip(got, want):
        assert g == w, f"{w['id']}: {_first_difference(g, w)} (run scripts/update_golden.py if intended)"
    assert out.read_bytes() == GOLDEN.read_bytes()  # byte for byte, key order included
