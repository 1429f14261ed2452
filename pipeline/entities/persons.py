"""PERSON: Vietnamese personal names, without honorifics or titles.

Rules (``source="rule:person-<rule>"``):
- ``honorific``: a form of address, rank or degree, then 1-4 capitalized
  syllables — ``đồng chí Lê Trí Vũ``, ``ông Hải``, ``Đại tướng Tô Lâm``,
  ``PGS.TS Nguyễn Văn A``, ``anh V``; the honorific stays outside;
- ``initials``: abbreviated names — ``L.T.Thắng``, ``anh C.V``;
- ``full-name``: a family name (family_names.txt) and 1-3 more capitalized
  syllables — ``Trần Thu Hương``;
- ``credit``: after a photo or article credit — ``(Ảnh: Hoàng Hưng)``;
- ``byline``: a name alone at the end of a line or article, optionally with its
  paper — ``Hoàng Tùng``, ``… ./. Hoàng Hưng/VTC News``, ``Bích Thảo``.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from ..doc import Doc
from ..extractors import lines
from ..span import Span
from .lexicon import (FAMILY, FIELD, HEAD, HONORIFIC, HONORIFIC_ALONE, HONORIFIC_SECOND, ORG_NAME, PLACE, REGION,
                      SYLLABLE, TITLE, TITLE_ALONE, TITLE_SECOND, UNIT, TokenView, data_rows, family_names, fold,
                      honorifics,
                      is_word, may_start, org_codes, org_fields, org_heads, org_names, places,
                      position_titles, province_names, regions)
from .locations import NAME_HONORIFIC, NAME_START, NAME_TITLE, candidate_starts, place_at, unit_at
from ..structure import is_vietnamese_syllable
from .names import _MIDDLE_ONLY, DEPUTY, FUNCTION_WORDS, KIN, named_place, opens_clause, overlaps_any, person_shape, syllable_run

# Initials with a last name syllable, in one token: L.T.Thắng, C.V, N.Q.Huy.
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}\p{Ll}*")
# Credits that introduce a photographer's or writer's name.
_CREDIT = regex.compile(
    r"""
    (?:^|(?<=[(\[\s]))
    (?:
        (?:
            Tin,\ ảnh                    # Tin, ảnh: Thanh Tuấn (TTXVN)
          | Tin\ và\ ảnh                 # Tin và ảnh: Thanh Tuấn
          | Ảnh                          # (Ảnh: Hoàng Hưng)
          | Bài\ và\ ảnh                 # Bài và ảnh: Minh Anh
          | Bài,\ ảnh                    # Bài, ảnh: Minh Anh
          | Bài                          # Bài: Minh Anh
          | Clip                         # Clip: Văn Tuấn
          | Video                        # Video: Văn Tuấn
          | Tác\ giả                     # Tác giả: Nguyễn Văn A
          | Nhóm\ PV                     # Nhóm PV: …
        )
        \s*:\s*
        (?:\p{Lu}{2,}[ ]?/[ ]?)?          # Ảnh: VGP/Quang Hiếu: the agency, then its photographer
      | Ảnh[ ]                           # "… bán trú. Ảnh Mạnh Cường.": the colon left out, the
        (?<=(?:^|[.!?…”"(]\ ?)[ \t]*Ảnh[ ])   # (the literal first, then what stands before it: cheaper)
        (?=\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,2}[ \t]*(?:[.)]|$))   # name alone to the caption's end
    )
    (?P<name>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3})
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A photo's credit right before a name, maybe with the agency: "Ảnh: ", "Ảnh: VGP/".
_CREDIT_BEFORE = regex.compile(r"Ảnh[ \t]*:[ \t]*(?:\p{Lu}{2,}[ ]?/[ ]?)?$")
# Words one of which every credit holds (a text without any has no credit:
# the regex is not run).
_CREDIT_WORDS = ("Ảnh", "Bài", "Clip", "Video", "Tác giả", "Nhóm PV", "Tin, ảnh", "Tin và ảnh")
# A byline: a short name alone at the end of a line, after the end of the last
# sentence or alone on its line, optionally with the paper or "(T/h)".
_BYLINE = regex.compile(
    r"""
    # line start, or after a sentence end or "./.", then spaces (one lookbehind,
    # so the match starts at the name: four times faster than anchors before it)
    (?<=(?:^|[.!?…”"]\ |\./\.\ |\(Xem\ tiếp\)\ )[ \t]*)   # (…; "(Xem tiếp)", the link to the rest)
    (?P<name>
        \p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3}
      | (?<=^[ \t]*)\p{Lu}\.[ ]\p{Lu}\p{Ll}+(?=[ \t]*$)   # alone on its line, the initial spaced: T. Dũng
    )
    (?:                                         # the middle one of three co-authors: Hoàng Hoa -
        [ \t]*[-–][ \t]*                         # Văn Cảnh - Nguyễn Thắng (TTXVN)
        (?P<name3>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3})
        (?=[ \t]*[-–][ \t]*\p{Lu}\p{Ll}+[ ]\p{Lu})
    )?
    (?:                                         # a co-author after a dash: Xuân Cường – Khánh Linh
        [ \t]*[-–][ \t]*
        (?P<name2>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3})
        (?=[ \t]*(?:/|\(|[-–]|[ \t.]*$))
    )?
    [ \t]*
    (?:
        /[ \t]*[\p{L}\d .]+                     # Hoàng Hưng/VTC News
      | \([ \t]*[\p{L}/.]+[ \t]*\)              # Cự Giải ( T/h )
      | -[ \t]*[\p{Lu}\d][\p{L}\d .]*           # Minh Anh - TTXVN
    )?
    [ \t.]*$
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# A writer's byline that names the source after the name, at the end of a line:
# "Theo Tất Định (Dân Việt)", "Theo Thu Lê baodautu.vn" (after "Theo", a name
# with its paper is the writer's; "Theo Thanh Niên" alone is the paper), or an
# interview's "Việt Anh thực hiện" (the interviewer).
_THEO_BYLINE = regex.compile(
    r"""
    Theo[ \t]+
    (?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,2})
    [ \t]*
    (?: \([ \t]*[^()\n]{2,30}?[ \t]*\)        # Theo Tất Định (Dân Việt)
      | [\p{L}\d\-]+\.(?:vn|com|net)\b         # Theo Thu Lê baodautu.vn
    )
    [ \t.]*$
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# The interviewer's name before "thực hiện" that ends a line: "Việt Anh thực hiện".
_DONE_BY = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,2})[ \t]+")
_DONE = "thực hiện"


# The sexagenary cycle: "Đinh Dậu", "Canh Tý" name years, not people.
_CAN = frozenset("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split())
_CHI = frozenset("Tý Sửu Dần Mão Mẹo Thìn Tỵ Tị Ngọ Mùi Thân Dậu Tuất Hợi".split())


# Bylines in capitals at the very end of an article, after its last sentence,
# one or more names joined by dashes: "… siết chặt”. SONG VŨ",
# "… thương mại. PHAN THẢO - BẢO VÂN".
_CAPS_BYLINE = regex.compile(
    r"""
    (?:^|(?<=[.!?…”"\)]\ ))
    (?P<names>
        \p{Lu}{2,}(?:\ \p{Lu}{2,}){1,3}                       # KHÁNH VŨ
        (?:[ ]?[-–][ ]?\p{Lu}{2,}(?:\ \p{Lu}{2,}){1,3})*       # - BẢO VÂN
    )
    [ \t]*\Z
    """,
    regex.VERBOSE,
)
# The group numbers of ``name`` (in _CREDIT and _BYLINE) and ``names`` (in
# _CAPS_BYLINE): a group read by name makes the ``regex`` module raise and
# drop an error inside, four times slower than by number.
_NAME = _CREDIT.groupindex["name"]
_NAMES = _CAPS_BYLINE.groupindex["names"]
assert _NAME == _BYLINE.groupindex["name"]
_NAME2 = _BYLINE.groupindex["name2"]
_NAME3 = _BYLINE.groupindex["name3"]
_CAPS_NAME = regex.compile(r"\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}")


def _caps_bylines(doc: Doc, view: TokenView) -> list[Span]:
    text = doc.text.rstrip()
    line_start = text.rfind("\n") + 1
    m = _CAPS_BYLINE.search(text, line_start)
    if m is None:
        return []
    out = []
    for n in _CAPS_NAME.finditer(text, m.start(_NAMES), m.end(_NAMES)):
        i = view_index(view, n.start())
        if i is not None and org_names().match(view, i) is None and regions().match(view, i) is None \
                and all(_caps_syllable(w) for w in n.group().split(" ")):    # (not "PV PV": acronyms)
            out.append(doc.span(n.start(), n.end(), "PERSON", "rule:person-byline", 0.7))
    return out


def _not_a_name(view: TokenView, i: int, region: bool = True) -> bool:
    """Token ``i`` starts an office, body or place word, not a name: ``ông Chánh
    văn phòng``; a country too unless ``region`` is False (a credit's name may
    start like one: ``Ảnh: Nhật Huy``)."""
    if i >= view.n:
        return False
    if not view.mask[i] & (TITLE | HEAD | ORG_NAME | REGION | UNIT | FIELD):
        return False    # no table has an entry starting here
    mask = view.mask[i]     # (each table asked only where its bit says an entry may start)
    return ((mask & TITLE and position_titles().match(view, i) is not None)
            or (mask & HEAD and org_heads().match(view, i) is not None)
            or (mask & ORG_NAME and org_names().match(view, i) is not None)
            or (region and mask & REGION and regions().match(view, i) is not None)
            or _unit_word(view, i) or (mask & FIELD and org_fields().match(view, i) is not None))


def _unit_word(view: TokenView, i: int) -> bool:
    """Token ``i`` is a unit word (``quận``, ``P.`` before ``Bến Nghé``); not one
    capital and its dot before a lower-case word or a stop: ``bà P. khai``,
    ``ông Q.`` are a person's initial (as ``bà S.``), not ``P.`` (phường) or
    ``Q.`` (quận), which a name or number follows."""
    u = unit_at(view, i)
    if u is None:
        return False
    k = u[0] + 1        # after the dot
    return len(view.words[i]) > 1 or (k < view.n and view.adjacent(k)
                                       and (view.cap[k] or view.words[k][:1].isdigit()))


# A foreign or Vietnamese name word after a title or honorific.
_NAME_WORD = regex.compile(
    r"""
      \p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?      # Donald, Putin, McCain
    | \p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)+      # a name transliterated syllable by syllable:
                                          # Xanh-tơ-ni, Phôm-vi-hản, Bun-Thon (not GD-ĐT)
    | \p{Lu}['’]\p{L}\p{Ll}+              # the Central Highlands' names with an apostrophe:
                                          # K'Ré, K'Brơi, H'Hen (Cơ Ho, Ê Đê)
    | \p{Lu}                              # A
    """,
    regex.VERBOSE,
)
_TITLE_MODS = {"phó", "tổng", "quyền", "cựu", "nguyên"}
# Words that open a body's name after a title and are no one's given name: a group's noun
# ("Chủ tịch Nhóm nghị sĩ Quốc hội Mông Cổ - Việt Nam", "Trưởng Nhóm công tác liên ngành"), the
# prefix of a general body ("Chủ tịch Tổng LĐ Lao động VN", Tổng Liên đoàn): no person "Nhóm", "Tổng".
_GROUP_NOUNS = frozenset({"Nhóm", "Tổng"})


def _titled_name(view: TokenView, i: int) -> tuple[int, int] | None:
    """A name right after an office title at ``i``, past a country: ``Tổng thống
    Mỹ Donald Trump``, ``Thủ tướng Shinzo Abe``, ``Bộ trưởng Ngô Xuân Lịch``."""
    if i >= view.n or not view.cap[i] or not (view.low[i] in _TITLE_MODS or may_start(view.mask, i, TITLE)):
        return None     # no capitalized title, nor a modifier before one, starts here
    k = i
    t = position_titles().match(view, k)
    while t is None and k < view.n and view.low[k] in _TITLE_MODS and k - i < 2:
        k += 1
        t = position_titles().match(view, k)
    if t is None or not view.cap[i]:
        return None
    if not t[1].bare:
        return _foreign_after_office(view, i)
    j = t[0]
    mask = view.mask[j] if j < view.n else 0
    p = (regions().match(view, j) if mask & REGION else None) or (places().match(view, j) if mask & PLACE else None)
    if p is not None and view.adjacent(j):
        j = p[0]
    elif j + 1 < view.n and view.words[j] == "Anh" and view.cap[j + 1]:
        j += 1      # "Thủ tướng Anh Tony Blair": Britain, which is no region entry (anh = brother)
    else:
        u = unit_at(view, j) if j < view.n and view.adjacent(j) else None
        k = u[0] if u is not None and u[0] < view.n and view.joined(j, u[0] + 1) else j
        if k < view.n and view.adjacent(k) and named_place(view, k):
            # a place the text names elsewhere ("thị trấn Ollolai"): "Thị trưởng Ollolai -
            # Efisio Arbau", "Thị trưởng thị trấn Ollolai Efisio Arbau"
            j = k + 1
            if j + 1 < view.n and view.words[j] in ("-", "–") and view.joined(j - 1, j + 2):
                j += 1
    if j >= view.n or not view.adjacent(j) or _not_a_name(view, j) or opens_clause(view, j) \
            or view.words[j] in _GROUP_NOUNS:
        # (not "… các Vụ trưởng Về việc …": a new sentence, its full stop lost)
        return _foreign_after_office(view, i) if j < view.n and view.adjacent(j) else None
    e = _initial_name(view, j)
    if e > j:
        return j, e     # "Thủ tướng N. Enkhbayar", "Tổng thống V. Putin"
    while e < view.n and e - j < 4 and _name_word(view, e) \
            and (e == j or (view.adjacent(e) and not _not_a_name(view, e) and not opens_clause(view, e))):
        e += 1
    if e > j and not _continues_word(view, e):
        return j, _middle_initial(view, j, e)
    return _foreign_after_office(view, i)     # "Bộ trưởng Quốc phòng Mỹ Lloyd Austin"


def _middle_initial(view: TokenView, j: int, e: int) -> int:
    """End of a Western name that goes on past a middle initial at ``e - 1``, its full stop
    and a last name that is no Vietnamese syllable: ``George W. Bush``, ``John F. Kennedy``
    (``e`` if it does not)."""
    w = view.words
    if e + 1 < view.n and e - j >= 2 and len(w[e - 1]) == 1 and w[e - 1].isupper() and w[e] == "." \
            and view.starts[e] == view.starts[e - 1] + 1 and view.adjacent(e + 1) and _name_word(view, e + 1) \
            and not is_vietnamese_syllable(w[e + 1]) and not is_vietnamese_syllable(w[j]):
        return e + 2
    return e


def _foreign_after_office(view: TokenView, i: int) -> tuple[int, int] | None:
    """A foreign name right after the whole office that starts at ``i``, or after
    it and the country it is held in: ``Bộ trưởng Quốc phòng Mỹ Lloyd Austin``,
    ``Đại sứ Nhật Bản tại Việt Nam Yamada Takio`` (a Vietnamese name there is
    found by its family name)."""
    j = view.memo.get("position_ends", {}).get(i)     # (the offices positions.find found)
    if j is None:
        return None
    if j + 1 < view.n and view.low[j] == "tại" and view.adjacent(j + 1) and (p := regions().match(view, j + 1)):
        j = p[0]
    if j >= view.n or not view.adjacent(j) or _not_a_name(view, j) or opens_clause(view, j):
        return None
    e = _initial_name(view, j) if len(view.words[j]) == 1 else j
    if e > j:
        return j, e     # "Chủ tịch Hạ viện L. Zaoralek", "Bộ trưởng Ngoại giao Nga S. Lavrov"
    while e < view.n and e - j < 4 and _name_word(view, e) and (e == j or view.adjacent(e)) \
            and not (e > j and (_not_a_name(view, e) or opens_clause(view, e))):
        e += 1
    if e - j < 2 or _continues_word(view, e) or all(is_vietnamese_syllable(w) for w in view.words[j:e]):
        return None
    return j, e


def _names_a_body(view: TokenView, j: int, e: int) -> bool:
    """The one word ``j`` after a title starts a body's name, a lower-case word
    after it: ``Hiệu trưởng Trường cấp 2 …`` (the school), unless the text names
    someone with that word last (``Nguyễn Xuân Trường … Bộ trưởng Trường nói``)."""
    if e - j != 1 or not view.mask[j] & HEAD or e >= view.n or not view.adjacent(e) or view.cap[e] \
            or not view.words[e].isalpha():
        return False
    w, text, starts = view.words[j], view.text, view.starts
    p = text.find(" " + w)
    while p >= 0:
        k = bisect_left(starts, p + 1)
        if k != j and k < view.n and starts[k] == p + 1 and view.words[k] == w and view.cap[k - 1] \
                and view.words[k - 1].isalpha() and view.adjacent(k) \
                and not (k + 1 < view.n and view.cap[k + 1] and view.adjacent(k + 1)):
            return False    # (the word ends a name: no capital after it, "Trường Sơn" goes on)
        p = text.find(" " + w, p + 1)
    return True


def _initial_name(view: TokenView, j: int) -> int:
    """End of a name written with its first name's initial, a capital and a full
    stop, then the family or last name: ``N. Enkhbayar``, ``V. Putin`` (``j`` if
    none; only after a title or honorific, which says that a name follows)."""
    w = view.words
    if not (j + 2 < view.n and len(w[j]) == 1 and w[j].isupper() and w[j + 1] == "."
            and view.starts[j + 1] == view.starts[j] + 1 and view.adjacent(j + 2)
            and len(w[j + 2]) > 1 and _name_word(view, j + 2) and not opens_clause(view, j + 2)
            and honorifics().match(view, j + 2) is None):   # (not "chị H. Chị H.": a form of address)
        return j
    e = j + 3
    while e < view.n and e - j < 5 and view.adjacent(e) and _name_word(view, e) and len(w[e]) > 1 \
            and not _not_a_name(view, e) and not opens_clause(view, e):
        e += 1
    return e


def _continues_word(view: TokenView, e: int) -> bool:
    """The syllable before ``e`` starts a word that goes on in lower case at ``e``:
    ``Bộ trưởng Kế hoạch-Đầu tư`` is no "Kế"."""
    if e >= view.n or not view.adjacent(e) or not view.words[e][:1].islower():
        return False
    head = view.words[e].split("-")[0]
    return head.isalpha() and is_word(view.words[e - 1], head)


def _dashed(view: TokenView, k: int) -> int | None:
    """Where a name goes on to a dash inside token ``k`` with no space, before a
    second name or an office (``Khương-Dương``, ``Hoa-Trưởng``): the dash's
    offset, or None."""
    if k >= view.n or not view.adjacent(k) or "-" not in view.words[k]:
        return None
    w = view.words[k]
    first, _, rest = w.partition("-")
    if not (first.isalpha() and first[:1].isupper() and first[1:].islower() and rest[:1].isupper()) \
            or _name_word(view, k):
        return None
    return view.starts[k] + len(first)


def _name_word(view: TokenView, i: int) -> bool:
    """Token ``i`` is a capitalized name word (``_NAME_WORD``): a name syllable
    (the word's bit, no regex), or ``McCain``, ``A``, ``Xanh-tơ-ni``; not two
    words joined by a dash (``Khương-Dương``: two people; ``Trang-Trưởng``:
    a name, then an office)."""
    if not view.cap[i]:
        return False
    if view.mask[i] & SYLLABLE:
        return True
    w = view.words[i]
    if _NAME_WORD.fullmatch(w) is None:
        return False
    return "-" not in w or not any(p[:1].isupper() and (fold(p) in family_names() or p.lower() in _TITLE_PIECES)
                                   for p in w.split("-")[1:])


# Title words that may follow a name after a dash with no space: "Trang-Trưởng phòng".
_TITLE_PIECES = frozenset({"trưởng", "phó", "giám", "chủ", "bí", "tổng", "thủ", "chánh", "ủy", "uỷ"})


def _name_run(view: TokenView, i: int, limit: int = 4) -> int:
    """End of the name after an honorific at ``i``."""
    n, mask, brk, cap = view.n, view.mask, view.brk, view.cap
    if not 0 < i < n or brk[i]:
        return i        # (not adjacent to the honorific)
    if "." in view.words[i] and _INITIALS.fullmatch(view.words[i]):
        return i + 1
    if _not_a_name(view, i):
        return i
    e = _initial_name(view, i)
    if e > i:
        return e        # "ông N. Enkhbayar"
    j = i
    while j < n and j - i < limit and _name_word(view, j) and (j == i or not brk[j]):
        if j > i and ((mask[j] & TITLE and position_titles().match(view, j) is not None)
                      or (mask[j] & HEAD and org_heads().match(view, j) is not None
                          and not _head_in_name(view, i, j))
                      or (view.low[j] in _TITLE_MODS and position_titles().match(view, j + 1) is not None)
                      or opens_clause(view, j)):
            if j - i >= 2 and view.words[j - 1] in _MIDDLE_ONLY and mask[j] & HEAD and not opens_clause(view, j) \
                    and not (j + 1 < n and view.adjacent(j + 1) and cap[j + 1]):
                j += 1      # "ông Nguyễn Văn Đoàn, Chủ tịch xã": no name ends with "Văn", the head word is the given name
            elif j - i >= 2 and mask[j] & TITLE and view.words[j].istitle() and (j + 1 >= n or view.words[j + 1] in _CLOSERS) \
                    and (t := position_titles().match(view, j)) is not None and t[0] == j + 1 and not t[1].bare:
                j += 1      # "ông Nguyễn Hữu Trưởng, chuyên viên …": a title that names no office alone, then
                            # punctuation, is the given name
            break
        j += 1
    return j


def _caps_name(view: TokenView, j: int) -> int:
    """End of a full name written in capitals after an honorific at ``j``, a
    family name and one to three more syllables (``Đồng chí VÕ VĂN KIỆT``, an
    interview's heading), else ``j``; not an acronym (``ông UBND``)."""
    if j >= view.n or not view.adjacent(j) or not _caps_syllable(view.words[j]) \
            or fold(view.words[j].capitalize()) not in family_names():
        return j
    e = j + 1
    while e < view.n and e - j < 4 and view.adjacent(e) and _caps_syllable(view.words[e]):
        e += 1
    return e if e - j >= 2 else j


def _head_in_name(view: TokenView, i: int, j: int) -> bool:
    """The body's head word at ``j`` goes on the name begun by the family name
    alone at ``i``: ``ông Hà Ban, Phó bí thư …``, ``ông Lê Bộ Lĩnh``; not when
    the capitalized words after it run on in lower case (``ông Lê Sở Tư pháp``)."""
    if j != i + 1 or fold(view.words[i]) not in family_names():
        return False
    e = j + 1
    if e < view.n and view.adjacent(e) and _name_word(view, e) and not _not_a_name(view, e):
        e += 1
    return not _continues_word(view, e) and not (e < view.n and view.adjacent(e) and view.cap[e])


def _known_place(view: TokenView, i: int, j: int) -> bool:
    """Tokens ``i..j`` are exactly a gazetteer place: ``Thái Bình``, ``Hà Đông``."""
    if i >= view.n or not view.mask[i] & (PLACE | REGION):
        return False    # no place starts here
    return places().spans(view, i, j) or regions().spans(view, i, j)


# Forms of address that stand before a person only: "ông Vinh", "bà Nga" name
# people, though Vinh and Nga are also a city and a country (not "em", "mẹ":
# "các em Hà Nội", "bà mẹ Việt Nam anh hùng"; not "đồng chí": "các đồng chí Cà Mau").
def _addressed_place_word(view: TokenView, h: int, j: int, k: int) -> bool:
    """The one Vietnamese syllable ``j..k`` that is also a place follows a form of
    address or a degree at ``h`` (``ông Vinh``, ``bà Nga``, ``PGS.TS Nga``): a
    given name used alone, as the guideline's short name ``ông Hải``."""
    if k - j != 1 or j != h + 1 or j >= view.n or not is_vietnamese_syllable(view.words[j]):
        return False
    w = view.words[h]
    return view.low[h] in KIN or ("." in w and w[:1].isupper()) or (len(w) > 1 and w.isupper())


def _place_start(view: TokenView, i: int, j: int) -> bool:
    """A place spans tokens ``i..j`` or, with two words or more, starts them
    (``Thái Nguyên Nhân``); a one-word country before a given name is a name
    (``Nhật Huy``, ``Đức Dũng``, ``Mỹ Hạnh``)."""
    if i >= view.n or not view.mask[i] & (PLACE | REGION):
        return False
    p = (places().match(view, i) if view.mask[i] & PLACE else None) or regions().match(view, i)
    return p is not None and (p[0] >= j or p[0] - i >= 2)


def _name_past_place(view: TokenView, i: int, e: int, j: int) -> bool:
    """The full name ``i..j`` goes one plain syllable past the place ``i..e`` that
    its first words spell: ``Vũ Quang Minh`` (not the district Vũ Quang, then "Minh"),
    ``Hoàng Mai Anh``; not a province's (``Thái Nguyên Nhân``, a dateline and a
    byline), nor after a unit word (``huyện Vũ Quang``), nor when the
    syllable opens a name, place, title or body (``Hà Nội Nguyễn …``, ``Hà Tĩnh Nam …``)."""
    return (j - e == 1 and not view.mask[e] & (FAMILY | HONORIFIC | TITLE | HEAD | UNIT)
            and view.low[e] not in FUNCTION_WORDS and places().match(view, e) is None
            and regions().match(view, e) is None and not _after_unit_word(view, i)
            and " ".join(view.words[i:e]) not in province_names())   # ("Thái Nguyên Nhân": a dateline)


def _in_place(view: TokenView, i: int) -> bool:
    """Token ``i`` is inside a gazetteer place that starts one to three tokens
    before it: ``Hai Bà Trưng`` (the honorific-like word is a name's)."""
    for k in range(max(0, i - 3), i):
        if view.mask[k] & PLACE and (p := places().match(view, k)) is not None and p[0] > i:
            return True
    return False


def _after_title(view: TokenView, i: int) -> bool:
    """An office title ends right before token ``i``: ``Chủ tịch Hồ Chí Minh``;
    not a deputy's (``đại biểu Hà Nội``, ``ĐB Cao Bằng``: the place elected them)."""
    titles = position_titles()
    return any(titles.spans(view, k, i) and view.low[k] not in DEPUTY for k in range(max(0, i - 3), i))


def _inside_longer_name(view: TokenView, i: int) -> bool:
    """The family name at ``i`` continues a name begun by one capitalized
    syllable before it, itself after a lower-case word or number:
    ``… 15 An Dương Vương``; not after an honorific, a title, a function word,
    a known place (``ở Huế Nguyễn Văn A``) or at a sentence start."""
    p = i - 1
    if p < 1 or not view.adjacent(i) or not view.adjacent(p) or person_shape(view, i) - i >= 3:
        return False    # a full three-syllable name stands on its own
    w = view.words[p]
    if not (view.cap[p] and w.isalpha() and w[1:].islower()) or view.cap[p - 1] or not view.words[p - 1][-1:].isalnum():
        return False
    if (view.exact[p] in family_names() or view.low[p] in FUNCTION_WORDS
            or honorifics().match(view, p) is not None or position_titles().match(view, p) is not None
            or places().spans(view, p, i) or regions().spans(view, p, i)):
        return False
    return True


def _after_unit_word(view: TokenView, i: int) -> bool:
    """A unit word in lower case ends right before token ``i`` (``xã``, ``phố``,
    ``thị trấn``), itself after no body or title: the capitalized words after it
    name the unit (not "Chủ tịch UBND xã Lê Văn Tám": the body's unit, then its
    chairman's name)."""
    for s in (i - 1, i - 2):
        if s >= 0 and not view.cap[s] and view.mask[s] & UNIT and view.joined(s, i):
            u = unit_at(view, s)
            if u is not None and u[0] == i:
                return not (s > 0 and view.mask[s - 1] & (HEAD | TITLE))
    return False


# Bodies often named after a person, their head word in either case: a full name
# right after one is the body's name, not a person ("Trường Lê Quý Đôn", "bệnh
# viện Từ Dũ", "Công ty Kim Toàn"; the guideline: a name inside an organization's
# name is part of it).
_NAMED_AFTER = frozenset({"trường", "bệnh viện", "bv", "công ty", "cty", "doanh nghiệp", "dntn",
                          "cửa hàng", "nhà thuốc", "phòng khám", "khách sạn", "nhà hàng", "nhà sách",
                          "xí nghiệp", "hợp tác xã", "htx"})


_NAMED_AFTER_LAST = frozenset(h.rsplit(" ", 1)[-1] for h in _NAMED_AFTER)     # (asked first: "viện", "ty" …)


def _names_a_place_of_work(view: TokenView, i: int) -> bool:
    """The full name at ``i`` follows a head word of ``_NAMED_AFTER`` that starts
    no longer word (not "thị trường") and is no office's body (not "Giám đốc
    Bệnh viện Nguyễn Văn A": the director's name after the office)."""
    if i < 1 or view.low[i - 1] not in _NAMED_AFTER_LAST:
        return False
    for s in (i - 1, i - 2, i - 3):
        if s < 0 or not view.joined(s, i + 1) or " ".join(view.low[s:i]) not in _NAMED_AFTER:
            continue
        if s > 0 and view.adjacent(s) and is_word(view.low[s - 1], view.low[s]):
            return False    # "thị trường", "môi trường"
        return not _after_title(view, s)
    return False


# A house number: "45", "19C", "524/1/2", "22-24-26".
_HOUSE_NUMBER = regex.compile(r"\d+\p{Lu}?(?:[/-]\d+\p{Lu}?)*")
# Words that make the number after them a date, an age, a class or a term, not
# a house number: "năm 2014 Tư làm giám đốc", "lớp 12 Nguyễn Văn A", "sáng 20/11".
_NUMBER_NOUNS = frozenset({"năm", "tháng", "ngày", "quý", "quí", "lớp", "khóa", "khoá", "kỳ", "lần", "đợt", "tuổi",
                           "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "giờ", "h", "thứ", "hạng", "top"})


def _after_house_number(view: TokenView, i: int) -> bool:
    """The name at ``i`` follows a house number, so it is a street named after a
    person (``số 524/1/2 Nguyễn Đình Chiểu``, ``(43 Trần Duy Hưng, Hà Nội)``,
    ``c/c 727 Trần Hưng Đạo``), not one that ends an office's body (``Đội
    trưởng Đội CSGT số 6 Trần Văn Hùng``): the number stands apart, after a lower-case
    word or a mark, not glued to a word (``Trung ương23 Ngô Văn Dụ``, a list),
    after a capitalized one (``Quận 12 Võ Văn Thưởng``, ``PMU 18 Bùi Tiến Dũng``)
    or a date word (``năm 2014``), nor opening a line (a numbered list)."""
    p = i - 1
    if p < 1 or not view.adjacent(i) or not view.adjacent(p) or not view.words[p][:1].isdigit() \
            or not _HOUSE_NUMBER.fullmatch(view.words[p]):
        return False
    if i in view.memo.get("position_ends", {}).values():
        return False    # the number ends an office's body: "Đội trưởng Đội CSGT số 6 Trần Văn Hùng"
    q = p - 1
    w = view.words[q]
    if w.isalnum() and view.starts[p] == view.starts[q] + len(w):
        return False    # glued to the word before: a list's number run on
    return not (view.cap[q] and w.isalnum()) and view.low[q] not in _NUMBER_NOUNS


def view_index(view: TokenView, start: int) -> int | None:
    """The token starting at character ``start``, if any."""
    k = bisect_left(view.starts, start)
    return k if k < view.n and view.starts[k] == start else None


# Words that end with a form of address and are no form of address before a
# name: "trẻ em" (children), "công bố" (announce), "anh em", "ông bà", "bố mẹ";
# "Thủ tướng" (the Prime Minister's title, not "tướng" a general: the title rule
# reads the name after it, and no name in "đến Thủ tướng Sau cuộc họp, …").
_ENDS_A_WORD = frozenset({("thủ", "tướng"),
                          ("trẻ", "em"), ("anh", "em"), ("chị", "em"), ("công", "bố"), ("tuyên", "bố"), ("ông", "bà"),
                          ("bố", "mẹ"), ("cha", "mẹ"), ("ông", "cha"), ("con", "cháu"), ("thầy", "cô"),
                          ("cô", "chú"), ("cô", "bác"), ("chú", "bác"), ("bà", "cháu"), ("ông", "cháu")})


@cache
def _not_initials() -> frozenset[str]:
    """Dotted abbreviations that are no one's initials: the dotted entries of
    byline_stops.txt, "P.V" (phóng viên, a reporter), "U.B.N.D" (a body spelt with dots)."""
    return frozenset(w for w in lines("byline_stops.txt") if "." in w)


# A web address in a credit: "Ảnh: Chinhphu.vn".
_WEB = regex.compile(r"\p{Ll}\.(?:vn|com|net|org)\b", regex.IGNORECASE)
# First words of a credit or byline that are no names: "Theo Thanh Niên", "Nguồn: …".
_NOT_CREDITED = frozenset({"Theo", "Nguồn", "Cổng", "Báo", "Tin", "Bài", "Ảnh", "Clip", "Video", "Internet",
                           "Nhóm"})    # "Bài và ảnh: Nhóm PV Báo QĐND": a group of reporters
# Credits that name where a photo comes from, no one: "Ảnh: Tư liệu", "Ảnh: TƯ LIỆU" (archives).
_NOT_CREDITED_NAMES = frozenset({"tư liệu"})


def _caps_syllable(w: str) -> bool:
    """``w`` is one Vietnamese syllable written in capitals (``HẢI``, ``NGUYỄN``;
    not an acronym: ``VGP``, ``TTXVN``, ``CTV``)."""
    return len(w) > 1 and w.isupper() and is_vietnamese_syllable(w)


def _credited_name(view: TokenView, m) -> tuple[int | None, int]:
    """The name of a credit or byline match, at most two syllables unless it
    starts with a family name (``Trọng Tùng`` in ``Ảnh: Trọng Tùng Văn bản…``)."""
    a, b = m.span(_NAME)
    name = m.group(_NAME)
    words = name.split(" ")
    i = view_index(view, a)
    caps = 0
    while caps < len(words) and _caps_syllable(words[caps]):
        caps += 1
    if 2 <= caps < len(words):
        # a name in capitals, then the next sentence: "Ảnh: HẢI NGUYỄN Tới 2020 …"
        words = words[:caps]
        b = a + len(" ".join(words))
        name = " ".join(words)
    if i is None or words[0] in _NOT_CREDITED or name.lower() in _NOT_CREDITED_NAMES or _WEB.search(name) or (
            words[0].isupper() and len(words[0]) > 1 and not all(w.isupper() for w in words[1:] or [""])
            and not (len(words[0]) == 2 and words[0][1] == ".")):   # (not "T. Dũng": an initial)
        return None, b      # "Ảnh: VGP", "Ảnh: CTV Dự", "Theo Thanh Niên": not a person
    if words[0] and fold(words[0]) not in family_names() and len(words) > 2:
        words = words[:2]
        b = a + len(" ".join(words))
    pos = a + len(words[0]) + 1
    for k in range(1, len(words)):
        t = view_index(view, pos)
        if t is not None and opens_clause(view, t):
            words = words[:k]       # "Ảnh: H.Dịu Theo quy định …": the next sentence
            b = a + len(" ".join(words))
            break
        pos += len(words[k]) + 1
    e = view_index(view, a + len(" ".join(words[:-1])) + 1) if len(words) > 1 else i
    if e is not None and _continues_word(view, e + 1):
        return None, b      # "Ảnh: Internet Cụ thể, …", "Video: Kết quả điều tra …": a new sentence runs on
    last = words[-1]
    if last.endswith(".") and last[-2:-1].islower():
        b -= 1      # "Ảnh: Anh Trọng. Thí điểm …": the sentence's full stop (not "T.L.")
    return a, b


def start_bits(w: str, key: str, exact: str, low: str, cap: bool, mask: int) -> int:
    """The name rules' start bits (:data:`.locations.NAME_START` …) for a hot
    token of the word ``w`` (key, exact, low, cap and mask as :class:`TokenView`
    lists them); kept per word in ``TokenView.opens`` (see :mod:`.lexicon`)."""
    bits = 0
    if mask & HONORIFIC_ALONE or (cap and (mask & (FAMILY | TITLE_ALONE) or low in _TITLE_MODS or "." in w)):
        bits |= NAME_START
    if mask & HONORIFIC:
        bits |= NAME_HONORIFIC
    if cap and mask & TITLE:
        bits |= NAME_TITLE
    return bits


def _starts(view: TokenView) -> list[int]:
    """The hot tokens where a name rule may start: an honorific; capitalized,
    an office title or a modifier before one, a family name, initials (a dot).
    Found by the start pass of the other rules, from ``view.opens`` (see
    :func:`start_bits`) and the next word for a word that opens an honorific
    or a title with it."""
    return candidate_starts(view)[3]


def find(doc: Doc, view: TokenView) -> list[Span]:
    out: list[Span] = []
    taken = set()   # token starts already named

    def add(i: int, j: int, rule: str, score: float) -> None:
        a, b = view.char_span(i, j)
        out.append(doc.span(a, b, "PERSON", f"rule:person-{rule}", score))
        taken.add(i)

    mask, cap, low, words, n = view.mask, view.cap, view.low, view.words, view.n
    office_ends = set(view.memo.get("position_ends", {}).values())
    nxt = 0
    for i in _starts(view):
        if i < nxt:
            continue
        m = mask[i]
        # (may_start(mask, i, HONORIFIC), written out: the loop's most frequent question)
        if m & HONORIFIC_ALONE or (m & HONORIFIC and i + 1 < n and mask[i + 1] & HONORIFIC_SECOND):
            h = honorifics().match(view, i)
            if h is not None and h[0] == i + 1 and not cap[i] and i > 0 and view.adjacent(i) \
                    and (view.low[i - 1], low[i]) in _ENDS_A_WORD:
                h = None    # "trẻ em Ảnh minh họa", "công bố Lệnh": the kinship word ends a word
            if h is not None and cap[i] and i > 0 and cap[i - 1] and view.adjacent(i) and _in_place(view, i):
                h = None    # "quận Hai Bà Trưng Lê Hoàng Đức": "Bà" inside a place's name, no honorific
            if h is not None and place_at(view, i) is None:
                j = h[0]
                # (an Ê Đê or M'nông name may have five words: "Y Thanh Hà Niê Kđăm", "H'Năm Niê Kdăm")
                k = _name_run(view, j, 5 if j < n and (words[j] == "Y" or "'" in words[j]) else 4)
                if k > j:
                    k = _middle_initial(view, j, k)
                if k == j:
                    k = _caps_name(view, j)     # "Đồng chí VÕ VĂN KIỆT": a name written in capitals
                if k == j and _addressed_place_word(view, i, j, j + 1) and _known_place(view, j, j + 1) \
                        and not (j + 1 < n and view.adjacent(j + 1) and cap[j + 1]):
                    k = j + 1   # "bà Nga", "ông Đức": a country's name, here a given name
                if k - j >= 3 and mask[j] & (PLACE | REGION):
                    # "đại biểu Quảng Nam Phan Thanh Bình": the deputy's province, then the name
                    p = (places().match(view, j) if mask[j] & PLACE else None) or regions().match(view, j)
                    if p is not None and p[0] - j >= 2 and p[0] < k and mask[p[0]] & FAMILY:
                        j = p[0]
                        k = _name_run(view, j)
                if k > j and (not _known_place(view, j, k) or _addressed_place_word(view, i, j, k)) \
                        and not _continues_word(view, k):
                    d = _dashed(view, k)
                    if d is None:
                        add(j, k, "honorific", 0.95)
                    else:
                        # "ông Lê Văn Khương-Dương Thị Thúy", "bà Hoa-Trưởng phòng": the
                        # name goes on to the dash; a second name may start after it
                        out.append(doc.span(view.starts[j], d, "PERSON", "rule:person-honorific", 0.95))
                        taken.add(j)
                        e = syllable_run(view, k + 1, 3)
                        if fold(words[k][d - view.starts[k] + 1:]) in family_names() and e - k >= 2:
                            out.append(doc.span(d + 1, view.char_span(k + 1, e)[1], "PERSON",
                                                "rule:person-full-name", 0.85))
                    nxt = k
                    continue
        # (the test _titled_name starts with, asked here first)
        if cap[i] and (low[i] in _TITLE_MODS or m & TITLE_ALONE
                       or (m & TITLE and i + 1 < n and mask[i + 1] & TITLE_SECOND)):
            t = _titled_name(view, i)
            if t is not None and person_shape(view, t[0]) <= t[0] and not _known_place(view, *t) \
                    and not _names_a_body(view, *t):
                add(t[0], t[1], "title", 0.8)
                nxt = t[1]
                continue
        if "." in words[i] and _INITIALS.fullmatch(words[i]) and org_codes().match(view, i) is None \
                and words[i] not in _not_initials():
            add(i, i + 1, "initials", 0.8)
            continue
        if not m & FAMILY:
            continue    # no full name starts here (see person_shape)
        j = person_shape(view, i)
        if j == i:
            continue
        if m & HONORIFIC and cap[i] and (h := honorifics().match(view, i)) is not None and h[0] - i >= 2 \
                and words[h[0] - 1].islower():
            nxt = h[0]    # "Hoàng Thái hậu, Quốc vương …": a royal title alone, no name (Hoàng, Thái)
            continue
        p = (places().match(view, i) if m & PLACE else None) or (regions().match(view, i) if m & REGION else None)
        if p is not None and p[0] < j and not _name_past_place(view, i, p[0], j):
            nxt = p[0]    # "Hà Nội Nguyễn Đức Chung", "Hà Nội Trong …": a place, then something else
            continue
        if i > 0 and cap[i - 1] and view.adjacent(i) and person_shape(view, i + 1) - (i + 1) >= 3:
            continue      # "tỉnh Quảng Ninh Đặng Huy Hậu": Ninh ends the place, Đặng starts the name
        if _inside_longer_name(view, i):
            nxt = j       # "ngõ 15 An Dương Vương", "trạm Kinh Dương Vương": a street named after a king
            continue
        if _after_house_number(view, i):
            nxt = j       # "số 524/1/2 Nguyễn Đình Chiểu, quận 3": a street named after a person
            continue
        if j - i == 2 and _after_unit_word(view, i):
            nxt = j       # "xã Thái Mí", "đường phố Quan Nhân": two syllables after a unit word name the place
            continue
        # stop before an office or body written after the name
        k = i + 1
        while k < j and not ((mask[k] & TITLE and position_titles().match(view, k) is not None)
                             or (mask[k] & HEAD and org_heads().match(view, k) is not None)
                             or (low[k] in _TITLE_MODS and position_titles().match(view, k + 1) is not None)):
            k += 1      # (nor "Phó Thủ tướng": a modifier before a title)
        if k - i == 2 and k < j and words[k - 1] in _MIDDLE_ONLY and mask[k] & HEAD \
                and not (k + 1 < n and view.adjacent(k + 1) and cap[k + 1]):
            k += 1      # "Nguyễn Văn Đoàn, Chủ tịch xã": no name ends with "Văn", the head word is the given name
        if k == i + 1 and j - i == 3 and mask[k] & HEAD and not (mask[k] & TITLE and position_titles().match(view, k))\
                and _head_in_name(view, i, k):
            k = j       # "Vũ Quỹ Trị", "Lê Bộ Lĩnh": a head word as the middle name, the last syllable
                        # no body's ("Lê Bộ Công an", "Trần Sở Tư pháp" go on in lower case; "Bộ" may
                        # start a title, "Bộ trưởng", which then follows)
        if k - i >= 3 and low[k - 1] in _TITLE_MODS and _continues_word(view, k):
            k -= 1      # "Ảnh Hồ Phương Tổng số doanh nghiệp …": "Tổng số" opens the next sentence
        if k - i == 2 and view.words[i] in _CAN and view.words[i + 1] in _CHI:
            nxt = k           # "Tết Đinh Dậu": a year of the sexagenary cycle
            continue
        if k - i >= 2 and _names_a_place_of_work(view, i):
            nxt = k         # "Trường Lê Quý Đôn", "bệnh viện Từ Dũ": a body named after someone
            continue
        if k - i >= 3 and "Ảnh" in view.text[max(0, view.starts[i] - 24):view.starts[i]] \
                and _CREDIT_BEFORE.search(view.text, max(0, view.starts[i] - 24), view.starts[i]) \
                and (_continues_word(view, k) or opens_clause(view, k - 1)):
            k -= 1      # "Ảnh: VGP/Lê Sơn Hoàn thành …": a photo's credit, its full stop left out
        if k - i >= 2 and (not _known_place(view, i, k) or _after_title(view, i)):
            # (right after a whole office, the holder's name outranks a street's:
            # "Đội trưởng Đội CSGT số 6 Trần Văn Hùng")
            add(i, k, "full-name", 0.95 if i in office_ends and not _known_place(view, i, k) else 0.85)
            # go on inside the run: "Hiệu trưởng Trường THPT Chu Văn An Nguyễn Thị Lan"
            # also proposes "Nguyễn Thị Lan"; the overlap policy picks
    for i in office_ends:
        if i + 2 < n and words[i + 1] in _MIDDLE_ONLY and i not in taken and not mask[i] & FAMILY:
            k = _rare_family_name(view, i)
            if k > i:
                add(i, k, "full-name", 0.9)
    text = doc.text
    credits = any(w in text for w in _CREDIT_WORDS)
    for rx, rule, score in ((_CREDIT, "credit", 0.85), (_BYLINE, "byline", 0.75)):
        if rx is _CREDIT and not credits:
            continue
        for m in rx.finditer(text):
            a, b = _credited_name(view, m)
            if a is None:
                continue
            i = view_index(view, a)
            if i is None:
                continue
            if i not in taken:
                if _place_start(view, i, bisect_left(view.starts, b)) or _not_a_name(view, i, False):
                    continue    # (a place, not a name that starts like a country: "Ảnh: Nhật Huy", "Đức Hoàng")
                if rx is _CREDIT and ":" not in text[m.start():a] and honorifics().match(view, i) is not None:
                    continue    # "Ảnh Bác Hồ …": without the colon, a photo of someone, not its credit
                out.append(doc.span(a, b, "PERSON", f"rule:person-{rule}", score))
                taken.add(i)
            elif rx is not _BYLINE or m.group(_NAME3) is None:
                continue    # (the first name found as a full name: the co-authors of three still count)
            for g in ((_NAME3, _NAME2) if rx is _BYLINE else ()):
                if m.group(g) is None:
                    continue
                # the co-authors, unless the dash gives the paper: "Hoàng Hưng - Thanh Niên"
                a, b = m.span(g)
                i = view_index(view, a)
                if i is not None and i not in taken and not _place_start(view, i, bisect_left(view.starts, b)) \
                        and not _not_a_name(view, i, False):
                    out.append(doc.span(a, b, "PERSON", f"rule:person-{rule}", score))
                    taken.add(i)
    for a, b in _source_bylines(text):
        i = view_index(view, a)
        if i is None or i in taken or _place_start(view, i, bisect_left(view.starts, b)) \
                or _not_a_name(view, i, False) or org_names().match(view, i) is not None:
            continue    # (a paper or place: "Theo Thanh Niên (TNO)")
        out.append(doc.span(a, b, "PERSON", "rule:person-byline", 0.75))
        taken.add(i)
    inverted = _inverted_titles()
    for i, j in view.memo.get("position_ends", {}).items():
        h = i - 1
        if h >= 0 and words[h] in inverted and " ".join(words[i:j]) in inverted[words[h]] and h not in taken \
                and view.adjacent(i) and not (h > 0 and cap[h - 1] and view.adjacent(h)):
            add(h, i, "inverted", 0.9)   # "Di chúc của Hồ Chủ tịch": the family name alone before its title
    out.extend(_caps_bylines(doc, view))
    out.extend(_byline_initials(doc))
    out.extend(_byline_names(doc))
    return out


@cache
def _inverted_titles() -> dict[str, frozenset[str]]:
    """The titles of the leaders named by the family name before them, by family name
    (``Hồ`` -> ``Chủ tịch``: inverted_titles.tsv)."""
    out: dict[str, set[str]] = {}
    for r in data_rows("inverted_titles.tsv"):
        out.setdefault(r[0], set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


def _rare_family_name(view: TokenView, i: int) -> int:
    """End of a full name right after an office at ``i`` whose family name is outside the
    common list, known by the middle name after it (``Văn``, ``Thị``, which never start a
    given name): ``Phó Chủ tịch UBND tỉnh Đồng Nai Ao Văn Thinh``, ``… huyện Vân Canh Mang Văn
    Thới``; ``i`` if none (two or three syllables after the middle name at most, no office or
    body among them)."""
    if not (view.mask[i] & SYLLABLE and view.adjacent(i) and view.joined(i, i + 3) and view.mask[i + 2] & SYLLABLE):
        return i
    if _not_a_name(view, i) or opens_clause(view, i):
        return i
    k = i + 3
    if k < view.n and view.adjacent(k) and view.mask[k] & SYLLABLE and not _not_a_name(view, k) \
            and not opens_clause(view, k):
        k += 1
    return i if _continues_word(view, k) or _not_a_name(view, i + 2) else k


def _opens_line(text: str, k: int) -> bool:
    """Offset ``k`` starts a line, or the sentence after the last one on it."""
    before = text[:k].rstrip(" \t")
    return not before or before[-1] in '\n.!?…”"'


def _source_bylines(text: str) -> list[tuple[int, int]]:
    """The writer's name of each byline that names its source and ends a line:
    ``Theo Tất Định (Dân Việt)``, ``Theo Thu Lê baodautu.vn``, an interview's
    ``Việt Anh thực hiện`` (each found from its literal word, then checked)."""
    out = []
    if "Theo " in text:
        for m in _THEO_BYLINE.finditer(text):
            if _opens_line(text, m.start()):
                out.append(m.span("name"))
    k = text.find(_DONE)
    while k > 0:
        e = k + len(_DONE)
        nl = text.find("\n", e)
        if not text[e:nl if nl >= 0 else len(text)].strip(" \t."):
            line = max(text.rfind("\n", 0, k) + 1, k - 40)    # (a name is short)
            for m in _DONE_BY.finditer(text, line, k):
                if m.end() == k and _opens_line(text, m.start()):
                    out.append(m.span("name"))
        k = text.find(_DONE, e)
    return out


# A reporter's initials and given name inside the byline structure found ("N.Triều - P.Ngọc",
# "P.Dương – N.Hằng"): there "P." and "H." are initials, not "phường" or "huyện".
_BYLINE_INITIALS = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.[ ]?){1,3}\p{Lu}\p{Ll}+(?![\p{L}.])")


# A reporter's name in the byline zone: two to four capitalized syllables, or two to four in
# capitals ("Hà Giang", "Thái Nguyên Nhân", "HẢI CHÂU"), each of co-authors joined by a dash.
_BYLINE_NAME = regex.compile(
    r"(?<![\p{L}.])(?:\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,3}|\p{Lu}+(?:[ ]\p{Lu}+){1,3})(?![\p{L}.])")


def _byline_names(doc: Doc) -> list[Span]:
    """The names of the article's byline zone (structure.py), each a PERSON: at the byline a
    pen-name that is also a place ("Hà Giang", "Thái Bình") names the reporter.  Scored above
    a place of the same words, which the overlap policy would otherwise keep."""
    out = []
    for z in doc.zones:
        if z.label == "byline":
            for m in _BYLINE_NAME.finditer(doc.text, z.start, z.end):
                if m.group()[:2].isupper() and not all(_caps_syllable(w) for w in m.group().split(" ")):
                    continue    # "PV PV": acronyms in capitals, no syllables of a name
                out.append(doc.span(m.start(), m.end(), "PERSON", "rule:person-byline", 0.95))
    return out


def _byline_initials(doc: Doc) -> list[Span]:
    """The initials names of the article's byline zone (structure.py), each a PERSON."""
    out = []
    for z in doc.zones:
        if z.label == "byline" and "." in z.text:
            for m in _BYLINE_INITIALS.finditer(doc.text, z.start, z.end):
                out.append(doc.span(m.start(), m.end(), "PERSON", "rule:person-byline", 0.8))
    return out


# Punctuation that closes a name.
_CLOSERS = frozenset({",", ".", ";", ":", ")", "!", "?"})
# Given names never used alone as a name: middle names, and "Anh", which alone
# is Britain or the pronoun.
_NO_ALIAS = _MIDDLE_ONLY | {"Anh"}
# Punctuation after which a capitalized word may just open a sentence.
_CLAUSE_ENDS = frozenset('.!?:;…"“”-–—(')


def aliases(doc: Doc, view: TokenView, kept: list[Span]) -> list[Span]:
    """A person named again after the full name, without the honorific or title
    that found it (the guideline's short name): a Vietnamese name by its given
    name alone (``Lương Thế Dân … Dân cho biết``); a foreign one by its last
    word, the family name (``Đại sứ Konstantin Vnukov … Vnukov nói``); a name
    with no family name first, of the Central Highlands or from abroad, by
    the whole name again (``đại biểu Y Víp … Y Víp được cử``).  Only where no
    capitalized word stands next to it, in the gaps between ``kept``, not a
    place and not the start of a longer word (``Dân số``)."""
    first_seen: dict[str, int] = {}
    foreign: set[str] = set()   # a foreign family name, which may open a sentence too
    for sp in kept:
        if sp.label == "PERSON" and sp.source in ("rule:person-full-name", "rule:person-honorific",
                                                  "rule:person-title"):
            words = sp.text.split()
            if len(words) < 2 or words[-1] in _NO_ALIAS:
                continue
            if fold(words[0]) in family_names():
                first_seen.setdefault(words[-1], sp.end)
                continue
            if sp.source == "rule:person-full-name" or not all(_NAME_WORD.fullmatch(w) for w in words):
                continue
            first_seen.setdefault(sp.text, sp.end)     # "Y Víp", "Konstantin Vnukov"
            if not is_vietnamese_syllable(words[-1]) and "-" not in words[-1]:
                first_seen.setdefault(words[-1], sp.end)    # "Vnukov" (not "Moon Jae-in"'s "Jae-in")
                foreign.add(words[-1])
    if not first_seen:
        return []
    out = []
    # only the tokens that are one of the names, after its full name:
    # found in the text (str.find), then checked to be whole tokens
    text, starts, ends, words, n = view.text, view.starts, view.ends, view.words, view.n
    found = []
    for name, after in first_seen.items():
        head, size = name.split(" ", 1)[0], name.count(" ") + 1
        p = text.find(name, after)
        while p >= 0:
            k = bisect_left(starts, p)
            if k < n and starts[k] == p and words[k] == head and k + size <= n \
                    and ends[k + size - 1] == p + len(name):
                found.append((k, k + size))
            p = text.find(name, p + 1)
    for i, j in sorted(found):
        if (i > 0 and view.adjacent(i) and view.cap[i - 1]) or \
                (j < view.n and view.adjacent(j) and view.cap[j]):
            continue
        if _continues_word(view, j) or _known_place(view, i, j) or _not_a_name(view, i):
            continue
        if (i == 0 or not view.adjacent(i) or view.words[i - 1] in _CLAUSE_ENDS or view.low[i] in FUNCTION_WORDS) \
                and j - i == 1 and view.words[i] not in foreign:
            continue    # "Nhưng …", "Anh …" opening a sentence are words, not the name ("Kerry …" is)
        a, b = starts[i], ends[j - 1]
        if overlaps_any(kept, a, b) or (out and out[-1].end > a):
            continue
        out.append(doc.span(a, b, "PERSON", "rule:person-alias", 0.6))
    return out
