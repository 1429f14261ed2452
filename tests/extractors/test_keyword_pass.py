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
