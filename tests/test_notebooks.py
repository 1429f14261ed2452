"""The analysts' notebooks run top to bottom (nbclient, a kernel on this very
Python, i.e. the project venv) on the bundled corpus and the dev gold, with
no error and with their plots rendered as PNG."""
from __future__ import annotations

import base64
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

pytestmark = pytest.mark.slow


def _execute(name: str, tmp_path: Path, monkeypatch, **env: str) -> nbformat.NotebookNode:
    monkeypatch.setenv("VNFACTS_OUT", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for key in ("VNFACTS_FACTS", "VNFACTS_CORPUS", "VNFACTS_GOLD", "VNFACTS_PRED"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks without outputs"
    probe = nbformat.v4.new_code_cell("import sys; print(sys.executable)")
    nb.cells.insert(0, probe)
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    assert Path(nb.cells[0].outputs[0]["text"].strip()) == Path(sys.executable), "the kernel is not the project's Python"
    return nb


def _pngs(nb) -> list[bytes]:
    return [base64.b64decode(o["data"]["image/png"]) for c in nb.cells if c.cell_type == "code"
            for o in c.outputs if "data" in o and "image/png" in o["data"]]


def _texts(nb) -> str:
    out = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            if o.get("output_type") == "stream":
                out.append(o["text"])
            elif "data" in o:
                out.append(o["data"].get("text/plain", ""))
                out.append(o["data"].get("text/html", ""))
    return "\n".join(out)


def _check_no_errors(nb) -> None:
    for c in nb.cells:
        for o in c.get("outputs", []):
            assert o.get("output_type") != "error", o
            if o.get("output_type") == "stream" and o.get("name") == "stderr":
                assert "Glyph" not in o["text"], o["text"]  # a character the plot font cannot draw


def test_explore_corpus_runs_on_the_bundled_corpus(tmp_path, monkeypatch):
    nb = _execute("explore_corpus.ipynb", tmp_path, monkeypatch, VNFACTS_CORPUS=str(ROOT / "corpus"))
    _check_no_errors(nb)
    pngs = _pngs(nb)
    assert len(pngs) >= 6
    assert all(p[:8] == b"\x89PNG\r\n\x1a\n" and len(p) > 8_000 for p in pngs)
    text = _texts(nb)
    assert "Lê Trí Vũ" in text  # the most mentioned person of the sample article
    assert "Trưởng Ban Dân vận Thành ủy" in text  # and his office
    assert (tmp_path / "explore_facts.jsonl").is_file()
    assert (tmp_path / "000_8b08714e9c7da122.html").is_file()
    assert {p.name for p in (tmp_path / "tables").iterdir()} >= {"articles.parquet", "entities.parquet", "roles.parquet"}


def test_explore_corpus_runs_on_given_facts(tmp_path, monkeypatch):
    from analyst_records import all_records, write_jsonl
    facts = write_jsonl(tmp_path / "given.jsonl", all_records())
    nb = _execute("explore_corpus.ipynb", tmp_path, monkeypatch, VNFACTS_FACTS=str(facts))
    _check_no_errors(nb)
    assert len(_pngs(nb)) >= 6
    assert "Nguyễn Văn Phong" in _texts(nb) and "binary_01" in _texts(nb)


def test_quality_vs_gold_runs_on_the_dev_gold(tmp_path, monkeypatch, shared):
    nb = _execute("quality_vs_gold.ipynb", tmp_path, monkeypatch)
    _check_no_errors(nb)
    pngs = _pngs(nb)
    assert len(pngs) >= 5
    assert all(len(p) > 8_000 for p in pngs)
    text = _texts(nb)
    for category in ("entities.PERSON", "entities.LOCATION", "roles", "documents", "dates", "counts"):
        assert category in text
    assert "worst article:" in text and "rule:" in text
    assert (tmp_path / "quality_pred.jsonl").is_file()
