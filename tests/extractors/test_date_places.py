"""dates.candidates tries each grammar only where it may start; the result must be
what scanning the whole text with every grammar finds."""
from __future__ import annotations

import sys

import pytest
import regex

from pipeline.extractors import caseless, dates
from pipeline.extractors.numbers import word_number_starts

from .test_dates import CASES, DURATIONS, NEGATIVES


def every_grammar(text: str, year=None, start: int = 0, end: int | None = None) -> list[dates.Candidate]:
    """The reference: each grammar of GRAMMARS scans the whole range."""
    end = len(text) if end is None else end
    out = []
    for form, pattern in dates.GRAMMARS.items():
        for m in pattern.finditer(text, start, end):
            c = dates.resolve(form, m, text, year)
            if c is not None:
                out.append(c)
                out.extend(c.extra)
    for pos in word_number_starts(text):
        if start <= pos < end:
            for form, pattern in dates.WORD_GRAMMARS.items():
                m = pattern.match(text, pos, end)
                if m and (c := dates.resolve(form, m, text, year)) is not None:
                    out.append(c)
    return out


TRICKY = [
    "từ 15-20/11 đến (22 - 23/7), từ ngày 30/5-7/6 và 3-5/6/2013",
    "ngày 14 và 15/7, các ngày 3, 4/6/2013, từ 6 đến 22/4, từ ngày 2 đến ngày 7/10/2023",
    "tháng 3/2004 - 5/2010, 11/1986-2/1989, Tháng 12/2003, THÁNG 6 năm 2013, tháng 3-4/2004",
    "từ 6/2013 đến 12/2015, trước 10.2016, hết 3/2020",
    "quý II/2013, Quý 2/2013, QUÝ III năm 2013, Quý Tỵ 2013, Tết Nguyên đán Mậu Tuất 2018, Xuân Canh Tý 2020",
    "Tết Quý Mão 2023 và Giáp   \n  Thìn    2024, Nhâm Dần\t2022",
    "đến 2030, tầm nhìn 2050, cuối 2016, so với 2015, thấp hơn 2016. BLHS 2015, BLTTHS 2015",
    "cùng kỳ 2016, APEC 2006 (SN 1956, sinh 1974, Tết 2003, tết Nguyên đán 2017 (1993) 2004 là năm, 2006 cũng là một năm",
    "giai đoạn 2013-2018, 2013 – 2018, nhiệm kỳ 2020-2025",
    "10 năm, 05 năm, 1,5 ngày, 1.000 năm, 3 thập kỷ, 12 tiếng đồng hồ, 3 tiếng nổ, 5-10 phút, 2-3 giờ sáng",
    "16h30 ngày 22/9, 0h00 ngày 1/1/2017, 8 giờ 30 sáng 22/9, 17:55, 17g30, lúc 8 giờ, 8h sáng, trong 48h, trước 24h",
    "chiều qua 17.5, sáng 3.6, 9 tháng năm 2024, 6 tháng đầu năm 2016, sáu tháng cuối năm, hai năm, mười lăm ngày",
    "Thứ Năm, 12/10/2023 17:55; Cập nhật lúc 17:55 12/10/2023; 1/7 năm ngoái; 12/10 năm 2023",
    "Ngày ２３/１０, ngày ١٢/١٠/٢٠٢٣ and İ NGÀY 5/5, ſau 2020, NGÀY\u00a014 và 15/7, từ\u20036/2013",
    "hai\tnăm, ba  năm nay, Hai mươi năm, sáu\ntháng đầu năm, mười lăm tiếng đồng hồ, bảy ngày, HAI năm",
    "12345/2013 123 tháng 1234-2020 0012/3 1/2/3/4 1.2.3 --5-5-- 5–6 7 – 8/9",
]


@pytest.mark.parametrize("text", [c[0] for c in CASES] + NEGATIVES + [d[0] for d in DURATIONS] + TRICKY)
def test_same_as_every_grammar(text):
    for year in (None, dates.Anchor(2023, 10)):
        assert dates.candidates(text, year) == every_grammar(text, year)


@pytest.mark.parametrize("text", TRICKY)
def test_same_as_every_grammar_in_a_range(text):
    for start in range(0, len(text), 7):
        for end in (start + 12, start + 30, len(text)):
            assert dates.candidates(text, None, start, end) == every_grammar(text, None, start, end)


def test_same_on_the_dev_articles(shared):
    for path in sorted((shared / "data" / "dev" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert dates.candidates(text, 2013) == every_grammar(text, 2013), path.name


def test_case_and_space_assumptions():
    """_cued lower-cases with caseless() and tests spaces with
    str.isspace()/str.rstrip(): each must accept whatever `regex` accepts."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    assert all(c.isspace() for c in regex.findall(r"\s", every))
    letters = set("".join(w for words in dates._CUED.values() for w in words) + "bl" + "hgđt:" + "tháng")
    for letter in letters:
        for c in regex.findall(f"(?i){regex.escape(letter)}", every):
            assert caseless(c) == letter, (letter, c)


def test_prev_word_searched_backwards(shared):
    """_PREV_WORD searches backwards; a forward search of the same pattern finds the same word."""
    forward = regex.compile(dates._PREV_WORD.pattern)
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts.append("a  b\n\n, ;c_d đ\u0301 12 )( ngày\n")
    for text in texts:
        for pos in range(len(text) + 1):
            a = dates._PREV_WORD.search(text, max(0, pos - 30), pos)
            b = forward.search(text, max(0, pos - 30), pos)
            assert (a and a.group(1)) == (b and b.group(1)), (text[max(0, pos - 30):pos])


@pytest.mark.parametrize("name,back", [("_NAMED_BEFORE", 20), ("_DEADLINE", 80)])
def test_end_anchored_searches_backwards(shared, name, back):
    """Only whether these match counts: searched backwards, they match where a forward search does."""
    pattern = getattr(dates, name)
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts.append("thời hạn nộp là 15/3, tháng  7 năm nay, 3 tháng 5 ngày, Ngày cuối cùng là 10/11")
    for text in texts:
        for pos in range(len(text) + 1):
            a = pattern.search(text, max(0, pos - back), pos) is None
            assert a == (forward.search(text, max(0, pos - back), pos) is None), text[max(0, pos - back):pos]


def test_every_start_is_a_place(shared):
    """Each place where a grammar of GRAMMARS matches (overlapping matches too) is among
    the places _starts gives it (month_range also starts on "tháng")."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    texts += TRICKY + [c[0] for c in CASES] + NEGATIVES + [d[0] for d in DURATIONS]
    texts += ["1.000.000 năm, 1.000 năm, 1,5 ngày, 1,25 năm, 12 /10, 12/ 10, 3 - 5/6, 3-5 /6, 3–5–6, 2013 -2018 12-13-14"]
    for text in texts:
        places = dates._starts(text, 0, len(text))
        thang = [m.start() for m in dates._THANG.finditer(text)]
        for form, pattern in dates.GRAMMARS.items():
            if form in dates._SCANNED or form == "lunar_year":
                continue
            found = {m.start() for m in pattern.finditer(text, overlapped=True)}
            allowed = set(places[form]) | (set(thang) if form == "month_range" else set())
            assert found <= allowed, (form, sorted(found - allowed), text[:80])
