"""Reading what annotation tools export: which annotation counts, both doccano styles, offsets checked."""
from __future__ import annotations

import json
import zlib

import orjson
import pytest
from spacy.tokens import Doc as SpacyDoc, DocBin

from pipeline.annotate import AnnotationError, doccano, label_studio, spacy_docbin
from pipeline.annotate.cli import lexicon_entries, write_lexicon
from pipeline.spacy_bridge import blank_nlp

TEXT = "Đồng chí Trần Thu Hương, Ủy viên Thành ủy, Bí thư Quận ủy phát biểu tại Hội nghị."


def region(surface, label, nth=0, text=TEXT, rid=None):
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return {"id": rid or surface[:4], "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": i, "end": i + len(surface), "text": surface, "labels": [label]}}


def ls_task(annotations, predictions=(), text=TEXT, doc_id="bai-1"):
    return {"id": 7, "data": {"text": text, "doc_id": doc_id}, "annotations": list(annotations),
            "predictions": list(predictions)}


def ann(id, results, updated, cancelled=False):
    return {"id": id, "result": results, "was_cancelled": cancelled, "created_at": "2026-11-01T08:00:00Z",
            "updated_at": updated}


def ls_import(tasks, **kw):
    return label_studio.import_(json.dumps(tasks).encode(), **kw)


def surfaces(records):
    return [[(e["text"], e["label"]) for e in r["entities"]] for r in records]


# (annotations of one task, the entities that must be read)
CHOICES = [
    ([ann(1, [region("Trần Thu Hương", "PERSON")], "2026-11-02T08:00:00Z"),
      ann(2, [region("Trần Thu", "PERSON")], "2026-11-01T09:00:00Z")],
     [("Trần Thu Hương", "PERSON")]),                                   # latest update wins
    ([ann(1, [region("Trần Thu Hương", "PERSON")], "2026-11-01T08:00:00Z"),
      ann(2, [region("Bí thư Quận ủy", "POSITION")], "2026-11-03T08:00:00Z", cancelled=True)],
     [("Trần Thu Hương", "PERSON")]),                                   # a cancelled (skipped) one never counts
    ([ann(3, [region("Bí thư Quận ủy", "POSITION"), region("Ủy viên Thành ủy", "POSITION")],
          "2026-11-05T08:00:00Z")],
     [("Ủy viên Thành ủy", "POSITION"), ("Bí thư Quận ủy", "POSITION")]),  # sorted by offset
    ([ann(4, [region("Trần Thu Hương", "PERSON"),
              {"id": "r", "from_name": "rel", "to_name": "text", "type": "relation", "from_id": "Trần", "to_id": "Bí t"},
              {"id": "c", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": ["ok"]}}],
          "2026-11-05T08:00:00Z")],
     [("Trần Thu Hương", "PERSON")]),                                   # relations and comments are not spans
    ([ann(5, [], "2026-11-05T08:00:00Z")], []),                          # an annotator deleted everything
]


@pytest.mark.parametrize("annotations,expected", CHOICES)
def test_label_studio_takes_the_latest_live_annotation(annotations, expected):
    records, report = ls_import([ls_task(annotations)])
    assert surfaces(records) == [expected]
    assert records[0]["id"] == "bai-1" and records[0]["text"] == TEXT
    assert report.from_annotations == 1


def test_label_studio_unannotated_tasks_are_skipped_unless_predictions_are_asked_for():
    pred = {"id": 9, "model_version": "vnfacts-0.1.0", "result": [region("Hội nghị", "ORGANIZATION")]}
    tasks = [ls_task([], [pred]), ls_task([ann(1, [], "2026-11-01T08:00:00Z", cancelled=True)], doc_id="bai-2")]
    records, report = ls_import(tasks)
    assert records == [] and report.skipped == ["bai-1", "bai-2"]
    records, report = ls_import(tasks, use_predictions=True)
    assert surfaces(records) == [[("Hội nghị", "ORGANIZATION")]]
    assert report.from_predictions == 1 and report.skipped == ["bai-2"]


def test_label_studio_plain_export_lists_prediction_ids_only():
    records, report = ls_import([ls_task([], [12])], use_predictions=True)
    assert records == [] and report.skipped == ["bai-1"]


def test_label_studio_json_min_rows():
    i = TEXT.index("Trần Thu Hương")
    row = {"id": 3, "text": TEXT, "doc_id": "bai-1",
           "label": [{"start": i, "end": i + 14, "text": "Trần Thu Hương", "labels": ["PERSON"]}]}
    records, _ = ls_import([row])
    assert surfaces(records) == [[("Trần Thu Hương", "PERSON")]] and records[0]["id"] == "bai-1"


def test_label_studio_utf16_offsets_of_old_versions_are_read():
    text = "😀 Ông Lê Trí Vũ phát biểu"
    i = text.index("Lê Trí Vũ")
    r = {"id": "x", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": i + 1, "end": i + 10, "text": "Lê Trí Vũ", "labels": ["PERSON"]}}  # JS counts 😀 as 2
    records, _ = ls_import([ls_task([ann(1, [r], "2026-11-01T08:00:00Z")], text=text)])
    assert records[0]["entities"] == [{"label": "PERSON", "text": "Lê Trí Vũ", "start": i, "end": i + 9}]


BAD_REGIONS = [
    ({"start": 9, "end": 23, "text": "Trần Thu Hươn", "labels": ["PERSON"]}, "Label Studio says"),
    ({"start": 9, "end": 23, "text": "Trần Thu Hương", "labels": ["NGƯỜI"]}, "unknown label"),
    ({"start": 9, "end": 23, "text": "Trần Thu Hương", "labels": ["PERSON", "POSITION"]}, "2 labels"),
    ({"start": 9, "end": 230, "labels": ["PERSON"]}, "outside the text"),
]


@pytest.mark.parametrize("value,message", BAD_REGIONS)
def test_label_studio_bad_regions_fail_loudly(value, message):
    r = {"id": "x", "from_name": "label", "to_name": "text", "type": "labels", "value": value}
    with pytest.raises(AnnotationError, match=message):
        ls_import([ls_task([ann(1, [r], "2026-11-01T08:00:00Z")])])


def test_overlapping_annotations_fail_loudly():
    rs = [region("Bí thư Quận ủy", "POSITION"), region("Quận ủy", "ORGANIZATION")]
    with pytest.raises(AnnotationError, match="overlap"):
        ls_import([ls_task([ann(1, rs, "2026-11-01T08:00:00Z")])])


def _doccano_lines(*rows):
    return b"".join(orjson.dumps(r) + b"\n" for r in rows)


DOCCANO = [
    ({"id": 1, "text": TEXT, "label": [[9, 23, "PERSON"], [43, 57, "POSITION"]], "doc_id": "bai-1"}, "bai-1"),
    ({"id": 1, "text": TEXT, "entities": [{"id": 5, "label": "PERSON", "start_offset": 9, "end_offset": 23},
                                          {"id": 6, "label": "POSITION", "start_offset": 43, "end_offset": 57}],
      "relations": [], "meta": {"doc_id": "bai-1"}}, "bai-1"),
    ({"id": 17, "text": TEXT, "label": [{"start_offset": 9, "end_offset": 23, "label": "PERSON"},
                                        {"start_offset": 43, "end_offset": 57, "label": "POSITION"}]}, 17),
]


@pytest.mark.parametrize("row,doc_id", DOCCANO)
def test_doccano_both_export_styles(row, doc_id):
    (record,) = doccano.import_(_doccano_lines(row))
    assert record["id"] == doc_id
    assert surfaces([record]) == [[("Trần Thu Hương", "PERSON"), ("Bí thư Quận ủy", "POSITION")]]


def test_doccano_classification_export_is_refused():
    with pytest.raises(AnnotationError, match="text-classification"):
        doccano.import_(_doccano_lines({"text": TEXT, "label": ["chính trị"]}))


def test_docbin_from_elsewhere_gets_numbered_ids():
    vocab = blank_nlp().vocab
    doc = SpacyDoc(vocab, words=["Ông", "Lê", "Trí", "Vũ", "phát", "biểu"], spaces=[True] * 5 + [False])
    doc.ents = [doc.char_span(4, 13, label="PERSON")]
    db = DocBin()
    db.add(doc)
    (record,) = spacy_docbin.import_(db.to_bytes())
    assert record == {"id": "doc-0", "text": "Ông Lê Trí Vũ phát biểu",
                      "entities": [{"label": "PERSON", "text": "Lê Trí Vũ", "start": 4, "end": 13}]}


@pytest.mark.parametrize("data", [b"\x00\x01 not a docbin", b"", zlib.compress(b"\x81\xa1a\x01")])
def test_docbin_garbage_is_refused(data):
    with pytest.raises(AnnotationError, match="DocBin"):
        spacy_docbin.import_(data)


def _ents(*items):
    out = []
    for surface, label, nth in items:
        i = -1
        for _ in range(nth + 1):
            i = TEXT.index(surface, i + 1)
        out.append({"label": label, "text": surface, "start": i, "end": i + len(surface)})
    return out


def test_lexicon_learns_only_what_annotators_changed():
    predicted = {"bai-1": _ents(("Trần Thu", "PERSON", 0), ("Ủy viên Thành ủy", "POSITION", 0),
                                ("Quận ủy", "LOCATION", 0), ("Hội nghị", "ORGANIZATION", 0))}
    gold = [{"id": "bai-1", "text": TEXT,
             "entities": _ents(("Trần Thu Hương", "PERSON", 0), ("Ủy viên Thành ủy", "POSITION", 0),
                               ("Quận ủy", "ORGANIZATION", 0))}]
    entries, ambiguous = lexicon_entries(gold, predicted)
    # extended boundary, relabeled span, deleted span; the confirmed one is not needed
    assert entries == {"Trần Thu Hương": "PERSON", "Quận ủy": "ORGANIZATION", "Hội nghị": "O"}
    assert ambiguous == []


def test_lexicon_leaves_out_forms_with_two_labels():
    text = "Hà Nam thắng; UBND tỉnh Hà Nam"
    gold = [{"id": "a", "text": text, "entities": [
        {"label": "LOCATION", "text": "Hà Nam", "start": 0, "end": 6},
        {"label": "ORGANIZATION", "text": "Hà Nam", "start": 24, "end": 30}]}]
    entries, ambiguous = lexicon_entries(gold)
    assert entries == {} and ambiguous == ["Hà Nam"]


def test_write_lexicon_merges_into_an_existing_file(tmp_path):
    path = tmp_path / "lex.tsv"
    path.write_text("# mine\nLê Trí Vũ\tPERSON\nHội nghị\tORGANIZATION\n", encoding="utf-8")
    assert write_lexicon(str(path), {"Hội nghị": "O", "Trần Thu Hương": "PERSON"}, "export.json") == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# vnfacts user lexicon")
    assert lines[1:] == ["Hội nghị\tO", "Lê Trí Vũ\tPERSON", "Trần Thu Hương\tPERSON"]
