"""The record contract (spec/OUTPUT.md) on real output: schema, invariants, raw offsets."""
import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from pipeline import extract
from pipeline.record import check_record, error_record

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "pipeline" / "data" / "record.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _validate(record):
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_sample_article_record_is_valid(sample_text):
    record = extract(sample_text, id="000_8b08714e9c7da122", source="corpus/000_8b08714e9c7da122.txt")
    _validate(record)
    assert check_record(record, sample_text) == []
    assert record["entities"] and record["documents"] and record["dates"] and record["counts"]
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_dev_articles_are_valid(shared):
    for path in sorted((shared / "data" / "dev" / "articles").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        record = extract(raw, id=path.stem)
        _validate(record)
        assert check_record(record, raw) == [], path.name


def test_error_record_is_valid():
    record = error_record("x1", "in.jsonl:3", "input: line 3 has no 'text' field")
    _validate(record)
    assert record["error"] and record["entities"] == [] and record["text"] == ""


def _unscored(record, span):
    """True when no correction touches the span (then raw and text agree up to NFC and line ends)."""
    return all(c["end"] <= span["start"] or c["start"] >= span["end"]
               for c in record["corrections"] if c["kind"] not in ("unicode", "space", "tone"))


@pytest.mark.parametrize("transform", [
    pytest.param(lambda t: t, id="as-is"),
    pytest.param(lambda t: unicodedata.normalize("NFD", t), id="NFD"),
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="CRLF"),
    pytest.param(lambda t: "\ufeff" + unicodedata.normalize("NFD", t).replace("\n", "\r\n"), id="BOM+NFD+CRLF"),
])
def test_raw_offsets_point_at_the_same_words(sample_text, transform):
    raw = transform(sample_text)
    record = extract(raw, id="t")
    assert check_record(record, raw) == []
    clean = extract(sample_text, id="t")
    # normalization makes the variants the same text with the same facts
    assert record["text"] == clean["text"]
    assert [(e["label"], e["start"]) for e in record["entities"]] == [(e["label"], e["start"]) for e in clean["entities"]]
    for field in ("entities", "documents", "dates", "counts"):
        for span in record[field]:
            if _unscored(record, span):
                got = unicodedata.normalize("NFC", raw[span["raw_start"]:span["raw_end"]])
                assert got.replace("\r\n", "\n").lstrip("\ufeff") == unicodedata.normalize("NFC", span["text"]), (field, span)


def _plain_span_dict(doc, span):
    """A span's record dict the plain way, from the methods that define each field."""
    d = span.to_dict()
    d["raw_start"], d["raw_end"] = doc.to_raw(span.start, span.end)
    d["sentence"] = doc.sentence_of(span.start)
    d["zone"] = doc.zone_of(span.start)
    return d


def test_span_dicts_are_the_plain_ones(shared):
    """record._span_dicts writes to_dict, to_raw, sentence_of and zone_of out in one
    loop: it gives the same dicts, keys in the same order, on the dev articles and on
    typo-laden text whose normalization moves offsets."""
    from pipeline.doc import Doc
    from pipeline.pipeline import default_pipeline
    from pipeline.record import FACT_FIELDS, _span_dicts

    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in
              (shared / "data" / "dev" / "typos" / "input.jsonl").read_text(encoding="utf-8").splitlines()[:20]]
    moved = 0
    for text in texts:
        doc = default_pipeline().run(Doc(id="t", raw=text))
        moved += bool(len(doc.offsets))
        for field in FACT_FIELDS:
            spans = getattr(doc, field)
            fast = _span_dicts(doc, spans)
            plain = [_plain_span_dict(doc, s) for s in spans]
            assert [list(d.items()) for d in fast] == [list(d.items()) for d in plain]
    assert moved   # some texts went through the offset map
