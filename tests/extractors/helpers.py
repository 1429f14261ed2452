"""Run the extractors on one text the way the pipeline does, and check spans."""
from __future__ import annotations

import unicodedata

from pipeline.doc import Doc
from pipeline.extractors import counts, dates, documents
from pipeline.span import Span


def doc_of(text: str, published: str | None = None) -> Doc:
    doc = Doc(id="t", raw=unicodedata.normalize("NFC", text))
    if published is not None:
        doc.meta["published"] = published
    return doc


def checked(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, after asserting the contract every extractor keeps."""
    assert isinstance(spans, list)
    for s in spans:
        assert doc.text[s.start:s.end] == s.text, s
        assert s.source.startswith("rule:") and 0 < s.score <= 1, s
        assert s.text == s.text.strip(), s
    return spans


def run(text: str, published: str | None = None) -> Doc:
    """documents -> dates -> counts, as the default pipeline orders them."""
    doc = doc_of(text, published)
    doc.documents = checked(doc, documents.extract(doc))
    doc.dates = checked(doc, dates.extract(doc))
    doc.counts = checked(doc, counts.extract(doc))
    return doc
