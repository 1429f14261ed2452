"""Export -> import with no edits gives back exactly the pipeline's entities, in all three formats."""
from __future__ import annotations

import json

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate_records import facts_with_short_name, sample_record, sample_text
from pipeline.annotate import LABELS, record_entities
from pipeline.annotate import doccano, label_studio, spacy_docbin
from pipeline.cli import main
from pipeline.record import error_record

FORMATS = {
    "label-studio": (label_studio.export, lambda b: label_studio.import_(b, use_predictions=True)[0]),
    "doccano": (doccano.export, doccano.import_),
    "spacy": (spacy_docbin.export, spacy_docbin.import_),
}


def _gold(record):
    return {"id": record["id"], "text": record["text"], "entities": record_entities(record)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_sample_article_round_trip(fmt):
    record = sample_record()
    export, import_ = FORMATS[fmt]
    assert import_(export([record])) == [_gold(record)]


# Vietnamese text with what breaks naive offset handling: NFC letters with
# diacritics, line breaks, curly quotes, and characters outside the BMP.
TEXT = sample_text()[:600] + "\n\n“Dân vận khéo” 🇻🇳 ở Đông Hải 😀 Lê Chân."


@st.composite
def spans(draw, text=TEXT):
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=24))))
    out = []
    for a, b in zip(cuts, cuts[1:]):  # each stretch between two cuts is a span or a gap: spans may touch
        if draw(st.booleans()):
            out.append({"label": draw(st.sampled_from(LABELS)), "text": text[a:b], "start": a, "end": b})
    return {"id": draw(st.sampled_from(["a1", "000_8b08714e9c7da122", "bài-số-2"])), "text": text, "entities": out}


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=spans())
def test_random_spans_round_trip(fmt, record):
    export, import_ = FORMATS[fmt]
    assert import_(export([record])) == [record]


def test_cli_round_trip_leaves_out_error_records(tmp_path):
    record = sample_record()
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(orjson.dumps(record) + b"\n" + orjson.dumps(error_record("hỏng", None, "timeout")) + b"\n")
    runner = CliRunner()
    for fmt in FORMATS:
        out, gold = tmp_path / f"out.{fmt}", tmp_path / f"gold.{fmt}.jsonl"
        r = runner.invoke(main, ["export", str(facts), "--format", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert "left out 1 error records (hỏng)" in r.output
        args = ["import", str(out), "--format", fmt, "-o", str(gold)]
        r = runner.invoke(main, args + (["--use-predictions"] if fmt == "label-studio" else []))
        assert r.exit_code == 0, r.output
        assert [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()] == [_gold(record)]


def test_label_studio_task_format():
    record = sample_record()
    task = json.loads(label_studio.export([record]))[0]
    assert task["data"] == {"text": record["text"], "doc_id": record["id"]}
    region = task["predictions"][0]["result"][0]
    assert region["from_name"] == "label" and region["to_name"] == "text" and region["type"] == "labels"
    assert region["value"] == {"start": 50, "end": 65, "text": "Quận ủy Lê Chân", "labels": ["ORGANIZATION"]}


def test_doccano_line_format():
    line = json.loads(doccano.export([sample_record()]).splitlines()[0])
    assert line["label"][0] == [50, 65, "ORGANIZATION"]
    assert line["doc_id"] == "000_8b08714e9c7da122"


def test_export_refuses_spacy_to_stdout(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(orjson.dumps(sample_record()) + b"\n")
    r = CliRunner().invoke(main, ["export", str(facts), "--format", "spacy", "-o", "-"])
    assert r.exit_code != 0 and "binary" in r.output


def test_export_refuses_records_with_bad_offsets(tmp_path):
    record = sample_record()
    record["entities"][0]["start"] += 1
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(orjson.dumps(record) + b"\n")
    r = CliRunner().invoke(main, ["export", str(facts), "--format", "doccano", "-o", str(tmp_path / "o")])
    assert r.exit_code != 0 and "Quận ủy Lê Chân" in r.output
    assert not (tmp_path / "o").exists()


def test_doccano_correction_feeds_the_lexicon_with_only_the_change(tmp_path):
    """An annotator extends a name cut short in doccano; the lexicon learns that name and nothing else."""
    record, wrong, facts = facts_with_short_name(tmp_path, "Phạm Văn Tân", " Tân")
    exported = tmp_path / "doccano.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["export", str(facts), "--format", "doccano", "-o", str(exported)]).exit_code == 0
    line = json.loads(exported.read_text(encoding="utf-8"))
    for span in line["label"]:
        if span[0] == wrong["start"]:
            span[1] += len(" Tân")
    exported.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    lexicon = tmp_path / "lexicon.tsv"
    r = runner.invoke(main, ["import", str(exported), "--format", "doccano", "-o", str(tmp_path / "gold.jsonl"),
                             "--lexicon-out", str(lexicon), "--against", str(facts)])
    assert r.exit_code == 0, r.output
    assert lexicon.read_text(encoding="utf-8").splitlines()[1:] == ["Phạm Văn Tân\tPERSON"]
    gold = json.loads((tmp_path / "gold.jsonl").read_text(encoding="utf-8"))
    assert [e for e in gold["entities"] if e["start"] == wrong["start"]][0]["text"] == "Phạm Văn Tân"
