"""References to numbered legal, state and Party documents (GUIDELINES "Documents").

Match: a document type (``Nghị quyết``, ``quyết định``, ``Thông tư liên tịch``…,
from ``document_types.tsv``), an optional ``số``, and a symbol read by a
grammar of symbols, not a loose pattern:

* Party style ``NUMBER-TYPECODE/ISSUER``: ``25-NQ/TW``, ``124-QĐ/TW``, ``05-CT/TU``;
* state style ``NUMBER[/YEAR]/CODE[-CODE…]``: ``30/2020/NĐ-CP``, ``1234/QĐ-UBND``,
  ``59/2020/QH14``, ``409/UBND-TKBT``, ``39/TTg``, codes joined by a slash ``50/TB/VPCP``;
* a bare number, for types that take one: ``Nghị quyết 49``, ``Thông tư 64/2017``;
* lists sharing the type: ``các Nghị quyết số 08 và 49``, and members that each carry
  their date: ``Công văn số 463/TTg-KTN ngày 28/3/2013; số 875/TTg-KTN ngày …``.

"số" may follow a colon or open a bracket (``các quyết định: số 113/TTg``, ``văn bản
(số 153/ĐHNT-BGH)``), or follow "mang" (``Quyết định mang số 2356``).

A coded symbol whose type code is known (``25-NQ/TW``) is a reference even
without a type word; its type is then the code's (``document_codes.tsv``).

Validate: number and year ranges, 1-6 code segments, a known type code for
Party symbols, a bare number that is not an amount (``Luật 2 lần``), a length
of time (``kế hoạch 5 năm``) nor a year.  Bare numbers listed before a coded
symbol share its code (``các quyết định 106, 107/QĐ-TTg``).

Resolve: ``issued`` from a ``ngày …`` right after the symbol (``ban hành ngày``,
``, ngày``), parsed by :mod:`.dates`; ``issuer`` from ``của X`` right after the
symbol or its date, read by an issuer grammar (a body or office head from
``issuer_heads.txt`` or a full name from ``issuer_names.txt``, then its name
words), and kept only when ``X`` can be the author of that symbol: a ``/TW``
symbol is central, so ``của Quận ủy Lê Chân`` is who implements it, not who
issued it; a ``QĐ-UBND`` symbol is not issued by ``Thủ tướng``.  A ``của X``
after a list applies to each member.  The issuer runs to the end of the ORGANIZATION or
POSITION entity that starts where it does (``Sở Kế hoạch và Đầu tư``), and stops before
a PERSON (``Phó Thủ tướng`` of ``Phó Thủ tướng Trần Hồng Hà``).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

import regex

from .. import WITHOUT_MARKS
from ..doc import Doc
from ..span import Span, SpanSet
from . import (char_after_space, counts, dates, find_all, first_letters_either_case, fold, group_named, group_numbers, lines, lowered,
               match_near, matches_at, table, vietnamese_words)
from .numbers import SCALES, keyword_hits, lower_text

# One code segment of a symbol: "CP", "UBND", "QH14", "NĐ", "TTg", "KtrVB".  A
# segment ends at a non-letter, or where a lower-case word is glued on
# ("NĐ-CPngày" in badly spaced text).
_GLUED = r"(?= ngày | của | về | năm | [^\p{L}\d] | $ )"
_SEG = rf"""
(?: [A-ZĐ]+ [a-zđ]{{1,3}} [A-ZĐ] [A-ZĐ0-9]* (?![\p{{L}}\d])   # KtrVB
  | [A-ZĐ]+ [a-zđ]{{1,2}} (?![\p{{L}}\d])                      # TTg, TTr, CTr
  | T \. [ƯW] (?![\p{{L}}\d])                                 # T.Ư (Trung ương, "40-CT/T.Ư")
  | [A-ZĐ] [A-ZĐƯ0-9]* (?: & [A-ZĐ] [A-ZĐƯ0-9]* )* {_GLUED}     # CP, UBND, QH14, NĐ, TƯ, BKH&ĐT
)
"""
# The dashes a symbol is written with: the hyphen, the en dash, and the look-alikes a
# word processor puts in ("57‑NQ/TW" with a non-breaking hyphen, "57−NQ/TW" with a minus).
_DASHES = "\\-–‐‑−"
_CODE = rf"""{_SEG} (?: \s? [{_DASHES}] \s? {_SEG}   # NĐ-CP / UBND - TKBT
                    | / {_SEG} )*                 # TB/VPCP: the codes joined by a slash ("50/TB/VPCP")
"""

_SYMBOL = rf"""
(?: (?P<pnum>\d{{1,5}}) \s? [{_DASHES}] \s? (?P<ptype>{_SEG}) \s? / \s? (?P<pissuer>{_CODE})   # 25-NQ/TW / 824-QĐ/TTg
  | (?P<snum>\d{{1,5}}[a-zA-Z]?) [ \t]? (?: (?: //? | [{_DASHES}] [ \t]? ) (?P<syear>\d{{4}}) )? / [ \t]? (?P<scode>{_CODE})
        # 30/2020/NĐ-CP / 30a/2008/NQ-CP / 961A/TB-LĐ / 05//2005/NĐ-CP / 19-2017/NQ-CP / 19- 2017/NQ-CP /
        # 1947/ QĐ-UBND /
        # 67 /2014/NĐ-CP
    (?: [ \t]? \( [A-ZĐ]{{1,4}} \d{{1,3}} \) )?
        # the issuing unit's code in brackets, letters then digits: 24/C45 (P3), 07/PC02(Đ1)
  | (?P<bnum>\d{{1,5}}) (?: [/\-] (?P<byear>\d{{4}}) )? (?! [\d/\p{{L}}] | [{_DASHES}]\w | [.,]\d )  # 49 / 64/2017 / 19-2017
)
"""


# What follows a type word: " số 25-NQ/TW" / " số: 12/QĐ-UBND" / " 49"; "số" may follow a
# colon or open a bracket ("các quyết định: số 113/TTg", "văn bản (số 153/ĐHNT-BGH)").
_AFTER = rf"""
(?: (?: [ \t]+ (?: mang [ \t]+ )?     # Quyết định số 80 / Quyết định mang số 2356
      | [ \t]* (?P<punct> [:(] ) [ \t]*    # quyết định: số 113/TTg / công văn (số 563/UBND-VX
    ) (?P<so> [Ss]ố ) [ \t]* :? )? [ \t]*
(?<![\w/.\-])
(?P<sym> {_SYMBOL} )
"""


@cache
def _types() -> dict[str, tuple[str, bool]]:
    """Lower-cased type -> (capitalized type, takes a bare number)."""
    return {k.lower(): (k, v == "yes") for k, v in table("document_types.tsv").items()}


@cache
def _grammar() -> regex.Pattern:
    names = sorted({v[0] for v in _types().values()}, key=len, reverse=True)
    alts = " | ".join(first_letters_either_case(n) for n in names)
    return regex.compile(rf"(?<![\w]) (?P<type> {alts} ) {_AFTER}", regex.VERBOSE)


# What follows a type word found by the automaton: " số 25-NQ/TW", " 49", ": 12/QĐ-UBND".
_AFTER_TYPE = regex.compile(_AFTER, regex.VERBOSE)


# Laws are cited by name before their number: "Bộ luật Hình sự số 100/2015/QH13",
# "Luật Đất đai số 45/2013/QH13"; other types may take a few words before "số":
# "Công văn hỏa tốc số 12/UBND-VP", "Quyết định xử phạt số 126/QĐ-XPVPHC".  Only a
# coded symbol may follow such words.
_CASE_CODED = frozenset({"Bản án"})
_NAMED_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Điều lệ"})


def _words_then_symbol(word: str, most: int, named: bool = False) -> regex.Pattern:
    """A type's words then "số" and a symbol.  A law's name (``named``) may hold "của", "và"
    and a comma before a lower-case word ("Luật Hoạt động giám sát của Quốc hội và Hội đồng
    nhân dân số 87/2015/QH13", "Luật Phòng, chống tham nhũng số …"), and its number may open a
    bracket ("Luật Phí, lệ phí (số 97/2015/QH13 …)")."""
    stop = "số|tại|theo|về|trong|với|cho" if named else "số|tại|của|theo|về|và|trong|với|cho"
    gap = r"(?: [ \t]+ | , [ \t]+ (?=\p{Ll}) )" if named else r"[ \t]+"
    to_so = r"(?: [ \t]+ | [ \t]* \( [ \t]* )" if named else r"[ \t]+"
    return regex.compile(
        rf"""
        (?P<words> (?: {gap} (?!(?:{stop})(?!\w)) {word} ){{1,{most}}}? )
        {to_so} (?P<so> số ) [ \t]* :? [ \t]*
        (?<![\w/.\-])
        (?P<sym> {_SYMBOL} )
        """, regex.VERBOSE)


_NONSPACE = regex.compile(r"\S+")
# What both grammars below need on the type word's line: "số" then a number.
_SO_NUMBER = regex.compile(r"số[ \t]*:?[ \t]*\d")   # (a literal first: `regex` finds it fast)
# (a law's name may hold its abbreviation in brackets: "Bộ luật Hình sự (BLHS) số …")
_NAMED_AFTER = _words_then_symbol(r"(?: \p{L}[\p{L}\-]* | \( \p{Lu}{2,8} \) )", 14, named=True)   # Bộ luật Hình sự số …
_WORDS_AFTER = _words_then_symbol(r"\p{Ll}[\p{Ll}\-]*", 4)  # Công văn hỏa tốc số …


def typed(text: str):
    """(start of the type, canonical type, symbol match) for each type word followed by a symbol."""
    low = lower_text(text)
    if len(low) != len(text):  # a character whose lower case is longer: use the slow grammar
        for m in _grammar().finditer(text):
            yield m.start(), _types()[_SPACES.sub(" ", group_named(m, "type")).lower()][0], m
        return
    found: dict[int, tuple[int, str, regex.Match]] = {}
    for end, k in keyword_hits(text):   # (the pass that also finds number words and idioms)
        canonical, n = k.document_type, k.size
        if canonical is None:
            continue  # a number word or an idiom, not a type
        start = end + 1 - n
        if (start and text[start - 1].isalnum()) or (end + 1 < len(text) and text[end + 1].isalnum()):
            continue
        m = _after_type(text, end + 1, canonical)
        if m and (start not in found or found[start][0] < n):
            found[start] = (n, canonical, m)
    for start in sorted(found):
        n, canonical, m = found[start]
        yield start, canonical, m


@lru_cache(maxsize=8)
def _so_numbers(text: str) -> list[int]:
    """Where each "số 12…" (_SO_NUMBER) of ``text`` starts, in text order: one scan for
    the type words of an article, instead of a search of the rest of a line for each."""
    return [m.start() for m in _SO_NUMBER.finditer(text)]


def _so_number_on_line(text: str, pos: int) -> bool:
    """``_SO_NUMBER.search(text, pos, <end of pos's line>) is not None`` (a match never
    holds a line break, so one that starts before the line's end ends before it)."""
    so = _so_numbers(text)
    i = bisect_left(so, pos)
    if i == len(so):
        return False
    line_end = text.find("\n", pos, so[i])
    return line_end < 0


def _after_type(text: str, pos: int, type_: str) -> regex.Match | None:
    """The symbol after a type word at ``pos``; after a law's name for named types."""
    # _AFTER_TYPE reads spaces or tabs, maybe "số", then a symbol's digit: after one space,
    # another character rules it out without a call of the grammar (str.isdigit() holds for
    # every \d)
    c = char_after_space(text, pos)
    m = _AFTER_TYPE.match(text, pos) if c != "" and (c.isdigit() or c in " \tSs:(m") else None
    if m is None:
        if not _so_number_on_line(text, pos):
            return None  # no "số 12…" on the rest of the line: neither grammar below can match
        m = (_NAMED_AFTER if type_ in _NAMED_TYPES else _WORDS_AFTER).match(text, pos)
        if m is not None:
            g = group_numbers(m.re)
            if m.group(g["bnum"]) or any(_types_start(text, w.start())
                                         for w in _NONSPACE.finditer(text, m.start(g["words"]), m.end(g["words"]))):
                return None  # a bare number, or another document type among the words
    return m


# A coded symbol alone, without a type word before it.
_BARE_CODED = regex.compile(
    rf"""
    (?<![\w/.\-])
    (?P<sym> (?: (?P<pnum>\d{{1,5}}) [{_DASHES}] (?P<ptype>{_SEG}) / (?P<pissuer>{_CODE})
               | (?P<snum>\d{{1,5}}) (?: (?: //? | [{_DASHES}] ) (?P<syear>\d{{4}}) )? / (?P<scode>{_CODE}) ) )
    """, regex.VERBOSE)

# What every coded symbol holds: a slash, then the first capital of its code ("/QĐ-UBND").
_SLASH_CODE = regex.compile(r"/[A-ZĐ]")

# A type written as its code before a number: "NĐ 61", "QĐ 49", "NĐ 158 CP" (only the
# codes that never name a building or a plot: "CT1", "TT01" do).
_ABBREVIATED = regex.compile(
    rf"""
    (?<![\w/.\-])
    (?P<code> NĐ | QĐ | NQ ) [ \t]+ (?: số [ \t]+ )?
    (?P<sym> {_SYMBOL} )
    """, regex.VERBOSE)
# The issuer code written apart after a bare number: "NĐ 158 CP" -> "158CP".
_APART_CODE = regex.compile(r"[ \t]+(?P<c>CP|TTg|UB|UBND|TW)(?![\w/\-])")

# The next member of a list: ", 49" / " và 49" / " và số 113/2004/QĐ-UB".
_MORE = regex.compile(
    rf"""
    (?: \s* , \s* | \s+ (?:và|hoặc) \s+ ) (?: số \s+ )?
    (?P<sym> {_SYMBOL} )
    """, regex.VERBOSE)
# The next member of a list after the last one's date: "Công văn số 463/TTg-KTN ngày
# 28/3/2013; số 875/TTg-KTN ngày 27/5/2016 và số 1797/TTg-KTN …" (only with "số": after a
# date, ", 15" is rather an amount).
_MORE_AFTER_DATE = regex.compile(
    rf"""
    (?: [ \t]* [,;] [ \t]* (?: (?:và|hoặc) [ \t]+ )?   # ; số 875/TTg-KTN / , và số 5890/QĐ-UBND
      | [ \t]+ (?:và|hoặc) [ \t]+ ) số [ \t]+            # và số 1797/TTg-KTN
    (?P<sym> {_SYMBOL} )
    """, regex.VERBOSE)
# Groups read by number (by name, `regex` first tries the name as an index and clears
# the TypeError that raises: four times the work).
_MORE_SYM = _MORE.groupindex["sym"]
assert _MORE_AFTER_DATE.groupindex["sym"] == _MORE_SYM
_ABBR_CODE, _ABBR_BNUM, _ABBR_SYM = (_ABBREVIATED.groupindex[n] for n in ("code", "bnum", "sym"))
_BARE_PTYPE, _BARE_SCODE, _BARE_SYEAR, _BARE_SYM = (_BARE_CODED.groupindex[n] for n in ("ptype", "scode", "syear", "sym"))
assert _APART_CODE.groupindex["c"] == 1

# What may stand between a symbol and its date: ", ngày" / " ban hành ngày" / " ra ngày" /
# " (ngày" (the date, maybe with its author, in brackets: "61/CP (ngày 5-7-1994 của Chính phủ)").
_TO_DATE = regex.compile(
    r"""\s* (?: , \s* | (?P<br> \( ) \s* )?
    (?: (?: (?: được | vừa | mới | đã ) \s+ )? (?: ký \s+ ban \s+ hành | ban \s+ hành | ký | kí | ra ) \s+ )?
    (?: vào \s+ )?           # "Chỉ thị 24 vừa ban hành ngày 2/6" / "Chỉ thị số 24 vào ngày 2/6"
    (?= [Nn]gày )""",
    regex.VERBOSE)
_TO_DATE_BR = _TO_DATE.groupindex["br"]
# A full day right after a coded symbol, without "ngày": "100/2015/NĐ-CP 20/10/2015 của Chính phủ".
_TO_BARE_DATE = regex.compile(r"[ \t]* ,? [ \t]* (?= \d{1,2} [/.\-] \d{1,2} [/.\-] \d{4} )", regex.VERBOSE)
# A bare number followed by the document's date or year: "708 ngày 15-6-1999", "154 năm 2016".
_DATED = regex.compile(
    r"""[ \t]* ,? [ \t]*
    (?: (?P<day> ngày ) [ \t]+ \d{1,2} [/.\-] \d{1,2}          # Quyết định 708 ngày 15-6-1999
      | năm [ \t]+ \d{4} (?! \d | [ \t]* [\-–] [ \t]* \d )   # Nghị định 154 năm 2016, not "5 năm 2016 – 2020"
    )""", regex.VERBOSE)
_DATED_DAY = _DATED.groupindex["day"]
_TIME_WORDS = frozenset("năm tháng ngày tuần giờ phút quý".split())
_TO_ISSUER = regex.compile(r"\s* ,? \s* của \s+", regex.VERBOSE)
# (Spaces or tabs only: a name ends at the end of its line, "của UBND huyện Thanh Trì⏎Bà
# Nguyễn Thị Hòa …" where a title line has no full stop.)
_WORD = regex.compile(
    r"""[ \t]* (?P<w>
        (?: TP | Tp | TX ) \.                       # UBND TP. Đà Nẵng (a name, not a new sentence:
        (?= [ \t]* \p{Lu}\p{Ll}* (?: [ \t]+ \p{Lu} | [^\p{L}\s] | $ ) )   # "của UBND TP. Đề nghị …")
      | [\p{L}\d]+ (?: [.&][\p{L}\d]+ )*          # Bộ / KH&ĐT / TP.HCM
      | \S
    )""", regex.VERBOSE)
_W = _WORD.groupindex["w"]
# A body's term after its name: "Bộ Chính trị khóa IX", "Quốc hội khoá XIV", "Bộ Chính trị (khóa XI)".
_TERM = regex.compile(r"""[ \t]+ (?: (?:khóa|khoá|Khóa|Khoá) [ \t]+ (?:[IVXL]+|\d{1,2}) (?![\p{L}\d])
                              | \( [ \t]* (?:khóa|khoá|Khóa|Khoá) [ \t]+ (?:[IVXL]+|\d{1,2}) [ \t]* \) )""", regex.VERBOSE)

# A plenum or conference named before the body that holds it.
_CONFERENCE = regex.compile(
    r"Hội\s+nghị(?:\s+(?:lần\s+thứ\s+\w+|Trung\s+ương\s+\w+|toàn\s+quốc|lần\s+\w+))?\s+(?=\p{Lu})")
_ADMIN = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "nhân dân",
          "tối cao", "cấp cao", "nhà nước", "trung ương", "liên tịch", "quốc gia")
# Local bodies: never the author of a central (/TW) document.
_LOCAL_PARTY = regex.compile(
    r"""
      (?: Tỉnh | Thành ) \s (?: ủy | uỷ )       # Tỉnh ủy Thái Bình / Thành ủy
    | (?: Quận | Huyện ) \s (?: ủy | uỷ )       # Quận ủy Lê Chân / Huyện ủy
    | (?: Thị | Đảng ) \s (?: ủy | uỷ )         # Thị ủy / Đảng ủy phường
    | UBND | HĐND                                       # UBND tỉnh
    | Ủy\sban\snhân\sdân | Hội\sđồng\snhân\sdân         # Ủy ban nhân dân tỉnh
    """, regex.VERBOSE)
# Central Party bodies: the authors of /TW documents.
_CENTRAL = regex.compile(
    r"""
      Trung\sương | TW | T\.?Ư   # Ban Chấp hành Trung ương Đảng / BCH T.Ư Đảng
    | Bộ\sChính\strị            # Bộ Chính trị
    | Ban\sBí\sthư              # Ban Bí thư
    """, regex.VERBOSE)
# The committee a Party symbol's issuer code names, or its Đảng bộ ("Ban Chấp hành
# Đảng bộ tỉnh" is the Tỉnh ủy).
_PARTY_ISSUERS = {
    "TU": regex.compile(r"""
          Tỉnh\s(?:ủy|uỷ) | Thành\s(?:ủy|uỷ)                   # Ban Thường vụ Tỉnh ủy
        | Đảng\sbộ\s(?:tỉnh|thành\sphố|Thành\sphố|TP)         # Ban Chấp hành Đảng bộ tỉnh
        """, regex.VERBOSE),
    "QU": regex.compile(r"""
          Quận\s(?:ủy|uỷ)         # Quận ủy Lê Chân
        | Đảng\sbộ\squận          # Ban Chấp hành Đảng bộ quận
        """, regex.VERBOSE),
    "HU": regex.compile(r"""
          Huyện\s(?:ủy|uỷ)        # Huyện ủy Tiền Hải
        | Đảng\sbộ\shuyện         # Ban Chấp hành Đảng bộ huyện
        """, regex.VERBOSE),
    "TXU": regex.compile(r"""
          Thị\s(?:ủy|uỷ)          # Thị ủy
        | Đảng\sbộ\sthị\sxã       # Đảng bộ thị xã
        """, regex.VERBOSE),
    "ĐU": regex.compile(r"""
          Đảng\s(?:ủy|uỷ)         # Đảng ủy Khối
        | Đảng\sbộ                # Đảng bộ phường
        """, regex.VERBOSE),
}


@dataclass(slots=True)
class Ref:
    """One matched reference before resolution."""
    start: int
    end: int
    type: str
    symbol: str
    codes: tuple[str, ...]   # the code segments naming the issuer ("TW", "UBND", "CP")
    coded: bool
    source: str
    score: float
    issued: str | None = None   # a list member's own date, read before the next member


# ---------------------------------------------------------------- validation

_SPACES = regex.compile(r"\s+")
_DASH = regex.compile(rf"[{_DASHES}/]")     # between the code segments of a symbol
_TO_HYPHEN = str.maketrans({c: "-" for c in "–‐‑−"})
_NEXT = regex.compile(r"\s*(%|\w+)")                  # the word after a number
_RANGE_WORDS = frozenset(("đến", "tới"))
_MEETING_WORDS = frozenset(("Đại", "Hội"))
_MEETING = regex.compile(r"[ \t]+(?:Đại[ \t]+hội|Hội[ \t]+nghị)(?!\w)")   # "13 Đại hội …"
_RANGE_END = regex.compile(r"[ \t]+(?:đến|tới)[ \t]+\d")   # "1 đến 8"
_CENTRAL_WORDS = regex.compile(r"Trung\s+ương|T\.?Ư")   # "TW" in symbols
_NAME_WORD = regex.compile(r"[\p{L}\d]+")
_NOT_CAPITAL = regex.compile(r"[\d\p{Ll}&]")           # what an issuer code's letters are not
_SYMBOL_NUMBER = regex.compile(r"\d+[a-z]?")           # 106 / 30a


def _segments(code: str) -> list[str]:
    return [s.strip() for s in _DASH.split(code) if s.strip()]


def _valid_codes(segments: list[str]) -> bool:
    """1-6 code segments of at most 12 characters, each with at least one capital letter."""
    return 1 <= len(segments) <= 6 and all(len(x) <= 12 and any(c.isupper() for c in x) for x in segments)


def _valid_year(y: str | None) -> bool:
    return y is None or 1945 <= int(y) <= 2100


def validate_symbol(m: regex.Match, bare_ok: bool, text: str, lower_type: bool = False) -> bool:
    """The symbol's grammar holds beyond what the pattern checks."""
    codes = table("document_codes.tsv")
    g = group_numbers(m.re)   # (groups by number: see extractors.optional_group)
    group = m.group
    if group(g["pnum"]):
        # a Party symbol names its type (NQ, KL, QĐ, CT…) and its issuer (TW, TU, ĐU…)
        # ("QĐNS" is a QĐ on personnel: a known code with letters after it)
        ptype = group(g["ptype"])
        known = ptype in codes or any(len(c) >= 2 and ptype.startswith(c) and ptype[len(c):].isupper() for c in codes)
        return known and _valid_codes(_segments(group(g["pissuer"])))
    if group(g["snum"]):
        # a state symbol: an optional year, then the type and issuer codes (NĐ-CP, UBND-TKBT, QH14)
        return _valid_year(group(g["syear"])) and _valid_codes(_segments(group(g["scode"])))
    # "Quyết định số 80", "công văn số 147", "quyết định (số 4945": after "số" a bare number is
    # the document's (not after a colon: "quyết định: số 15 hộ" counts households)
    numbered = "so" in g and bool(group(g["so"])) and not ("punct" in g and group(g["punct"]) == ":")
    # "Quyết định 708 ngày 15-6-1999", "văn bản 2861 ngày 13/6", "Nghị định 154 năm 2016" date
    # the document (a year after a lower-case word is a length: "kế hoạch 5 năm 2016 – 2020")
    sym_end = m.end(g["sym"])
    dated = (dm := _DATED.match(text, sym_end)) is not None and (dm.group(_DATED_DAY) or not lower_type)
    num, year = group(g["bnum"]), group(g["byear"])
    if not (bare_ok or numbered or (dated and dm.group(_DATED_DAY)) or (year and "/" in m.group(g["sym"]))):
        return False  # "Chương trình 135 năm 2016" names a programme; "văn bản 2861 ngày 13/6",
        # "Văn bản 2103/2009" (a number with its year) a document
    if not _valid_year(year):
        return False
    if not numbered and len(num) == 4 and 1945 <= int(num) <= 2100:
        return False  # "Luật Đất đai 2013", "kế hoạch 1998-2005": a year, not a number
    nxt = _NEXT.match(text[sym_end:sym_end + 30])
    word = nxt.group(1) if nxt else ""
    if word == "%" or word.lower() in SCALES:
        return False
    if not numbered and word in _RANGE_WORDS and _RANGE_END.match(text, sym_end):
        return False  # "các tổ chức quy định 1 đến 8 nêu trên": the first of a range of items
    if not numbered and word in _MEETING_WORDS and _MEETING.match(text, sym_end):
        return False  # "Nghị quyết 13 Đại hội Đảng bộ TP": the number is the congress's (as "Trung ương 4")
    # "kế hoạch 5 năm", "Luật 2 lần": an amount or a length of time, not a number of a document
    # (a capitalized word after the number starts a name or a sentence: "Thông tư 15 Bộ Công an")
    if not (numbered or dated) and word.islower() and (word in _TIME_WORDS or word in lowered("count_units.txt")
                                                      or word in lowered("count_classifiers.txt")):
        return False
    # a lower-case type word may be a verb: "quy định 3 nhóm đối tượng" counts groups
    return numbered or not (lower_type and counts.unit_at(text, sym_end) is not None)


def _ref(m: regex.Match, type_: str, start: int, source: str, score: float) -> Ref:
    # "40 – CT/TW" -> "40-CT/TW"; a doubled slash is a typo: "05//2005/NĐ-CP" -> "05/2005/NĐ-CP"
    g = group_numbers(m.re)
    sym = _SPACES.sub("", m.group(g["sym"])).translate(_TO_HYPHEN).replace("//", "/")
    if m.group(g["pnum"]):
        codes, coded = tuple(_segments(m.group(g["pissuer"]))), True
    elif m.group(g["snum"]):
        codes, coded = tuple(_segments(m.group(g["scode"]))), True
    else:
        codes, coded = (), False
    if type_ in _CASE_CODED:
        codes = ()  # "85/DSST", "12/2019/HS-PT": the code names the kind of case, not the court
    return Ref(start, m.end(g["sym"]), type_, sym, codes, coded, source, score)


# ---------------------------------------------------------------- issuer grammar

@cache
def _heads() -> tuple[tuple[str, bool], ...]:
    """(head, is a complete name) pairs, longest first."""
    full = set(lines("issuer_names.txt"))
    heads = set(lines("issuer_heads.txt")) | full
    return tuple(sorted(((h, h in full) for h in heads), key=lambda p: len(p[0]), reverse=True))


@cache
def _heads_by_start() -> dict[str, tuple[tuple[str, bool], ...]]:
    """:func:`_heads` by their first two characters (each at least two long), in the same
    order: the heads that may start where two characters stand."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for h, complete in _heads():
        assert len(h) >= 2, h
        out.setdefault(h[:2], []).append((h, complete))
    return {k: tuple(v) for k, v in out.items()}


def _head_at(text: str, pos: int) -> tuple[int, bool] | None:
    """(end, complete) of the longest issuer head or full name starting at ``pos``.

    An abbreviation in brackets of the words before it may stand inside the head:
    ``Ngân hàng (NH) Nhà nước`` is the head ``Ngân hàng Nhà nước``.
    """
    for h, complete in _heads_by_start().get(text[pos:pos + 2], ()):
        if text.startswith(h, pos):
            end = pos + len(h)
            if end == len(text) or not text[end].isalnum():
                return end, complete
    m = match_near(_INNER_ABBR, text, pos)
    if m and _initials(m.group(_INNER_A)) == m.group(_INNER_AB):
        cut = m.end(_INNER_A)
        found = _head_at(text[pos:cut] + text[m.end():m.end() + 80], 0)
        if found and found[0] > cut - pos:
            return m.end() + found[0] - (cut - pos), found[1]
    return None


# An abbreviation in brackets inside a name, more of the name after it.
_ABBR_AFTER = regex.compile(r"\((?P<ab>\p{Lu}{2,8})\)(?=[ \t]+\p{Ll}*[ \t]*\p{Lu})")
# Words then their abbreviation in brackets, inside a name: "Ngân hàng (NH) Nhà nước".
_INNER_ABBR = regex.compile(r"(?P<a>\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+){0,3}?)[ \t]*\((?P<ab>\p{Lu}{2,6})\)(?=[ \t]+\p{Lu})")
_INNER_A, _INNER_AB = _INNER_ABBR.groupindex["a"], _INNER_ABBR.groupindex["ab"]
_ABBR_AB = _ABBR_AFTER.groupindex["ab"]


def _types_start(text: str, pos: int) -> bool:
    """Does a document type (``Nghị quyết``, ``Quy định``) start at ``pos``?"""
    return _grammar_types().match(text, pos) is not None


@cache
def _grammar_types() -> regex.Pattern:
    names = sorted(_types(), key=len, reverse=True)
    return regex.compile("(?i:" + "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def issuer_at(text: str, pos: int, doc: Doc | None = None, joint: bool = True) -> tuple[int, int] | None:
    """The span of the issuer phrase that starts at ``pos`` (after ``của``), or None.

    ORG ("," | "và") ORG …, each ORG a head (``UBND``, ``Bộ``, ``Ban Chấp hành
    Trung ương``) then name words: capitalized words, administrative words
    (``tỉnh``, ``thành phố``), and a lower-case syllable that completes a
    word begun by the capitalized one before it (``Tài chính``, ``Công an``).
    When no head is known, an ORGANIZATION or POSITION entity that starts at
    ``pos`` is taken.  A document that is not ``joint`` has one author: a comma after
    it ends the phrase ("Nghị định 61 của Thủ tướng Chính phủ, UBND TPHCM chỉ đạo": the
    next body is the subject of the sentence); "và" still joins a second one.
    """
    conf = _CONFERENCE.match(text, pos)
    if conf:  # "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng": the committee issues
        pos = conf.end()
    head = _head_at(text, pos)
    entity = _entity_at(doc, pos) if doc is not None else None
    if head is None:
        return (pos, entity.end) if entity is not None else None
    words = vietnamese_words()
    end, complete = head
    last_end, prev = end, text[pos:end].split()[-1]
    i = end
    while True:
        m = _WORD.match(text, i)
        if m is None:
            break
        w, ws = m.group(_W), m.start(_W)
        if w == "(" and (ab := _ABBR_AFTER.match(text, ws)) \
                and ab.group(_ABBR_AB) in (_initials(text[pos:last_end]), _initials(text[pos:last_end], _CODE_SKIPS)):
            i = ab.end()  # "Ủy ban nhân dân (UBND) tỉnh Nam Định": the name goes on after it
            continue
        if complete and w not in (",", "và"):
            break  # "Chính phủ", "Bộ Tài chính": nothing more belongs to the name
        inner = _head_at(text, ws) if _is_cap(w) else None
        if inner is not None and inner[1]:
            # a full name inside an office: "Bộ trưởng Bộ Tài nguyên và Môi trường"
            last_end = i = inner[0]
            prev, complete = text[ws:i].split()[-1], True
            continue
        if _is_cap(w) and w[0].isalpha() and not _types_start(text, ws):
            last_end, prev, i = m.end(), w, m.end()
            continue
        low = w.lower()
        admin = next((a for a in _ADMIN if text.startswith(a, ws) and
                      (ws + len(a) == len(text) or not text[ws + len(a)].isalnum())), None)
        if admin:
            i = last_end = ws + len(admin)
            prev = admin.split()[-1]
            continue
        # (a one-letter capital starts a word too: "Sở Y tế"; longer all-capital words are
        # abbreviations: "UBND tỉnh")
        if w.islower() and prev[:1].isupper() and not (prev.isupper() and len(prev) > 1) \
                and fold(f"{prev} {low}") in words:
            last_end, prev, i = m.end(), w, m.end()
            continue
        if w in (",", "và", "-", "–") and (joint or w != ","):
            nxt = _WORD.match(text, m.end())
            nxt_head = _head_at(text, nxt.start(_W)) if nxt else None
            if nxt_head is not None:  # the next member of a list of issuers
                last_end = i = nxt_head[0]
                complete = nxt_head[1]
                prev = text[nxt.start(_W):i].split()[-1]
                continue
            if nxt and w in ("-", "–") and _is_cap(nxt.group(_W)):
                i = m.end()  # "Bộ Lao động - Thương binh và Xã hội"
                continue
        break
    term = _TERM.match(text, last_end)
    end = term.end() if term else last_end
    # the grammar stops at lower-case words it cannot tell from the sentence's ("Sở Giao
    # thông vận tải", "Cục Cảnh sát giao thông", "Sở Kế hoạch và Đầu tư"): the ORGANIZATION
    # or POSITION that starts there names the whole author
    if entity is not None:
        end = max(end, entity.end)
    if doc is not None and (person := _person_in(doc, pos, end)) is not None:
        end = len(text[:person].rstrip(" \t,"))   # the office, not its holder: "Phó Thủ tướng Trần Hồng Hà"
    return pos, end


def _entity_at(doc: Doc, pos: int) -> Span | None:
    """The ORGANIZATION or POSITION entity that starts at ``pos``, if any."""
    ents = doc.entities
    i = bisect_left(ents, pos, key=_START)
    while i < len(ents) and ents[i].start == pos:
        if ents[i].label in ("ORGANIZATION", "POSITION"):
            return ents[i]
        i += 1
    return None


def _person_in(doc: Doc, start: int, end: int) -> int | None:
    """Where the first PERSON entity inside ``(start, end)`` starts, if any."""
    ents = doc.entities
    i = bisect_left(ents, start + 1, key=_START)
    while i < len(ents) and ents[i].start < end:
        if ents[i].label == "PERSON":
            return ents[i].start
        i += 1
    return None


_START = attrgetter("start")


def _initials(phrase: str, skip: frozenset[str] = frozenset()) -> str:
    """``Ủy ban nhân dân tỉnh`` -> ``UBNDT``; abbreviations stay whole (``UBND``);
    ``Trung ương`` is ``TW`` as in symbols (``Ban Tuyên giáo Trung ương`` -> ``BTGTW``);
    words in ``skip`` give no letter."""
    out = []
    phrase = _CENTRAL_WORDS.sub("TW", phrase)
    for w in _NAME_WORD.findall(phrase):
        if w in skip:
            continue
        if w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append(w[0].upper())
    return unicodedata.normalize("NFD", "".join(out)).translate(WITHOUT_MARKS)


def issuer_fits(codes: tuple[str, ...], issuer: str) -> bool:
    """Can ``issuer`` be the author of a symbol with these issuer codes?"""
    codes = tuple(c for c in codes if c not in _kind_codes())
    if not codes or all(c in table("document_codes.tsv") for c in codes):
        return True  # no code, or only the type's ("34/SL", "45/QĐ", "2496/QĐ-XPVPHC"): nothing names the author
    for code in codes:
        if code in ("TW", "TƯ", "T.Ư", "T.W"):
            return bool(_CENTRAL.search(issuer)) and not _LOCAL_PARTY.search(issuer)
        if code in _PARTY_ISSUERS:
            return bool(_PARTY_ISSUERS[code].search(issuer))
    if "TTg" in codes and _GOVERNMENT.fullmatch(issuer):
        return True  # the Prime Minister's ("23/CT-TTg") is the Government's: "… ngày 5/8/2014 của Chính phủ"
    # codes drop "và" and the unit word of a place: "Bộ Tài nguyên và Môi trường" is BTNMT,
    # "Cục Hải quan tỉnh Bà Rịa – Vũng Tàu" is HQBRVT
    variants = (_initials(issuer), _initials(issuer, _CODE_SKIPS))
    for code in codes:
        letters = _NOT_CAPITAL.sub("", code)
        if len(letters) >= 2 and any(letters in v for v in variants):
            return True
    return False


@cache
def _kind_codes() -> frozenset[str]:
    """Codes that name the kind of a document, not its author ("XPVPHC")."""
    return frozenset(lines("document_kind_codes.txt"))


_GOVERNMENT = regex.compile(r"Chính\s+phủ")
_CODE_SKIPS = frozenset("và tỉnh thành phố huyện quận thị xã".split())


# ---------------------------------------------------------------- matching and resolution

def match(doc: Doc, year: int | None = None) -> list[list[Ref]]:
    """Groups of references: a typed reference followed by the list members sharing its type
    (``year``: the article's, for a list member's date without one)."""
    text = doc.text
    types = _types()
    groups: list[list[Ref]] = []
    covered = SpanSet()     # (asked by bisection: a scan of every span read was quadratic on a long list of references)
    last_end = 0
    for start, type_, m in typed(text):
        if start < last_end:
            continue  # "luật" inside "Bộ luật Hình sự số …" already read
        bare_ok = types[type_.lower()][1]
        lower_type = text[start].islower()
        if not validate_symbol(m, bare_ok, text, lower_type):
            continue
        g = group_numbers(m.re)
        group = [_ref(m, type_, start, "rule:document.typed", 0.97 if m.group(g["bnum"]) is None else 0.9)]
        pos = m.end(g["sym"])
        while True:
            while (more := _MORE.match(text, pos)) and validate_symbol(more, bare_ok, text, lower_type):
                group.append(_ref(more, type_, more.start(_MORE_SYM), "rule:document.list", 0.88))
                pos = more.end(_MORE_SYM)
            dated = _dated_member(text, pos, year)
            if dated is None or not validate_symbol(dated[1], bare_ok, text, lower_type):
                break
            group[-1].issued, more = dated
            group.append(_ref(more, type_, more.start(_MORE_SYM), "rule:document.list", 0.88))
            pos = more.end(_MORE_SYM)
        _share_code(group)
        groups.append(group)
        covered.add(start, pos)
        last_end = pos
    codes = table("document_codes.tsv")
    for m in _abbreviated(text):
        if covered.covers(m.start()) or not validate_symbol(m, True, text):
            continue
        ref = _ref(m, codes[m.group(_ABBR_CODE)], m.start(), "rule:document.abbreviated", 0.85)
        if m.group(_ABBR_BNUM) and (apart := _APART_CODE.match(text, m.end(_ABBR_SYM))):
            ref.symbol += apart.group(1)
            ref.codes, ref.coded, ref.end = (apart.group(1),), True, apart.end()
        groups.append([ref])
        covered.add(m.start(), ref.end)
    for m in _bare_coded(text):
        if covered.covers(m.start()):
            continue
        type_code = m.group(_BARE_PTYPE) or next((s for s in _segments(m.group(_BARE_SCODE)) if s in codes), None)
        if type_code not in codes or not _valid_year(m.group(_BARE_SYEAR)):
            continue
        groups.append([_ref(m, codes[type_code], m.start(_BARE_SYM), "rule:document.symbol", 0.85)])
    return groups


def _dated_member(text: str, pos: int, year: int | None) -> tuple[str, regex.Match] | None:
    """(the date, the next member) when a list member's date follows it and "số" another
    member after that (_MORE_AFTER_DATE)."""
    to_date = match_near(_TO_DATE, text, pos)
    if to_date is None or to_date.group(_TO_DATE_BR):
        return None
    c = dates.date_at(text, to_date.end(), year)
    if c is None:
        return None
    more = _MORE_AFTER_DATE.match(text, c.end, c.end + 40)
    return (c.value, more) if more is not None else None


def _abbreviated(text: str) -> list[regex.Match]:
    """``_ABBREVIATED.finditer(text)``: its matches start on "NĐ", "QĐ" or "NQ", which
    str.find finds many times faster than the grammar's scan."""
    places = sorted(i for code in _ABBREVIATED_CODES for i in find_all(text, code))
    return list(matches_at(_ABBREVIATED, text, places)) if places else []


_ABBREVIATED_CODES = ("NĐ", "QĐ", "NQ")
# A digit that may start a bare coded symbol (the look-behind of _BARE_CODED).
_SYMBOL_START = regex.compile(r"(?<![\w/.\-])\d")
# The run of non-spaces that ends where the search ends (searched backwards).
_NONSPACES_BEFORE = regex.compile(r"\S*", regex.REVERSE)
_SPACE = regex.compile(r"\s")


def _bare_coded(text: str) -> list[regex.Match]:
    """``_BARE_CODED.finditer(text)``, trying only where a match may start.

    Each match holds a slash before a capital ("/QĐ-TTg", _SLASH_CODE), and before it
    only digits, dashes, slashes and code letters, no space: it starts on a digit of the
    run of non-spaces that ends at such a slash.  The few slashes are found by a literal
    scan, many times cheaper than the grammar's scan of every place of the text.
    """
    places: list[int] = []
    scanned = 0   # the digits before this offset are in places already
    for slash in _SLASH_CODE.finditer(text):
        q = slash.start()
        # (the run's start is looked for back to the last slash's at most: slashes of one
        # run of non-spaces share it, and each stretch of text is read once)
        if _SPACE.search(text, scanned, q) is not None or not scanned:
            run_start = _NONSPACES_BEFORE.match(text, scanned, q).start()
        start = max(run_start, scanned)
        places.extend(d.start() for d in _SYMBOL_START.finditer(text, start, q))
        scanned = q
    return list(matches_at(_BARE_CODED, text, places)) if places else []


def _share_code(group: list[Ref]) -> None:
    """Bare numbers listed before a coded symbol share its code: "các quyết định 106, 107/QĐ-TTg"."""
    last = group[-1]
    if len(group) < 2 or not last.coded:
        return
    num = _SYMBOL_NUMBER.match(last.symbol)
    suffix = last.symbol[num.end():] if num else ""
    if not suffix.startswith(("/", "-")):
        return
    for ref in reversed(group[:-1]):
        if ref.issued is not None:
            break  # a member with its own date is not written in short by the next one
        if not ref.coded and ref.symbol.isdigit():
            ref.symbol += suffix
            ref.codes, ref.coded = last.codes, True


def resolve(doc: Doc, group: list[Ref], year: int | None) -> list[Span]:
    text = doc.text
    last = group[-1]
    pos, issued = last.end, None
    to_date = match_near(_TO_DATE, text, pos)
    if to_date or (bare := match_near(_TO_BARE_DATE, text, pos)):
        c = dates.date_at(text, to_date.end(), year) if to_date else dates.date_at(text, bare.end(), year, bare=True)
        if c is not None:
            issued, pos = c.value, c.end
            if to_date and to_date.group(_TO_DATE_BR) and text.startswith(")", pos):
                pos += 1   # "61/CP (ngày 5-7-1994) của Chính phủ"
    if text.startswith(")", pos) and "(" in text[group[0].start:group[0].end]:
        pos += 1   # the bracket the number opened: "quyết định (số 4945 ký ngày 7/10/2004) của UBND TP"
    issuer_span = None
    to_issuer = match_near(_TO_ISSUER, text, pos)
    if to_issuer:
        issuer_span = issuer_at(text, to_issuer.end(), doc, _joint(last.type))
    issuer = text[issuer_span[0]:issuer_span[1]] if issuer_span else None
    if issuer_span and issued is None and (to_date := match_near(_TO_DATE, text, issuer_span[1])):
        c = dates.date_at(text, to_date.end(), year)  # "… của Chính phủ ngày 25/1/2017"
        issued = c.value if c is not None else None
    out = []
    for ref in group:
        who = issuer if issuer and issuer_fits(ref.codes, issuer) else None
        out.append(doc.span(ref.start, ref.end, "DOCUMENT", ref.source, ref.score, type=ref.type,
                            symbol=ref.symbol, issued=issued if ref is last else ref.issued, issuer=who))
    return out


def _joint(type_: str) -> bool:
    """May a document of this type have several authors: a joint one ("Thông tư liên tịch",
    "Quy chế phối hợp")?  Any other has one ("Nghị định" is the Government's)."""
    return "liên tịch" in type_ or "phối hợp" in type_


def extract(doc: Doc) -> list[Span]:
    year = dates.published_year(doc)
    spans: list[Span] = []
    for group in match(doc, year):
        spans.extend(resolve(doc, group, year))
    return spans
