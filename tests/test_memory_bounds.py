"""Memory stays flat on an archive that keeps bringing new words.

A million articles bring millions of words never seen before (names, numbers,
typos).  Every per-word cache of the pipeline must be bounded, or a worker's
memory grows with the corpus.  The test runs the real pipeline over 80,000
distinct made-up names and numbers and then looks at every cache the package
holds at module level: each functools cache that keeps per-word answers has a
``maxsize``, and no module-level table holds more than 65,536 entries.
(``benchmarks/memory_flat.py`` shows the same on a generated 1 GB corpus.)
"""
from __future__ import annotations

import importlib
import pkgutil

import pipeline
from pipeline import WORD_CACHE as LIMIT
from pipeline.pipeline import Pipeline

LETTERS = "abcdeghiklmnopqrstuvxy"
# Parts of the package that are not on the extraction path (tools run by people).
NOT_ON_THE_PATH = ("pipeline.annotate", "pipeline.show", "pipeline.frames", "pipeline.spacy_bridge",
                   "pipeline.engines", "pipeline.cli", "pipeline.evaluate")


def made_up(n: int) -> str:
    """A capitalized word no lexicon holds, different for every ``n``: Vna, Vnb, ..., Vnab."""
    s = ""
    while True:
        n, k = divmod(n, len(LETTERS))
        s += LETTERS[k]
        if not n:
            return "Vn" + s


def test_every_per_word_cache_is_bounded_after_80k_new_words():
    p = Pipeline().warm()
    per, n = 2000, 80_000
    for a in range(n // per):
        words = [made_up(a * per + i) + (f" {a * per + i}," if i % 10 == 0 else "") for i in range(per)]
        rec = p("Ông " + " ".join(words) + ".", id=str(a))
        assert rec["error"] is None
    unbounded, too_big = [], []
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if info.name.startswith(NOT_ON_THE_PATH):
            continue
        mod = importlib.import_module(info.name)
        for name, obj in vars(mod).items():
            stats = getattr(obj, "cache_info", None)
            if callable(stats) and getattr(obj, "__module__", None) == mod.__name__:
                c = stats()
                if c.maxsize is None and c.currsize > 16:  # more than a loader's few keys: per-word answers
                    unbounded.append(f"{info.name}.{name}: {c.currsize} entries, no maxsize")
            elif isinstance(obj, (dict, set, list)) and len(obj) > LIMIT:
                too_big.append(f"{info.name}.{name}: {len(obj)} entries")
    assert unbounded == [] and too_big == []
