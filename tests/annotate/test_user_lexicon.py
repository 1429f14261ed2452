"""The user lexicon stage: whole-word matches the pipeline prefers, loaded from VNFACTS_LEXICON at run time."""
from __future__ import annotations

import os

import pytest

from pipeline.annotate.lexicon import LexiconError, build, load, merge, parse, stage
from pipeline.doc import Doc
from pipeline.record import build_record, check_record

LEX = build({
    "Trần Thu Hương": "PERSON",
    "Hà Nam": "LOCATION",
    "Khánh Hòa": "LOCATION",
    "Ban Dân vận Thành ủy": "ORGANIZATION",
    "Trưởng Ban Dân vận Thành ủy": "POSITION",
    "Đảng": "ORGANIZATION",
    "Dân vận khéo": "O",
})

# (text, expected matches as (surface, label))
FIND = [
    ("Đồng chí Trần Thu Hương phát biểu", [("Trần Thu Hương", "PERSON")]),
    ("Ông Trần Thu Hươngg", []),                                                 # not a whole word
    ("tỉnh Hà Nam, tỉnh Khánh Hoà", [("Hà Nam", "LOCATION"), ("Khánh Hoà", "LOCATION")]),  # tone placement
    ("Trưởng Ban Dân vận Thành ủy dự", [("Trưởng Ban Dân vận Thành ủy", "POSITION")]),  # longest wins
    ("lãnh đạo của Đảng; đảng viên", [("Đảng", "ORGANIZATION")]),               # case-sensitive
    ("Đảngbộ", []),
    ("mô hình “Dân vận khéo”", [("Dân vận khéo", "O")]),
    ("HàNam", []),
]


@pytest.mark.parametrize("text,expected", FIND)
def test_find(text, expected):
    assert [(text[s:e], lab) for s, e, lab in LEX.find(text)] == expected


def _doc(text, *spans):
    doc = Doc(id="t", raw=text)
    for surface, label in spans:
        i = text.index(surface)
        doc.entities.append(doc.span(i, i + len(surface), label, "rule:test", 0.8))
    return doc


# (text, rule spans, entities after the stage as (surface, label, source))
MERGE = [
    # the annotator's longer span replaces a shorter rule span
    ("Đồng chí Trần Thu Hương phát biểu", [("Trần Thu", "PERSON")],
     [("Trần Thu Hương", "PERSON", "rule:user-lexicon")]),
    # relabel: same offsets, the lexicon's label
    ("tỉnh Hà Nam có mưa", [("Hà Nam", "ORGANIZATION")], [("Hà Nam", "LOCATION", "rule:user-lexicon")]),
    # a rule span strictly containing the entry wins: the outermost span is the annotated one
    ("UBND tỉnh Hà Nam họp", [("UBND tỉnh Hà Nam", "ORGANIZATION")],
     [("UBND tỉnh Hà Nam", "ORGANIZATION", "rule:test")]),
    # an entry crossing a rule span's edge replaces it
    ("Chủ tịch Trần Thu Hương phát biểu", [("Chủ tịch Trần", "POSITION")],
     [("Trần Thu Hương", "PERSON", "rule:user-lexicon")]),
    # O removes a rule span with exactly that text, leaves the others
    ("Lê Chân có 62 mô hình Dân vận khéo", [("Lê Chân", "LOCATION"), ("Dân vận khéo", "ORGANIZATION")],
     [("Lê Chân", "LOCATION", "rule:test")]),
    # an entry where the rules found nothing is added, in order
    ("Bí thư Trần Thu Hương và Lê Trí Vũ", [("Bí thư", "POSITION"), ("Lê Trí Vũ", "PERSON")],
     [("Bí thư", "POSITION", "rule:test"), ("Trần Thu Hương", "PERSON", "rule:user-lexicon"),
      ("Lê Trí Vũ", "PERSON", "rule:test")]),
]


@pytest.mark.parametrize("text,rule,expected", MERGE)
def test_user_entries_win_over_rule_spans(text, rule, expected, tmp_path, monkeypatch):
    path = tmp_path / "lex.tsv"
    path.write_text("# test lexicon\nTrần Thu Hương\tPERSON\nHà Nam\tLOCATION\nDân vận khéo\tO\n", encoding="utf-8")
    monkeypatch.setenv("VNFACTS_LEXICON", str(path))
    doc = _doc(text, *rule)
    stage(doc)
    assert [(s.text, s.label, s.source) for s in doc.entities] == expected
    assert check_record(build_record(doc)) == []


def test_without_a_lexicon_the_stage_changes_nothing(monkeypatch):
    monkeypatch.delenv("VNFACTS_LEXICON", raising=False)
    doc = _doc("Đồng chí Trần Thu Hương phát biểu", ("Trần Thu", "PERSON"))
    before = list(doc.entities)
    stage(doc)
    assert doc.entities == before


def test_an_edited_lexicon_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "lex.tsv"
    path.write_text("Hà Nam\tLOCATION\n", encoding="utf-8")
    monkeypatch.setenv("VNFACTS_LEXICON", str(path))
    assert load().entries == {"Hà Nam": "LOCATION"}
    path.write_text("Hà Nam\tLOCATION\nLê Chân\tLOCATION\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert load().entries == {"Hà Nam": "LOCATION", "Lê Chân": "LOCATION"}


def test_several_files_later_ones_override(tmp_path, monkeypatch):
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("Hội nghị\tORGANIZATION\nHà Nam\tLOCATION\n", encoding="utf-8")
    b.write_text("Hội nghị\tO\n", encoding="utf-8")
    monkeypatch.setenv("VNFACTS_LEXICON", f"{a}{os.pathsep}{b}")
    assert load().entries == {"Hội nghị": "O", "Hà Nam": "LOCATION"}


def test_a_missing_lexicon_file_fails_loudly(tmp_path, monkeypatch):
    monkeypatch.setenv("VNFACTS_LEXICON", str(tmp_path / "nope.tsv"))
    with pytest.raises(LexiconError, match="does not exist"):
        stage(_doc("Hà Nam"))


BAD = [
    ("Hà Nam LOCATION", "expected 'surface<TAB>LABEL'"),
    ("Hà Nam\tPLACE", "unknown label"),
    ("\tPERSON", "empty surface"),
]


@pytest.mark.parametrize("line,message", BAD)
def test_bad_lines_fail_loudly_with_their_number(line, message):
    with pytest.raises(LexiconError, match=f"lex.tsv:2: {message}"):
        parse(["# header", line], "lex.tsv")


def test_parse_normalizes_form_and_label():
    nfd = "Kha\u0301nh  Ho\u0300a"
    assert parse([f"{nfd}\tlocation"], "x") == {"Khánh Hòa": "LOCATION"}


def test_merge_keeps_entities_sorted_and_flat():
    doc = _doc("Trưởng Ban Dân vận Thành ủy Lê Trí Vũ", ("Ban Dân vận Thành ủy", "ORGANIZATION"), ("Lê Trí Vũ", "PERSON"))
    user = [doc.span(0, 27, "POSITION", "rule:user-lexicon")]
    out = merge(doc.entities, user, [])
    assert [(s.text, s.label) for s in out] == [("Trưởng Ban Dân vận Thành ủy", "POSITION"), ("Lê Trí Vũ", "PERSON")]
