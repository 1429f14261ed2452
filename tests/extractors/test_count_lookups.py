"""The shortcuts counts takes must find what the slow lookups they replace find."""
from __future__ import annotations

import sys

import regex

from pipeline.extractors import caseless, counts, lines

from .test_counts import CASES


def _texts(shared) -> list[str]:
    arts = sorted((shared / "data" / "dev" / "articles").glob("*.txt"))
    return [c[0] for c in CASES] + [p.read_text(encoding="utf-8") for p in arts]


def _span(m):
    return None if m is None else m.span("u")


def test_unit_match_is_the_units_alternation(shared):
    for text in _texts(shared):
        for pos in range(len(text) + 1):
            assert _span(counts._unit_match(text, pos)) == _span(counts._units().match(text, pos)), (text[pos:pos + 30])


def test_every_unit_starts_with_a_word():
    for unit in lines("count_units.txt"):
        assert counts._FIRST_WORD.match(unit), unit


def test_caseless_for_the_letters_of_units():
    """caseless() of whatever a case-insensitive `regex` letter matches is that letter's."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    letters = set("".join(counts._units_by_first_word())) - set("0123456789")
    for letter in letters:
        for c in regex.findall(f"(?i){regex.escape(letter)}", every):
            assert caseless(c) == caseless(letter), (letter, c)


def test_address_cue_searched_backwards(shared):
    """_AT is searched backwards; it matches where a forward search of it does."""
    forward = regex.compile(counts._AT.pattern, counts._AT.flags & ~regex.REVERSE)
    for text in _texts(shared) + ["trú tại 179 thôn Tân Trung, ở  12 phố Hàng Bài, Tại\n5 xóm"]:
        for pos in range(len(text) + 1):
            a = counts._AT.search(text, max(0, pos - 8), pos) is None
            assert a == (forward.search(text, max(0, pos - 8), pos) is None), text[max(0, pos - 8):pos]
