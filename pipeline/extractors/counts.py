"""Counts: a number with the thing it counts (GUIDELINES "Counts").

Match: numbers in Vietnamese formats (``1.500``, ``1,5``, ``04``), number words
(``hai``, ``mười lăm``, ``ba trăm``), scale words (``2,5 triệu``, ``1 tỷ 200
triệu``), ranges (``5-6 triệu đồng``, ``100.000 đến 300.000 đồng``: both ends
are counts, the low end takes the high end's scale and unit) and fractions
(``22/63 địa phương`` counts 22).

Validate: a number is not a count when it lies inside a date, duration or
time (``doc.dates``) or a document symbol (``doc.documents``); when a noun
before it makes it an identifier or an ordinal (``quận 1``, ``Điều 12``,
``lần thứ 5``, ``Biểu số 03``, see ``identifier_nouns.txt``); when letters are
glued to it that are not a unit (``39B``); inside a set phrase (``Năm lần bảy
lượt``); when no counted noun follows.  Indefinite ``một`` and vague amounts
(``hàng chục``, ``hàng tỉ đồng``, ``vài``) are never counts: they are not
numbers to the grammar (decision recorded in tests/extractors/test_counts.py).

Resolve: ``value`` (int, or float for decimals) and ``unit``, the counted noun
as written, lower-cased, with its classifier (``10 chiếc xe`` -> ``chiếc
xe``): ``%`` for percentages (``%/năm`` for a rate per unit of time,
``12%/năm``), ``đồng`` for money (``VNĐ``, ``đ``, and an amount in
``triệu``/``tỷ`` with no noun after it, ``133 triệu``).  The noun is
the longest entry of ``count_units.txt`` or of the Vietnamese word list
(``cơ quan``, ``chỗ ngồi``) at that place, else one plain lower-case syllable
that is not a function word (``count_stops.txt``), else an acronym (``637.000
GCN``).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import methodcaller

import regex

from ..doc import Doc
from ..span import Span
from . import DATA, caseless, char_after_space, fold, lines, lowered, table, vietnamese_words
from .numbers import DIGITS, SCALES, WORDS, WORDS_AT, YEAR_BEFORE, as_number, digits_value, keyword_hits, lower_text, parse_words, word_number_starts

_F = regex.VERBOSE | regex.IGNORECASE

# A number in digits: 1.500 / 1,5 / 04 / 22/63 (numbers in words: numbers.WORDS_AT).
_NUMBER = regex.compile(
    rf"""
    (?<! [\p{{L}}\d/.\-+:#=] | [\d/.,] , )   # (a comma glued to a word, "Việt Nam,10 nhà hàng", parts no decimals)
    (?P<digits>{DIGITS}) (?: / [ ]? (?P<den>\d+) )?   # (a space after the slash: "26/ 64 tỉnh")
    (?![\d])
    """, regex.VERBOSE)
# The high end of a range, right after its separator (no look-behind).
_HIGH = regex.compile(rf"(?P<digits>{DIGITS}) (?![\d])", regex.VERBOSE)
_SCALE = regex.compile(
    r"""\s*
    (?: (?P<s> nghìn | ngàn     # 5 nghìn / 5 ngàn
             | vạn              # 10 vạn dân
             | triệu            # 2,5 triệu
             | tỷ | tỉ          # 1,5 tỷ / 4 tỉ
        ) (?!\w)
      | (?P<s> tr ) (?= \.?[ \t]*đ(?:ồng)?(?!\w) )   # 5 tr.đ / 50 trđ / 3 tr đồng: "triệu" shortened before the currency
    )""", _F)
# The factors of the scale words, with "tr", "triệu" shortened ("5 tr.đ").
_SCALE_VALUES = {**SCALES, "tr": SCALES["triệu"]}
# "1 tỷ 200 triệu": a smaller amount added after a scale.
_SUBSCALE = regex.compile(
    rf"""\s+ (?: (?P<n>{DIGITS}) \s* | (?P<w>{WORDS}) \s+ )   # 200 triệu / ba trăm linh năm nghìn
    (?P<s> nghìn | ngàn     # 2 triệu 500 nghìn
         | triệu            # 1 tỷ 200 triệu
    ) (?!\w)""", _F)
# The high end of a range: "-6", " - 75", " đến 300.000", " đến dưới 40".
_RANGE = regex.compile(
    r"""\s*
    (?: [\-–~]             # 5-6 triệu / 65 – 75
      | đến | tới          # 100.000 đến 300.000
    ) \s*
    (?: (?: dưới | trên | hơn | gần ) \s+ )?   # từ 15 đến dưới 40
    (?=\d)""", _F)
_GLUED = regex.compile(r"\p{L}[\p{L}\d]*(?:/\p{L}[\p{L}\d]*)?")
_WORD = regex.compile(r"\s*(?P<w>[\p{L}\d]+|\S)")
_NEXT_WORDS = regex.compile(r"(?:\s*(?P<w>[\p{L}\d]+|\S)){0,4}")   # the next four _WORDs, in one match
_ACRONYM = regex.compile(r"\s+(?P<a>\p{Lu}{2,6})(?![\p{L}\d])")
# Groups by number: ``Match.group("w")`` costs `regex` a raised and cleared TypeError (it
# first tries the name as an index), four times the work of ``Match.group(1)``, and the
# words after a number are read a hundred times an article.
_W = _WORD.groupindex["w"]
assert _NEXT_WORDS.groupindex["w"] == _W
_DIGITS = _NUMBER.groupindex["digits"]   # (also of _HIGH: see _digits)
assert _HIGH.groupindex["digits"] == _DIGITS
_DEN = _NUMBER.groupindex["den"]
_WORDS = WORDS_AT.groupindex["words"]
_S = _SCALE.groupindex["s"]
_SUB_S, _SUB_N, _SUB_W = _SUBSCALE.groupindex["s"], _SUBSCALE.groupindex["n"], _SUBSCALE.groupindex["w"]
_U = 1   # the unit of a _units_grammar() match

_PERCENT = regex.compile(
    r"""\s*
    (?: %                  # 25%
      | phần \s+ trăm      # 25 phần trăm
    ) (?!\w)""", regex.VERBOSE)
_LIST_GAP = regex.compile(
    r"""\s*
    (?: ,                  # khoản 1, 2
      | và | hoặc          # khoản 1 và 2
    ) \s*""", regex.VERBOSE)
# Prepositions, conjunctions and verbs of motion that end no counted noun, though the word list
# has "nhà trong", "nước lên", "đồng không", "đơn từ"; nor "có" (have), the verb after the
# counted noun ("2 bên có thể", "3 bên có trách nhiệm"; "bên có", a ledger's credit side).
_TRAILING = frozenset("trong ngoài trên dưới của với cho từ đến tới về theo và hay hoặc không là lên xuống ra vào có"
                      .split())
# Aspect, voice and negation markers: a word after them is a verb ("đã cấp", "được cấp").
_MARKERS = frozenset("đã đang sẽ vừa mới được bị chưa không cũng".split())
_MONEY = {"vnđ": "đồng", "vnd": "đồng", "đ": "đồng", "đồng": "đồng"}
# Acronyms of bodies, places and titles: never a counted noun ("quận 1 UBND").
_NOT_UNITS = frozenset("UBND HĐND TP TPHCM HCM MTTQ BCH TW TƯ QĐ NĐ CP TT CT NQ KL".split())


def _may_follow(text: str, pos: int, first: str) -> bool:
    """May a grammar that reads spaces, then a word starting with one of ``first`` (in
    both cases), match at ``pos``?  False when the first character after at most one space
    is neither one of them nor a space (nor there): then the grammar, a call costing many
    times this test, cannot match.  (What `regex` calls a space, str.isspace() does too.)"""
    c = char_after_space(text, pos)
    return c != "" and (c in first or c.isspace())


# The first letters of _SCALE's words and of _RANGE's separators, in both cases.
_SCALE_FIRST = "nNvVtT"
_RANGE_FIRST = "-–~đĐtT"


@dataclass(slots=True)
class Amount:
    start: int
    end: int           # end of the number and its scale words
    value: float
    scale: int         # the scale word's factor (triệu -> 1e6), 1 when there is none

    @property
    def scaled(self) -> bool:
        return self.scale != 1


def _units_grammar(entries: list[str]) -> regex.Pattern:
    """An alternation of unit entries, longest first, after spaces ("đại biểu", "tỉnh, thành phố")."""
    alts = "|".join(regex.escape(e).replace(r"\ ", r"\s+").replace(",", r"\s*,") for e in entries)
    pattern = regex.compile(rf"\s*(?P<u>{alts})(?![\p{{L}}\d])", regex.IGNORECASE)
    assert pattern.groupindex["u"] == _U
    return pattern


@cache
def _units() -> regex.Pattern:
    return _units_grammar(sorted(lines("count_units.txt"), key=len, reverse=True))


# ---------------------------------------------------------------- matching

# "chục" (ten) after a digit: "hai chục chai" is 20 bottles, not two of a unit "chục".
_TENS = regex.compile(r"[ \t]+chục(?![\p{L}\d])")


def _words_value(text: str, m: regex.Match) -> int | None:
    """The value of the number words at ``m`` (:func:`parse_words`); a lone "năm", which
    parse_words leaves alone (also "year"), is five before a scale word ("từ năm triệu
    đồng": 5,000,000) unless a word before it makes it the noun ("mỗi năm triệu lượt")."""
    words = m.group(_WORDS)
    v = parse_words(words.split())
    if v is None and words.lower() == "một" and (_only_one(text, m.start()) or _one_scaled(text, m.end())
                                                 or _one_more(text, m.start(), m.end())):
        return 1   # "chỉ được đăng ký một xe máy": only one, a number, not the indefinite article
    if v is None and words.lower() == "năm" and char_after_space(text, m.end()).isalpha() \
            and ((_may_follow(text, m.end(), _SCALE_FIRST) and _SCALE.match(text, m.end()))
                 or _five_of(text, m.start(), m.end())) \
            and _words_before(text, m.start())[0].lower() not in _YEAR_BEFORE:
        return 5   # (a letter after it first: "năm 2017", the commonest, is done at once)
    return v


# "chỉ" (only) before "một", with at most three words between them: "chỉ một người", "chỉ
# được sử dụng một nhân viên", "chỉ giao cho một Bộ" (searched in the 40 characters before "một").
_ONLY = regex.compile(
    r"""(?<![\p{L}\d]) (?P<neg> [Kk]hông [ \t]+ )?   # không chỉ: "not only", no number
    [Cc]hỉ (?P<mid> (?: [ \t]+ \p{Ll}+ ){0,3} ) [ \t]+ $""", regex.VERBOSE)
# "duy nhất" (sole) one to three lower-case words after "một": "một đầu mối duy nhất".
_SOLE = regex.compile(r"(?:[ \t]+\p{Ll}+){1,3}[ \t]+duy[ \t]+nhất(?![\p{L}\d])")
# Words between "chỉ" and "một" that make "một" the article again: "chỉ là một biện pháp" (just a),
# "chỉ với giá một ổ bánh", "chỉ trong phạm vi một tỉnh" (a preposition: the "một" is in its phrase).
_NOT_ONLY = frozenset("là với trong ngoài trên dưới của bằng như khoảng hơn gần những các".split())
# Verbs and modals that "chỉ" (only) opens although the word list has them as words of "chỉ":
# "chỉ có một", "chỉ cần một".
_ONLY_MODALS = frozenset(("có", "cần"))
# Nouns after "chỉ một" that make it a share or a span, not one thing: "chỉ một phần", "chỉ một
# bộ phận", "chỉ cần một đa số", "chỉ sau một đêm" (overnight).
_NOT_ONE = regex.compile(r"[ \t]+(?:phần|bộ[ \t]+phận|đa[ \t]+số|đêm|chút|nửa|ít)(?![\p{L}\d])", regex.IGNORECASE)
# ... and the verb "chỉ" (to point) with its particle: "chỉ ra một điểm yếu", "chỉ rõ một nguyên nhân".
_POINT_AT = frozenset(("ra", "rõ", "vào"))


def _only_one(text: str, start: int) -> bool:
    """Is the "một" at ``start`` the number one after "chỉ" (only), "chỉ một người", "chỉ được
    đăng ký một xe máy" (T/V/W_NOTES, F_NOTES 3 "chỉ cần đóng một dấu"), or before "duy nhất"
    (sole), "một đầu mối duy nhất", not the indefinite article?  Not after "không chỉ" (not only), nor across "là" or a preposition ("chỉ là một"),
    nor after a word that "chỉ" starts ("chỉ đạo một", "chỉ số") or ends ("địa chỉ một trang web")."""
    if "duy nhất" in text[start:start + 40] and _SOLE.match(text, start + 3):
        return True   # "một cơ quan duy nhất": one single body
    if "hỉ" not in text[max(0, start - 40):start]:
        return False
    m = _ONLY.search(text, max(0, start - 40), start)
    if m is None or m.group("neg"):
        return False
    before = text[max(0, m.start() - 12):m.start()].split()
    if before and fold(f"{before[-1]} chỉ") in vietnamese_words():
        return False   # "địa chỉ", "chủ chỉ": the word "chỉ" ends is no "only"
    if _NOT_ONE.match(text, start + 3):
        return False
    mid = m.group("mid").split()
    if any(w in _NOT_ONLY for w in mid) or (mid and mid[0] in _POINT_AT):
        return False
    return not (mid and mid[0] not in _ONLY_MODALS and fold(f"chỉ {mid[0]}") in vietnamese_words())


# "thêm" (more) right before "một", maybe with "được": "mở rộng thêm một làn xe", "thực hiện thêm
# một thủ tục" (searched backwards from "một").
_MORE_BEFORE = regex.compile(r"(?<![\p{L}\d])thêm[ \t]+(?:được[ \t]+)?$", regex.REVERSE)
# Nouns after "thêm một" that make it no number: a step further ("dấn thêm một bước"), a while
# ("chờ thêm một thời gian"), once again ("thêm một lần nữa"), or a share ("thêm một phần").
_NOT_ONE_MORE = regex.compile(
    r"""[ \t]+
    (?: bước | thời[ \t]+gian | lần[ \t]+nữa | loạt )   # dấn thêm một bước, thêm một lần nữa
    (?![\p{L}\d])""", regex.VERBOSE | regex.IGNORECASE)


def _one_more(text: str, start: int, end: int) -> bool:
    """Is the "một" at ``start..end`` one more of a thing, after "thêm" (more): "mở rộng thêm một
    làn xe", "thực hiện thêm một thủ tục" (a number, one added: E_NOTES 9 by F_NOTES 3), not a step
    or a while ("dấn thêm một bước", "chờ thêm một thời gian nữa", "thêm một lần nữa": N_NOTES 11
    keeps those out)?  ("thêm một số" (some) has no counted noun: "số" is a stop word.)"""
    return text[max(0, start - 5):start].endswith(("thêm ", "được ")) \
        and _MORE_BEFORE.search(text, max(0, start - 15), start) is not None \
        and not (_NOT_ONE.match(text, end) or _NOT_ONE_MORE.match(text, end))


def _one_scaled(text: str, end: int) -> bool:
    """Is the "một" ending at ``end`` the one of an amount, followed by a scale word ("hơn
    một triệu thầy cô giáo", "một tỷ đồng": a number, where "một" alone is the article)?
    Not when the scale word starts a word of its own: "một tỷ lệ", "một triệu phú"."""
    if not (_may_follow(text, end, _SCALE_FIRST) and (s := _SCALE.match(text, end))):
        return False
    nxt = _WORD.match(text, s.end())
    return not (nxt and nxt.group(_W).isalpha() and fold(f"{s.group(_S)} {nxt.group(_W)}") in vietnamese_words())


def _five_of(text: str, start: int, end: int) -> bool:
    """Is a lone "năm" before a listed counted noun the number five ("năm phường của quận 9",
    "năm người"), not the noun "year" ("sang năm", "trong năm", "năm 2017")?  Only a noun of
    ``count_units.txt`` makes it so, and only when no word of time or motion before it takes
    "năm" as the year; lower-case, or opening a sentence ("Năm mục tiêu này")."""
    u = _unit_match(text, end)
    if u is None or not u.group(_U).islower():
        return False
    prev, _, _ = _words_before(text, start)
    if prev.lower() in _YEAR_BEFORE_FIVE or (prev and not prev.isalpha()):
        return False
    return not (text[start].isupper() and prev)   # "Năm" capitalized inside a sentence: a name or a title


# A scale word or a currency after an amount, a whole word (a fragment of verbose grammars):
# "tỷ", "triệu", "đồng", "USD".
_SCALE_OR_CURRENCY = r"(?: nghìn | ngàn | triệu | tỷ | tỉ | đồng | USD | VNĐ | VND ) (?![\p{L}\d])"
# An amount of money whose thousands a stray space splits after the dot: ". 000" of "30. 000 đồng",
# ". 633,596" of "12. 633,596 triệu đồng" (only before a currency or a scale word: "là 12. 100
# người" may be two sentences).
_SPLIT_THOUSANDS = regex.compile(
    rf"""\.[ ]
    (\d{{3}} (?: \.\d{{3}} )* (?: ,\d{{1,6}} )?)      # 000 / 633,596
    (?= [ \t]* {_SCALE_OR_CURRENCY} )""", regex.VERBOSE)
# The values "chục" (ten) after them multiplies: one digit, "hai chục" (not "15 chục").
_DIGIT_VALUES = frozenset(float(n) for n in range(1, 10))
# Words before "năm" that make it the noun "year" before a scale word: numbers.YEAR_BEFORE,
# and "trong năm", "nhiều năm", "từng năm".
_YEAR_BEFORE = YEAR_BEFORE | {"trong", "nhiều", "từng"}
# ... and, before a counted noun, the words of time and motion that take "năm" as the year:
# "sang năm", "vào năm", "suốt năm", "hết năm", "năm này năm khác".
_YEAR_BEFORE_FIVE = _YEAR_BEFORE | {"sang", "vào", "suốt", "hết", "nửa", "cùng", "năm", "tháng", "ngày",
                                    "nay", "này", "ấy", "đó", "sau", "trước"}


def _amount(text: str, m: regex.Match) -> Amount | None:
    """The number at ``m`` with the scale words after it, or None when it is no number."""
    if digits := _digits(m):
        value = float(digits_value(digits))   # DIGITS matched it: valid
    else:
        v = _words_value(text, m)
        if v is None:
            return None
        value = float(v)
    end, scale = m.end(), 1
    if digits and text.startswith(". ", end) and digits.isdigit() and len(digits) <= 3 \
            and (split := _SPLIT_THOUSANDS.match(text, end)):
        value, end = float(digits_value(f"{digits}.{split.group(1)}")), split.end(1)   # "30. 000 đồng": 30000
    if value in _DIGIT_VALUES and "chục" in text[end:end + 7] and (tens := _TENS.match(text, end)):
        value, end = value * 10, tens.end()   # "hai chục chai" / "3 chục năm": 20, 30
    while _may_follow(text, end, _SCALE_FIRST) and (s := _SCALE.match(text, end)):  # "triệu", "nghìn tỷ"
        scale *= _SCALE_VALUES[s.group(_S).lower()]
        end = s.end()
    value *= scale
    if scale > 1 and text.startswith(" rưỡi", end) and not text[end + 5:end + 6].isalpha():
        value, end = value + scale / 2, end + 5   # "1 triệu rưỡi học sinh": and a half, 1,500,000
    if scale > 1 and (sub := _SUBSCALE.match(text, end)) and SCALES[sub.group(_SUB_S).lower()] < scale:
        # "1 tỷ 200 triệu", "sáu mươi triệu ba trăm linh năm nghìn" (an amount in words, as in a receipt)
        n = digits_value(sub.group(_SUB_N)) if sub.group(_SUB_N) else parse_words(sub.group(_SUB_W).split())
        if n is not None:
            value += n * SCALES[sub.group(_SUB_S).lower()]
            end = sub.end()
    return Amount(m.start(), end, value, scale)


@cache
def _units_by_first_word() -> dict[str, regex.Pattern]:
    """The units grammar cut by the first word of its entries (``đại`` of ``đại biểu``),
    caseless: where a word stands only the entries it starts can match, and each part
    tries them in the order the whole alternation does."""
    parts: dict[str, list[str]] = {}
    for e in sorted(lines("count_units.txt"), key=len, reverse=True):
        parts.setdefault(caseless(_FIRST_WORD.match(e).group()), []).append(e)
    return {word: _units_grammar(entries) for word, entries in parts.items()}


_FIRST_WORD = regex.compile(r"[\p{L}\d]+")


def _unit_match(text: str, pos: int, w: regex.Match | None = None) -> regex.Match | None:
    """``_units().match(text, pos)``, with only the units that start with the word after
    ``pos`` (``w``, as _WORD reads it there): the alternation of all units is slow to try."""
    if w is None:
        w = _WORD.match(text, pos)
    units = _units_by_first_word().get(caseless(w.group(_W))) if w is not None else None
    return units.match(text, pos) if units is not None else None


def listed_unit_at(text: str, pos: int) -> bool:
    """Does a unit of ``count_units.txt`` follow ``pos`` ("đại biểu", "khu vực", "triệu")?"""
    return _unit_match(text, pos) is not None


def unit_at(text: str, pos: int, money: bool = False) -> tuple[int, str] | None:
    """(end, unit) of the counted noun that starts after ``pos``, or None.

    ``money``: the amount has a scale word, so ``đồng`` after it is the
    currency even where a longer word begins (``4 tỉ đồng tiền thuế``).
    """
    if pos < len(text) and text[pos] == "%":
        return pos + 1, "%"
    w1 = _WORD.match(text, pos)   # None: nothing but spaces follow, so neither a percent nor a unit
    if w1 is None:
        return None
    first = w1.group(_W)
    if first in ("%", "phần") and (m := _PERCENT.match(text, pos)):
        return m.end(), "%"
    best: tuple[int, str] | None = None
    cur = _unit_match(text, pos, w1)
    if cur:
        best = (cur.end(), cur.group(_U))
        if money and _MONEY.get(best[1].lower()) == "đồng":
            return _fix(best)
    if not first[0].isalpha():
        return _fix(best)
    if first[0].isupper() and not first.isupper():
        # a capitalized noun only from the list ("9 Bộ"), not a name ("hai huyện Kiến Xương" is fine)
        if not best or best[1].lower().split()[0] != first.lower():
            doc = _document_types().match(text, w1.start(_W))
            if doc:
                return doc.end(), doc.group().lower()   # "6 Luật mới", "11 Quyết định"
            if first in _TEXT_PARTS and not _NUMBER_NEXT.match(text, w1.end()):
                return w1.end(), first.lower()   # "Luật gồm 9 Chương, 85 Điều": parts counted ("Điều 5" names one)
            return _titled_noun(text, pos, w1)
        nxt = _WORD.match(text, best[0])
        if " " not in best[1] and nxt and nxt.group(_W).isalpha() and nxt.group(_W).islower() \
                and fold(f"{first} {nxt.group(_W)}") in vietnamese_words():
            return _fix((nxt.end(), text[w1.start(_W):nxt.end()]))   # "4 Bộ trưởng": the word the noun starts
        return _fix(best)
    if first.isupper():
        if best:
            return _fix(best)
        if first == "T" and text.startswith("/", w1.end()) and (per := _PER_TIME.match(text, w1.end())) \
                and per.group("t") in _TIMES and not per.group("n"):
            return w1.end(), "t"   # "9.000 T/năm": tonnes a year, the capacity of a plant (_per_time adds "/năm")
        a = _ACRONYM.match(text, pos)
        if a is None or a.group("a") in _NOT_UNITS or (
                _CODE_SLASH.match(text, a.end()) and _SO_BEFORE.search(text, 0, pos)):
            return None   # (nor "số 8894 TC/ĐT": the letters of a document's symbol; "5/15 KCX-KCN" counts)
        return a.end(), a.group("a").lower()
    low = first.lower()
    if low in lowered("count_stops.txt") and not best:
        return None
    if low == "phần" and _FRACTION.match(text, w1.end()):
        return None   # "hai phần ba lãnh thổ": two thirds, a fraction, not two parts
    words = vietnamese_words()
    classifier = low in lowered("count_classifiers.txt")
    # the longest dictionary word here, or after a classifier ("chiếc xe")
    w1_start, w1_end = w1.span(_W)
    ends = [w1_end]
    after = _NEXT_WORDS.match(text, w1_end)
    for w, end in zip(after.captures(_W), after.ends(_W)):
        if not w.isalpha() or not w.islower():
            break
        ends.append(end)
    # a word of the list (2-4 syllables) starts with two syllables that start one: when the
    # first two here do not, no phrase from ``pos`` is one (but one after a classifier may be)
    heads = _word_heads()
    here = len(ends) > 1 and fold(text[pos:ends[1]]) in heads
    after_classifier = classifier and len(ends) > 2 and fold(text[ends[0]:ends[2]]) in heads
    for k in range(len(ends) - 1, 0, -1) if here or after_classifier else ():
        if text[pos:ends[k]].split()[-1].lower() in _TRAILING \
                and not (classifier and k > 1 and fold(text[w1.end(_W):ends[k]]) in words):
            # "4 nhà trong sản xuất", "hai nước lên tầm": a unit never ends with a preposition,
            # unless it ends a word after a classifier ("hai hãng hàng không")
            continue
        phrase = fold(text[pos:ends[k]])
        rest = phrase.split()[1:]
        # after a classifier, a word of the list that is not a function word: "khu chung cư",
        # not "khu như tờ" nor "điểm đối với"
        if phrase in words or (classifier and (tail := " ".join(rest)) in words and not _led_by_function_word(rest)
                               and tail not in _modifiers()):
            if best is None or ends[k] > best[0]:
                best = (ends[k], text[w1_start:ends[k]])
            break
    if classifier and len(ends) > 1 and (best is None or best[0] <= w1_end):
        nxt = text[w1_end:ends[1]].strip().lower()
        if nxt not in lowered("count_stops.txt") \
                and not (len(ends) > 2 and fold(text[ends[0]:ends[2]]) in _modifiers()):
            # (nor "26 căn x 4 tầng": x multiplies; nor "vụ nghiêm" of "1 vụ nghiêm trọng": a modifier)
            best = (ends[1], text[w1_start:ends[1]])
    if best is None and low not in lowered("count_stops.txt") and not _year_like(text, pos):
        best = (w1_end, first)  # one plain syllable: "6 nước", "2 cuộc"
        if text[w1_end:w1_end + 1] == "-" and (hyph := _HYPHENATED.match(text, w1_end)):
            best = (hyph.end(), text[w1_start:hyph.end()])   # "5 ki-ốt", "4 pit-tông": a loanword's syllables
    if best is not None and low == "đồng" and fold(best[1].lower()) == _DONG_TIEN:
        return w1_end, "đồng"  # "trả lại 100 đồng tiền thừa": an amount of money, not coins
    if best is not None and best[1].lower() == "đồng chí" and (office := _offices().match(text, best[0])):
        # "3 đồng chí phó ban": the comrades counted with their office (V_NOTES, NOTES 25's classifier)
        return office.end(), f"đồng chí {' '.join(office.group(1).split()).lower()}"
    if best is not None and best[1].rsplit(None, 1)[-1].lower() in _FORMER \
            and (office := unit_at(text, best[0])) is not None:
        # "2 nguyên thứ trưởng", "hai vị cựu bộ trưởng": "former" counts nothing, the office after it does
        return office[0], f"{best[1]} {office[1]}".lower()
    if best is not None and best[1] == "người" and (kin := _WORD.match(text, best[0])) is not None \
            and kin.group(_W) in lowered("count_kin_nouns.txt"):
        return kin.end(), f"người {kin.group(_W)}"   # "2 người bạn", "9 người con": a kinship noun is the unit's
    return _fix(_with_compound(text, pos, _overlapped(text, w1, best)))


# The parts of a legal text written with a capital (Luật Ban hành văn bản quy phạm pháp luật: phần,
# chương, mục, điều, khoản): after a number, so many of them ("gồm 9 Chương, 85 Điều").
_TEXT_PARTS = frozenset(("Phần", "Chương", "Mục", "Điều", "Khoản"))
# Two or three words in title case on one line: "Phó Thủ tướng", "Đoàn kiểm tra", "Đại sứ".
_TITLED = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+){1,2}")
# A capitalized word after a phrase: a name goes on ("Đại sứ Đặc mệnh", "Phó Thủ tướng Vũ Khoan").
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")


def _titled_noun(text: str, pos: int, w1: regex.Match) -> tuple[int, str] | None:
    """A noun of the word list written with a capital after a whole number, an office or a
    body counted ("3 Phó Thủ tướng", "7 Ủy ban của Quốc hội", "2 Phó Chủ tịch"): the longest
    phrase of two or three words there that the word list has, with a lower-case word (so
    not a name: "Việt Nam", "Hà Nội") and no capitalized word after it (a holder's name).
    Not across a line, nor after a number that ends a name ("PMU 18", "ASEM 5": a word with
    capitals before it) or has decimals ("30.12 Âm lịch")."""
    m = _TITLED.match(text, w1.start(_W))
    if m is None or "\n" in text[pos:w1.start(_W)]:
        return None
    num = _NUMBER_BEFORE.search(text, max(0, pos - 30), pos)
    if num is None or not num.group("n").isalnum() or (num.group("w") or "")[:1].isupper():
        return None
    parts = m.group().split()
    for k in range(len(parts), 1, -1):
        phrase = " ".join(parts[:k])
        if any(p.islower() for p in parts[1:k]) and fold(phrase.lower()) in vietnamese_words() \
                and not _led_by_function_word([fold(parts[0].lower())]):
            end = w1.start(_W) + _WORDS_K[k].match(m.group()).end()
            if _NAME_AFTER.match(text, end) and not _body_after(text, end):
                return None
            return end, phrase.lower()
    return None


def _body_after(text: str, end: int) -> bool:
    """Does the capitalized word after ``end`` open the name of a body (a head of the
    entities' ``org_heads.tsv``: "Sở", "UBND", "Bộ"), so that the office before it is counted
    in that body ("6 Phó giám đốc Sở", "4 Phó Chủ tịch UBND tỉnh"), not named by a holder?"""
    w = _WORD.match(text, end)
    return w is not None and w.group(_W) in _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    """The first words of the organization heads of the entities' ``org_heads.tsv`` (read
    only), as written there when capitalized: "Sở", "Bộ", "UBND", "Ủy"."""
    from ..entities.lexicon import data_rows    # (here: the entities import the extractors)
    heads = (row[0].split()[0] for row in data_rows("org_heads.tsv"))
    return frozenset(h for h in heads if h[:1].isupper())


# The number before a unit, and the word before it ("PMU 18"), searched backwards from the unit.
_NUMBER_BEFORE = regex.compile(r"(?:(?P<w>[\p{L}\d]+)[ \t]+)?(?P<n>[\p{L}\d.,]+)[ \t]*$", regex.REVERSE)
# The first two or three words of a _TITLED match (its spaces as written).
_WORDS_K = {k: regex.compile(r"\S+(?:\s+\S+){%d}" % (k - 1)) for k in (2, 3)}


@cache
def _document_types() -> regex.Pattern:
    """The document types of ``document_types.tsv`` as written, capitalized, longest first
    ("Nghị quyết liên tịch" before "Nghị quyết"): a count of documents writes its noun so
    ("ban hành 6 Nghị định", "hai Nghị quyết chuyên đề"; the unit is the type, NOTES 25)."""
    types = sorted(table("document_types.tsv"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t).replace(r"\ ", r"[ \t]+") for t in types) + r"(?![\p{L}\d])")


_DONG_TIEN = fold("đồng tiền")


@cache
def _offices() -> regex.Pattern:
    """The office titles of the entities' ``position_titles.tsv`` (read only) written in lower
    case there, maybe after "phó", longest first, after spaces, in either case: "phó ban",
    "Bí thư", "ủy viên thường vụ"."""
    from ..entities.lexicon import data_rows    # (here: the entities import the extractors)
    rows = [row[0] for row in data_rows("position_titles.tsv")]
    titles = sorted({t for t in rows if t.islower()}, key=len, reverse=True)   # (not "Trưởng", capitalized only)
    alts = "|".join(regex.escape(t).replace(r"\ ", r"[ \t]+") for t in titles)
    return regex.compile(rf"[ \t]+((?:phó[ \t]+)?(?:{alts}))(?![\p{{L}}\d])", regex.IGNORECASE)
# "Former" before an office ("nguyên thứ trưởng", "cựu bộ trưởng"): no counted noun alone.
_FORMER = frozenset(("nguyên", "cựu"))
# The rest of a loanword written with hyphens between its lower-case syllables: "-ốt" of "ki-ốt",
# "-tông" of "pit-tông" (not "-6" of a range, nor a dash between spaced words).
_HYPHENATED = regex.compile(r"(?:-\p{Ll}+)+(?![\p{L}\d-])")
# After an acronym, a slash or dash and a letter: after "số", the acronym is a symbol's code ("số 8894 TC/ĐT").
_CODE_SLASH = regex.compile(r"[/\-–]\p{L}")
# "số" right before the number ("số 8894"), searched backwards from it.
_SO_BEFORE = regex.compile(r"(?<![\p{L}\d])[Ss]ố[ \t]+[\d.]+[ \t]*$", regex.REVERSE)
# After "phần", the denominator of a fraction: "hai phần ba", "một phần tư", "3 phần 10".
_FRACTION = regex.compile(
    r"""[ \t]+
    (?: hai | ba | tư | bốn | năm | sáu | bảy | tám | chín | mười   # hai phần ba / một phần tư
      | \d+                                                          # 3 phần 10
    ) (?![\p{L}\d])""", regex.VERBOSE | regex.IGNORECASE)


def _overlapped(text: str, w1: regex.Match, best: tuple[int, str] | None) -> tuple[int, str] | None:
    """A unit whose last syllable begins the next word ends before that syllable when the
    rest is a unit too: "15.000 dân sinh sống" counts ``dân`` (who live), not ``dân sinh``,
    and "ba sư đoàn bộ binh" ``sư đoàn`` (a word of the list), not ``sư đoàn bộ``; one
    syllable left must be a listed unit ("dân"), a listed unit stays whole ("60 trường
    hợp doanh nghiệp"), and so does a unit whose next syllable starts a word of its own
    ("hướng dẫn viên nội địa")."""
    if best is None or " " not in best[1] or best[1].lower() in lowered("count_units.txt"):
        return best
    nxt = _WORD.match(text, best[0])
    rest, _, last = best[1].rpartition(" ")
    if not (nxt and nxt.group(_W).isalpha() and nxt.group(_W).islower()
            and fold(f"{last} {nxt.group(_W)}") in vietnamese_words()):
        return best
    nxt2 = _WORD.match(text, nxt.end())
    if nxt2 and nxt2.group(_W).isalpha() and fold(f"{nxt.group(_W)} {nxt2.group(_W)}".lower()) in vietnamese_words():
        return best   # "8.000 hướng dẫn viên nội địa": the next word is "nội địa", not "viên nội"
    folded = fold(" ".join(rest.lower().split()))
    head, _, noun = folded.partition(" ")
    if folded in (_listed_single() if " " not in folded else vietnamese_words()) or (
            noun and " " not in noun and head in _folded("count_classifiers.txt")
            and noun not in _folded("count_stops.txt")):
        # (or a classifier and a noun: "lượt khách" of "13 triệu lượt khách du lịch")
        return best[0] - len(best[1]) + len(rest), rest
    return best


@cache
def _folded(name: str) -> frozenset[str]:
    """The entries of the data file ``name``, lower-cased and folded ("lượt", "đơn vị")."""
    return frozenset(fold(w) for w in lowered(name))


@cache
def _word_heads() -> frozenset[str]:
    """The first two syllables of each word of :func:`vietnamese_words` (folded)."""
    return frozenset(" ".join(w.split()[:2]) for w in vietnamese_words())


@cache
def _listed_single() -> frozenset[str]:
    """One-syllable nouns of ``count_units.txt``, folded ("người", "hộ", "dân")."""
    return frozenset(fold(u) for u in lowered("count_units.txt") if " " not in u)


def _with_compound(text: str, pos: int, best: tuple[int, str] | None) -> tuple[int, str] | None:
    """A head noun of ``count_heads.txt`` takes the dictionary word after it: "8 đơn vị bầu cử",
    or an acronym that names its kind: "5 trạm BOT".

    Only a word of the list (``bầu cử``, ``hành chính``) joins it, so a verb after
    the head stays out ("9 đơn vị mua 10 chiếc xe", "10 đơn vị lập báo cáo").
    """
    if best is None or fold(best[1].lower()) not in _compound_heads():
        return best
    end = best[0]
    if (acr := _ACRONYM.match(text, end)) and acr.group("a") not in _NOT_UNITS and best[1].lower() != "điểm":
        # (not "550 điểm TOEFL": the points of a test, whose name is no kind of point)
        return acr.end(), text[pos:acr.end()].strip()
    a = _WORD.match(text, end)
    b = _WORD.match(text, a.end()) if a else None
    if a and b and a.group(_W).isalpha() and a.group(_W).islower() and b.group(_W).isalpha() \
            and b.group(_W).islower() and (pair := fold(f"{a.group(_W)} {b.group(_W)}")) in vietnamese_words() \
            and not _led_by_function_word(pair.split()) and pair not in _modifiers():
        return b.end(), text[pos:b.end()].strip()
    return best


def _modifiers() -> frozenset[str]:
    """The adjectives and verbs of ``count_modifiers.txt``, folded: after a unit noun they
    describe it and stay out of the unit ("1 vụ nghiêm trọng", "2 đơn vị dẫn đầu")."""
    return _folded("count_modifiers.txt")


def _compound_heads() -> frozenset[str]:
    """The unit nouns of ``count_heads.txt``, folded."""
    return _folded("count_heads.txt")


def _function_words() -> frozenset[str]:
    return _folded("function_words.txt")


def _led_by_function_word(folded: list[str]) -> bool:
    """Does a (folded) word start with a function word ("có số", "như tờ", "đối với")?"""
    fw = _function_words()
    return bool(folded) and (folded[0] in fw or " ".join(folded[:2]) in fw)


def _year_like(text: str, end: int) -> bool:
    """A bare four-digit year before ``end`` ("ngân sách 2006 diễn ra"): not an amount of a syllable."""
    head = text[max(0, end - 5):end]
    return (len(head) == 5 and not head[0].isalnum() and _YEAR.fullmatch(head, 1) is not None
            and 1945 <= int(head[1:]) <= 2100)  # ASCII digits: "¹143" passes str.isdigit()


_YEAR = regex.compile(r"[0-9]{4}")


def _fix(found: tuple[int, str] | None) -> tuple[int, str] | None:
    if found is None:
        return None
    end, unit = found
    unit = " ".join(unit.split()).lower().replace(" ,", ",")
    return end, _MONEY.get(unit, unit)


# ---------------------------------------------------------------- validation

@cache
def identifier_nouns() -> frozenset[str]:
    """The nouns of ``identifier_nouns.txt``, lower-cased: after them a number names or numbers
    a thing ("quận 1", "Điều 12", "trang 3") instead of counting it."""
    return lowered("identifier_nouns.txt")


# Opening brackets and quotes glued to the word before a number: "(Điều 650", "(số 4945".
_OPENERS = "([{“\"‘'"


@lru_cache(maxsize=64)
def _words_before(text: str, start: int) -> tuple[str, str, str]:
    """(the word right before ``start``, the one before it, what precedes them).

    A word counts only when nothing but spaces separates it from what follows.
    (Cached: the checks of one number each ask for its words.)
    """
    head = text[max(0, start - 40):start]
    if not head[-1:].isspace():
        return "", "", head
    toks = head.rsplit(None, 2)   # the last two words, and what precedes them
    if not toks:
        return "", "", head
    w1 = toks[-1] if toks[-1].isalnum() else toks[-1].lstrip(_OPENERS)   # "(Điều 650": the word in brackets
    w1 = w1 if w1.isalnum() else ""
    w2 = toks[-2] if w1 == toks[-1] and len(toks) > 1 and toks[-2].isalnum() else ""
    before = head[:head.rfind(w1)] if w1 else head
    return w1, w2, before


# Periods a number names after their noun ("tháng 3", "ngày 20") but follows as a share after "mỗi"
# (each) or "hằng" (every): "mỗi tháng 83 người chết".
_PERIODS = frozenset(("ngày", "tháng", "tuần", "năm", "quý"))
_EACH = frozenset(("mỗi", "hằng", "hàng", "mọi"))
# A number with thousands dots: an amount, never the number of a name or a part ("35.000 km", "20.199,5").
_THOUSANDS = r"\d{1,3} (?: \.\d{3} )+ (?: ,\d+ )? (?![\d.])"
_THOUSANDS_AT = regex.compile(_THOUSANDS, regex.VERBOSE)
# An acronym and a plus sign before a number: the name of a group ("ASEAN + 3", "G8 + 5"),
# searched backwards from the number.
_PLUS_NAME = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]+[ \t]*\+[ \t]*$", regex.REVERSE)


# A short number and the spaces after it (see _people_after).
_SHORT_NUMBER = regex.compile(r"\d{1,3}(?=[ \t])")


def _people_after(text: str, start: int) -> bool:
    """Is the number at ``start`` followed by a noun of people or bodies (``count_units.txt``) that
    is no tier of places: "Kiên Giang 8 người", "Quảng Nam 12 đại biểu" (a place's share; a model's
    number counts no people: "Mazda 6"; "Nhà máy Vĩnh Tân 1 tỉnh Bình Thuận" names a plant)?"""
    m = _SHORT_NUMBER.match(text, start)
    u = _unit_match(text, m.end()) if m else None
    if u is None:
        return False
    unit = u.group(_U).lower()
    return unit in _indivisible() and unit not in _PLACE_UNITS and unit not in _ADDRESS_NOUNS   # (not "Vĩnh Tân 1 tỉnh Bình Thuận")


def is_identifier(text: str, start: int) -> bool:
    """Does a noun right before ``start`` make the number a name or an ordinal?"""
    if start and text[start - 1] in "/#":
        return True
    if "+" in text[max(0, start - 3):start] and _PLUS_NAME.search(text, max(0, start - 12), start):
        return True   # "Hội nghị cấp cao ASEAN + 3 lần thứ 9": the number of a group's name
    w1, w2, before = _words_before(text, start)
    if not w1:
        return False
    ids = identifier_nouns()
    if w2 and f"{w2} {w1}".lower() in ids:
        return True
    if w2 == "Chỉ" and w1.lower() == "đạo":
        return True   # "Ban Chỉ đạo 389 quốc gia": a steering committee is named by the number of its decision
    prev = w1.lower()
    if prev == "số" and w2.lower() in _AMOUNT_OF:
        return False  # "tổng số 33 xe con", "trong số 73 dự án", "con số 80 dự án" count
    if prev == "kỳ" and w2.lower() == "bất":
        return False  # "bất kỳ 1 văn bản nào": "any", not a term number
    if prev in ids:
        if w1[:1].isupper() and w2[:1].isupper() and text[start].islower():
            return False   # "giao cho Công ty Nha Trang bảy dự án": the noun ends a name, "bảy" counts
        if prev in _PERIODS and w2.lower() in _EACH:
            return False   # "mỗi tháng 83 người chết", "mỗi ngày 20 xe": a period's share, no day or month
        if _THOUSANDS_AT.match(text, start):
            return False   # "quãng đường 35.000 km": numbers and names have no thousands dots
        if prev != "thứ" and w2.isalpha() and fold(f"{w2} {prev}") in vietnamese_words():
            # the noun is the last syllable of another word, mostly a verb: "cung cấp 25 triệu
            # viên", "nâng cấp 438 tàu", "phân loại 83 vụ", "định kỳ 2 lần/năm" (a compound that
            # still numbers, "xếp hạng 3", "học kỳ 2", is listed whole and returned True above)
            return False
        if prev == "cấp" and (_ISSUED.match(text, start) or _SUM.match(text, start)):
            return False  # "nên cấp 1 giấy hay 2 giấy", "ngân sách cấp 800 triệu": the verb "issue", "grant", not a level
        if prev == "khoản" and _SUM.match(text, start):
            return False  # "quyết toán khoản 30.000 tỉ đồng": a sum of money, not clause 30000
        if prev == "mức" and _measured(text, start):
            return False  # "mức 50-70 triệu đồng", "mức 2.000 m3/ngày": a level measured, not level 4
        # "đã cấp 23 giấy phép": after an aspect or voice marker the noun is a verb
        return w2.lower() not in _MARKERS
    # a capitalized word that does not start a sentence names the thing: "Mazda 6", "Camry 2.4"
    # (not an acronym: "GDP 8%")
    if w1[0].isupper() and not w1.isupper():
        if text[start].islower():
            return False  # a number in words names no model: "giao cho Công ty Nha Trang bảy dự án"
        if _led_by_function_word([fold(w1.lower())]):
            return False  # a function word opening a sentence run on from a headline: "… Hình sự Với 434 đại biểu"
        if _AGE_OR_FLOORS.match(text, start) or _MONEY_OR_SHARE.match(text, start) \
                or _MEASURE_OR_THOUSANDS.match(text, start) or _people_after(text, start):
            # "ông Trần Văn Tá 58 tuổi": a person's age after the name, no model number; "chung cư
            # Sông Đà 25 tầng": a building's floors; "huyện Phú Lộc 17,19 tỷ đồng", "phạt ông Long
            # 2,5 triệu": an amount of money or a share; "Quảng Trị 1.355 tấn": a measure
            return False
        stripped = before.rstrip()
        if "\n" in before[len(stripped):]:
            return False  # the word opens a line ("Với 75,3% phiếu")
        return bool(stripped) and stripped[-1] not in ".!?:;(“\"'…-–"
    return False


# Words before "số" that make it "the number of" an amount, not "number N": "tổng số 33 xe",
# "trong số 73 dự án" (among), "con số 80 dự án" (the figure).
_AMOUNT_OF = frozenset(("tổng", "trong", "con"))
# An amount after a capitalized word that is money, a percentage or scaled: "17,19 tỷ đồng",
# "2,5 triệu", "70 USD", "30%" (a model number "Mazda 6", "Camry 2.4" is none of these).
_MONEY_OR_SHARE = regex.compile(
    rf"""{DIGITS} [ \t]*
    (?: %                      # Phú Đa 42,5%
      | {_SCALE_OR_CURRENCY}   # Nam Định 4 tỷ / ông Minh 4 triệu / Thượng Hải 70 USD / ông Đình 6.000.000 đồng
    )""", regex.VERBOSE)
# A measure or a number with thousands dots after a capitalized word: a place's or a firm's share or
# distance, no model number ("Quảng Trị 1.355 tấn", "cách huyện Phú Lộc 17 km", "bán cho Công ty
# Trung Nam 20.199 m3 cát", "KDC Ninh Long 432,5ha"); a model's number has neither ("Mazda 6",
# "Camry 2.4").
_MEASURE_OR_THOUSANDS = regex.compile(
    rf"""(?: {_THOUSANDS}       # Trung Nam 20.199 / Quảng Trị 1.355
      | \d+ (?: ,\d+ )? [ \t]*
        (?: m | m2 | m3 | km | km2 | ha | kg | tấn | tạ | lít | mét | mw | kw )   # Phú Lộc 17 km / Ninh Long 432,5ha
        (?![\p{{L}}\d])
    )""", regex.VERBOSE | regex.IGNORECASE)
# An amount in a scale word or a currency: after "khoản" (a sum, also a clause) it is money ("khoản
# 30.000 tỉ đồng", "khoản 2 triệu"), where a clause's number is followed by none ("khoản 2 Điều 5").
_SUM = regex.compile(rf"{DIGITS} [ \t]* (?: {_SCALE_OR_CURRENCY} | % )", regex.VERBOSE)
# A number or a range of numbers, and the letters glued to it: "50-70", "1-20cm", "2.000".
_LEVEL = regex.compile(rf"{DIGITS} (?: [ \t]* [\-–] [ \t]* {DIGITS} )? (?P<glued> \p{{L}}[\p{{L}}\d]* )?", regex.VERBOSE)


def _measured(text: str, start: int) -> bool:
    """Is the number at ``start`` (maybe a range) followed by a scale word, a percent or a listed
    unit, glued or not ("mức 5 triệu đồng", "mức 30%", "mức 1-20cm", "mức 2.000 m3/ngày"), so that
    "mức" before it is a level measured, not a level numbered ("xăng mức 4 đáp ứng")?"""
    m = _LEVEL.match(text, start)
    if m is None:
        return False
    if m.group("glued"):
        return m.group("glued").lower() in lowered("count_units.txt") or m.group("glued").lower() in SCALES
    end = m.end()
    return text[end:end + 1] == "%" or listed_unit_at(text, end) or bool(_SCALE.match(text, end))
# A number of papers after "cấp" (to issue): "cấp 1 giấy", "cấp 300 sổ đỏ", "cấp 2 thẻ".
_ISSUED = regex.compile(r"[\d.]+[ \t]+(?:giấy|sổ|thẻ|bằng|chứng[ \t]+(?:chỉ|nhận))(?![\p{L}\d])")
# An age in years right after a name, "58 tuổi", or the floors of a building named: "25 tầng".
_AGE_OR_FLOORS = regex.compile(r"\d{1,3}[ \t]+(?:tuổi|tầng)(?![\p{L}\d])")


# A term in Roman numerals after "khóa": "5 khóa XII" numbers a plenum of that term.
_TERM_AFTER = regex.compile(r"[ \t]+[IVXL]+(?![\p{L}\d])")
# A capitalized number word before a capitalized word inside a sentence is a name ("anh Sáu
# Dân", "ông Ba Vì"), not a count.
_NICKNAME = regex.compile(r"(?<=\p{Ll}[ \t]+)\p{Lu}\p{Ll}*[ \t]+\p{Lu}")


# The exponent of a square or cubic measure written apart: "5000 m 2", "300 m 3".
# ... or written as a superscript: "75 m²", "120m³".
_POWER = regex.compile(r"[ \t](?P<p>[23])(?![\p{L}\d,/]|\.\d)|(?P<sup>[²³])")


def _power(m: regex.Match) -> str:
    """The exponent a _POWER match read: "2" of " 2" or of "²"."""
    return m.group("p") or ("2" if m.group("sup") == "²" else "3")
# A house number: "trú tại 179 thôn Tân Trung", "ở 12 phố Hàng Bài".
_AT = regex.compile(r"(?<!\w)(?:tại|ở)\s+$", regex.IGNORECASE | regex.REVERSE)   # (searched backwards, from its end)
_PLACE_NAME = regex.compile(
    r"""\s+ \p{Lu}\p{Ll}*          # thôn Tân Trung / phố Hàng Bài
      | \s+ \d                     # ngõ 12
    """, regex.VERBOSE)
_ADDRESS_NOUNS = frozenset(("thôn", "xóm", "ấp", "bản", "đường", "phố", "ngõ", "ngách", "hẻm", "tổ",
                            "khu phố", "tổ dân phố"))


_PLACE_UNITS = frozenset(("xã", "phường", "thị trấn", "quận", "huyện", "tỉnh", "thành phố", "thị xã"))


def _address(text: str, start: int, found: tuple[int, str]) -> bool:
    """A number in digits after "tại"/"ở" before a street or hamlet with its name is a
    house number ("ở hai tổ 41 và 68" still counts two groups)."""
    end, unit = found
    return (text[start].isdigit() and unit in _ADDRESS_NOUNS and _AT.search(text, max(0, start - 8), start) is not None
            and _PLACE_NAME.match(text, end) is not None)


# "hai bên" before the names of the two sides: "cả hai bên Việt Nam và Mỹ" counts two sides.
_SIDES = regex.compile(r"[Hh]ai[ \t]+bên[ \t]+\p{Lu}")


def _sides_named(text: str, start: int, end: int) -> bool:
    """Is the idiom at ``start..end`` "hai bên" followed by the names of the sides ("hai bên
    Việt Nam và Mỹ")?  Then it counts two sides (2 ``bên``), unlike the pronoun of a pair
    already named ("Hai bên nhất trí") or "hai bên đường"."""
    return end - start == 7 and _SIDES.match(text, start) is not None and text[start:end].lower() == "hai bên"


def _in_compound(text: str, m: regex.Match) -> bool:
    """A number word that is a syllable of another word: ``ngã ba``, ``thứ hai``, ``ba hoa``."""
    words = vietnamese_words()
    ws = m.group(_WORDS).lower().split()
    if ws == ["hai"] and _sides_named(text, m.start(), m.start() + 7):
        return False  # "hai bên Việt Nam và Mỹ": two sides, named
    prev, _, _ = _words_before(text, m.start())
    if prev and fold(f"{prev} {ws[0]}") in words and (len(ws) == 1 or prev.lower() == "thứ"):
        return True   # ("có một trăm hộ": a number of several words goes on past the word "có một")
    nxt = _WORD.match(text, m.end())
    if nxt and nxt.group(_W).islower():
        w = nxt.group(_W)
        if w == "chục" or w in SCALES or fold(f"{ws[-1]} {w}") not in words or listed_unit_at(text, m.end()):
            return False   # ("năm trăm nghìn đồng": a scale word goes on with the amount, no word "trăm nghìn")
        # "ba động lực": the next word is a noun of two syllables, so "ba động" is no word here
        after = _WORD.match(text, nxt.end())
        return not (after and after.group(_W).islower() and fold(f"{w} {after.group(_W)}") in words
                    and not _led_by_function_word([fold(w)]))
    return False


class Blocked:
    """Spans no count may overlap (dates, documents, idioms), sorted by start, with
    the greatest end among the eight spans before each index (``_window_ends``), so
    that :meth:`overlaps` is one bisection and one comparison (instead of a loop over
    the last eight spans for each of the thirty-odd numbers of an article)."""

    __slots__ = ("spans", "_window_ends")

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        ends = [e for _, e in spans]
        # _window_ends[i]: the greatest end of spans[i-8:i] (-1 when none)
        self._window_ends = [max(ends[max(0, i - 8):i], default=-1) for i in range(len(spans) + 1)]

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) overlap one of the last 8 spans that start before ``end``?"""
        return start < self._window_ends[bisect_left(self.spans, (end,))]


def _blocked_spans(doc: Doc) -> Blocked:
    spans = [(s.start, s.end) for s in doc.dates] + [(s.start, s.end) for s in doc.documents]
    for end, k in keyword_hits(doc.text):   # every place of every idiom, in lower_text(doc.text)
        for _ in range(k.idioms):
            spans.append((end + 1 - k.size, end + 1))
    return Blocked(sorted(spans))


# ---------------------------------------------------------------- resolution

@dataclass(slots=True)
class Found:
    """A number as read: its amount, letters glued to it, the high end of a range."""
    m: regex.Match
    amount: Amount
    glued: regex.Match | None   # "2m", "39B"
    high: Amount | None         # "5-6 triệu": the 6 triệu


def read(text: str, m: regex.Match) -> Found | None:
    """The amount at ``m`` with its scale words, glued letters and range; None if no number."""
    amount = _amount(text, m)
    if amount is None or (m.re is _NUMBER and m.group(_DEN) and (amount.scaled or _map_scale(m) or _share(m))):
        return None   # "tỷ lệ 1/1 triệu": the scale word scales the denominator, a ratio
    digits, end = _digits(m), m.end()
    # (letters glued on start with one: str.isalpha() is \p{L})
    glued = _GLUED.match(text, end) if digits and text[end:end + 1].isalpha() else None
    if glued and glued.group().lower() in SCALES:
        glued = None  # "51triệu đồng": a scale word without its space
    high = None
    if not glued and digits and not m.group(_DEN) and _may_follow(text, amount.end, _RANGE_FIRST) \
            and (rng := _RANGE.match(text, amount.end)):
        hi_m = _HIGH.match(text, rng.end())
        high = _amount(text, hi_m) if hi_m else None
    elif not glued and digits and len(digits) == 1 and text.startswith(", ", amount.end) \
            and (hi_m := _HIGH.match(text, amount.end + 2)) and hi_m.group(_DIGITS) == str(int(digits) + 1):
        high = _amount(text, hi_m)   # "2, 3 người": two or three, a range of the next digit (both ends count)
    return Found(m, amount, glued, high)


# The denominators of the scales of maps and plans (TCVN 4449, Luật Quy hoạch đô thị: "quy hoạch
# chi tiết tỷ lệ 1/500", "1/2000", "bản đồ 1/10000").
_MAP_DENOMINATORS = frozenset("200 250 500 1000 2000 2500 5000 10000 25000 50000 100000".split())


# The denominators of the fractions that have names of their own, a half, a third, a quarter
# ("một nửa", "một phần ba", "một phần tư"): "1/3 thời gian", "2/3 tổng số", "3/4 tài sản" are
# shares of a whole, not so many things out of a set ("22/63 địa phương", "3/5 bệnh viện").
_SHARE_DENOMINATORS = frozenset(("2", "3", "4"))


def _share(m: regex.Match) -> bool:
    """Is the fraction at ``m`` a share of a whole, a half, a third or a quarter ("1/3 dân", "1/2
    thời gian", "2/3 tổng số đại biểu"), no count of its numerator (GUIDELINES: the number with
    the thing it counts; these count nothing)?"""
    return m.group(_DEN) in _SHARE_DENOMINATORS


def _map_scale(m: regex.Match) -> bool:
    """Is the fraction at ``m`` the scale of a map or a plan ("quy hoạch chi tiết 1/500 cụm công
    nghiệp", U_NOTES), one to a round number, not a share of a set counted ("1/5 hộ")?"""
    return m.group(_DIGITS) == "1" and m.group(_DEN) in _MAP_DENOMINATORS


def resolve(doc: Doc, f: Found, blocked: Blocked) -> list[Span]:
    """The counts of one number: unit and value; both ends of a range; [] when no unit."""
    text, amount = doc.text, f.amount
    if f.glued:  # "2m", "40m2"; "39B" is a name
        if _glued_rate(f.glued.group()):
            end, unit = f.glued.end(), f.glued.group().lower()   # "500m3/ngày": a rate glued to its number
            return [_span(doc, amount.start, end, amount.value, unit, "rule:count.glued", 0.9)]
        if (money := _glued_money(text, f.glued)) is not None:
            return [_span(doc, amount.start, money[0], amount.value, money[1], "rule:count.glued", 0.9)]
        if f.glued.group().lower() not in lowered("count_units.txt") or (
                not f.glued.group().islower() and _CODE_GOES_ON.match(text, f.glued.end())):
            return []   # (nor "29M-6472", "51F-123.45": a licence plate's series, its number after a dash)
        end, unit = _fix((f.glued.end(), f.glued.group()))
        if unit in ("m", "km", "cm") and (power := _POWER.match(text, end)):
            end, unit = power.end(), unit + _power(power)  # "2.032,4m 2": m2 with its superscript lost
        return [_span(doc, amount.start, end, amount.value, unit, "rule:count.glued", 0.9)]
    hi = f.high
    if hi is not None and not blocked.overlaps(hi.start, hi.end):
        glued = _GLUED.match(text, hi.end) if text[hi.end:hi.end + 1].isalpha() else None
        if glued and glued.group().lower() not in lowered("count_units.txt"):
            return []  # "đến 2-3h sáng": hours of the clock, glued as in "2m" but no unit
        found = _per_time(text, _unit_or_money(text, hi))
        # the low end takes the high end's scale, unless it is whole already ("500.000 - 1 triệu")
        low = amount.value if amount.scaled or amount.value * hi.scale > hi.value else amount.value * hi.scale
        if found is not None and low >= hi.value:
            found = None   # "7-6 Hóa học": no range runs down (a day and month in a timetable)
        if found is not None:  # ... and its unit
            end, unit = found
            return [_span(doc, amount.start, end, low, unit, "rule:count.range", 0.88),
                    _span(doc, hi.start, end, hi.value, unit, "rule:count.range", 0.9)]
    found = _unit_or_money(text, amount)
    if found is None and hi is None and text[amount.end + 1:amount.end + 2] in _OPEN_QUOTES:
        found = _quoted_unit(text, amount.end)   # hai “trọng điểm” nữa: the counted noun in quotes
    if found is None and (shared := _shared_unit(text, amount) or _among_unit(text, amount)
                          or _joined_unit(text, amount)) is not None:
        return [_span(doc, amount.start, amount.end, amount.value, shared, "rule:count.shared", 0.85)]
    if found is None and hi is None and (label := _label_unit(text, amount)) is not None:
        return [_span(doc, amount.start, amount.end, amount.value, label, "rule:count.label", 0.8)]
    if hi is None and (age := _age_before(text, amount, found)) is not None:
        return [_span(doc, age, amount.end, amount.value, "tuổi", "rule:count.age", 0.85)]
    if found is None or blocked.overlaps(amount.end, found[0]) or _address(text, amount.start, found):
        return []
    if _year_like(text, amount.end) and found[1] not in lowered("count_units.txt"):
        return []  # "Luật Doanh nghiệp 2014 quy định", "APEC 2006 thành công": a year, not an amount
    if found[1] in ("m", "km", "cm") and (power := _POWER.match(text, found[0])):
        found = (power.end(), found[1] + _power(power))  # "5000 m 2": m2 with its superscript lost
    if found[1] in ("khóa", "khoá") and _TERM_AFTER.match(text, found[0]):
        return []  # "Hội nghị TƯ 5 khóa XII": a plenum's number, then the term
    if found[1] == "cấp" and amount.value > 4 and _LEVEL_AFTER.match(text, found[0]):
        return []  # "27 ứng cử viên cấp tỉnh, 134 cấp huyện": the noun left out, not 134 levels
    if _multiplier_or_name(text, amount.start, found[1]):
        return []  # "cao gấp 3 tốc độ tăng trưởng": three times, no count; "PMU 18 nghiêm trọng": a name
    if _owner_after_name(text, amount.start, found):
        return []  # "Bệnh viện 175 Bộ Quốc phòng": the hospital's number, then the ministry it belongs to
    if found[1] == "%" and _land_scheme(text, amount.start, found[0]):
        return []  # "hỗ trợ đất 5% an sinh xã hội": the name of a land allotment, no share measured
    if _quoted_label(text, amount.start, found[0]):
        return []  # cơ chế “1 giấy”: the name of a scheme in quotes, not one certificate
    found = _coordinated(text, amount.end, _per_time(text, found))
    words = bool(_words(f.m))
    value = amount.value
    if not amount.scaled and (d := _digits(f.m)) and _ENGLISH_THOUSANDS.fullmatch(d) and found[1] in _indivisible():
        value = int(d.replace(",", ""))   # "2,250 người" (beside "1.300 người"): no one counts a quarter person
    out = [_span(doc, amount.start, found[0], value, found[1],
                 "rule:count.words" if words else "rule:count.number", 0.85 if words else 0.9)]
    if found[1] == "%" and text.startswith(("-", "–"), found[0]) and (pct := _PERCENT_HIGH.match(text, found[0] + 1)):
        # "30%-35%": a range written with both percent signs gives both ends, like "30-35%"
        hi_end, hi_unit = _per_time(text, (pct.end(), "%"))   # "7,5%-8%/năm": the high end is a rate
        out.append(_span(doc, pct.start("n"), hi_end, float(digits_value(pct.group("n"))), hi_unit, "rule:count.range", 0.9))
    return out


# A tier of government after "cấp" ("cấp tỉnh", "cấp xã"): there are four (Luật Tổ chức chính
# quyền địa phương: trung ương, tỉnh, huyện, xã), so more than four "cấp" before one are no
# count of tiers but a count whose noun was left out ("134 cấp huyện" after "27 ứng cử viên").
_LEVEL_AFTER = regex.compile(
    r"""[ \t]+
    (?: trung[ \t]ương | tỉnh | huyện | xã | quận | phường | thị[ \t]xã | thị[ \t]trấn   # cấp tỉnh
      | thành[ \t]phố | cơ[ \t]sở | bộ | ngành                                       # cấp cơ sở
    ) (?![\p{L}\d])""", _F)


# Measures that make a rate or a concentration with a unit after a slash ("7 triệu tấn/năm", "5.000
# m3/ngày": a capacity, unit ``tấn/năm``; "50 miligam/100 mililít": a concentration, the unit with its
# denominator as written); money keeps its currency ("30.000 đồng/lượt").
_RATE_MEASURES = frozenset("m m2 m3 km km2 cm mm ha kg g mg t tấn tạ yến lít ml kw kwh mw mwh gw teu mét khối"
                           " gam miligam mililít".split())
# A slash and the denominator of a rate: a unit of time, or a measure with the amount it is
# taken in ("/100 mililít", "/01 lít", "/lít", "/ha").
_PER_TIME = regex.compile(
    r"""/[ \t]?
    (?: (?P<n>\d{1,4}) [ \t]? )?              # /100 mililít, /01 lít
    (?P<t> ngày[ \t]đêm | năm | tháng | tuần | ngày | giờ | h | phút | giây | s   # tấn/năm, m3/ngày
         | m (?: [ \t]?[23] )? | km2? | ha | lít | l | ml | mililít | kg | g | gam | mg   # miligam/lít, đồng/m 2
         | tấn                                                                    # USD/tấn
         | mét (?: [ \t] (?: vuông | khối ) )?                                     # 28 triệu/mét vuông
         | kWh | kwh                                                              # 7,3 cent/kWh
    ) (?![\p{L}\d])
    (?! [ \t]+ \d )                            # (not "/năm 2017": a year)""", regex.VERBOSE)
# A slash and a household or a head of population after money: a sum per head, income or support
# (GUIDELINES: the unit as written), "4 triệu đồng/hộ", "640 USD/đầu người", "84,5 triệu đồng/lao
# động", "109 triệu đồng/người/năm"; not a price per person or use ("40.000đ/người", "30.000
# đồng/lượt": T_NOTES 5 counts the money alone).
_PER_HEAD = regex.compile(
    r"""/[ \t]? (?P<n>(?!))?   # (no amount: the group _PER_TIME has)
    (?P<t> hộ (?: [ \t]+ (?: gia[ \t]+đình | nghèo ) )?   # đồng/hộ, đồng/hộ nghèo
         | đầu[ \t]+người | nhân[ \t]+khẩu | khẩu        # USD/đầu người, đồng/khẩu
         | lao[ \t]+động                                 # đồng/lao động
         | người (?= /[ \t]?(?:tháng|năm)(?![\p{L}\d]) ) # đồng/người/tháng: a wage or an income
    ) (?![\p{L}\d])""", regex.VERBOSE)
# A unit of time after a rate's first denominator: "/năm" of "210 đồng/m2/năm".
_TIME_AFTER = regex.compile(r"(?:ngày|năm|tháng|tuần|giờ)(?![\p{L}\d])(?![ \t]+\d)")


# "m 2": a square or cubic metre whose superscript was lost ("đồng/m 2", "đồng/m 2/năm").
_M_SPACED = regex.compile(r"(?<![\p{L}\d])m ([23])(?![\p{L}\d])")


def _per_more(text: str, pos: int) -> int | None:
    """End of a further denominator of a rate of money at ``pos`` (after its slash), a unit
    of time or a listed noun of what shares it: "năm" of "đồng/m2/năm", "người" of "đồng/
    tháng/người", "học sinh" of "đồng/tháng/học sinh"; None when there is none."""
    if text[pos:pos + 1] == " ":
        pos += 1   # "đồng/người/ tháng": a space after the slash
    m = _TIME_AFTER.match(text, pos) or (_unit_match(text, pos) if text[pos:pos + 1].isalpha() else None)
    return m.end() if m is not None else None
# Currencies: an amount of money per unit of time or of a measure is a rate, counted so.
_CURRENCIES = frozenset(("đồng", "usd", "đô la", "euro", "eur", "yên", "nhân dân tệ", "cent"))
# The units of time among them: only those follow a slash with no amount glued on ("500m3/ngày").
_TIMES = frozenset("ngày năm tháng tuần giờ h phút giây s".split())


def _per_time(text: str, found: tuple[int, str] | None) -> tuple[int, str] | None:
    """A measure with a unit after a slash is a rate or a concentration, counted with
    both (``tấn/năm``, ``m3/ngày``, ``miligam/100 mililít``); a unit of time takes no
    amount ("/100 ngày" is no rate); a percentage per unit of time is a rate of growth or
    interest, counted so (``12%/năm``, ``0,5%/tháng``); so is money per unit of time or of a
    measure (``đồng/tháng``, ``đồng/m2``, ``đồng/tháng/người``: K, L, Q_NOTES) and any other
    counted noun per unit of time (``1 lần/năm``), money per head (``đồng/hộ``) and a count per
    a noun of another class (:func:`_per_noun`, ``người/cuộc``); a share of anything else is a
    ratio whose denominator is not counted (``30.000 đồng/lượt``, ``1 người/1 đơn vị``: T_NOTES 5)."""
    if found is None or text[found[0]:found[0] + 1] != "/":
        return found
    m = _PER_TIME.match(text, found[0])
    if m is None and found[1] in _CURRENCIES:
        m = _PER_HEAD.match(text, found[0])   # "4 triệu đồng/hộ", "640 USD/đầu người": a sum per head
    if m is None:
        return _per_noun(text, found)
    if m.group("n") and m.group("t") in _TIMES:
        return found
    unit, end = found[1], m.end()
    if unit in _CURRENCIES:
        while text[end:end + 1] == "/" and (more := _per_more(text, end + 1)):
            end = more   # "3 triệu đồng/tháng/người", "210 đồng/m2/năm"
    elif unit not in _RATE_MEASURES and (m.group("n") or m.group("t") not in _TIMES):
        return found   # (a percentage, a count: per unit of time only)
    rate = _M_SPACED.sub(r"m\1", " ".join(text[found[0] + 1:end].split())).lower().replace("/ ", "/")   # "đồng/m 2/năm": m2
    return end, f"{unit}/{rate}"


# The spaces a slash may have after it before its denominator ("GV/ lớp").
_SLASH_SPACE = regex.compile(r"/[ \t]?")


def _per_noun(text: str, found: tuple[int, str]) -> tuple[int, str]:
    """A count per a lower-case noun after a slash, with no amount in it, is a rate counted with
    its denominator when one of the two is a noun of people, bodies or places and the other
    is not: "60-300 người/cuộc" (U_NOTES 6), "13,47 tiêu chí/xã"; two nouns of one class
    are alternatives ("127 quốc gia/nền kinh tế", "tỉnh/thành phố"), and money or a
    percentage per anything but a unit of time or a head is no rate ("30.000 đồng/lượt":
    T_NOTES 5), nor a measure ("600 m2/mảnh")."""
    unit = found[1]
    if unit in _CURRENCIES or unit in _RATE_MEASURES or unit == "%" or "/" in unit:
        return found
    sl = _SLASH_SPACE.match(text, found[0])
    per = unit_at(text, sl.end()) if text[sl.end():sl.end() + 1].islower() else None
    if per is None or _NUMBER_NEXT.match(text, per[0]) or text[per[0]:per[0] + 1] == "/" \
            or (unit in _indivisible()) == (per[1] in _indivisible()):
        return found
    return per[0], f"{unit}/{per[1]}"


# A number with an English thousands comma: one to three digits, a comma and three digits.
_ENGLISH_THOUSANDS = regex.compile(r"\d{1,3},\d{3}")


@cache
def _indivisible() -> frozenset[str]:
    """The nouns of people and bodies in ``count_units.txt`` (its section ``people and
    bodies``), lower-cased: whole ones only, so a comma before three digits in a count of
    them separates thousands."""
    out, inside = set(), False
    with (DATA / "count_units.txt").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("# ---"):
                inside = "people and bodies" in line
            elif inside and line.strip() and not line.startswith("#"):
                out.add(line.strip().lower())
    return frozenset(out)


def _multiplier_or_name(text: str, start: int, unit: str) -> bool:
    """Is the number at ``start`` a multiplier after "gấp" (times) with a noun other than "lần"
    ("cao gấp 3 tốc độ tăng trưởng"; "gấp 2 lần" counts), or the number of a name written as an
    acronym ("PMU 18 nghiêm trọng", "ASEM 5 thành công") before a noun that is no listed unit,
    percentage or money ("GDP 8%", "UBND 3 xã" count), the acronym no body's ("HĐND 3 cấp")?"""
    w1 = _words_before(text, start)[0]
    if w1.lower() == "gấp":
        return unit != "lần"
    return (len(w1) >= 2 and w1.isupper() and w1.isalpha() and w1 not in _body_heads()
            and text[start:start + 1].isdigit() and unit not in ("%", "đồng", "usd")
            and "/" not in unit and unit not in lowered("count_units.txt"))   # (not "HĐND 3 cấp", "QH hai nước")


def _owner_after_name(text: str, start: int, found: tuple[int, str]) -> bool:
    """Is the number the last part of a name written with capitals ("Bệnh viện 175", "Sư đoàn
    312") and its capitalized noun the body that owns it ("Bộ Quốc phòng")?  Not a count of
    bodies ("có 35 Đảng Cộng sản": a count after a lower-case word)."""
    end, unit = found
    w1, w2, _ = _words_before(text, start)
    if not (w2[:1].isupper() and w1.islower() and fold(f"{w2} {w1}") in vietnamese_words()) \
            or not text[end - len(unit):end][:1].isupper():   # (a name's noun, not "Sở có 6 Phó giám đốc Sở")
        return False
    nxt = _WORD.match(text, end)
    return nxt is not None and nxt.group(_W)[:1].isupper() and nxt.group(_W).isalpha()


def _land_scheme(text: str, start: int, end: int) -> bool:
    """Is the percentage at ``start..end`` the name of a land allotment, right after "đất" (land)
    and before the lower-case noun of its purpose: "đất 5% an sinh xã hội", "đất 10% dịch vụ"
    (land set aside for resettled households, named by its share of the land recovered), no
    share measured ("chiếm 5% đất", "đất tăng 5% so với")?"""
    if _words_before(text, start)[0].lower() != "đất":
        return False
    nxt = _WORD.match(text, end)
    return nxt is not None and nxt.group(_W).isalpha() and nxt.group(_W).islower() \
        and nxt.group(_W) not in lowered("count_stops.txt") and fold(nxt.group(_W)) not in _function_words()


_OPEN_QUOTES = frozenset("“\"‘'")
_CLOSE_QUOTES = frozenset("”\"’'")


# A counted noun in quotes after its number, one to three lower-case words: "hai “trọng điểm” nữa",
# "sáu "sự kiện", sáu "cú sốc"" (a word used loosely, quoted; the unit is the noun without its quotes).
_QUOTED_NOUN = regex.compile(r"[ \t][“\"‘'](?P<u>\p{Ll}+(?:[ \t]\p{Ll}+){0,2})[”\"’']")


def _quoted_unit(text: str, end: int) -> tuple[int, str] | None:
    """(end, unit) of a counted noun in quotes right after the number ending at ``end``: a listed
    unit or a word of the word list that is neither a function word nor an adjective or verb of
    ``count_modifiers.txt`` (a single syllable in quotes, "ém", is more often a verb: none)."""
    m = _QUOTED_NOUN.match(text, end)
    if m is None:
        return None
    unit = m.group("u")
    if unit in lowered("count_units.txt"):
        return m.end(), unit
    folded = fold(unit)
    if folded not in vietnamese_words() or _led_by_function_word(folded.split()) or folded in _modifiers():
        return None
    return m.end(), unit


def _quoted_label(text: str, start: int, end: int) -> bool:
    """Is the number and its noun all that a pair of quotes holds (“1 giấy”, "3 không")?
    Then they name a scheme or a slogan (GUIDELINES: a number of a name is no count), unless
    a collective noun before the quotes makes them a set of those things (bộ ''ba luật'')."""
    if not (0 < start and text[start - 1] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES):
        return _in_quoted_slogan(text, start, end)
    return _SET_BEFORE.search(text, max(0, start - 8), start) is None


# A slogan of numbered words in quotes: “5 xây, 3 chống”, "5 có, 3 không" (one word after each number).
_QUOTED_SLOGAN = regex.compile(r"[“\"]\d{1,2}[ \t]+\p{L}+(?:[ \t]*,[ \t]*\d{1,2}[ \t]+\p{L}+)+[”\"]")


def _in_quoted_slogan(text: str, start: int, end: int) -> bool:
    """Is the count at ``start..end`` an item of a quoted slogan of numbered words (“5 xây, 3 chống”:
    the name of a programme, GUIDELINES' number of a name, no count)?"""
    if "“" not in text[max(0, start - 20):start] and '"' not in text[max(0, start - 20):start]:
        return False   # (what the slogan needs before its number: an opening quote)
    m = _QUOTED_SLOGAN.search(text, max(0, start - 20), min(len(text), end + 20))
    return m is not None and m.start() < start and end < m.end()


# A collective noun before a quoted count: "bộ ''ba luật''" (the set of three laws).
# (searched backwards, from the quotes)
_SET_BEFORE = regex.compile(r"(?<!\w)bộ[ \t]+['‘“\"]{1,2}$", regex.IGNORECASE | regex.REVERSE)


def _glued_money(text: str, glued: regex.Match) -> tuple[int, str] | None:
    """(end, unit) of a currency glued to its amount before a slash ("200.000đ/người": money
    shared per person, unit ``đồng``, like "30.000 đồng/lượt"; "5.000đ/tháng": a rate, ``đồng/tháng``;
    "55.000đ/m3": a price per measure, ``đồng/m3``),
    or None when the letters glued are no currency before a slash."""
    measure, slash, per = glued.group().lower().partition("/")
    if not slash or _MONEY.get(measure) != "đồng":
        return None
    if per in _TIMES or per in _RATE_MEASURES:
        return glued.end(), f"đồng/{per}"   # (a rate, or a price per measure: "55.000đ/m3", like "15 triệu đồng/m2")
    return glued.start() + len(measure), "đồng"


def _glued_rate(glued: str) -> bool:
    """Letters glued to a number are a measure per unit of time ("500m3/ngày")."""
    measure, slash, time = glued.lower().partition("/")
    return bool(slash) and measure in _RATE_MEASURES and time in _TIMES


# A dash and digits glued after a number's letters: the rest of a code ("29M-6472").
_CODE_GOES_ON = regex.compile(r"[\-–]\d")
# The high end of a range of percentages after its dash: "35%" in "30%-35%".
_PERCENT_HIGH = regex.compile(rf"[ \t]* (?P<n>{DIGITS}) %", regex.VERBOSE)


# "từ 401 xuống còn 208 đơn vị": the second amount of a change, after its verb.
# A bound before an amount: "hơn 13.000", "gần 30.000", "khoảng 20".
_BOUND = r"(?: (?: hơn | gần | khoảng | trên | dưới ) [ \t]+ )"
_BOUNDS = frozenset(("hơn", "gần", "khoảng", "trên", "dưới"))
# ... with a bound before Y ("lên gần 30.000 em") and Y a range ("lên 10-12%": the unit after its high end).
_CHANGE_TO = regex.compile(
    rf"""[ \t]+
    (?: xuống | lên | tăng | giảm ) (?: [ \t]+ (?: còn | tới | đến | thành ) )?   # xuống còn / lên tới
    [ \t]+ {_BOUND}?
    (?P<n>{DIGITS}) (?: [ \t]* [\-–] [ \t]* {DIGITS} )?""", _F)


def _shared_unit(text: str, amount: Amount) -> str | None:
    """The unit that a change "từ X xuống còn Y đơn vị" shares with its first amount, X
    (D_NOTES 11): the noun is written once, after Y; None when the number is no such X."""
    w1, w2, _ = _words_before(text, amount.start)
    if amount.scaled or not (w1.lower() == "từ" or (w1.lower() in _BOUNDS and w2.lower() == "từ")):
        return None   # ("từ hơn 13.000 lên gần 30.000 em": X after a bound)
    m = _CHANGE_TO.match(text, amount.end)
    found = _per_time(text, unit_at(text, m.end())) if m else None   # ("lên 95.000 đồng/m2": a rate)
    return found[1] if found is not None else None


# "X và Y đơn vị": a second amount joined to the first by "và", "hoặc" or "hay", whole, the unit
# written once after it ("10,9 và 9,4%", "bầu 5 hoặc 7 thành viên").
_JOINED_TO = regex.compile(
    rf"""[ \t]+ (?: và | hoặc | hay ) [ \t]+
    (?P<n>{DIGITS}) (?![.,]\d)""", regex.VERBOSE)
# Nouns that make the number after them a label or an ordinal, no amount: "khoản 2 và 3", "lớp 10
# và 12", "kỳ họp thứ 6 và 7", "đơn vị số 4 và 8".
_LABEL_NOUNS = frozenset("điều khoản điểm lớp số thứ tầng phòng quận phường tổ khu đội lần khóa khoá kỳ cấp"
                         " hạng đoạn năm tháng ngày quý tuần giờ trang mục chương phần câu bài tập".split())


def _joined_unit(text: str, amount: Amount) -> str | None:
    """The unit that "X và Y đơn vị" shares with its first amount X, written once after Y (as
    in a change, D_NOTES 11): "tăng tương ứng là 10,9 và 9,4%" counts 10.9 ``%``; None when
    the number is no such X: after a label's noun or a code ("khoản 2 và 3 người"), or Y with a scale
    ("219 hay 217 tỉ đồng": whose scale X shares is not written)."""
    if amount.scaled or text[amount.end:amount.end + 1] != " " or (m := _JOINED_TO.match(text, amount.end)) is None:
        return None
    w1 = _words_before(text, amount.start)[0]
    if w1.isupper() or w1[:1].isdigit() or w1.lower() in _LABEL_NOUNS:   # (nor "APEC 14 và 15")
        return None
    found = unit_at(text, m.end())
    if found is None or found[1].lower() in _SCALE_VALUES:
        return None
    found = _per_time(text, found)
    return found[1] if found is not None else None


# "trong (tổng) số Y" (out of Y) after a number X: "22 trong số 63 địa phương", "5 trong tổng số
# 12 dự án", "8 trên tổng số 15 công trình", maybe with a bound before Y ("3 trong số hơn 20 tỉnh").
_AMONG = regex.compile(
    rf"""[ \t]+
    (?: trong [ \t]+ (?: tổng [ \t]+ )? số     # 22 trong số 63 / 5 trong tổng số 12
      | trên [ \t]+ tổng [ \t]+ số             # 8 trên tổng số 15 công trình
    ) [ \t]+ {_BOUND}?
    (?P<n>{DIGITS}) (?![\d])""", regex.VERBOSE)


def _among_unit(text: str, amount: Amount) -> str | None:
    """The unit that "X trong (tổng) số Y đơn vị" gives its X, written once after Y: X of the Y
    counted things are so many of them ("22 trong số 63 địa phương" counts 22 ``địa phương``);
    None when the number is no such X, or is more than Y.  ("1 trong 3 nguyện vọng", with no
    "số", is an ordinal pick: A_B NOTES 26 counts only the 3.)"""
    if amount.scaled or not text.startswith((" trong", " trên"), amount.end) or (m := _AMONG.match(text, amount.end)) is None:
        return None
    if amount.value > digits_value(m.group("n")):
        return None
    found = _per_time(text, unit_at(text, m.end()))
    return found[1] if found is not None and found[1] != "%" else None


# What ends a label's clause before its number: "là", "đạt" or a colon ("Số đại biểu: 3.869").
# ... or "con số" ("Số cán bộ luân chuyển lên tới con số 2.000": the figure, D_NOTES 14).
_LABEL_END = regex.compile(r"(?:(?<![\p{L}\d])(?:là|đạt|con[ \t]+số)|:)[ \t]*$", regex.REVERSE)
# The values before a later one of a label's list, back to the label's colon: ": 3.869 (cấp tỉnh), "
# (searched backwards from the later value).
_LIST_BEFORE = regex.compile(r":(?:[ \t]*[\d.,]+[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*,)+[ \t]*$", regex.REVERSE)
# Marks that a label "Số …" may not cross (its clause ends there), digits included.
_LABEL_STOPS = regex.compile(r"[.;!?\n\d]")


def _label_unit(text: str, amount: Amount) -> str | None:
    """The counted noun of a statistic's label, when a number with no noun after it ends a
    clause that opens with "Số" and a listed unit ("Số đại biểu được bầu: 3.869", "Số khu vực
    bỏ phiếu là 87.239": G_NOTES 2, C_NOTES 14); None when the number is no such value."""
    start = amount.start
    if amount.scaled:
        return None
    if not _LABEL_END.search(text, max(0, start - 9), start):
        # a later value of the label's list: "Số đại biểu được bầu: 3.869 (cấp tỉnh), 23.554 (cấp huyện)"
        if text[start - 2:start] != ", " or (listed := _LIST_BEFORE.search(text, max(0, start - 120), start)) is None:
            return None
        start = listed.start() + 1   # right after the colon
    k = text.rfind("Số ", max(0, start - 80), start)
    if k < 0 or _LABEL_STOPS.search(text, k, start):
        return None
    before = text[:k].rstrip(" \t")
    if before and before[-1] not in ".;:!?\n-•–(":
        return None   # "Số" opens its clause or line
    if _unit_match(text, k + 2) is None:
        return None
    found = unit_at(text, k + 2)
    return found[1] if found is not None else None


def _age_before(text: str, amount: Amount, found: tuple[int, str] | None) -> int | None:
    """Start of "tuổi" right before an age written after it ("ở tuổi 94", "bước vào tuổi
    80"): an age, counted like "94 tuổi" (unit ``tuổi``), whatever word follows unless it is a
    listed unit; None when the number is no age there."""
    w1, _, before = _words_before(text, amount.start)
    if w1.lower() != "tuổi" or amount.scaled or not 0 < amount.value <= 130 or amount.value % 1:
        return None
    if found is not None and found[1] in lowered("count_units.txt"):
        return None
    return text.rfind(w1, 0, amount.start)


# A comma between two coordinated nouns ("phòng, ban"), and the mark or demonstrative that
# ends their list.
_COMMA = regex.compile(r"[ \t]*,")
_LIST_END = regex.compile(
    r"""[ \t]*
    (?: [,.;:)!?…] | $                  # 55 phòng, ban;
      | (?:này|đó|ấy|kia|nói[ \t]+trên) (?!\w)   # 4 thôn, xã này: a demonstrative closes the phrase
    )""", regex.VERBOSE)


# A number after the last noun of a list: it names that one ("42 hộ dân, phường 22").
_NUMBER_NEXT = regex.compile(r"[ \t]*\d")


def _all_indivisible(listed: str) -> bool:
    """Is a list of nouns joined by commas ("cơ quan, đơn vị", "phường, xã, thị trấn", "tổ
    chức, doanh nghiệp, cá nhân") written in lower case, all of people, bodies or places
    (:func:`_indivisible`)?  Then the list is the counted set, and a phrase after it
    modifies the whole ("40 cán bộ, công chức quản lý đất đai": NOTES 25 leaves it out;
    "317 phường, xã, thị trấn tham gia").  Not a list with a noun outside that class or
    capitalized, nor a longer one whose noun comes again at the head of another ("9 bộ, cơ
    quan ngang bộ, cơ quan thuộc Chính phủ": where it ends is unclear, the first noun is
    counted), nor one with "người", which a comma more often ends ("gồm
    160 người, ủy viên dự khuyết là 25")."""
    nouns = [" ".join(n.split()) for n in listed.split(",")]
    if len(nouns) > 2 and any(a != b and b.startswith(f"{a} ") for a in nouns for b in nouns):
        return False   # "31 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": a head again, a phrase goes on
    return listed.islower() and "người" not in nouns and all(n in _indivisible() for n in nouns)


# "và" before the last noun of a list joined by commas.
_LAST_CONJUNCT = regex.compile(r"[ \t]+và(?=[ \t])")


def _coordinated(text: str, start: int, found: tuple[int, str]) -> tuple[int, str]:
    """The counted noun with the listed nouns joined to it by commas, when their list
    ends the clause or "và" joins its last noun: "55 phòng, ban;", "115 cán bộ, công
    chức, viên chức,", "500 học sinh, sinh viên và giáo viên của" count one set of
    things (the unit as written, like ``xã, phường``), and so do nouns of people or bodies
    whatever follows ("10 cơ quan, đơn vị thực hiện"), also when "và" alone joins two of
    them ("214 đơn vị và cá nhân"); other nouns keep the first when a phrase goes on, and
    so does "15 dự luật và nghị quyết" (no comma: "và" alone may join two counts' nouns)."""
    end = found[0]
    if found[1] in ("%", "đồng") or "/" in found[1]:
        return found   # (nor a rate: "đồng/tháng/học sinh, sinh viên" shares the money, no set is counted)
    pos = end
    while (c := _COMMA.match(text, pos)) and (u := _unit_match(text, c.end())) is not None:
        pos = u.end()
    if pos == end:
        if text.startswith(" và", end) and (c := _LAST_CONJUNCT.match(text, end)) \
                and (u := _unit_match(text, c.end())) is not None and not _NUMBER_NEXT.match(text, u.end()) \
                and not _NAME_AFTER.match(text, u.end()) and _all_indivisible(f"{found[1]}, {u.group(_U)}"):
            # "214 đơn vị và cá nhân gửi tham dự": a pair of people or bodies is one set (not
            # "11 tập thể và 19 cá nhân", two counts; nor "15 dự luật và nghị quyết", things;
            # nor "3 xã và huyện Tiền Hải", a place named)
            return u.end(), " ".join(text[start:u.end()].split()).lower()
        return found
    if (c := _LAST_CONJUNCT.match(text, pos)) and (u := _unit_match(text, c.end())) is not None:
        pos = u.end()   # "7.000 sinh viên, học sinh và chiến sĩ của ...": "và" closes the list
    elif _LIST_END.match(text, pos) is None and (_NUMBER_NEXT.match(text, pos) or not _all_indivisible(text[start:pos])):
        return found   # (a list of people or bodies is one set whatever follows: "10 cơ quan, đơn vị thực hiện")
    return pos, " ".join(text[start:pos].split()).lower().replace(" ,", ",")


def extract(doc: Doc) -> list[Span]:
    text = doc.text
    blocked = _blocked_spans(doc)
    if any(_sides_named(text, a, b) for a, b in blocked.spans):
        # "hai bên Việt Nam và Mỹ": the idiom's words count the two sides named after it
        blocked = Blocked([(a, b) for a, b in blocked.spans if not _sides_named(text, a, b)])
    out: list[Span] = []
    skip_until = -1  # end of the last count: "1 tỷ 200 triệu đồng" is one
    ident_end = -1   # end of the last number that was an identifier
    overlaps = blocked.overlaps
    for m in _numbers(text):
        # validate
        start, end = m.span()
        if start < skip_until or overlaps(start, end):
            continue
        if (is_identifier(text, start) and not _group_of(text, m)) \
                or (ident_end >= 0 and _LIST_GAP.fullmatch(text, ident_end, start)):
            ident_end = end  # "khoản 1, 2, 3": the whole list names clauses
            continue
        if m.re is WORDS_AT:   # (what _words and _digits tell apart, without their calls)
            if (_words_value(text, m) is None  # "một", "năm": read() would drop it
                    or _in_compound(text, m) or _NICKNAME.match(text, start)
                    or _vague(text, start)):
                continue
        elif _fragment(text, m):
            continue
        if text[start - 3:start] == "số " and _SHARE_OF.search(text, max(0, start - 24), start):
            continue   # "66% trong số 11.000 DN": the population a share is taken of (J_NOTES 11 by W_NOTES 4)
        # match the rest of the amount, then resolve
        f = read(text, m)
        spans = resolve(doc, f, blocked) if f is not None else []
        if spans:
            out.extend(spans)
            skip_until = spans[-1].end
    if "trăm" in text or "chục" in text:
        out += _bare_tens(text, blocked, doc)   # (the pipeline sorts the counts)
    return out


# "trăm" or "chục" alone after "hơn" or "trên" (more than): a hundred, ten as a bound ("hơn trăm
# km", "trên trăm cán bộ"), as "hơn 100 km"; "about ten" ("khoảng chục cuộc họp", "gần chục năm")
# is a vague amount like "hàng chục" (GUIDELINES; the read sets leave both out).
_BARE_TENS = (("trăm", 100), ("chục", 10))
_MORE_THAN = ("hơn ", "trên ")
# Units of time: a length is a duration, never a count ("hơn chục năm": GUIDELINES Dates).
_TIME_UNITS = frozenset("năm tháng tuần ngày giờ phút giây tiếng".split())


# A percentage and "trong (tổng) số" (out of) before a number: the number counts the whole the share
# is taken of, which only the share's count states ("66% trong số 11.000 DN được hỏi": one count,
# 66 %).  Searched backwards from the number.
_SHARE_OF = regex.compile(r"%[ \t]*\)?[ \t]*(?:trong|của)[ \t]+(?:tổng[ \t]+)?số[ \t]+$", regex.REVERSE)


def _bare_tens(text: str, blocked: Blocked, doc: Doc) -> list[Span]:
    """The counts of :data:`_BARE_TENS` after :data:`_MORE_THAN`: 100 or 10 with the scale words
    and the noun after it.  (Found with str.find in the lower-cased text: a regex scan of the
    whole text costs a hundred times more.)"""
    low = lower_text(text)
    if len(low) != len(text):
        low = text
    out = []
    for word, value in _BARE_TENS:
        i = low.find(word)
        while i >= 0:
            start, end = i, i + len(word)
            i = low.find(word, end)
            before = next((m for m in _MORE_THAN if low.startswith(m, start - len(m))), None)
            if before is None or (start > len(before) and low[start - len(before) - 1].isalnum()) \
                    or low[end:end + 1].isalnum() or blocked.overlaps(start, end):
                continue   # ("chơn trăm", "trămg": whole words only)
            scale = 1
            while _may_follow(text, end, _SCALE_FIRST) and (sc := _SCALE.match(text, end)):   # "hơn chục nghìn"
                scale *= _SCALE_VALUES[sc.group(_S).lower()]
                end = sc.end()
            amount = Amount(start, end, float(value * scale), scale)
            found = _unit_or_money(text, amount)
            if found is None or found[1].lower() in _TIME_UNITS or blocked.overlaps(amount.end, found[0]):
                continue
            out.append(_span(doc, start, found[0], amount.value, found[1], "rule:count.words", 0.8))
    return out


_START = methodcaller("start")
# A digit word right before a number word makes a vague "two or three" ("ba bốn làng", "dăm
# ba người", "vài ba cuộc"): the amount is no count (GUIDELINES: vague amounts), and its
# last word alone is none either.
_VAGUE_BEFORE = frozenset("hai ba bốn năm sáu bảy bẩy tám chín dăm vài".split())


def _vague(text: str, start: int) -> bool:
    """Is the number word at ``start`` the second of a vague pair ("ba bốn làng")?  Not
    after "năm" the year ("mỗi năm hai lần": twice a year)."""
    w1, w2, _ = _words_before(text, start)
    w1 = w1.lower()
    return w1 in _VAGUE_BEFORE and not (w1 == "năm" and w2.lower() in _YEAR_BEFORE_FIVE)


def _numbers(text: str) -> list[regex.Match]:
    """Numbers in digits and in words, in text order."""
    found = list(_NUMBER.finditer(text))
    for pos in word_number_starts(text):
        m = WORDS_AT.match(text, pos)
        if m and m.group(_WORDS).lower().endswith(" năm") and parse_words(m.group(_WORDS).split()) is None:
            # "hai năm sinh": "năm" is the noun "year" here, not "five" ("hai năm" is no number)
            m = WORDS_AT.match(text, pos, m.end() - len(" năm"))
        if m:
            found.append(m)
    return sorted(found, key=_START)


# Group nouns that name a numbered zone or class ("khu 3", "loại 2") but, before a counted
# noun, gather that many of it ("khu 17 nhà gỗ", "nhóm 70 nước", "nhóm 6 giải pháp").
_GROUPS = frozenset("khu nhóm loại vùng".split())


def _group_of(text: str, m: regex.Match) -> bool:
    """Is a number after a group noun a count of the noun that follows it?"""
    w1, w2, _ = _words_before(text, m.start())
    if not _digits(m) or w1.lower() not in _GROUPS or w2.lower() in ("quân", "tiểu", "đặc"):
        return False
    u = _unit_match(text, m.end())
    if u is None and w1.lower() == "nhóm" and len(_digits(m)) >= 2 and (found := unit_at(text, m.end())) is not None:
        # "thuộc nhóm 80 nước": a ranked group of so many; one plain syllable ("nước"), not a longer
        # word the dictionary may read across the next ("nước đứng" of "nước đứng đầu")
        return " " not in found[1] and found[1] not in _ADDRESS_NOUNS | _PLACE_UNITS
    # a listed noun, not a place in an address ("khu 3 thị trấn", "khu 5 phường 2")
    return u is not None and u.group(_U).lower() not in _ADDRESS_NOUNS | _PLACE_UNITS


# A licence plate's series before its number: two digits of the province, a letter or two and
# maybe a digit ("24C", "51F", "29LD", "59X1"), then a dash between spaces (searched backwards).
_PLATE_SERIES = regex.compile(r"(?<![\p{L}\d])\d{2}\p{Lu}{1,2}\d?[ \t]*[\-–][ \t]*$", regex.REVERSE)


def _fragment(text: str, m: regex.Match) -> bool:
    """Digits that are no amount of their own: the thousands of a number split by a space
    ("30. 000 đồng"), a year run into the next number after "năm" ("năm 20069 dự luật"),
    or the number of a licence plate written with spaces around its dash ("30A - 123.45")."""
    d = m.group(_DIGITS)
    if len(d) >= 3 and not d.strip("0"):
        return True
    start = m.start()
    if text[start - 1:start] in (" ", "\t") and _PLATE_SERIES.search(text, max(0, start - 12), start):
        return True   # "BKS 24C - 011.25": a licence plate's number after its series and a dash
    return d.isdigit() and len(d) >= 5 and _words_before(text, m.start())[0] == "năm"


def _digits(m: regex.Match) -> str | None:
    """The digits of a number read by _NUMBER or _HIGH; None for one in words (WORDS_AT)."""
    return None if m.re is WORDS_AT else m.group(_DIGITS)


def _words(m: regex.Match) -> str | None:
    """The words of a number read by WORDS_AT; None for one in digits."""
    return m.group(_WORDS) if m.re is WORDS_AT else None


# Kinship words used as pronouns: after an amount with a scale word they are the
# subject of the next clause ("đưa 1 tỉ anh mới ký"), not the counted noun, though
# after a plain number they count people ("hai anh", "ba chị").
_KIN_PRONOUNS = frozenset("anh chị em ông bà cô chú bác cháu".split())
# Nouns of money after tỉ/triệu: the amount is in đồng ("30.000 tỉ vốn", "5 triệu tiền phạt").
_MONEY_NOUNS = frozenset("vốn tiền".split())


def _unit_or_money(text: str, amount: Amount) -> tuple[int, str] | None:
    """The counted noun after ``amount`` (:func:`unit_at`), or money implied
    (:func:`_implied`) when there is none or, after a scale word, it is a
    kinship pronoun ("3 triệu anh") or a noun of money ("30.000 tỉ vốn")."""
    found = unit_at(text, amount.end, amount.scaled)
    if found is not None and amount.scaled and (found[1] in _KIN_PRONOUNS or found[1] in _MONEY_NOUNS):
        found = None
    return found or _implied(text, amount)


def _implied(text: str, amount: Amount) -> tuple[int, str] | None:
    """``133 triệu`` with no noun after it is money: unit ``đồng``; not when its clause counts
    people or things and speaks of no money ("dân số cả nước khoảng 82 triệu", "số đăng ký xe
    đã là 1,6 triệu": a population, no currency is implied)."""
    if amount.scaled and amount.value >= 1_000_000 and not _population(text, amount.start):
        return amount.end, "đồng"
    return None


# The clause before an amount, back to a comma or its opening mark (searched backwards, at most
# 80 characters).
_CLAUSE_BEFORE = regex.compile(r"[^.,;:!?\n(]*$", regex.REVERSE)
# Nouns that make an amount in a scale word without a noun after it a count of people or
# things: the population, the workforce, visitors, voters, subscribers, vehicles.
_POPULATION = regex.compile(
    r"""(?<![\p{L}\d])
    (?: dân[ \t]+số                   # dân số cả nước khoảng 82 triệu
      | lực[ \t]+lượng[ \t]+lao[ \t]+động | lao[ \t]+động[ \t]+nữ    # lực lượng lao động là 43,2 triệu
      | lượng[ \t]+khách | lượt[ \t]+khách | số[ \t]+khách    # lượng khách quốc tế trên 10 triệu
      | số[ \t]+(?: cử[ \t]+tri | thuê[ \t]+bao | học[ \t]+sinh | hộ | người | xe | đăng[ \t]+ký[ \t]+xe )   # số thuê bao đạt 120 triệu
    ) (?![\p{L}\d])""", _F)
# Words of money that keep such an amount in đồng ("thu nhập của lao động nữ là 5 triệu").
_MONEY_WORDS = regex.compile(
    r"""(?<![\p{L}\d])
    (?: tiền | lương | thu[ \t]+nhập | giá | phí | vốn | nợ | chi | thu | ngân[ \t]+sách | đồng | USD   # thu nhập 5 triệu
      | thưởng | phạt | trả | vay | nộp | đầu[ \t]+tư | hỗ[ \t]+trợ | quỹ | lãi | doanh[ \t]+thu  # hỗ trợ 2 triệu
    ) (?![\p{L}\d])""", _F)


def _population(text: str, start: int) -> bool:
    """Does the clause before ``start`` name a population counted (:data:`_POPULATION`) and no
    money (:data:`_MONEY_WORDS`)?"""
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
    if clause is None or not _POPULATION.search(clause.group()):
        return False
    return _MONEY_WORDS.search(clause.group()) is None


def _span(doc: Doc, start: int, end: int, value: float, unit: str, source: str, score: float) -> Span:
    # (what doc.span builds, without its two calls: a span per count adds up)
    return Span(start, end, doc.text[start:end], "COUNT", source, score, {"value": as_number(value), "unit": unit})
