"""Run the entity stage on one text and list what it found."""
from __future__ import annotations

import unicodedata

from pipeline.doc import Doc
from pipeline.entities import extract


def doc_of(text: str) -> Doc:
    return Doc(id="t", raw=unicodedata.normalize("NFC", text))


def found(text: str, label: str | None = None) -> list[tuple[str, str]]:
    """(label, text) of every entity, in order; only ``label`` if given."""
    doc = doc_of(text)
    spans = extract(doc)
    for s in spans:
        assert doc.text[s.start:s.end] == s.text
        assert s.source.startswith("rule:") and 0 < s.score <= 1
    return [(s.label, s.text) for s in spans if label is None or s.label == label]


def texts(text: str, label: str) -> list[str]:
    return [t for _, t in found(text, label)]


def label_tests(label: str, cases: list[tuple[str, list[str]]], negatives: list[str]):
    """The two table tests of one label: what each text yields, and texts that yield none."""
    import pytest

    @pytest.mark.parametrize("text,expected", cases)
    def test_found(text, expected):
        assert texts(text, label) == expected

    @pytest.mark.parametrize("text", negatives)
    def test_none(text):
        assert texts(text, label) == []

    return test_found, test_none
