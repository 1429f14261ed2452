"""The lexicons and gazetteers under pipeline/data: plain UTF-8 text, each
saying where its facts come from (its own facts, nothing copied from another
project), no line given twice (a repeated entry is
a merge left-over at best, and a second reading of a row at worst)."""
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
FILES = sorted(p for p in DATA.rglob("*") if p.suffix in (".txt", ".tsv"))


def _entries(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_there_are_data_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_entry_is_listed_twice(path):
    repeated = [line for line, n in Counter(_entries(path)).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_each_file_names_its_source(path):
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("source" in line.lower() or "written from" in line.lower() for line in head), \
        f"{path.name}: no '# Source: …' nor '# Written from …' line"
