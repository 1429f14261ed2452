#!/usr/bin/env python3
"""Rewrite tests/golden/corpus.jsonl from the current pipeline.

The golden file pins the end-to-end output on the bundled corpus, so any
change in what vnfacts extracts shows up in review as a diff of this file.
Run it after an intended change and read the diff before committing:

    .venv/bin/python scripts/update_golden.py && git diff --stat tests/golden
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.io import iter_items  # noqa: E402
from pipeline.runner import process_item  # noqa: E402


def golden_lines() -> list[bytes]:
    os.chdir(ROOT)  # sources are recorded as the CLI sees them: corpus/<file>.txt
    return [process_item(item).line for item in iter_items("corpus")]


def main() -> int:
    out = ROOT / "tests" / "golden" / "corpus.jsonl"
    lines = golden_lines()
    out.write_bytes(b"".join(lines))
    print(f"wrote {len(lines)} record(s) to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
