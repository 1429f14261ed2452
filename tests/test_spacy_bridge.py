"""pipeline.to_spacy: a record as a spaCy Doc whose ents and span groups are exactly the record's facts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

sys.path.insert(0, str(Path(__file__).parent / "annotate"))
from annotate_records import sample_record  # noqa: E402

from pipeline import to_spacy  # noqa: E402
from pipeline.spacy_bridge import from_spacy  # noqa: E402


@pytest.fixture(scope="module")
def record():
    return sample_record()


def test_ents_are_the_records_entities(record):
    doc = to_spacy(record)
    assert doc.text == record["text"]
    assert [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents] == \
        [(e["start"], e["end"], e["label"], e["text"]) for e in record["entities"]]
    assert doc._.record_id == "000_8b08714e9c7da122"


def test_span_groups_hold_the_other_facts(record):
    doc = to_spacy(record)
    assert [s.text for s in doc.spans["dates"]] == ["Chiều 12/10", "ngày 03/6/2013"]
    assert [s._.fact["value"] for s in doc.spans["dates"]] == ["2023-10-12", "2013-06-03"]
    assert [(s.text, s.label_) for s in doc.spans["documents"]] == [("Kết luận số 43-KL/TW", "DOCUMENT")]
    assert doc.spans["documents"][0]._.fact["symbol"] == "43-KL/TW"
    assert [(s.text, s._.fact["unit"]) for s in doc.spans["counts"]] == [("62 mô hình", "mô hình")]
    positions = {s.text: s._.fact["holders"] for s in doc.spans["positions"]}
    assert positions["Bí thư Quận ủy"] == ["Trần Thu Hương"]
    assert positions["Ủy viên Ban Thường vụ Thành ủy"] == []
    assert len(positions) == sum(e["label"] == "POSITION" for e in record["entities"])


def _rec(text, *spans):
    ents = []
    for surface, label, start in spans:
        assert text[start:start + len(surface)] == surface
        ents.append({"label": label, "text": surface, "start": start, "end": start + len(surface)})
    return {"id": "t", "text": text, "entities": ents}


# Spans at places a word tokenizer would not cut: inside a word, at a space,
# after an emoji, across a line break, at the very start and end.
CASES = [
    ("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Nam.", [("Nguyễn Văn A", "PERSON", 4), ("Chủ tịch UBND tỉnh Hà Nam", "POSITION", 18)]),
    ("UBND tỉnhHà Nam họp", [("Hà Nam", "LOCATION", 9)]),                 # glued words: cut inside a token
    ("Bộ trưởng  Bộ Công an", [(" Bộ Công an", "ORGANIZATION", 10)]),      # span starting on a space
    ("🇻🇳 Việt Nam thắng", [("Việt Nam", "LOCATION", 3)]),                 # astral characters before
    ("Hải\nPhòng", [("Hải\nPhòng", "LOCATION", 0)]),                       # line break inside
    ("TP.HCM", [("TP", "LOCATION", 0), ("HCM", "LOCATION", 3)]),           # inner dot: split in three
    ("Lê Chân ", [("Lê Chân ", "LOCATION", 0)]),                           # trailing space inside the span
]


@pytest.mark.parametrize("text,spans", CASES)
def test_every_span_is_an_exact_token_span(text, spans):
    rec = _rec(text, *spans)
    doc = to_spacy(rec)
    assert doc.text == text
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [(s, lab, st) for s, lab, st in spans]
    assert from_spacy(doc)["entities"] == rec["entities"]


def test_plain_text_is_cut_into_words_and_marks():
    doc = to_spacy(_rec("Quận ủy Lê Chân, ngày 3/6."))
    assert [t.text for t in doc] == ["Quận", "ủy", "Lê", "Chân", ",", "ngày", "3", "/", "6", "."]


def test_overlapping_entities_are_refused():
    rec = _rec("Quận ủy Lê Chân", ("Quận ủy Lê Chân", "ORGANIZATION", 0), ("Lê Chân", "LOCATION", 8))
    with pytest.raises(ValueError):
        to_spacy(rec)


def test_offsets_that_do_not_fit_the_text_are_refused():
    rec = _rec("Quận ủy Lê Chân", ("Lê Chân", "LOCATION", 8))
    rec["entities"][0]["start"] = 7
    with pytest.raises(ValueError, match="does not|!="):
        to_spacy(rec)


def test_unknown_label_is_refused():
    with pytest.raises(ValueError, match="unknown entity label"):
        to_spacy(_rec("Hội nghị tổng kết", ("Hội nghị", "EVENT", 0)))


def test_another_pipelines_vocab_can_be_used():
    nlp = spacy.blank("en")
    doc = to_spacy(_rec("Bí thư Quận ủy Trần Thu Hương", ("Trần Thu Hương", "PERSON", 15)), nlp)
    assert doc.vocab is nlp.vocab
    assert [e.text for e in doc.ents] == ["Trần Thu Hương"]
