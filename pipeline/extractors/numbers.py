"""Vietnamese numbers: digit formats, number words and scale words.

Vietnamese writes ``.`` between thousands and ``,`` before decimals
(``1.500`` = 1500, ``1,5`` = 1.5, ``25.000.000``), often with leading zeros
(``04`` = 4).  Number words compose as in ``hai mươi lăm`` (25), ``mười lăm``
(15), ``ba trăm`` (300); the scale words ``nghìn``/``ngàn``, ``triệu``,
``tỷ``/``tỉ`` multiply what precedes them.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick
import regex

from . import lines, table

# A number written in digits (validated further by :func:`parse_digits`).  At
# most 15 significant digits: a longer run is a code, not an amount (and would
# not fit a float).
DIGITS = r"""
(?: \d{1,3} (?: \.\d{3} ){1,4} (?: ,\d{1,6} )?   # 1.500 / 25.000.000 / 1.234,5
  | \d{1,15} , \d{1,6}                         # 1,5 / 78,8
  | \d{1,15} \. \d{1,2} (?![\d])               # 2.4 (a decimal written the English way)
  | \d{1,15}                                   # 143 / 04
)
(?!\d)
"""

UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
         "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
SCALES = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000, "triệu": 1_000_000,
          "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
# Words before "năm" that make it the noun "year", not the number five: "mỗi năm",
# "cả năm", "cuối năm", "hằng năm", "các năm", "một năm" (counts and dates both ask).
YEAR_BEFORE = frozenset("cả mỗi cuối đầu giữa hằng hàng các những một của".split())

# A run of number words, e.g. "hai mươi lăm", "mười", "ba trăm".  The first word
# decides whether this is a number at all (see :func:`parse_words`).  Case is
# spelled out (first word only) so that grammars using it need no IGNORECASE,
# which makes the `regex` module three times slower on these scans.
WORDS = r"""
(?: (?:[Mm]ười|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[Tt]ám|[Cc]hín)
    (?: \s+ (?:mươi|mười|mốt|một|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|trăm|linh|lẻ) )*
)
"""

_DIGITS_RE = regex.compile(DIGITS, regex.VERBOSE)


def as_number(value: float) -> int | float:
    """``value`` as an int when it is integral (``1500.0`` -> ``1500``), kept to the
    15 significant digits a float holds: ``65,6 tỷ`` is 65.6 * 1e9, which a float
    computes as 65599999999.99999, and is 65600000000."""
    value = round(value, 6 if abs(value) < 1e8 else max(0, 14 - len(str(int(abs(value))))))
    if float(value).is_integer():
        return int(value)
    return value


def parse_digits(s: str) -> int | float:
    """``1.500`` -> 1500, ``1,5`` -> 1.5, ``04`` -> 4, ``2.4`` -> 2.4."""
    if not _DIGITS_RE.fullmatch(s):
        raise ValueError(f"not a Vietnamese number: {s!r}")
    return digits_value(s)


def digits_value(s: str) -> int | float:
    """:func:`parse_digits` of ``s`` that a grammar with :data:`DIGITS` matched already."""
    if "," in s:
        whole, _, frac = s.partition(",")
        return as_number(float(whole.replace(".", "") + "." + frac))
    if "." in s:
        head, *groups = s.split(".")
        if all(len(g) == 3 for g in groups):
            return int(head + "".join(groups))
        return as_number(float(s))
    return int(s)


def parse_words(words: list[str]) -> int | None:
    """The value of a run of number words, or None when it is not a number.

    ``["hai", "mươi", "lăm"]`` -> 25, ``["mười", "lăm"]`` -> 15,
    ``["ba", "trăm"]`` -> 300.  A lone ``một`` (the indefinite article) and a
    lone ``năm`` (also "year") are not numbers; nor is a run whose grammar does
    not hold (``mươi`` first, ``lăm`` alone).
    """
    ws = [w.lower() for w in words]
    if not ws or ws[0] in ("mươi", "lăm", "mốt", "tư", "linh", "lẻ", "trăm", "nhăm"):
        return None
    if len(ws) == 1 and ws[0] in ("một", "năm"):
        return None
    current = 0
    last = None
    for w in ws:
        if w == "mười":
            if current % 100:
                return None
            current += 10
        elif w == "mươi":
            if last not in UNITS:
                return None
            current = current - current % 10 + (current % 10) * 10
        elif w == "trăm":
            if last not in UNITS:
                return None
            current = current - current % 10 + (current % 10) * 100
        elif w in ("linh", "lẻ"):
            if last != "trăm":
                return None
        elif w in UNITS:
            if w in ("lăm", "mốt", "tư", "nhăm") and last not in ("mười", "mươi"):
                return None
            if last in UNITS:
                return None  # "hai ba" is a vague "two or three", not a number
            current += UNITS[w]
        else:
            return None
        last = w
    return current or None


_STARTERS = ("mười", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín")
# A run of number words at a known position (no look-behind: the caller found a word start).
WORDS_AT = regex.compile(rf"(?P<words>{WORDS})(?!\w)", regex.VERBOSE)


@lru_cache(maxsize=1)
def _starters() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for w in _STARTERS:
        a.add_word(w, len(w))
    a.make_automaton()
    return a


@lru_cache(maxsize=8)
def lower_text(text: str) -> str:
    """``text.lower()``, kept for the last few texts: the scans of number words,
    document types and idioms of one article all read it."""
    return text.lower()


class Keyword(NamedTuple):
    """What a word of :func:`_keywords` is (a word may be several of these)."""
    size: int                # its length
    document_type: str | None  # the document type as listed, or None
    starts_number: bool      # it may start a number written in words
    idioms: int              # how many times ``count_idioms.txt`` lists it (0: no idiom)


@cache
def _keywords() -> ahocorasick.Automaton:
    """One automaton of the lower-cased words that may start a number (``hai``, ``mười``),
    of the document types (``quyết định``, ``thông tư``, from ``document_types.tsv``,
    read by :mod:`.documents`) and of the set phrases that hold numbers (``năm lần bảy
    lượt``, ``count_idioms.txt``, read by :mod:`.counts`): one pass over an article
    finds them all, where a pass for each costs nearly as much each."""
    entries: dict[str, Keyword] = {}

    def entry(word: str) -> Keyword:
        return entries.get(word, Keyword(len(word), None, False, 0))

    for typ in table("document_types.tsv"):   # (a later spelling of the same type wins, as in documents._types)
        entries[typ.lower()] = entry(typ.lower())._replace(document_type=typ)
    for w in _STARTERS:
        entries[w] = entry(w)._replace(starts_number=True)
    for idiom in lines("count_idioms.txt"):
        entries[idiom] = entry(idiom)._replace(idioms=entry(idiom).idioms + 1)
    a = ahocorasick.Automaton()
    for word, value in entries.items():
        a.add_word(word, value)
    a.make_automaton()
    return a


@lru_cache(maxsize=8)
def keyword_hits(text: str) -> tuple[tuple[int, Keyword], ...]:
    """(end offset, :class:`Keyword`) of each word of :func:`_keywords` found in
    ``lower_text(text)``, whole words or not, overlapping ones too, in the automaton's
    order.  (Offsets index ``text`` only when ``lower_text(text)`` has its length.)"""
    return tuple(_keywords().iter(lower_text(text)))


@lru_cache(maxsize=8)
def word_number_starts(text: str) -> tuple[int, ...]:
    """Offsets of the words that may start a number written in words (``hai``, ``Mười``).

    An Aho-Corasick pass over the lower-cased text (:func:`keyword_hits`), keeping
    whole words, is many times faster than letting a grammar try the number words at
    every position.
    """
    low = lower_text(text)
    if len(low) == len(text):
        found = [(end, k.size) for end, k in keyword_hits(text) if k.starts_number]
    else:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        found = list(_starters().iter(low))
    out = []
    n = len(text)
    for end, size in found:
        start = end + 1 - size
        if (start and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalnum()):
            continue
        out.append(start)
    return tuple(sorted(out))
