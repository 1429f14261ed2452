"""Fuzzing the whole pipeline with hypothesis: arbitrary Unicode and Vietnamese-like
news text go in, a record that keeps the contract comes out, and no exception escapes.

``VNFACTS_FUZZ_EXAMPLES`` sets the number of examples per test (CI default
3000 for the arbitrary text, a third of it for the news-like text).
"""
from __future__ import annotations

import datetime as dt
import os

import orjson
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.io import Item
from pipeline.record import LABELS, check_record
from pipeline.runner import _pipeline, process_item
from runner_stages import real_stages

EXAMPLES = int(os.environ.get("VNFACTS_FUZZ_EXAMPLES", "3000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PIPELINE = _pipeline(real_stages())

# Pieces of real news prose, glued at random with random characters between them,
# so the rules' triggers (titles, document numbers, dates, counts) meet garbage.
FRAGMENTS = [
    "Ông ", "Bà ", "đồng chí ", "Nguyễn Văn An", "Lê Thị Hoa", "Chủ tịch UBND tỉnh ", "Hà Nam", "TP.HCM",
    "Bí thư Tỉnh ủy ", "Phó Giám đốc Sở Y tế ", "Quyết định số ", "12/QĐ-UBND", "Nghị quyết ", "25-NQ/TW",
    " ngày ", "3/6/2013", "5-5", "tháng 6/2013", "năm 2023", "quý II/2013", "16h30", "lúc 8 giờ",
    "giai đoạn 2013-2018", "10 năm", "143 mô hình", "1,5 tỷ đồng", "25%", "hai cá nhân", "02 hộ",
    " của Ban Chấp hành Trung ương Đảng", ", ", ". ", "\n", "“", "”", "(", ")", " - ", "…", "Q.3", "TP. Hà Nội",
    "thiiết thực", "Hoà", "Hòa", "Ðà Nẵng", "Cộng hòa", "H«m nay", "Vieät Nam", "\u0301", "\r\n", "\t", "\x00",
]
news = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=40).map("".join)

_DAY = r"(?:\d{4}|-)-(?P<m>\d{2})-(?P<d>\d{2})"
ISO = {
    "day": regex.compile(_DAY),
    "datetime": regex.compile(_DAY + r"T(?P<H>\d{2}):(?P<M>\d{2})"),
    "time": regex.compile(r"T(?P<H>\d{2}):(?P<M>\d{2})"),
    "month": regex.compile(r"(?:\d{4}|-)-(?P<m>\d{2})"),
    "year": regex.compile(r"\d{4}"),
    "quarter": regex.compile(r"\d{4}-Q[1-4]"),
    "duration": regex.compile(r"P(?:\d+(?:[.,]\d+)?[YMWD])+(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?|PT(?:\d+(?:[.,]\d+)?[HMS])+"),
}


def _iso_ok(value: str, grain: str) -> bool:
    if grain == "range":
        a, sep, b = value.partition("/")
        return bool(sep) and all(any(_iso_ok(x, g) for g in ISO) for x in (a, b))
    m = ISO[grain].fullmatch(value)
    if m is None:
        return False
    g = m.groupdict()
    if g.get("m") and not 1 <= int(g["m"]) <= 12:
        return False
    if g.get("d"):
        year = int(value[:4]) if value[:4].isdigit() else 2000  # --MM-DD: any leap year
        try:
            dt.date(year, int(g["m"]), int(g["d"]))
        except ValueError:
            return False
    return not g.get("H") or (int(g["H"]) < 24 and int(g["M"]) < 60)


def _check(text: str) -> None:
    record = PIPELINE(text, id="fuzz")  # straight through the stages: any exception fails the test
    assert check_record(record, raw=text) == []
    body = record["text"]
    sentences = [(s["start"], s["end"]) for s in record["sentences"]]
    assert all(0 <= a < b <= len(body) for a, b in sentences)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(sentences, sentences[1:]))
    ents = record["entities"]
    assert [e["start"] for e in ents] == sorted(e["start"] for e in ents)
    assert all(e["label"] in LABELS and e["text"].strip() for e in ents)
    for d in record["dates"]:
        assert _iso_ok(d["value"], d["grain"]), (d["text"], d["value"], d["grain"])
    for c in record["counts"]:
        assert isinstance(c["value"], (int, float)) and not isinstance(c["value"], bool)
    for f in ("entities", "documents", "dates", "counts"):
        for s in record[f]:
            assert 0 <= s["raw_start"] <= s["raw_end"] <= len(text)
    orjson.dumps(record)  # the record can be written


@FUZZ
@given(st.text(max_size=400))
def test_arbitrary_unicode_keeps_the_contract(text):
    _check(text)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 3))
@given(news)
def test_news_like_text_keeps_the_contract(text):
    _check(text)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 10))
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_one_record_or_one_error_record(data):
    r = process_item(Item("b", None, data=data), timeout=10, stages=real_stages())
    rec = orjson.loads(r.line)
    assert rec["id"] == "b" and r.line.count(b"\n") == 1
    assert r.error is None or r.reason in ("binary", "decode"), r.error
