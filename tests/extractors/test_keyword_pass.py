"""The one keyword pass (numbers.keyword_hits) and the shortcuts built on it find
what the plain lookups they replace find."""
from __future__ import annotations

from pipeline.doc import Doc
from pipeline.extractors import counts, documents, lines, numbers, table
from pipeline.segment import _ABBREV, _NOT_ABBREVIATION_ENDS, _is_abbreviation

from .test_counts import CASES

_ODD = [
    "Năm lần bảy lượt, năm lần bảy lượt năm lần bảy lượt đến hai người",
    "İ hai ba bốn: ẞ năm lần bảy lượt (Mười) bao thai khai",   # lower() changes the length
    "Luật 12\nQuyết định số 5/QĐ-UBND, bộ luật Hình sự số 100/2015/QH13 và hai, ba, mười lăm",
    "",
]


def _texts(shared) -> list[str]:
    arts = sorted((shared / "data" / "dev" / "articles").glob("*.txt"))
    return [c[0] for c in CASES] + _ODD + [p.read_text(encoding="utf-8") for p in arts]


def _plain_word_number_starts(text: str) -> tuple[int, ...]:
    """Every whole-word place of a number word, found by str.find (lower-cased letter by letter
    where lower() would change the text's length, as word_number_starts does)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out = set()
    for w in numbers._STARTERS:
        i = low.find(w)
        while i >= 0:
            end = i + len(w)
            if not (i and low[i - 1].isalnum()) and not (end < len(low) and low[end].isalnum()):
                out.add(i)
            i = low.find(w, i + 1)
    return tuple(sorted(out))


def test_word_number_starts_are_the_plain_finds(shared):
    for text in _texts(shared):
        assert numbers.word_number_starts(text) == _plain_word_number_starts(text), text[:60]


def test_document_types_in_the_pass_are_the_types_of_documents(shared):
    for text in _texts(shared):
        low = numbers.lower_text(text)
        found = sorted((end + 1 - k.size, k.document_type) for end, k in numbers.keyword_hits(text) if k.document_type)
        plain = sorted((i, canonical) for t, (canonical, _) in documents._types().items()
                       for i in _finds(low, t))
        assert found == plain, text[:60]
    assert len(documents._types()) == len({t.lower() for t in table("document_types.tsv")})


def test_idioms_block_every_place_a_find_loop_finds(shared):
    for text in _texts(shared):
        low = numbers.lower_text(text)
        plain = sorted((i, i + len(idiom)) for idiom in lines("count_idioms.txt") for i in _finds(low, idiom))
        assert counts._blocked_spans(Doc(id="t", raw=text)).spans == plain, text[:60]


def _finds(low: str, word: str) -> list[int]:
    out, i = [], low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def test_blocked_overlaps_is_the_loop_over_the_last_eight_spans():
    spans = sorted([(0, 50), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18),
                    (19, 20), (30, 31), (40, 100), (41, 42), (60, 61)])
    blocked = counts.Blocked(spans)

    def plain(start: int, end: int) -> bool:
        before = [s for s in spans if s < (end,)]
        return any(start < e for _, e in before[-8:])

    for start in range(0, 110):
        for end in range(start, 112):
            assert blocked.overlaps(start, end) == plain(start, end), (start, end)
    assert not counts.Blocked([]).overlaps(0, 5)


def test_letters_that_end_no_abbreviation():
    """A dot after one of these characters skips the abbreviation lookup: no abbreviation
    ends with it, nor can initials (a capital, or the h r g i u of Th Tr Ng Nh Ch Ph Kh Gi
    Qu); and the lookup itself finds none ending with it, whatever precedes it."""
    for c in _NOT_ABBREVIATION_ENDS:
        assert not c.isupper() and c.lower() == c and c not in "hrgiu", c
        assert not any(w.lower().endswith(c) for w in _ABBREV), c
        for head in ("", "T", "TP", "L.T", "Q.", "t", "(", "“"):
            line = f"ông {head}{c}. Ba"
            assert not _is_abbreviation(line, line.index(". Ba")), (head, c)


def test_boundaries_cut_by_mark_are_the_whole_grammar(shared):
    """segment._boundaries (a grammar per first mark, each scanned only when the text holds
    its mark) finds what the one grammar of every mark, _BOUNDARY, finds."""
    from pipeline import segment
    odd = ["Ông A. Ba?! Cô B… “Năm” ..Sáu. 7?. Tám!… (Chín) !. Mười", "?. A", "….. B", "!!! C? D. E"]
    for text in _texts(shared) + odd:
        assert [m.span() for m in segment._boundaries(text)] == \
            [m.span() for m in segment._BOUNDARY.finditer(text)], text[:80]


def test_symbol_scans_from_their_places_are_the_whole_scans(shared):
    """documents._abbreviated and documents._bare_coded (matches tried only where the
    literal codes, or the digits before a "/X" slash, stand) find what the grammars'
    scans of the whole text find."""
    odd = ["NĐ 61, QĐ 49 và NQ 12 CP; xNĐ 5", "25-NQ/TW,124-QĐ/TW 30/2020/NĐ-CP a1/QĐ (5/QĐ-UB) 05//2005/NĐ-CP",
           "x 19-2017/NQ-CP 12-ABCDEFGHIJ/TW 3/ QĐ 7/Q\u00a012/UBND-VP", "/QĐ", "1/Đ"]
    for text in _texts(shared) + odd:
        assert [m.span() for m in documents._abbreviated(text)] == \
            [m.span() for m in documents._ABBREVIATED.finditer(text)], text[:80]
        assert [m.span() for m in documents._bare_coded(text)] == \
            [m.span() for m in documents._BARE_CODED.finditer(text)], text[:80]


def test_word_grammars_from_their_words_are_the_whole_scans(shared):
    """dates._scanned (the month, year and quarter grammars tried only where str.find finds
    their first word in the lower-cased text) finds what each grammar's scan finds, over the
    whole text and over a part of it (the dateline's lines)."""
    from pipeline.extractors import dates
    odd = ["NĂM 2013, Năm  2014 tháng 3/2004 THÁNG 12 năm 2003 Quý II/2013 quý iv năm 2014 xnăm 2015",
           "İ năm 2013 tháng 5/2012 quý 3/2011", "năm 201", "tháng", ""]
    for text in _texts(shared) + odd:
        for start, end in ((0, len(text)), (3, max(3, len(text) - 7)), (0, min(40, len(text)))):
            for form in dates._SCANNED:
                pattern = dates.GRAMMARS[form]
                assert [m.span() for m in dates._scanned(form, pattern, text, start, end)] == \
                    [m.span() for m in pattern.finditer(text, start, end)], (form, text[:80])


def test_line_spans_are_the_line_grammar(shared):
    """segment.line_spans (from str.split) gives the spans of the [^\\n]+ matches."""
    from pipeline import segment
    for text in _texts(shared) + ["\n\na\n\nb c\n", "\n", "x", "a\r\nb\u2028c\n"]:
        assert segment.line_spans(text) == [m.span() for m in segment._LINE.finditer(text)]


def _plain_fold(word: str) -> str:
    import unicodedata
    from pipeline.extractors import _TONES
    out = []
    for syl in word.lower().split():
        d = unicodedata.normalize("NFD", syl)
        tones = "".join(c for c in d if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)) + tones)
    return " ".join(out)


def test_fold_is_the_plain_fold(shared):
    """extractors.fold (str.translate and filter) folds as the letter-by-letter loop does."""
    from pipeline.extractors import fold
    words = ["uỷ viên", "ủy viên", "Quyết  Định", "ệ\u0323", "a\u0301\u0300b", "İ Ǆ ß", "", " ", "x\u00a0y", "Ὰ ῼ"]
    for text in _texts(shared)[:40] + words:
        for w in text.split("\n") + text.split() + words:
            assert fold.__wrapped__(w) == _plain_fold(w), w


def test_word_run_with_its_next_word(shared):
    """dates._WORD_RUN reads the run of number words (the WORDS grammar) and the word after
    it as _NEXT_WORD reads it at the run's end."""
    import regex
    from pipeline.extractors import dates
    from pipeline.extractors.numbers import WORDS
    words = regex.compile(WORDS, regex.VERBOSE)
    odd = ["hai mươi lăm năm", "Ba trăm%", "mười  tháng", "năm", "sáu\ttiếng đồng hồ", "một"]
    for text in _texts(shared) + odd:
        for pos in list(numbers.word_number_starts(text)) + [0]:
            for end in (len(text), min(len(text), pos + 9)):
                run, both = words.match(text, pos, end), dates._WORD_RUN.match(text, pos, end)
                assert (run and run.span()) == (both and both.span(1)), text[pos:pos + 30]
                after = dates._NEXT_WORD.match(text, run.end(), end) if run else None
                assert (after.group(1) if after else None) == (both.group(2) if both else None)
