"""Records built by hand from real Vietnamese news sentences, through the real
record builder (``pipeline.record.build_record``): the facts are placed where a
careful annotator would put them, so frames and pages can be tested without
depending on how well the extractors do today.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.doc import Correction, Doc, Role
from pipeline.offsets import Edit, apply_edits
from pipeline.record import build_record, error_record
from pipeline.segment import stage as segment
from pipeline.span import Span

LE_CHAN_RAW = (
    "Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW "
    "ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng. Tới dự có đồng chí Lê Trí Vũ, Ủy viên Ban "
    "Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy. Giai đoạn 2013-2018, toàn quận có 62 mô hình "
    "“Dân vận khéo” thiiết thực, hiệu quả."
)

# A title line, page furniture, HTML-looking text and quotes: the page must escape all of it.
HANOI_RAW = (
    "Hà Nội thúc các quận <b>đẩy nhanh</b> giải ngân\n"
    "Sáng 5/5, UBND TP Hà Nội có văn bản gửi các quận & huyện \"khẩn\" về việc giải ngân 1,5 tỷ đồng "
    "cho 25% dự án. Ông Nguyễn Văn Phong, Phó Chủ tịch UBND TP, yêu cầu báo cáo trước tháng 6/2024 "
    "và quý II/2024.\n"
    "<script>alert('x')</script> Print"
)


def _at(doc: Doc, text: str, label: str, source: str = "rule:hand", score: float = 0.9, nth: int = 0, **attrs) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(text, i + 1)
    return doc.span(i, i + len(text), label, source, score, **attrs)


def le_chan_record() -> dict:
    typo = LE_CHAN_RAW.index("thiiết")
    text, offsets = apply_edits(LE_CHAN_RAW, [Edit(typo, typo + len("thiiết"), "thiết", "typo")])
    doc = Doc(id="haiphong_le_chan", raw=LE_CHAN_RAW, source="corpus/haiphong_le_chan.txt", text=text, offsets=offsets,
              meta={"published": "2023-10-12T17:55", "author": "Hoàng Tùng", "title": None})
    doc.corrections = [Correction(typo, typo + len("thiết"), typo, typo + len("thiiết"), "thiiết", "thiết", "typo",
                                  "rule:repeated-letter")]
    segment(doc)
    doc.entities = [
        _at(doc, "Quận ủy Lê Chân", "ORGANIZATION"),
        _at(doc, "Ban Chấp hành Trung ương Đảng", "ORGANIZATION"),
        _at(doc, "Lê Trí Vũ", "PERSON", score=0.97),
        _at(doc, "Ủy viên Ban Thường vụ Thành ủy", "POSITION"),
        _at(doc, "Trưởng Ban Dân vận Thành ủy", "POSITION"),
    ]
    person = doc.entities[2]
    doc.roles = [Role(person, doc.entities[3], "Ban Thường vụ Thành ủy", "rule:apposition"),
                 Role(person, doc.entities[4], "Ban Dân vận Thành ủy", "rule:apposition")]
    doc.documents = [_at(doc, "Nghị quyết số 25-NQ/TW", "DOCUMENT", "rule:document", type="Nghị quyết",
                         symbol="25-NQ/TW", issued="2013-06-03", issuer="Ban Chấp hành Trung ương Đảng")]
    doc.dates = [
        _at(doc, "Chiều 12/10", "DATE", "rule:day-month", value="2023-10-12", grain="day"),
        _at(doc, "10 năm", "DATE", "rule:duration", value="P10Y", grain="duration"),
        _at(doc, "ngày 03/6/2013", "DATE", "rule:day-month-year", value="2013-06-03", grain="day"),
        _at(doc, "Giai đoạn 2013-2018", "DATE", "rule:range", value="2013/2018", grain="range"),
    ]
    doc.counts = [_at(doc, "62 mô hình", "COUNT", "rule:count", value=62, unit="mô hình")]
    return build_record(doc)


def hanoi_record() -> dict:
    doc = Doc(id="hanoi_giai_ngan", raw=HANOI_RAW, source="input.jsonl:2",
              meta={"published": "2024-05-05", "author": None, "title": "Hà Nội thúc các quận <b>đẩy nhanh</b> giải ngân",
                    "url": "https://example.vn/a?b=1&c=<2>"})
    segment(doc)
    doc.zones = [Span.of(doc.text, 0, doc.text.index("\n"), "title"),
                 Span.of(doc.text, doc.text.index("<script>"), len(doc.text), "furniture")]
    doc.entities = [
        _at(doc, "Hà Nội", "LOCATION"),
        _at(doc, "UBND TP Hà Nội", "ORGANIZATION"),
        _at(doc, "Nguyễn Văn Phong", "PERSON"),
        _at(doc, "Phó Chủ tịch UBND TP", "POSITION"),
    ]
    doc.roles = [Role(doc.entities[2], doc.entities[3], "UBND TP", "rule:apposition")]
    doc.dates = [
        _at(doc, "Sáng 5/5", "DATE", "rule:day-month", value="2024-05-05", grain="day"),
        _at(doc, "tháng 6/2024", "DATE", "rule:month-year", value="2024-06", grain="month"),
        _at(doc, "quý II/2024", "DATE", "rule:quarter", value="2024-Q2", grain="quarter"),
    ]
    doc.counts = [_at(doc, "1,5 tỷ đồng", "COUNT", "rule:money", value=1_500_000_000, unit="đồng"),
                  _at(doc, "25%", "COUNT", "rule:percent", value=25, unit="%", approx=False)]
    doc.warnings = ["a hand-made warning"]
    return build_record(doc)


def yearless_record() -> dict:
    raw = "Ngày 5-5, lúc 8 giờ, Ủy ban MTTQ phường Đông Hải trao 02 suất quà."
    doc = Doc(id="dong_hai", raw=raw, source="dong_hai.txt")
    segment(doc)
    doc.entities = [_at(doc, "Ủy ban MTTQ phường Đông Hải", "ORGANIZATION")]
    doc.dates = [_at(doc, "Ngày 5-5", "DATE", value="--05-05", grain="day"),
                 _at(doc, "lúc 8 giờ", "DATE", value="T08:00", grain="time")]
    doc.counts = [_at(doc, "02 suất quà", "COUNT", value=2, unit="suất quà")]
    return build_record(doc)


def all_records() -> list[dict]:
    return [le_chan_record(), hanoi_record(),
            error_record("binary_01", "corpus/binary_01.txt", "binary: 812 control characters in the first 4,096 characters; not text"),
            yearless_record()]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


class _PageParser:
    """The highlighted entities of a page, and its table rows, read with the standard library's parser."""

    def __init__(self, page: str):
        from html.parser import HTMLParser

        marks: list[tuple[str, str]] = []
        rows: dict[str, int] = {}
        tags: list[str] = []
        state = {"mark": None, "in_label": False, "table": None}

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                tags.append(tag)
                if tag == "mark" and "entity" in (a.get("class") or "").split():
                    state["mark"] = [a.get("data-label"), ""]
                elif tag == "span" and state["mark"] is not None:
                    state["in_label"] = True
                elif tag == "table":
                    state["table"] = a.get("id")
                    rows[state["table"]] = 0
                elif tag == "tr" and state["table"] and "tbody" in tags:
                    rows[state["table"]] += 1

            def handle_endtag(self, tag):
                while tags and tags.pop() != tag:
                    pass
                if tag == "mark" and state["mark"] is not None:
                    marks.append((state["mark"][0], state["mark"][1].strip()))
                    state["mark"] = None
                elif tag == "span":
                    state["in_label"] = False
                elif tag == "table":
                    state["table"] = None

            def handle_data(self, data):
                if state["mark"] is not None and not state["in_label"]:
                    state["mark"][1] += data

        P(convert_charrefs=True).feed(page)
        self.marks, self.rows = marks, rows


def page_marks(page: str) -> list[tuple[str, str]]:
    """``(label, text)`` of every highlighted entity, in page order."""
    return _PageParser(page).marks


def page_table_rows(page: str) -> dict[str, int]:
    """Rows in the body of each table, by the table's id."""
    return _PageParser(page).rows
