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
