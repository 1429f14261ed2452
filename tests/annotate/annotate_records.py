"""Records for the annotation tests: the bundled sample article (real Vietnamese
news text) with entities and facts placed by hand where the guideline puts
them, through the real record builder, so the workflow is tested without
depending on how well the extractors do today."""
from __future__ import annotations

from pathlib import Path

from pipeline.doc import Doc, Role
from pipeline.record import build_record
from pipeline.segment import stage as segment

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "000_8b08714e9c7da122.txt"

# (surface, label, which occurrence) in reading order, as GUIDELINES.md annotates them
SAMPLE_ENTITIES = [
    ("Quận ủy Lê Chân", "ORGANIZATION", 0),
    ("Ban Chấp hành Trung ương Đảng", "ORGANIZATION", 0),
    ("Ban Bí thư Trung ương Đảng", "ORGANIZATION", 0),
    ("Lê Trí Vũ", "PERSON", 0),
    ("Ủy viên Ban Thường vụ Thành ủy", "POSITION", 0),
    ("Trưởng Ban Dân vận Thành ủy", "POSITION", 0),
    ("Trần Thu Hương", "PERSON", 0),
    ("Ủy viên Thành ủy", "POSITION", 0),
    ("Bí thư Quận ủy", "POSITION", 0),
    ("MTTQ Việt Nam", "ORGANIZATION", 0),
    ("Hội LHPN quận", "ORGANIZATION", 0),
    ("Đoàn TNCS Hồ Chí Minh quận", "ORGANIZATION", 0),
    ("Ủy ban MTTQ phường Đông Hải", "ORGANIZATION", 0),
    ("Phạm Văn Tân", "PERSON", 0),
    ("Phó Bí thư Thường trực Quận ủy", "POSITION", 0),
    ("Hoàng Tùng", "PERSON", 0),
]


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _at(doc: Doc, surface: str, label: str, nth: int = 0, source: str = "rule:hand", score: float = 0.9, **attrs):
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(surface, i + 1)
    return doc.span(i, i + len(surface), label, source, score, **attrs)


def sample_record(entities=SAMPLE_ENTITIES, id: str = "000_8b08714e9c7da122") -> dict:
    doc = Doc(id=id, raw=sample_text(), source="corpus/000_8b08714e9c7da122.txt")
    segment(doc)
    doc.entities = sorted((_at(doc, s, lab, n) for s, lab, n in entities), key=lambda s: s.start)
    by_text = {s.text: s for s in doc.entities}
    doc.roles = [Role(by_text["Trần Thu Hương"], by_text["Bí thư Quận ủy"], "Quận ủy", "rule:apposition")]
    doc.documents = [_at(doc, "Kết luận số 43-KL/TW", "DOCUMENT", 0, "rule:document", type="Kết luận",
                         symbol="43-KL/TW", issued="2019-01-07", issuer="Ban Bí thư Trung ương Đảng")]
    doc.dates = [_at(doc, "Chiều 12/10", "DATE", 0, "rule:date", value="2023-10-12", grain="day"),
                 _at(doc, "ngày 03/6/2013", "DATE", 0, "rule:date", value="2013-06-03", grain="day")]
    doc.counts = [_at(doc, "62 mô hình", "COUNT", 0, "rule:count", value=62, unit="mô hình")]
    return build_record(doc)


def facts_with_short_name(tmp_path: Path, name: str, cut: str) -> tuple[dict, dict, Path]:
    """The sample record with the mention ``name`` cut short by ``cut`` (a pipeline mistake to correct).

    Returns the record, the wrong entity, and the FACTS.jsonl holding the record.
    """
    import orjson

    record = sample_record()
    wrong = next(e for e in record["entities"] if e["text"] == name)
    wrong["end"] -= len(cut)
    wrong["text"] = record["text"][wrong["start"]:wrong["end"]]
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(orjson.dumps(record) + b"\n")
    return record, wrong, facts
