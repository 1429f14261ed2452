"""Any text, however broken, yields spans whose offsets hold and no exception."""
from __future__ import annotations

from unittest.mock import patch

import pytest
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


SENTENCE = ("Theo Quyết định số 1234/QĐ-UBND ngày 12/5/2020 của UBND tỉnh Nghệ An, từ ngày 1/6/2020 có 143 mô hình "
            "được công nhận tại xã Tân Lập, huyện Đông Anh; người dân Tân Lập phấn khởi. ")


def _facts(doc, shift=0):
    return sorted((s.label, s.start - shift, s.end - shift, s.text, tuple(sorted(s.attrs.items())))
                  for s in doc.entities + doc.documents + doc.dates + doc.counts)


def test_a_long_article_dense_with_facts_repeats_each_sentence_facts():
    """600 copies of one sentence (108 k characters; 2,400 documents, dates and
    counts, 1,800 places and 600 bodies): every copy gives the single sentence's
    facts, at its offsets.  (The spans taken so far are asked by bisection,
    ``SpanSet``: the scans of them all that such a text used to meet made the
    extraction quadratic, two minutes for 1.6 MB; ``benchmarks/scaling.py``.)"""
    from pipeline.pipeline import Pipeline
    pipe = Pipeline()
    one = _facts(pipe.run(Doc(id="one", raw=SENTENCE)))
    assert len(one) == 8 and ("LOCATION", 159, 166, "Tân Lập", ()) in one     # named again alone
    n = 600
    doc = pipe.run(Doc(id="long", raw=SENTENCE * n))
    got = _facts(doc)
    assert len(got) == n * len(one)
    width = len(SENTENCE)
    for k in (0, 1, n // 2, n - 1):
        assert sorted(f for f in got if k * width <= f[1] < (k + 1) * width) == \
            sorted((f[0], f[1] + k * width, f[2] + k * width) + f[3:] for f in one)


GRAMMARS_NEAR = [dates.GRAMMARS["date_full"], dates.GRAMMARS["date_words"], dates.GRAMMARS["date_partial"],
                 dates._NGAY, documents._TO_DATE, documents._TO_BARE_DATE, documents._TO_ISSUER, documents._INNER_ABBR]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ATOMS + [" " * 40, "\n" * 33, "x" * 230, "Ngân hàng (NH) Nhà nước", "Ngân hàng (NH)",
                                         "Nhà nước"]), max_size=80).map("".join), st.data())
def test_match_near_answers_as_the_whole_text(text, data):
    """A grammar of a few words asked of a window (``match_near``: the regex module's look-ahead
    for a required word no longer reads to the end of a long text) answers as asked of it all,
    wherever the window cuts: across a long run of spaces, a date near its end, a short text."""
    from pipeline import extractors
    pos = data.draw(st.integers(0, len(text)))
    with patch.object(extractors, "_NEAR_REST", 0):     # (the window even in a short text)
        for pattern in GRAMMARS_NEAR:
            near, whole = extractors.match_near(pattern, text, pos), pattern.match(text, pos)
            assert (near and near.span()) == (whole and whole.span())


@pytest.mark.parametrize("pattern,text,at,expected", [
    # a day in words after a document's "ngày", with the rest of a long text after it
    ("date_words", "Quyết định số 12/QĐ-UBND ngày 12 tháng 5 năm 2010 của UBND tỉnh" + ", số 5" * 20000,
     "12 tháng", "12 tháng 5 năm 2010"),
    # "ngày" and its day across 1,100 spaces: past the window, the whole text is asked
    ("_NGAY", "ngày" + " " * 1100 + "12/5/2010", "ngày", "ngày" + " " * 1100),
    # no "tháng" anywhere after: none, without reading the rest
    ("date_words", "ngày 12/5/2010, 5 người, Quyết định số 12/QĐ-UBND, " * 5000, "12/5", None),
])
def test_match_near_days(pattern, text, at, expected):
    from pipeline import extractors
    grammar = dates._NGAY if pattern == "_NGAY" else dates.GRAMMARS[pattern]
    with patch.object(extractors, "_NEAR_REST", 0):     # (the window even in a short text)
        m = extractors.match_near(grammar, text, text.index(at))
    assert (m.group() if m else None) == expected
