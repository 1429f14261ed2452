"""The Python API returns exactly what the CLI writes, and stages plug in by name."""
import json
import subprocess
import sys

import pytest

from pipeline import extract
from pipeline.doc import Doc
from pipeline.pipeline import DEFAULT_STAGES, Pipeline, Stage, into
from pipeline.span import Span


def test_api_matches_cli(tmp_path, sample_text):
    src = tmp_path / "000_8b08714e9c7da122.txt"
    src.write_text(sample_text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(src), "-o", str(out), "-q", "-w", "1"],
                   check=True, capture_output=True)
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line == extract(sample_text, id=src.stem, source=str(src))


def test_api_rejects_bytes():
    with pytest.raises(TypeError):
        extract("Hà Nội".encode())


def test_stage_list_is_in_dependency_order():
    names = [s.name for s in DEFAULT_STAGES]
    assert names[:2] == ["normalize", "segment"]
    assert names.index("structure") < names.index("dates")  # partial dates need the article's year
    assert names.index("entities") < names.index("documents")  # issuers come from entities
    assert names.index("dates") < names.index("counts") and names.index("documents") < names.index("counts")


def _provinces(doc: Doc) -> list[Span]:
    at = doc.text.find("Hà Nội")
    return [] if at < 0 else [doc.span(at, at + 6, "LOCATION", "rule:test")]


def test_a_new_extractor_plugs_in_without_touching_the_runner(monkeypatch):
    monkeypatch.setitem(sys.modules, "vnfacts_test_plugin", type(sys)("vnfacts_test_plugin"))
    sys.modules["vnfacts_test_plugin"].extract = _provinces
    stages = (Stage("normalize", "pipeline.normalize:stage"), Stage("segment", "pipeline.segment:stage"),
              Stage("places", "vnfacts_test_plugin:extract", "entities"))
    record = Pipeline(stages)("Hội nghị tại Hà Nội.", id="p")
    assert [(e["text"], e["source"]) for e in record["entities"]] == [("Hà Nội", "rule:test")]


def test_into_sorts_spans():
    doc = Doc(id="d", raw="Hà Nội và Huế")
    stage = into("entities", lambda d: [d.span(10, 13, "LOCATION"), d.span(0, 6, "LOCATION")])
    stage(doc)
    assert [s.text for s in doc.entities] == ["Hà Nội", "Huế"]


def test_cli_lexicon_option_makes_annotators_corrections_win(tmp_path, sample_text):
    src = tmp_path / "a.txt"
    src.write_text(sample_text, encoding="utf-8")
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("# corrected by an annotator\nQuận ủy Lê Chân\tLOCATION\nHoàng Tùng\tO\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(src), "-o", str(out), "-q", "-w", "1",
                    "--lexicon", str(lexicon)], check=True, capture_output=True)
    entities = json.loads(out.read_text(encoding="utf-8"))["entities"]
    lechan = [e for e in entities if e["text"] == "Quận ủy Lê Chân"]
    assert lechan and all(e["label"] == "LOCATION" and e["source"] == "rule:user-lexicon" for e in lechan)
    assert not [e for e in entities if e["text"] == "Hoàng Tùng"]
    # without the option the rules decide
    assert extract(sample_text)["entities"][0]["label"] == "ORGANIZATION"
