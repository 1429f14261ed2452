"""Any text, however broken, yields spans whose offsets hold and no exception."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.doc import Doc
from pipeline.extractors import counts, dates, documents
from pipeline.structure import stage

# Pieces of the grammars, shuffled into texts the grammars half-match.
ATOMS = ["ngày", "tháng", "năm", "quý", "II", "/", "-", ".", ",", " ", "\n", "2023", "12", "31", "0", "99999",
         "số", "Nghị quyết", "quyết định", "QĐ", "-NQ/TW", "/QĐ-UBND", "của", "UBND", "Chính phủ", "triệu",
         "tỷ", "đồng", "%", "hai", "mười", "lăm", "Ảnh:", "Tin khác", "Print", "Thứ Năm", "17:55", "16h30",
         "İ", "(", ")", "“", "”", "Bộ", "Tài", "chính", "ba", "ngã", "Hoàng Tùng", "./."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ATOMS), max_size=40).map("".join))
def test_offsets_hold_on_any_text(text):
    doc = Doc(id="h", raw=text)
    stage(doc)
    doc.documents = documents.extract(doc)
    doc.dates = dates.extract(doc)
    doc.counts = counts.extract(doc)
    for s in doc.zones + doc.documents + doc.dates + doc.counts:
        assert doc.text[s.start:s.end] == s.text
    for a, b in zip(doc.zones, doc.zones[1:]):
        assert a.end <= b.start
    for s in doc.dates:
        assert s.attrs["grain"] in ("datetime", "time", "day", "month", "quarter", "year", "range", "duration")
