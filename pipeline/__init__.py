"""vnfacts: Vietnamese news articles to structured facts.

    >>> from pipeline import extract
    >>> record = extract("Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị.", id="a1")
    >>> record["dates"][0]["text"]
    'Chiều 12/10'

``extract`` returns the same dict that ``vnfacts extract`` writes as one JSON line.
"""
from __future__ import annotations

import gc as _gc
from itertools import islice as _islice
from typing import Any

__version__ = "0.1.0"
# Every per-word cache of the pipeline holds at most this many words: an archive
# keeps bringing new names, numbers and typos, and memory must not grow with them
# (tests/test_memory_bounds.py checks every module).
WORD_CACHE = 1 << 16
# The five combining tone marks of decomposed (NFD) text: huyền, sắc, hỏi, ngã, nặng;
# and a str.translate table that deletes them.
TONES = "\u0300\u0301\u0309\u0303\u0323"
WITHOUT_TONES = dict.fromkeys(map(ord, TONES))
# A str.translate table that deletes every combining mark of decomposed text (tones,
# hats, horns, breves), as acronyms are written: "Ủy ban" gives "Uy ban"; "Đ", a
# letter of its own, stays.
WITHOUT_MARKS = dict.fromkeys(range(0x300, 0x370))
# The most rows :func:`columns` transposes at once: ``zip(*rows)`` makes an iterator per
# row, each tracked by the garbage collector, and more than the collector's threshold
# (700) alive at once would start a collection, by the hundred on a long article (the
# slowest part where the lexicons are not frozen: gc.freeze).
COLUMN_BLOCK = 256
__all__ = ["extract", "to_spacy", "__version__"]


def extract(text: str, id: str = "", source: str | None = None,
            meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run the default pipeline over one article's text; return its record (``spec/OUTPUT.md``)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article as str, not {type(text).__name__}")
    from .pipeline import default_pipeline
    return default_pipeline()(text, id=id, source=source, meta=meta)


def columns(rows: list[tuple], width: int) -> list[list]:
    """The first ``width`` columns of equally long tuples ``rows`` (the tokens'
    word infos), by transposing them: no call per row.  All rows at once where
    their iterators stay well under the collector's threshold (the batch
    runner's, ``runner.GC_YOUNG``), else :data:`COLUMN_BLOCK` rows at a time."""
    if len(rows) <= _gc.get_threshold()[0] // 2:
        return [list(col) for col in _islice(zip(*rows), width)] if rows else [[] for _ in range(width)]
    cols: list[list] = [[] for _ in range(width)]
    for k in range(0, len(rows), COLUMN_BLOCK):
        for col, part in zip(cols, zip(*rows[k:k + COLUMN_BLOCK])):
            col += part
    return cols


def to_spacy(record: dict[str, Any], nlp=None):
    """A spaCy ``Doc`` of the record's normalized text with ``doc.ents`` and span groups."""
    from .spacy_bridge import to_spacy as _to_spacy
    return _to_spacy(record, nlp)
