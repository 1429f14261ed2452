"""The lexicon files: present, well-formed, with provenance, loaded as tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.entities import lexicon
from pipeline.entities.lexicon import fold

DATA = Path(lexicon.__file__).resolve().parents[1] / "data" / "entities"
FILES = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".tsv"))


def test_all_expected_files_exist():
    assert {"family_names.txt", "honorifics.txt", "position_titles.tsv", "org_heads.tsv", "org_fields.txt",
            "org_qualifiers.txt", "org_names.txt", "org_descriptors.tsv", "place_units.tsv", "site_heads.txt", "regions.txt",
            "places.tsv"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_file_has_provenance_and_no_blank_fields(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{name} must start with a comment saying where its facts come from"
    width = None
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        assert all(c.strip() == c and c for c in cols), f"{name}: {line!r}"
        width = width or len(cols)
        assert len(cols) == width, f"{name}: {line!r} has {len(cols)} columns, not {width}"


@pytest.mark.parametrize("name,level", [
    ("Hải Phòng", "province"), ("Thái Bình", "province"), ("Lê Chân", "district"),
    ("Kiến Xương", "district"), ("Đông Hải", "ward"),
])
def test_places_cover_old_units(name, level):
    rows = {tuple(line.split("\t")[:2]) for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")}
    assert (name, level) in rows


def test_fold_ignores_tone_mark_placement():
    assert fold("hoà") == fold("hòa")
    assert fold("Uỷ") == fold("Ủy")
    assert fold("hoa") != fold("hòa")


@pytest.mark.parametrize("table,phrase,present", [
    (lexicon.org_heads, "Quận ủy", True),
    (lexicon.org_heads, "Quận uỷ", True),          # the other tone-mark placement
    (lexicon.position_titles, "Phó Thủ tướng", False),  # Phó is grammar, not lexicon
    (lexicon.position_titles, "thủ tướng", True),
    (lexicon.regions, "Việt Nam", True),
    (lexicon.places, "Hải Phòng", True),
])
def test_phrase_tables(table, phrase, present):
    assert (phrase in table()) is present


# Scraped lists run their items together: the next item's number glued to the
# last word ("… Bộ Công an3. Nguyễn …") or two lines with no space between
# ("Hồ Chí MinhỦy ban …").  Codes, foreign names and slipped capitals stay whole.
@pytest.mark.parametrize("token,words", [
    ("an3", ["an", "3"]),
    ("Bình26", ["Bình", "26"]),
    ("thư2", ["thư", "2"]),
    ("MinhỦy", ["Minh", "Ủy"]),
    ("MạnhBan", ["Mạnh", "Ban"]),
    ("bắtChủ", ["bắt", "Chủ"]),
    ("2017.Thủ", ["2017", ".", "Thủ"]),
    ("an3.Nguyễn", ["an", "3", ".", "Nguyễn"]),
    ("H5N1", ["H5N1"]),
    ("ASEM5", ["ASEM5"]),
    ("Covid19", ["Covid19"]),
    ("QL18", ["QL18"]),
    ("100m2", ["100m2"]),
    ("VinaPhone", ["VinaPhone"]),
    ("ThaiBinh", ["ThaiBinh"]),
    ("iPhone", ["iPhone"]),
    ("NeÁng", ["NeÁng"]),
    ("TP.HCM", ["TP.HCM"]),
    ("Nội.1962", ["Nội", ".", "1962"]),
    ("Dừa.6", ["Dừa", ".", "6"]),
    ("Q.3", ["Q.3"]),
    ("v1.2", ["v1.2"]),
])
def test_glued_words_split_run_together_lines(token, words):
    assert lexicon.glued_words(token) == words


@pytest.mark.parametrize("text,expected", [
    ("1. Lê Văn An - Đại tướng, Bộ trưởng Bộ Công an2. Trần Văn Bình - Bộ trưởng Bộ Tài chính3. Ngô Văn Cường",
     {("Bộ trưởng Bộ Công an", "POSITION"), ("Bộ trưởng Bộ Tài chính", "POSITION"), ("Trần Văn Bình", "PERSON")}),
    ("Tô Văn Hùng - Giám đốc Học viện Chính trị Quốc gia Hồ Chí MinhỦy ban Kiểm tra Trung ương (12 người)",
     {("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh", "POSITION"), ("Ủy ban Kiểm tra Trung ương", "ORGANIZATION")}),
])
def test_run_together_list_items_end_their_entities(text, expected):
    from pipeline.pipeline import Pipeline
    record = Pipeline()(text)
    got = {(e["text"], e["label"]) for e in record["entities"]}
    assert expected <= got, got
