"""POSITION: an office title, written out with the body it belongs to.

Grammar (token level):

    POSITION := MOD* TITLE QUAL? (ORG | CLASS | UNIT)?
    MOD      := Phó | Quyền | Tổng                      Phó Chủ tịch, Phó Tổng Giám đốc
    TITLE    := Chủ tịch | Bí thư | Trưởng | Giám đốc … (position_titles.tsv)
    QUAL     := Thường trực | thứ nhất                   Phó Bí thư Thường trực Quận ủy
    ORG      := an organization (organizations.org_at)  Trưởng Ban Dân vận Thành ủy
    CLASS    := các ORG-head | ORG-head các UNIT (, UNIT)*   Giám đốc các Sở,
                                                        Chủ tịch UBND các quận, huyện
    UNIT     := quận | huyện | thành phố …               Phó chủ tịch quận

A title with nothing after it is a POSITION only when it is capitalized and
names one office on its own (``Thủ tướng``, ``Chánh văn phòng``; column
``bare`` of position_titles.tsv), or, for the national offices marked ``any``
there, in lower case too (``cách chức bộ trưởng``, ``17 thứ trưởng``).  ``cựu``/``nguyên`` stay outside the span.
Each POSITION records the organization inside it as ``attrs["organization"]``.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..doc import Doc
from ..span import Span
from ..structure import is_vietnamese_syllable
from .lexicon import (FAMILY, FIELD, HEAD, HONORIFIC, PLACE, SYLLABLE, TITLE, UNIT, Head, TokenView, honorifics, is_word,
                      lfold, may_start, org_fields, place_units, places, position_boards, position_titles, province_names,
                      regions)
from .locations import MODIFIERS, _name_after, candidate_starts, place_at, site_at, unit_at
from .names import _MIDDLE_ONLY, DEPUTY, FUNCTION_WORDS, is_proper, is_syllable, named_place, person_shape, scan
from .organizations import CLASS, TERM, TERM_NUMBER, _plain, complete, head_at, org_at

_MODS = MODIFIERS
# Titles that end with the head noun of their body: "Trưởng phòng Tài chính",
# "Trưởng ban Tuyên giáo", "Trưởng đoàn Thanh tra".
# "Trưởng trạm Y tế xã": a station's head; "Phó Ty Lâm nghiệp tỉnh": a province's service before 1976.
_HEAD_IN_TITLE = {"phòng", "ban", "đoàn", "khoa", "trạm", "ty"}
# Titles followed by the field of their body without its head noun:
# "Bộ trưởng Tài chính", "Thứ trưởng Y tế", "Cục trưởng Hải quan".
_IMPLIED_HEAD = {"bộ trưởng": "Bộ", "thứ trưởng": "Bộ", "cục trưởng": "Cục", "vụ trưởng": "Vụ",
                 "viện trưởng": "Viện"}
# The bodies a "đại biểu" is elected to: "đại biểu Quốc hội", "đại biểu HĐND TP"
# (not "đại biểu Đảng", a delegate of the Party at a meeting).
_ELECTED = {"Quốc hội", "QH", "HĐND", "Hội đồng nhân dân"}
# The first words of the elected bodies known by name: "Quốc hội", "QH" (not
# "đoàn đại biểu TP Hà Nội", a city's delegation).
_ELECTED_KEYS = {lfold("quốc"), "qh", lfold("hđnd")}
_QUALS = (("thường", "trực"), ("thứ", "nhất"))
# Small numbers written in words: "HĐND ba cấp".
_FEW = {"hai", "ba", "bốn"}
# Bodies that belong to another one named after "của": "Ủy ban Đối ngoại của Quốc
# hội", "Ban Tuyên giáo của Tỉnh ủy", "Văn phòng của Chính phủ".
_SUB_BODIES = {"ủy", "ban", "vụ", "văn", "tiểu", "hội", "viện", "cục", "phòng"}


# Unit words shortened to their first syllable at the end of a list of units:
# "UBND các huyện, thành, thị" (thành phố, thị xã).
_SHORT_UNITS = {"thành", "thị"}
# The one-syllable words of administrative levels, which a slash joins into one word when a
# title covers two levels: "Chủ tịch xã/phường", "Chủ tịch UBND huyện/thị xã".
_LEVEL_WORDS = frozenset({"xã", "phường", "huyện", "quận", "tỉnh", "thôn", "ấp", "bản", "xóm", "khóm", "thị", "thành"})
# What completes the last of them when it is a unit word's first syllable: "thị xã", "thị trấn", "thành phố".
_LEVEL_ENDS = {"thị": ("xã", "trấn"), "thành": ("phố",)}


# The last words of a central committee's name: "BCH Trung ương", "Ban Chấp hành TƯ", "BCH T.Ư".
_CENTRAL_ENDS = frozenset({"ương", "tư", "t.ư"})


def _youth_union_after(view: TokenView, o) -> bool:
    """``Đoàn`` right after the central committee ``o`` names the Youth Union's committee, the
    clause going on after it: ``Bí thư thứ nhất BCH Trung ương Đoàn, …``, ``Ủy viên Ban Chấp hành
    Trung ương Đoàn`` (not ``… Trung ương Đoàn Văn Hải``: a name whose family name is Đoàn)."""
    e = o.end
    if e >= view.n or view.words[e] != "Đoàn" or not view.adjacent(e) or view.low[e - 1] not in _CENTRAL_ENDS \
            or view.low[o.start] not in ("bch", "ban"):
        return False
    return e + 1 >= view.n or not view.adjacent(e + 1) or not view.cap[e + 1]


def _slashed_units(view: TokenView, j: int) -> int:
    """End of the unit words joined by slashes in the one word at ``j`` (``xã/phường``,
    ``huyện/thị xã``: the tokenizer keeps a slash between lower-case words inside one word);
    ``j`` if there are none."""
    if j >= view.n or "/" not in view.low[j] or not view.adjacent(j):
        return j
    parts = view.low[j].split("/")
    if len(parts) < 2 or not all(p in _LEVEL_WORDS for p in parts) or parts[0] in _LEVEL_ENDS:
        return j
    end = _LEVEL_ENDS.get(parts[-1])
    if end is None:
        return j + 1
    return j + 2 if j + 1 < view.n and view.adjacent(j + 1) and view.low[j + 1] in end else j


@dataclass(frozen=True)
class PositionMatch:
    start: int
    end: int
    org: tuple[int, int] | None   # token span of the organization inside
    rule: str


# Nouns of a class of bodies after "các": "các sở, ngành", "các cơ quan, đơn vị".
_CLASS_NOUNS = (("sở",), ("ban",), ("ngành",), ("bộ",), ("cơ", "quan"), ("đơn", "vị"), ("địa", "phương"),
                ("đoàn", "thể"), ("phòng",), ("cục",), ("viện",), ("trường",), ("doanh", "nghiệp"),
                ("hội",), ("ban", "ngành"), ("tổ", "chức"))


def _class_noun(view: TokenView, k: int) -> int:
    """End of a class noun at ``k`` (any case), ``k`` if none."""
    best = k
    for words in _CLASS_NOUNS:
        e = k + len(words)
        if e <= view.n and tuple(view.low[k:e]) == words and view.joined(k, e) and e > best:
            best = e
    return best


def _class_after(view: TokenView, k: int) -> int:
    """End of a class of bodies at ``k``: ``các Sở``, ``UBND các quận, huyện``."""
    n = view.n
    if k < n and view.low[k] == "các" and view.adjacent(k + 1 if k + 1 < n else k):
        h = head_at(view, k + 1)
        j = h[0] if h is not None else _class_noun(view, k + 1)
        if j > k + 1:
            # "Thủ trưởng các sở, ngành", "Giám đốc các Sở và cơ quan ngang sở"
            return _fields_listed(view, _class_nouns_listed(view, j))

    h = head_at(view, k)
    if h is None or h[0] >= n or not view.adjacent(h[0]):
        return k
    j = h[0]
    if view.low[j] == "các":
        u = unit_at(view, j + 1) if j + 1 < n and view.adjacent(j + 1) else None
        if u is None and view.words[j] == "các" and j + 1 < n and view.adjacent(j + 1) \
                and (e := _class_noun(view, j + 1)) > j + 1 and _clause_goes_on(view, e := _class_nouns_listed(view, e)):
            return e    # "Thủ trưởng Công an các đơn vị, địa phương phải …" (not "Vụ Các tổ chức quốc tế",
                        # "Đảng ủy khối các cơ quan Đảng", names)
        return _listed_units(view, u[0]) if u is not None else k
    if h[1].kind != "body":
        return k
    if view.low[j] == "cấp" and j + 1 < n and view.adjacent(j + 1):
        # "chủ tịch UBND cấp tỉnh", "cấp xã/huyện": the office at one level of bodies
        u = unit_at(view, j + 1)
        return _listed_units(view, u[0]) if u is not None else k
    # "chủ tịch UBND phường, xã, thị trấn": two or more bare unit words
    u = unit_at(view, j) if place_at(view, j) is None else None
    if u is None or _listed_units(view, u[0]) == u[0]:
        return k
    return _listed_units(view, u[0])


# The nouns of teams and stations whose heads are named "<noun> trưởng": "tổ", "đội", "trạm".
_TEAM_NOUNS = frozenset({"tổ", "đội", "trạm"})
# ... and in two words: "cửa hàng trưởng cửa hàng xăng dầu số 38".
_TEAM_NOUNS_2 = frozenset({("cửa", "hàng")})


def _lower_team(view: TokenView, j: int) -> int:
    """End of a team's name in lower case at ``j`` (its noun, then up to five words that are no
    function word, verb of saying or honorific), when the clause goes on after it; ``j`` if
    not: "tổ chuyên môn", "đội y tế dự phòng trung tâm", "đội quản lý thị trường số 3"."""
    k = j + 1
    while k < view.n and k - j <= 5 and view.words[k].islower() and not _clause_goes_on(view, k) \
            and view.low[k] != "số" and not view.mask[k] & HONORIFIC:
        k += 1
    k = _numbered(view, k)
    return k if k > j + 1 and (_clause_goes_on(view, k) or _under_body(view, k)) else j


def _under_body(view: TokenView, k: int) -> bool:
    """``thuộc``/``trực thuộc`` (under) at ``k``: the body the unit before it belongs to comes next,
    so the unit's name ends there: "cửa hàng xăng dầu số 38 trực thuộc Petrolimex"."""
    return k < view.n and view.adjacent(k) and (view.low[k] == "thuộc" or (
        view.low[k] == "trực" and k + 1 < view.n and view.low[k + 1] == "thuộc" and view.adjacent(k + 1)))


def _clause_goes_on(view: TokenView, e: int) -> bool:
    """The clause goes on at ``e`` past a name, which ends there: the end, punctuation, or a
    function word or a common verb in lower case (``… phải``, ``… cho biết``), not a capitalized
    word nor another noun."""
    if not (e < view.n and view.adjacent(e) and view.words[e].isalpha()):
        return True
    w = view.low[e]
    return not view.cap[e] and (w in FUNCTION_WORDS or w in _CLAUSE_VERBS or _speech_verb(view, e))


def _class_nouns_listed(view: TokenView, j: int) -> int:
    """End of the class nouns listed after the one ending at ``j``: ``sở, ngành``, ``đơn vị,
    địa phương``, ``Sở và cơ quan ngang sở``."""
    while j + 1 < view.n and view.words[j] in (",", "và") and view.adjacent(j) and view.adjacent(j + 1):
        e = _class_noun(view, j + 1)
        if e == j + 1:
            break
        j = e
    return j


def _one_level(view: TokenView, j: int) -> int:
    """End of a people's council at one level named, after ``đại biểu``: ``HĐND
    cấp xã``, ``HĐND cấp thành phố`` (a deputy's office, I_NOTES 7, U_NOTES 6);
    ``j`` if none, or several levels listed, a class (``HĐND cấp tỉnh, huyện``)."""
    h = head_at(view, j)
    if h is None or h[1].text not in _ELECTED:
        return j
    k = h[0]
    if not (k + 1 < view.n and view.low[k] == "cấp" and view.joined(k - 1, k + 2)):
        return j
    u = unit_at(view, k + 1)
    if u is None or _listed_units(view, u[0]) > u[0]:
        return j
    return u[0]


def _fields_listed(view: TokenView, j: int) -> int:
    """End of the fields that name, one by one, the bodies of a class ending at
    ``j``, two or more: ``giám đốc các sở Tài nguyên – Môi trường, Xây dựng, Tư
    pháp`` is one office of the departments listed (K_NOTES 2); ``j`` if none."""
    end, k, count = j, j, 0
    while k < view.n and view.adjacent(k) and view.cap[k] and view.mask[k] & FIELD:
        f = org_fields().match(view, k)
        if f is None:
            break
        e = f[0]
        while e + 1 < view.n and view.words[e] in ("-", "–") and view.adjacent(e + 1) and view.cap[e + 1] \
                and (g := org_fields().match(view, e + 1)) is not None:
            e = g[0]    # "Tài nguyên – Môi trường": one field written with a dash
        end, count = e, count + 1
        if not (e + 1 < view.n and view.words[e] in (",", "và") and view.adjacent(e + 1)):
            break
        k = e + 1
    return end if count >= 2 else j


def _bare_units(view: TokenView, j: int) -> int:
    """End of the unit words listed after the one ending at ``j`` when none has a
    name after it (``thôn, ấp``, not ``thôn, xã Hòa Bình``, a place): ``j`` if one has."""
    e = _listed_units(view, j)
    return e if e >= view.n or not view.adjacent(e) or not (view.cap[e] or view.words[e][:1].isdigit()) else j


def _listed_units(view: TokenView, j: int) -> int:
    """End of the unit words listed after the one ending at ``j``: ``quận,
    huyện``, ``huyện, thành, thị``, ``xã/huyện``."""
    n = view.n
    while j + 1 < n and view.words[j] in (",", "và", "/", "-", "–") and view.adjacent(j + 1):
        u = unit_at(view, j + 1)    # (a dash too: "UBND các quận – huyện")
        if u is not None:
            j = u[0]
        elif view.low[j + 1] in _SHORT_UNITS and (j + 2 >= n or not view.adjacent(j + 2)
                                                  or not is_word(view.words[j + 1], view.words[j + 2])):
            j += 2      # "các huyện, thành, thị": "thành phố", "thị xã" shortened in a list
        else:
            break
    return j


def position_at(view: TokenView, i: int) -> PositionMatch | None:
    m = _position_at(view, i)
    if m is not None and view.words[i] == "phó" and _deputies_too(view, i, m.end):
        return PositionMatch(i, m.end, None, "block")
    return m


def _deputies_too(view: TokenView, i: int, e: int) -> bool:
    """The lower-case ``phó`` at ``i`` follows a comma or ``và`` after the head's title, which
    shares with it the body after the office ending at ``e``: "các Trưởng, phó đoàn ĐBQH", "chủ tịch,
    phó chủ tịch UBND cấp xã", the heads and their deputies as a class, written short: no office,
    nor the title after "phó" (D_NOTES 6, N_NOTES 5; not "thủ tướng, phó thủ tướng", two offices)."""
    if i < 2 or view.words[i - 1] not in (",", "và") or not view.joined(i - 2, i + 1):
        return False
    t = position_titles().match(view, i + 1) or position_titles().match(view, i)
    if t is None or e <= t[0]:
        return False    # (nothing shared after the title)
    if view.low[i - 2] == "trưởng":
        return True
    w = t[0] - i - 1
    return i - 1 - w >= 0 and tuple(view.low[i - 1 - w:i - 1]) == tuple(view.low[i + 1:t[0]])


def _position_at(view: TokenView, i: int) -> PositionMatch | None:
    n = view.n
    if i >= n or not (view.low[i] in _MODS or may_start(view.mask, i, TITLE)):
        return None     # no title, nor a modifier before one, starts here
    k = i
    t = position_titles().match(view, k)
    while t is None and k < n and view.low[k] in _MODS and k - i < 2:
        k += 1
        if k >= n or not view.adjacent(k):
            return None
        t = position_titles().match(view, k)
    if t is None:
        return None
    if t[1].text == _OFFICE_DEPUTY:
        return _office_deputy(view, i, t[0] - 2)
    if t[1].text in _CONSULS and t[0] < n and view.low[t[0]] == "quán" and view.adjacent(t[0]):
        return _consulate_held(view, i, t[0] + 1)
    if i > 1 and view.low[i - 1] == "đồng" and view.low[i - 2] == "hội" and view.joined(i - 2, i + 1):
        return None     # "Hội đồng Thẩm phán TANDTC", "Hội đồng Bộ trưởng": the council, a body
    if i > 1 and view.low[i - 1] == "nghị" and view.low[i - 2] == "hội" and view.joined(i - 2, i + 1) \
            and t[1].text in _MEETING_TITLES:
        return None     # "Hội nghị Bộ trưởng Quốc phòng ASEAN": a meeting of ministers, an event
    if t[1].text in _BOARD_TITLES and i > 0 and view.low[i - 1] in ("ban", "tổng") and _in_board(view, i) \
            and not (i > 1 and view.key[i - 2] == lfold("ủy")):
        return None     # "Ban giám đốc Bệnh viện", "Ban Tổng Giám đốc Tập đoàn": the board of directors
    if k == i and i > 0 and view.low[i - 1] == "đoàn" and view.adjacent(i) and view.words[i] == "chủ":
        return None     # "đoàn chủ tịch Quốc hội", "Đoàn chủ tịch Đại hội": the presidium, a body
    if k == i and not view.cap[i] and t[0] - i == 2 and view.words[i + 1] == "Trưởng":
        return None     # "giữ chức vụ Trưởng ban": the office starts at "Trưởng" ("chức vụ" is a word)
    if t[1].text.endswith(" phó") and k > 0 and view.adjacent(k) and is_word(view.words[k - 1], view.words[k]):
        return None     # "chức vụ Phó Chủ tịch", "Tổng cục phó": its first syllable ends a word before it
    if view.low[k] == "đại" and k == i and i > 0 and view.low[i - 1] == "đoàn" and view.adjacent(i):
        return None     # "đoàn đại biểu Quốc hội do … dẫn đầu", "các Đoàn đại biểu Quốc hội", "đoàn
                        # đại biểu QH Mỹ": a delegation of deputies, a group, no office (M_NOTES 3,
                        # X_NOTES 13: the body inside it only); its head's title starts before
                        # "đoàn" ("Trưởng đoàn đại biểu Quốc hội tỉnh …", read from there)
    if k == i and i > 0 and view.low[i - 1] == "đoàn" and view.adjacent(i) and t[1].text == "chủ tịch" \
            and not any(e > t[0] for e, _ in position_titles().matches(view, k)):
        return None     # "thay mặt đoàn Chủ tịch Đại hội": the presidium, a body (not "đoàn
                        # Chủ tịch nước", the President's delegation)
    if view.low[k] in DEPUTY and i > 0 and view.adjacent(i) and ((view.low[k] == "đbqh" and view.low[i - 1] == "đoàn")
                                                              or (i > 1 and view.low[i - 1] == "nghị"
                                                                  and view.low[i - 2] == "hội" and view.joined(i - 2, i))):
        return None     # "đoàn ĐBQH tỉnh": the province's delegation of deputies, a group; "Hội
                        # nghị ĐBQH chuyên trách", "hội nghị đại biểu Quốc hội chuyên trách": a
                        # meeting of the deputies, an event; no office
    titles = list(position_titles().matches(view, k))
    found = [m for m in (_after_title(view, i, j) for j, _ in titles) if m is not None]
    if found:
        # "Trưởng Ban Dân vận", "Trưởng Công an huyện": a shorter title that has
        # its body after it beats a longer one ("Trưởng ban", "Trưởng công an")
        # among those, the longest span, then the most of it the body's
        # ("Ủy viên" + "Trung ương Đảng", not "Ủy viên Trung ương" + "Đảng")
        with_org = [m for m in found if m.org is not None]
        if not with_org:
            return found[0]
        best = min(with_org, key=lambda m: (-m.end, m.org[0]))
        if titles[0][0] - k >= 2:
            best = _title_opens_body(view, i, k, titles[0][0], best)
        return _terms(view, _about(view, _parent(view, best)))
    j, title = titles[0]
    j = _quals(view, j)
    if title.text in _BARE_WHEN_CLOSED and view.cap[i] and (j >= view.n or view.words[j] in _CLOSERS):
        # the secretary-general of the body the text is about, capitalized alone and closed by
        # punctuation: "ông Lê Bộ Lĩnh, Phó Tổng thư ký, Phó Chủ nhiệm Văn phòng Quốc hội" (not
        # "Tổng thư ký Trung ương MTTQ …", a body unread after it, nor "Tổng Thư ký của Đảng")
        return PositionMatch(i, j, None, "bare")
    if title.bare and j - k >= 2:
        # a title that holds its body: "Thường trực Ban Bí thư"; or whose last
        # words begin it: "Tổng Thanh tra Nhà nước" (the office of the body
        # "Thanh tra Nhà nước", which the title names)
        for b in range(k + 1, j):
            o = org_at(view, b)
            if o is not None and o.rule != "class" and (o.end == j and j - k >= 3 or o.end > j):
                return PositionMatch(i, max(j, o.end), (b, max(j, o.end)), "org")
    if title.bare and title.text.startswith("tổng ") and j + 1 < view.n and view.low[j] == "nhà" \
            and view.low[j + 1] == "nước" and view.joined(j - 1, j + 2):
        # the office of a State body the title names in lower case: "Tổng kiểm toán Nhà
        # nước" (of "Kiểm toán Nhà nước"), "Tổng thanh tra Nhà nước", "Phó tổng kiểm
        # toán nhà nước" (the body's name in lower case too: the title says which body)
        return PositionMatch(i, j + 2, (k + 1, j + 2), "org")
    if title.text == _AGENCY_HEAD and _clause_goes_on(view, j) and not (j < view.n and view.words[j] == "("):
        # the head of an agency in general, given a duty, the clause going on right after the title:
        # "Thủ trưởng phải là người chịu trách nhiệm chính", "giao quyền cho thủ trưởng được quyết
        # định" (H_NOTES 2, R_NOTES 11; not "thủ trưởng cơ quan …", whose agency follows)
        return PositionMatch(i, j, None, "bare")
    if title.bare and (view.cap[i] or title.lower):
        if title.text == "bộ trưởng" and j < view.n and view.adjacent(j) and view.cap[j] \
                and tuple(view.low[j:j + 2]) == ("chủ", "nhiệm"):
            # a minister-ranked head named by both titles, no comma between: "Bộ trưởng Chủ
            # nhiệm Văn phòng Chính phủ", "Bộ trưởng Chủ nhiệm Ủy ban Dân tộc" is one office
            # (with a comma, "Bộ trưởng, Chủ nhiệm …", a list of two)
            m = position_at(view, j)
            if m is not None and m.org is not None:
                return PositionMatch(i, m.end, m.org, m.rule)
        if j < view.n and view.adjacent(j):
            c = regions().match(view, j)
            if c is None and (view.words[j] == "Anh" or view.low[j] in _FORM_FIRSTS):
                c = _britain(view, j) or _state_form(view, j)
            if c is not None and (title.lower or c[1] == "country"):
                # a national office with its country: "Tổng thống Hoa Kỳ", "Thủ tướng Nhật Bản",
                # "Chủ tịch Trung Quốc Tập Cận Bình" (the state's president)
                return PositionMatch(i, c[0], None, "bare")
            if title.text == "chủ tịch" and view.words[j] == "đoàn":
                return None     # "Chủ tịch đoàn điều hành phiên họp": the presidium, a body
        if j < view.n and view.words[j] == "," and (u := unit_at(view, j - 1)) is not None and u[0] == j:
            # the head of each of the units listed: "Trưởng thôn, ấp", "trưởng ấp, bản"
            return PositionMatch(i, _bare_units(view, j), None, "bare")
        if view.words[j - 1] == "ĐBQH" and j < view.n and view.adjacent(j) \
                and (p := place_at(view, j, modifier=True)) is not None and p[1] in ("unit", "bare-unit"):
            # a deputy of the province that elected them, as "đại biểu Quốc hội tỉnh Hà
            # Tĩnh" is one office: "ĐBQH tỉnh Hà Tĩnh", "ĐBQH TP.HCM" (P_NOTES 14)
            return PositionMatch(i, p[0], None, "unit")
        if title.text in _ENVOYS and _envoy_compound(view, j):
            return None     # "Đại sứ quán Nga" (the embassy), "Đại sứ thiện chí" (an honour)
        if j < view.n and view.cap[j] and view.mask[j] & HEAD and _unread_body(view, j):
            return None     # "Vụ trưởng Vụ đê điều", "Tổng Tham mưu trưởng Quân đội Nhân dân VN"
        return PositionMatch(i, j, None, "bare")
    if j - k >= 2 and view.low[k] not in DEPUTY and j < view.n and view.adjacent(j) \
            and person_shape(view, j) - j >= 2:
        # a title right before a full name is that person's office, in any case:
        # "Tổng Giám đốc Nguyễn Tiến Dũng", "chủ tịch Nguyễn Hồng Diên ký" (not
        # "đại biểu Nguyễn Văn A", an attendee)
        return PositionMatch(i, j, None, "bare")
    if j - k >= 2 and view.low[k] not in DEPUTY and i > 0 and view.low[i - 1] in _PREDICATE and view.adjacent(i) \
            and (view.low[i - 1] != "là" or j >= view.n or view.words[j] in _CLOSERS):
        # the office a person is given or holds, named as a predicate: "do Phó Thủ
        # tướng làm trưởng đoàn", "giữ chức chủ tịch", "cách chức giám đốc"; after "là"
        # only alone, the clause closed after it ("ông A là trưởng đoàn."; not "là tư lệnh
        # lĩnh vực", a figure of speech, nor "là giám đốc trung tâm", whose body is unknown)
        return PositionMatch(i, j, None, "bare")
    if j - k >= 2 and view.low[k] not in DEPUTY and i > 1 and view.words[i - 1] == "(" and j < view.n \
            and view.words[j] == ")" and view.cap[i - 2] and is_syllable(view, i - 2) and view.joined(i - 1, j + 1):
        # the office alone in brackets right after its holder's name, an apposition: "BS Trần
        # Văn Lượng (phó giám đốc)", "ông Nguyễn Văn Tư (Tổng giám đốc)"
        return PositionMatch(i, j, None, "bare")
    if j - k >= 2 and view.low[k] not in DEPUTY and view.cap[i] and _holder_before(view, i) \
            and _clause_goes_on(view, j):
        # the office alone, capitalized, in apposition after its holder's name, the clause
        # going on after it: "ông Phạm Viết Hiệp - Tổng Giám đốc là người đại diện", "ông
        # Vũ Văn Cường, Phó Tổng Giám đốc, Công ty …" (not "…, Giám đốc công ty chạy …",
        # a body the grammar does not read)
        return PositionMatch(i, j, None, "bare")
    return None


def _holder_before(view: TokenView, i: int) -> bool:
    """A comma or a spaced dash at ``i - 1`` closes a person's name: a full name
    (``Phạm Viết Hiệp -``), or one to four capitalized words after an honorific (``ông Hào,``,
    ``ông Robert Chambers,``)."""
    if i < 3 or view.words[i - 1] not in (",", "-", "–") or not view.adjacent(i) or not view.cap[i - 2]:
        return False
    for s in range(max(0, i - 5), i - 2):
        if person_shape(view, s) == i - 1:
            return True
    s = i - 2
    while s > 0 and i - 2 - s < 4 and view.cap[s] and view.words[s].isalpha() and view.adjacent(s):
        h = s - 1
        if view.mask[h] & HONORIFIC and (m := honorifics().match(view, h)) is not None and m[0] == s:
            return True
        s -= 1
    return False


# A minister's title before a class of bodies that are no ministries: "Bộ trưởng các ngành" (the
# ministers; not "Bộ trưởng các bộ", "Thứ trưởng các Bộ: …", the office of each ministry named).
_MINISTER_NOT_CLASS = frozenset((t, c) for t in ("bộ", "thứ") for c in ("ngành", "cơ", "đơn", "địa", "sở", "tổ"))
# Titles that, after "Hội nghị", name the meeting of the holders of that office: "Hội nghị Bộ
# trưởng Ngoại giao ASEAN", "Hội nghị Thứ trưởng" (an event, no office).
_MEETING_TITLES = frozenset({"bộ trưởng", "thứ trưởng", "ngoại trưởng"})
# Titles that, after "Ban", name a company's or a body's board of those officers: "Ban giám
# đốc", "Ban Tổng Giám đốc", "Ban Chủ nhiệm", "Ban TGĐ" (a body, no one office).
_BOARD_TITLES = frozenset({"giám đốc", "tổng giám đốc", "chủ nhiệm", "GĐ", "TGĐ"})
# The head of an agency, a POSITION alone when given a duty (H_NOTES 2, R_NOTES 11).
_AGENCY_HEAD = "thủ trưởng"
# The title of an office's deputy head, whose last words are the office's head noun.
_OFFICE_DEPUTY = "phó văn phòng"


# The titles of a consul, whose post is its consulate ("Tổng Lãnh sự quán").
_CONSULS = frozenset({"tổng lãnh sự", "lãnh sự"})


def _consulate_held(view: TokenView, i: int, j: int) -> PositionMatch | None:
    """A consulate, ``Tổng Lãnh sự quán`` and its country from ``j``, in apposition to a
    person's name before it (:func:`_holder_before`), stands for the office of its head: "ông Lê Bá Hùng, Tổng
    Lãnh sự quán Việt Nam tại San Francisco"; None otherwise (the consulate, a body: "tổng
    lãnh sự quán VN tại San Francisco và các doanh nhân")."""
    if not _holder_before(view, i):
        return None
    c = _state_at(view, j) if j < view.n and view.adjacent(j) else j
    return PositionMatch(i, _seat(view, c), (j, c), "org") if c > j else None


def _office_deputy(view: TokenView, i: int, b: int) -> PositionMatch | None:
    """The deputy head of the office whose name starts at ``b`` (its "Văn phòng"), with that
    office: ``Phó Văn phòng Ủy ban Chứng khoán Nhà nước``, ``Phó văn phòng HĐND``; capitalized, the
    office alone (``ông A, Phó Văn phòng, cho biết``); None otherwise."""
    o = org_at(view, b) if view.cap[b] else _lower_head_body(view, b)
    if o is None or o.rule == "class" or o.end <= b + 2:
        # capitalized alone, the clause going on after it: the office of the one office the
        # text is about, "ông A, Phó Văn phòng, cho biết" (not "phó văn phòng" in lower case)
        return PositionMatch(i, b + 2, None, "bare") if view.cap[i] and view.cap[b] \
            and _clause_goes_on(view, b + 2) and not (b + 2 < view.n and view.words[b + 2][:1].isdigit()) \
            else None   # (not a numbered office: "Phó Văn phòng 2 Trung ương Giáo hội")
    return PositionMatch(i, o.end, (b, o.end), "org")


def _title_opens_body(view: TokenView, i: int, k: int, j: int, m: PositionMatch) -> PositionMatch:
    """``m``, or the office whose body starts inside the title ``k..j`` and runs past ``m``:
    the title's last words begin a longer body (``Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà
    Mau``: "Chánh" and the office "Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà Mau", not "Chánh Văn
    phòng" and the delegation "Đoàn ĐBQH")."""
    for b in range(k + 1, j):
        if view.cap[b] and view.mask[b] & HEAD and (o := org_at(view, b)) is not None and o.rule != "class" \
                and o.end > m.end:
            return PositionMatch(i, o.end, (b, o.end), "org")
    return m


# Words after which a title names an office held or given: "làm trưởng đoàn",
# "giữ chức chủ tịch", "cách chức giám đốc", "ông A là trưởng đoàn" (F_NOTES 8,
# U_NOTES 2) (not "vị": "các vị đại biểu", a classifier before a generic noun).
_PREDICATE = {"làm", "chức", "là"}
# What closes a clause after an office named alone: "ông A là trưởng đoàn."
_CLOSERS = {",", ".", ";", ")", ":"}
# Titles that stand alone for one office only when punctuation closes them (a body may follow
# them that the grammar does not read): "Phó Tổng thư ký," (not "thư ký", a secretary).
_BARE_WHEN_CLOSED = frozenset({"tổng thư ký"})


def _parent(view: TokenView, m: PositionMatch) -> PositionMatch:
    """The body a committee belongs to, after ``của``: ``Phó chủ nhiệm Ủy ban
    Đối ngoại của Quốc hội`` is one office (not "… của tỉnh", a place)."""
    k = m.end
    if k + 1 < view.n and view.low[k] == "của" and view.adjacent(k) and view.adjacent(k + 1) \
            and view.cap[k + 1] and view.low[m.org[0]] in _SUB_BODIES:
        o = org_at(view, k + 1)
        if o is not None and o.rule != "class":
            return PositionMatch(m.start, o.end, (m.org[0], o.end), m.rule)
    if k + 1 < view.n and view.words[k] in ("-", "–") and view.key[m.org[0]] == lfold("ban") \
            and view.cap[k + 1] and view.mask[k + 1] & HEAD and view.joined(k - 1, k + 2):
        # a council's committee, a dash before the council: "Phó trưởng ban Văn hóa xã hội -
        # HĐND thành phố", "Trưởng Ban Pháp chế - HĐND tỉnh Nghệ An" (not a dash between offices)
        h = head_at(view, k + 1)
        o = org_at(view, k + 1) if h is not None and h[1].text in _ELECTED else None
        if o is not None and o.rule != "class":
            return PositionMatch(m.start, o.end, (m.org[0], o.end), m.rule)
    if k < view.n and view.adjacent(k) and view.cap[k] and view.mask[k] & HEAD \
            and " ".join(view.words[m.org[0]:k]) in _PARTY_ORGANS:
        # an organ of the Central Committee with the committee right after it, like "Ban Thường
        # vụ Thành ủy": "Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng khóa VIII"
        h = head_at(view, k)
        o = org_at(view, k) if h is not None and h[1].text.lower().startswith(_CENTRAL_COMMITTEE) else None
        if o is not None and o.rule != "class":
            return PositionMatch(m.start, o.end, (m.org[0], o.end), m.rule)
    return m


# The organs the Party's Central Committee elects (Party Statute), named alone or with the
# committee right after them; and the committee's heads.
_PARTY_ORGANS = {"Bộ Chính trị", "Ban Bí thư"}
_CENTRAL_COMMITTEE = ("ban chấp hành trung ương", "bch")


# The number of a unit: "tổ dân phố 2A", "thôn 3".
_UNIT_NUMBER = regex.compile(r"\d{1,3}\p{Lu}?")


def _terms(view: TokenView, m: PositionMatch) -> PositionMatch:
    """The office held over several terms, listed after the body's first one, is
    one span (N_NOTES 9, NOTES 3: the body with its terms): ``Ủy viên Trung ương
    Đảng khóa X, XI, XII``, ``đại biểu Quốc hội khóa XI và XIII``."""
    e = m.end
    if not (e >= 2 and view.key[e - 2] == TERM and TERM_NUMBER.fullmatch(view.words[e - 1])):
        return m
    while e + 1 < view.n and view.words[e] in (",", "và") and view.adjacent(e + 1) \
            and TERM_NUMBER.fullmatch(view.words[e + 1]):
        e += 2
    return m if e == m.end else PositionMatch(m.start, e, (m.org[0], e), m.rule)


# The committees and councils named after their subject: "Ban Chỉ đạo Nhà nước
# về Du lịch", "Hội đồng Quốc gia về Giáo dục".
_ABOUT_BODIES = (("ban", "chỉ", "đạo"), ("ủy", "ban"), ("hội", "đồng"))
# The level of such a committee after its head: "Ban chỉ đạo Nhà nước".
_LEVELS = {("nhà", "nước"), ("trung", "ương"), ("quốc", "gia")}


def _about(view: TokenView, m: PositionMatch) -> PositionMatch:
    """The committee's subject after ``về``, one capitalized word, is part of
    its name and of the office: ``Trưởng Ban chỉ đạo Nhà nước về Du lịch`` (not
    "… về phòng, chống tham nhũng" nor a longer subject, whose end is unknown)."""
    k = m.end
    a = m.org[0]
    if not (k + 2 < view.n and view.joined(k - 1, k + 1)
            and any(tuple(view.key[a:a + len(b)]) == tuple(map(lfold, b)) for b in _ABOUT_BODIES)):
        return m
    if tuple(view.low[k:k + 2]) in _LEVELS and view.cap[k] and view.joined(k, k + 2):
        k += 2      # "Ban chỉ đạo Nhà nước về …": the level, left out of the body's name
    if not (k + 2 < view.n and view.low[k] == "về" and view.cap[k + 1] and view.joined(k, k + 2)):
        return m
    e = _field_words(view, k + 1)
    if e != k + 3 or (e < view.n and view.words[e] in ("-", "–")):
        return m    # one word only: "… về Giáo dục và Phát triển nhân lực" may go on in lower case,
                    # "… về Dân chủ - Pháp luật" after a dash
    return PositionMatch(m.start, e, (a, e), m.rule)


def _quals(view: TokenView, j: int) -> int:
    for q in _QUALS:
        if j + 1 < view.n and (view.low[j], view.low[j + 1]) == q and view.adjacent(j) \
                and view.adjacent(j + 1):
            j += 2
    return j


def _after_title(view: TokenView, i: int, j: int) -> PositionMatch | None:
    """The title ending at ``j`` with the body, class or unit after it."""
    j = _quals(view, j)
    if j >= view.n or not view.adjacent(j):
        return None
    s = j + (view.low[j] == "của")
    if view.low[i] == "người" and s < view.n and view.cap[s] and view.adjacent(s) \
            and " ".join(view.low[i:j]) == "người phát ngôn":
        # the spokesman of an office or body is one office: "người phát ngôn của Thủ
        # tướng", "người phát ngôn Thủ tướng", "người phát ngôn Bộ Ngoại giao"
        p = position_at(view, s) or org_at(view, s)
        if p is not None:
            org = p.org if isinstance(p, PositionMatch) else (p.start, p.end)
            return PositionMatch(i, p.end, org, "org" if org is not None else "bare")
    if view.low[j] == "đoàn" and view.low[j - 1] == "tịch" and j + 1 < view.n and view.adjacent(j + 1) \
            and view.low[j + 1] == "chủ":
        # the chairman of a presidium is one office: "chủ tịch đoàn chủ tịch Ủy ban
        # Trung ương MTTQ Việt Nam" (the presidium, "đoàn chủ tịch", of the committee)
        t = position_titles().match(view, j + 1)
        p = _after_title(view, j + 1, t[0]) if t is not None else None
        if p is not None and p.org is not None:
            return PositionMatch(i, p.end, (j, p.end), "org")
    if view.low[i] in DEPUTY and (e := _one_level(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "đại biểu HĐND cấp thành phố"
    if view.memo.get("over_terms") is not False and (e := _over_terms(view, i, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Đại biểu Quốc hội các khóa VIII, X, XI"
    c = _class_after(view, j) if view.low[i] not in DEPUTY else j
    if c > j and view.low[j - 1] == "trưởng" and (view.low[j - 2], view.low[j + 1]) in _MINISTER_NOT_CLASS:
        c = j       # "Bộ trưởng các ngành": a minister heads a ministry, no sector; the title alone
    if c > j:       # (not "đại biểu các cơ quan": delegates of bodies, no office)
        return PositionMatch(i, c, None, "class")
    if (view.mask[j - 1] | view.mask[j - 2]) & UNIT and (e := _hamlet_named(view, i, j)) > j:
        return PositionMatch(i, e, None, "unit")    # "trưởng thôn Đông Hạ", "trưởng xóm 5"
    o = org_at(view, j) or _lower_head_body(view, j)
    if o is None and view.low[i] in DEPUTY and j + 1 < view.n and view.low[j] == "quốc" and view.low[j + 1] == "hội" \
            and view.joined(j - 1, j + 2):
        # a deputy's office with the assembly in lower case, as "đại biểu Quốc hội" (A_B_NOTES 5): "ông A, đại
        # biểu quốc hội, Chủ tịch …", "20% đại biểu quốc hội", "đại biểu quốc hội (ĐBQH) Dương Trung Quốc"
        return PositionMatch(i, _own_abbreviation(view, i, j + 2, body=False), (j, j + 2), "org")
    if o is None and (e := _high_court(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội"
    if o is None and tuple(view.low[j - 2:j + 2]) == ("thủ", "trưởng", "cơ", "quan") and (e := _agency(view, j)) > j:
        return PositionMatch(i, e, None, "bare")    # "Thủ trưởng cơ quan quản lý trực tiếp"
    if o is None and tuple(view.low[j - 2:j + 2]) == ("thủ", "trưởng", "đơn", "vị") and view.joined(j - 1, j + 2) \
            and _clause_goes_on(view, j + 2):
        return PositionMatch(i, j + 2, None, "bare")    # "thủ trưởng đơn vị phải chịu trách nhiệm" (R_NOTES 11)
    if o is None and view.key[j] in _COURT and tuple(view.low[j - 2:j]) == ("chánh", "án") \
            and not (j + 1 < view.n and view.low[j + 1] == "án" and view.adjacent(j + 1)):
        # the chief judge of the court the text is about, named by "tòa" alone: "Chánh án tòa quả
        # quyết", "Chánh án tòa huyện" (not "Chánh án Tòa án …", the court by its name)
        p = place_at(view, j + 1, modifier=True) if j + 1 < view.n and view.adjacent(j + 1) else None
        return PositionMatch(i, p[0] if p is not None and p[1] in ("unit", "bare-unit") else j + 1, None, "bare")
    if o is None and view.cap[j] and tuple(view.key[j - 2:j]) in _COMMANDERS and (e := _service(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Phó tư lệnh Hải quân", "Chính ủy Bộ đội Biên phòng"
    if o is None and view.cap[j] and view.mask[j] & HEAD and view.low[i] not in DEPUTY \
            and (e := _sentence_case_body(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Viện trưởng Viện ứng dụng công nghệ, Bộ Khoa học …"
    bd = _board_after(view, i, j)
    if bd is not None and (o is None or o.rule == "class" or o.end < bd.end):
        return bd
    if o is not None and o.rule == "class":
        # "Chủ tịch UBND các cấp" holds a duty; "đại biểu HĐND các cấp" are candidates
        return None if view.low[i] in DEPUTY else PositionMatch(i, o.end, None, "class")
    if o is not None and view.low[i] in DEPUTY and o.end + 1 < view.n and view.low[o.end + 1] == "cấp" \
            and (view.words[o.end].isdigit() or view.low[o.end] in _FEW) and view.joined(o.end - 1, o.end + 2):
        # "bầu cử đại biểu HĐND ba cấp": deputies of the councils of three levels, a
        # class: no office, nor the body inside (a span that only blocks, see find)
        return PositionMatch(i, o.end + 2, None, "block")
    if o is not None and (view.low[i] not in DEPUTY or (o.head.text in _ELECTED if o.head is not None
                                                     else view.key[o.start] in _ELECTED_KEYS)):
        # the body with its term is the office's body: "Tổng bí thư BCH TƯ Đảng
        # khóa X", "đại biểu Quốc hội khóa XV" (NOTES: a body with its term is one span)
        end = _own_abbreviation(view, o.start, o.end)
        if end > o.end:
            return PositionMatch(i, end, (o.start, end), "org")
        if o.end < view.n and view.low[o.end] == "số" and (e := _body_number(view, o.end)) > o.end:
            return PositionMatch(i, e, (o.start, e), "org")     # "Trưởng Đoàn kiểm tra số 471"
        if view.low[i] in DEPUTY and tuple(view.low[o.end:o.end + 2]) == ("chuyên", "trách") \
                and view.joined(o.end - 1, o.end + 2):
            # a full-time deputy, the office's own qualifier: "đại biểu Quốc hội chuyên trách"
            return PositionMatch(i, o.end + 2, (o.start, o.end), "org")
        if (e := _slashed_units(view, o.end)) > o.end:
            return PositionMatch(i, e, (o.start, e), "org")     # "Chủ tịch UBND xã/phường"
        if _youth_union_after(view, o):
            return PositionMatch(i, o.end + 1, (o.start, o.end + 1), "org")     # "Ủy viên BCH Trung ương Đoàn"
        if (e := _name_tail(view, o)) > o.end:
            return PositionMatch(i, e, (o.start, e), "org")     # "Vụ trưởng Vụ Giáo dục phổ thông Lê Quán Tần"
        if (e := _state_body_country(view, o)) > o.end:
            return PositionMatch(i, e, (o.start, e), "org")     # "Thủ tướng Chính phủ Hoàng gia Campuchia"
        # the whole office abbreviated after it, which the span keeps (the body
        # without it): "đại biểu Quốc hội (ĐBQH)"
        return PositionMatch(i, _own_abbreviation(view, i, o.end, body=False), (o.start, o.end), "org")
    if o is None and view.words[j] == "sở" and view.low[i] not in DEPUTY and _generic_department(view, j):
        # the office of a department's head in general (NOTES 5): "số lượng Phó Giám đốc sở",
        # "gần 20 giám đốc sở" (a name after it is the department's: "giám đốc sở TNMT")
        return PositionMatch(i, j + 1, None, "bare")
    if o is None and view.low[i] not in DEPUTY and (e := _spelled_body(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Tổng giám đốc Đường sắt Việt Nam (ĐSVN)"
    if o is None and view.low[i] not in DEPUTY and (e := _placed_lower_name(view, j)) > j:
        return PositionMatch(i, e, (j, e), "org")   # "Phó tổng thư ký Hội nhiếp ảnh Hà Nội"
    if o is None and view.low[i] not in DEPUTY and (e := _bare_body(view, j)) > j and not _in_board(view, i):
        # "Giám đốc Sở cho biết", "Chủ tịch Hội đồng là …" (not "Ban Tổng Giám đốc Tập
        # đoàn", the company's board)
        return PositionMatch(i, e, (j, e), "org")
    if view.low[j - 1] == "sứ" or view.low[j - 1] == "quyền" or view.low[j - 1] == "sự":
        # an ambassador or consul of a country: "Đại sứ Mỹ", "Đại sứ đặc mệnh toàn
        # quyền Cộng hòa dân chủ nhân dân Lào"
        c = _state_at(view, j) if not (i > 0 and view.low[i - 1] == "tòa") else j
        if c > j:       # (not "tòa đại sứ Mỹ", the embassy)
            return PositionMatch(i, _seat(view, c), (j, c), "org")
    if view.low[j - 1] in ("trưởng", "phó") and view.low[j - 2] == "hạt" and tuple(view.low[j:j + 2]) == _RANGERS \
            and view.joined(j - 1, j + 2) and (o := complete(view, j, j + 2, _RANGER_HEAD)) is not None:
        # the head of a district's forest-ranger unit, "Hạt Kiểm lâm", named by its field
        # without "Hạt": "Hạt trưởng Kiểm lâm huyện Nam Giang", "hạt trưởng Kiểm lâm Quế Sơn"
        return PositionMatch(i, o.end, (j, o.end), "org")
    implied = _IMPLIED_HEAD.get(" ".join(view.low[j - 2:j])) if j - 2 >= i else None
    if implied is not None and org_fields().match(view, j) is not None:
        # "Bộ trưởng Nông nghiệp và Phát triển nông thôn": the ministry without "Bộ"
        head = Head(implied, "named", False, False)
        o = complete(view, j - 1, j, head)
        if o is not None:
            end = o.end
            while end + 1 < view.n and view.words[end] in (",", "và") and view.adjacent(end + 1) \
                    and view.cap[end + 1] and org_fields().match(view, end + 1) is not None:
                # ministers of several ministries sharing the title: "bộ trưởng Giao thông
                # Vận tải, Tài nguyên Môi trường và Văn hóa Thông tin" (one office span)
                more = complete(view, end, end + 1, head)
                if more is None:
                    break
                end = more.end
            return PositionMatch(i, end, (j, end), "org")
    if implied is not None:
        e = _field_words(view, j)
        if e > j:   # "Bộ trưởng Bưu chính Viễn thông Đỗ Trung Tá", "Bộ trưởng Công nghiệp"
            return PositionMatch(i, e, (j, e), "org")
    if view.low[j - 1] == "đoàn" and j - 1 > i and j + 2 < view.n and view.low[j] == "đại" \
            and view.low[j + 1] == "biểu" and view.adjacent(j + 1) and view.adjacent(j + 2):
        # "Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh": head of a deputies' delegation
        o = org_at(view, j + 2)
        if o is not None and o.rule != "class" and o.head is not None and o.head.text in _ELECTED:
            return PositionMatch(i, o.end, (j - 1, o.end), "org")
    if view.low[j - 1] == "đoàn" and j - 1 > i and j + 1 <= view.n and view.words[j] in ("ĐB", "ĐBQH"):
        # "Trưởng đoàn ĐB Cao Bằng", "Phó trưởng đoàn ĐBQH tỉnh Nghệ An": the province's
        # delegation of deputies (ĐB, đại biểu; ĐBQH, đại biểu Quốc hội)
        o = org_at(view, j + 1) if j + 1 < view.n and view.adjacent(j + 1) else None
        p = place_at(view, j + 1, modifier=True) if o is None and j + 1 < view.n and view.adjacent(j + 1) else None
        e = o.end if o is not None and o.rule != "class" else p[0] if p is not None else j + 1
        if e > j + 1 or view.words[j] == "ĐBQH":
            return PositionMatch(i, e, (j - 1, e), "org")
    w = 2 if j - 3 >= i and view.low[j - 1] in ("trưởng", "phó") and view.low[j - 3:j - 1] == view.low[j:j + 2] \
        else 1
    if j - 1 - w >= i and view.low[j - 1] in ("trưởng", "phó") and view.low[j - 1 - w:j - 1] == view.low[j:j + w] \
            and view.cap[j] and view.joined(j, j + w):
        # the head of a unit named by the title's own noun: "Đội trưởng Đội CSGT số 3",
        # "Trạm trưởng Trạm Kiểm lâm", "Đồn trưởng Đồn Biên phòng Lũng Cú", "Tiểu đoàn
        # trưởng Tiểu đoàn 3", or its deputy: "Đội phó Đội CSGT"
        o = complete(view, j, j + w, Head(" ".join(view.words[j:j + w]), "named", False, False))
        if o is not None and not _cut_in_name(view, j + w, o.end):
            e = _numbered(view, o.end)
            return PositionMatch(i, e, (o.start, e), "org")
        e = _sentence_case_name(view, j + w)
        if e == j + w:
            e = _run_to_parent(view, j + w, False)    # "Đội trưởng Đội tham mưu (PC67)"
        if e > j + w:
            return PositionMatch(i, e, (j, e), "org")
        if w == 2 and j + 2 < view.n and view.adjacent(j + 2) and _UNIT_NUMBER.fullmatch(view.words[j + 2]):
            return PositionMatch(i, j + 3, (j, j + 3), "org")   # "Tiểu đoàn trưởng Tiểu đoàn 3"
    if w == 2 and view.low[j - 1] == "trưởng" and tuple(view.words[j:j + 2]) in _TEAM_NOUNS_2 \
            and (e := _lower_team(view, j + 1)) > j + 2:
        # the head of a shop named in lower case: "cửa hàng trưởng cửa hàng xăng dầu số 38"
        return PositionMatch(i, e, (j, e), "org")
    if w == 1 and j - 2 >= i and view.low[j - 1] == "trưởng" and view.words[j] == view.low[j - 2] \
            and view.words[j] in _TEAM_NOUNS and unit_at(view, j) is None and (e := _lower_team(view, j)) > j + 1:
        # the head of a team named in lower case by the title's own noun, up to where the clause
        # goes on: "Tổ trưởng tổ chuyên môn", "đội trưởng đội y tế dự phòng trung tâm, …"
        return PositionMatch(i, e, (j, e), "org")
    if view.low[j - 1] in _HEAD_IN_TITLE and j - 1 > i:
        # "Trưởng phòng TN&MT huyện Yên Thành": the title ends with the body's head;
        # or with a board's ("Phó ban chỉ đạo", "Phó ban pháp chế HĐND thành phố")
        o = complete(view, j - 1, j, Head(view.words[j - 1].capitalize(), "named", False, False))
        bd = _board_after(view, i, j - 1)
        if bd is not None and (o is None or o.end < bd.end):
            return bd
        if view.low[j - 1] == "khoa" and (e := _faculty_in_sentence_case(view, j)) > (o.end if o is not None else j):
            return PositionMatch(i, e, (j - 1, e), "org")   # "Trưởng khoa Hồi sức tích cực Bệnh viện Chợ Rẫy"
        if o is not None:
            # (a faculty's university after a comma; a team's or an office's number: "Phó
            # trưởng phòng Công chứng số 1", "Trưởng Đoàn kiểm tra số 471")
            e = _faculty_parent(view, o.end) if view.low[j - 1] == "khoa" else _body_number(view, o.end)
            return PositionMatch(i, e, (o.start, e), "org")
    if (e := _slashed_units(view, j)) > j:
        return PositionMatch(i, e, None, "unit")    # "Chủ tịch xã/phường": one title over two levels
    p = place_at(view, j, modifier=True) if view.low[i] not in DEPUTY else None
    # (not "Đại biểu tỉnh Bà Rịa - Vũng Tàu": a deputy from a province, no office)
    if p is not None and p[1] == "bare-unit" and p[0] < view.n and view.words[p[0]] in (",", "/", "-", "–"):
        # one title shared by the unit words listed, none named: "Chủ tịch xã, phường", "chủ tịch
        # tỉnh, thành", "24 chủ tịch quận, huyện" (the office at those levels, one span; NOTES 6)
        return PositionMatch(i, _bare_units(view, p[0]), None, "unit")
    if p is not None and p[1] in ("unit", "bare-unit"):
        e = p[0]
        for k in range(j + 1, e - 1):
            if named_place(view, k):
                e = k + 1   # "Thị trưởng thị trấn Ollolai Efisio Arbau": the holder's name after the place
                break
        return PositionMatch(i, e, None, "unit")
    if p is not None and p[1] == "gazetteer" and tuple(view.low[j - 2:j]) in _PLACE_TITLES and view.joined(j - 1, j + 1):
        return PositionMatch(i, p[0], None, "unit")     # the head of a city or province: "Đô trưởng Viêng Chăn"
    if p is not None and p[1] == "gazetteer" and tuple(view.low[j - 2:j]) in _PROVINCE_TITLES:
        if view.joined(j, p[0]) and " ".join(view.words[j:p[0]]) in province_names():
            # the head of a province's people's committee or Party committee, the
            # province standing for its body: "Chủ tịch Hà Nội", "Bí thư Đà Nẵng"
            return PositionMatch(i, p[0], None, "unit")
    if p is None and view.low[i] not in DEPUTY and named_place(view, j):
        return PositionMatch(i, j + 1, None, "unit")   # "thị trưởng Ollolai", named "thị trấn Ollolai" elsewhere
    if p is None and j - 2 >= i and view.low[j - 1] == "trưởng" and view.low[j] == view.low[j - 2] \
            and (u := unit_at(view, j)) is not None and u[0] - j >= 2:
        # the head of a unit named by a compound unit word: "tổ trưởng tổ dân phố", "Tổ
        # trưởng tổ dân phố 2A" (not "Tổ trưởng tổ soạn thảo …", a team whose name goes
        # on in lower case)
        e = u[0]
        if e < view.n and view.adjacent(e) and _UNIT_NUMBER.fullmatch(view.words[e]):
            return PositionMatch(i, e + 1, None, "unit")
        return PositionMatch(i, _bare_units(view, e), None, "unit")
    b = _brand(view, j) if view.low[i] not in DEPUTY else j
    if b > j:       # (not "đoàn đại biểu TP Hà Nội", a delegation)
        return PositionMatch(i, _branch_place(view, b), (j, _branch_place(view, b)), "org")
    return None


def _seat(view: TokenView, c: int) -> int:
    """End of the seat of an envoy's post, ``tại`` and a place, after the country ending at
    ``c``: the post is the country's mission in that place, one office (``Tổng Lãnh sự Nhật
    Bản tại TP Hồ Chí Minh``, ``Đại sứ đặc mệnh toàn quyền Cộng hòa Pháp tại Việt Nam``);
    ``c`` if none (not ``tại buổi lễ``, no place)."""
    if not (c + 1 < view.n and view.low[c] == "tại" and view.joined(c - 1, c + 2) and view.cap[c + 1]):
        return c
    e = _state_at(view, c + 1)
    if e > c + 1:
        return e        # "tại Việt Nam", "tại Hà Nội", "tại Vương quốc Campuchia"
    p = place_at(view, c + 1, modifier=True)
    return p[0] if p is not None and p[1] in ("unit", "gazetteer") else c   # "tại TP Hồ Chí Minh"


def _branch_place(view: TokenView, b: int) -> int:
    """End of the place right after a body known by its acronym ending at ``b``, the
    branch of that place: a unit and its name or a province (``Trưởng CA quận Ngô Quyền``,
    ``Cục trưởng THADS Hà Nội``); ``b`` if none."""
    if b >= view.n or not view.adjacent(b) or not view.mask[b] & (UNIT | PLACE):
        return b
    p = place_at(view, b, modifier=True)
    if p is None or not (p[1] == "unit" or (p[1] == "gazetteer" and view.joined(b, p[0])
                                            and " ".join(view.words[b:p[0]]) in province_names())):
        return b
    return p[0]


# The bodies a faculty or a clinical department belongs to: "Khoa Kinh tế, Trường
# ĐH Nông Lâm", "Khoa Nhi, Bệnh viện Bạch Mai".
_FACULTY_PARENTS = ("trường", "đại học", "đh", "học viện", "bệnh viện", "bv")


def _faculty_parent(view: TokenView, e: int) -> int:
    """End of the university or hospital named after a comma after the faculty
    ending at ``e``: a faculty exists only inside one, so the comma is the comma of
    hierarchy (G_NOTES 7, U_NOTES 11): ``Trưởng khoa Kinh tế, Đại học Nông lâm
    TP.HCM`` is one office; ``e`` if none."""
    if not (e + 1 < view.n and view.words[e] == "," and view.adjacent(e + 1)):
        return e
    o = org_at(view, e + 1)
    if o is None or o.rule == "class" or o.head is None or not o.head.text.lower().startswith(_FACULTY_PARENTS):
        return e
    return o.end


def _faculty_in_sentence_case(view: TokenView, j: int) -> int:
    """End of a faculty or clinical department named in sentence case at ``j``, after a title ending
    with "khoa" (its first word capitalized, up to four lower-case words after it that are no function
    word or verb), when the hospital or university it belongs to follows, directly or after a comma,
    which shows where the name ends (G_NOTES 7, U_NOTES 11): ``Trưởng khoa Hồi sức tích cực Bệnh viện
    Chợ Rẫy``, ``Phó Trưởng khoa Cấp cứu, Bệnh viện Việt Đức``; ``j`` if none."""
    if not (j < view.n and view.cap[j] and view.adjacent(j) and view.words[j].isalpha()):
        return j
    k = j + 1
    while k < view.n and k - j <= 4 and view.words[k].islower() and not _clause_goes_on(view, k) \
            and not " ".join(view.low[k:k + 2]).startswith(_FACULTY_PARENTS):
        k += 1      # (not into a body's head in lower case: "Trưởng khoa Kinh tế trường Đại học Nông Lâm")
    if k == j + 1 or k >= view.n:
        return j
    e = _faculty_parent(view, k)
    if e > k:
        return e
    if not (view.cap[k] and view.adjacent(k)):
        return j
    o = org_at(view, k)
    return o.end if o is not None and o.rule != "class" and o.head is not None \
        and o.head.text.lower().startswith(_FACULTY_PARENTS) else j


def _numbered(view: TokenView, e: int) -> int:
    """End of the unit's number after its name ending at ``e``, ``số 3``: ``Đội
    Quản lý thị trường số 3`` (the number names the one team); ``e`` if none."""
    if e + 1 < view.n and view.low[e] == "số" and view.joined(e - 1, e + 2) \
            and _UNIT_NUMBER.fullmatch(view.words[e + 1]):
        return e + 2
    return e


def _body_number(view: TokenView, e: int) -> int:
    """:func:`_numbered` after a body named in an office, not a document's number that
    goes on after it (``Đoàn kiểm tra số 471``; not ``… Sở Y tế số 12/QĐ-SYT``)."""
    k = _numbered(view, e)
    return e if k < view.n and view.words[k] in ("/", "-", "–", ".") and view.adjacent(k) \
        and k + 1 < view.n and view.adjacent(k + 1) else k


def _hamlet_named(view: TokenView, i: int, j: int) -> int:
    """End of the hamlet's name or number after a title that ends with the
    hamlet's unit word, in any case: ``trưởng thôn Đông Hạ``, ``trưởng bản Nậm
    Cang``, ``trưởng khu phố 3`` (the office of that one hamlet, as "Trưởng thôn
    Đông Hạ" is); ``j`` if none."""
    for u in (j - 1, j - 2):
        if u > i and view.low[u - 1] == "trưởng" and (m := place_units().match(view, u)) is not None and m[0] == j:
            return _name_after(view, j, m[1].takes)     # (not unit_at: "trưởng thôn" is one word)
    return j


# Heads that, capitalized and alone, name the one body of that kind the text is
# about (GUIDELINES: bare capitalized references to one specific body, "Tổng cục",
# "Tòa án"): "Giám đốc Sở", "Chủ tịch Hội đồng", "Thứ trưởng Bộ".
_BARE_BODIES = {"Sở", "Bộ", "Cục", "Chi cục", "Viện", "Hội", "Hiệp hội", "Ủy ban", "Hội đồng", "Trung tâm",
                "Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng",
                "Đảng đoàn"}    # "Bí thư Đảng đoàn, Chủ tịch Hội Cựu chiến binh": the Party group of the body
# Words that go on with a name written in lower case: "Vụ các tổ chức quốc tế".
_NAME_GOES_ON = {"các", "những"}


def _in_board(view: TokenView, i: int) -> bool:
    """The title at ``i``, past its modifiers, follows "Ban": "Ban Tổng Giám đốc"
    names a company's board of directors, not one director."""
    while i > 0 and view.low[i - 1] in _MODS and view.adjacent(i):
        i -= 1
    return i > 0 and view.low[i - 1] == "ban" and view.adjacent(i)


def _bare_body(view: TokenView, j: int) -> int:
    """End of a body named by its capitalized head alone right after a title, the
    clause going on after it (punctuation, the end, or a function word: "Giám đốc
    Sở cho biết", "Chủ tịch Hội đồng, …"); ``j`` if none (a name the grammar
    could not read may follow: "Chủ tịch Hội nông dân")."""
    if not (view.cap[j] and view.mask[j] & HEAD):
        return j
    h = head_at(view, j)
    if h is None or h[1].text not in _BARE_BODIES:
        return j
    e = h[0]
    if e < view.n and view.adjacent(e) and view.words[e].isalnum() and (view.cap[e] or view.low[e] in _NAME_GOES_ON
                                                                       or not (view.low[e] in FUNCTION_WORDS
                                                                               or _speech_verb(view, e))):
        if _holder_after(view, e) and h[1].text not in _FIRM_HEADS:
            return e    # "Giám đốc Sở Nguyễn Văn Hùng cho biết": the body, then its head's name
        return j    # (nor a name in sentence case: "Vụ trưởng Vụ Các tổ chức quốc tế")
    return e


# Bodies whose names are often a person's: after "Công ty" a full name is the firm's.
_FIRM_HEADS = {"Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng"}


def _holder_after(view: TokenView, e: int) -> bool:
    """A person's full name starts at ``e`` and the clause goes on in lower case or
    stops after it: the holder of the office whose body was named alone before it
    (``Chủ nhiệm Ủy ban Nguyễn Chơn Trung trao đổi``), not a body's name in title
    case (``Hội Nông Dân Việt Nam``: a country ends it) nor a place (``Sở Hà Nội``)."""
    k = person_shape(view, e)
    if k - e < 2 or (k < view.n and view.adjacent(k) and view.cap[k]):
        return False
    return not (places().spans(view, e, k) or any(regions().match(view, t) for t in range(e + 1, k)))


# Titles of a province's leaders that name the province alone for its committee.
_PROVINCE_TITLES = {("chủ", "tịch"), ("bí", "thư")}
# Titles that name the head of a city or province, its name after them: "Thị trưởng
# Paris", "Đô trưởng Viêng Chăn" (Vientiane), "Tỉnh trưởng Champasak".
_PLACE_TITLES = {("thị", "trưởng"), ("đô", "trưởng"), ("tỉnh", "trưởng")}


# The kinds of agency named in lower case after "thủ trưởng cơ quan" by the laws that give its head
# a duty (Law on Inspection, Criminal Procedure Code): "Thủ trưởng cơ quan quản lý trực tiếp",
# "thủ trưởng cơ quan điều tra", "thủ trưởng cơ quan ngang bộ".
_AGENCY_KINDS = (("quản", "lý", "trực", "tiếp"), ("quản", "lý", "cấp", "trên"), ("quản", "lý", "nhà", "nước"),
                 ("cảnh", "sát", "điều", "tra"),
                 ("an", "ninh", "điều", "tra"), ("điều", "tra"), ("ngang", "bộ"), ("chủ", "quản"),
                 ("nhà", "nước"), ("hành", "chính", "nhà", "nước"), ("thuộc", "chính", "phủ"))


def _agency_kind(view: TokenView, e: int) -> int:
    """End of the kind of agency (``_AGENCY_KINDS``) at ``e``, after "cơ quan"; ``e`` if none."""
    for kind in _AGENCY_KINDS:
        if tuple(view.low[e:e + len(kind)]) == kind and view.joined(e - 1, e + len(kind)):
            return e + len(kind)
    return e


def _agency(view: TokenView, j: int) -> int:
    """End of the agency in general after ``thủ trưởng``, ``cơ quan`` at ``j`` and its kind
    (``_AGENCY_KINDS``), or the class with the units listed (``thủ trưởng cơ quan, đơn vị``),
    when the clause goes on after it (punctuation, the end, a function word: ``trách nhiệm thủ
    trưởng cơ quan cũng cần …``); ``j`` if the agency's name may go on (``thủ trưởng cơ quan
    chuyên môn thuộc UBND tỉnh``)."""
    if not view.joined(j - 1, j + 2):
        return j
    e = _agency_kind(view, j + 2)
    while e + 1 < view.n and view.words[e] in (",", "và") and view.adjacent(e + 1) \
            and (c := _class_noun(view, e + 1)) > e + 1:
        # "thủ trưởng cơ quan, đơn vị", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"
        e = _agency_kind(view, c) if tuple(view.low[e + 1:c]) == ("cơ", "quan") else c
    # the clause goes on with the office its subject or object: "… quản lý trực tiếp xem xét",
    # "thủ trưởng cơ quan phải chịu trách nhiệm" (not a noun, "cơ quan điều tra hình sự", nor a
    # name the grammar did not read, "cơ quan điều tra VKSND tối cao")
    return e if _clause_goes_on(view, e) else j


# The first syllables of the verbs whose subject or object an agency's head often is, after the
# office: "phải chịu trách nhiệm", "xem xét", "quyết định", "ký", "giao", "xử lý", "chỉ đạo"
# (not "đề nghị", also a noun: "tổ soạn thảo đề nghị xây dựng …").
_CLAUSE_VERBS = frozenset({"phải", "chịu", "xem", "quyết", "ký", "giao", "xử", "chỉ", "kiểm", "cần", "ban",
                           "yêu", "trả", "phê", "ủy", "uỷ"})
# "tòa" (a court) as written in either placement of the tone mark.
_COURT = frozenset({lfold("tòa"), lfold("toà")})
# The commanders and political officers of an army's service or arm, named by its field alone.
_COMMANDERS = frozenset({(lfold("tư"), lfold("lệnh")), (lfold("chính"), lfold("ủy")),
                         (lfold("mưu"), lfold("trưởng"))})
# The services, arms and forces of the People's Army known by their field alone, one force each
# (Law on National Defence): "Hải quân", "Phòng không - Không quân", "Cảnh sát biển", "Công binh".
_SERVICES = frozenset({"hải quân", "không quân", "phòng không", "lục quân", "cảnh sát biển", "công binh",
                       "đặc công", "pháo binh", "tăng thiết giáp", "thông tin liên lạc"})
# The border guard, named alone, the one national force: "Chính ủy Bộ đội Biên phòng".
_BORDER_GUARD = "Bộ đội Biên phòng"


def _service(view: TokenView, j: int) -> int:
    """End of an army's service or arm named by its capitalized field alone at ``j``, after a
    commander's title: ``Tư lệnh Hải quân``, ``Tư lệnh Phòng không - Không quân``, ``Chính ủy Bộ
    đội Biên phòng`` (the one national force); ``j`` if none."""
    h = head_at(view, j)
    if h is not None and h[1].text == _BORDER_GUARD:
        return h[0]
    e = j
    while e < view.n and view.cap[e] and (f := org_fields().match(view, e)) is not None \
            and " ".join(view.low[e:f[0]]) in _SERVICES:
        e = f[0]
        if not (e + 1 < view.n and view.words[e] in ("-", "–") and view.adjacent(e + 1)):
            break
        e += 1      # "Phòng không - Không quân": two fields, one service
    if e == j or view.words[e - 1] in ("-", "–"):
        return j
    c = regions().match(view, e) if e < view.n and view.adjacent(e) else None
    return c[0] if c is not None and c[1] == "country" else e   # "Cảnh sát biển Việt Nam"


# The courts and procuracies whose high level is named "cấp cao" (Law on the
# Organization of People's Courts 2014: three high courts, seated in Hà Nội, Đà
# Nẵng and TP.HCM; the same for the procuracies).
_JUDICIAL_HEADS = {"Tòa án nhân dân", "Tòa án", "TAND", "Viện kiểm sát nhân dân", "Viện kiểm sát", "VKSND"}


def _high_court(view: TokenView, j: int) -> int:
    """End of a high court or procuracy at ``j``, with its seat: ``Tòa án nhân
    dân cấp cao tại Hà Nội``, ``VKSND cấp cao`` (``j`` if none)."""
    h = head_at(view, j)
    if h is None or h[1].text not in _JUDICIAL_HEADS:
        return j
    k = h[0]
    if not (k + 1 < view.n and view.low[k] == "cấp" and view.low[k + 1] == "cao" and view.joined(k - 1, k + 2)):
        return j
    k += 2
    if k + 1 < view.n and view.low[k] == "tại" and view.joined(k - 1, k + 2):
        p = place_at(view, k + 1, modifier=True)
        if p is not None:
            return p[0]
    return k


def _board_after(view: TokenView, i: int, j: int) -> PositionMatch | None:
    """A board of a body at ``j``, its name in lower case (position_boards.txt),
    with the body it governs after it: ``Chủ tịch Hội đồng thành viên Tổng Công
    ty Bưu điện Việt Nam``, ``Chủ tịch HĐQT PVN``, ``Chủ tịch Hội đồng bầu cử
    thành phố``, or alone: ``Phó chủ tịch Hội đồng thi``, ``Thư ký Ban chấm thi``
    (not after ``đại biểu``, a delegate, no office)."""
    boards = position_boards()
    if view.key[j] not in boards.firsts or view.low[i] in DEPUTY:
        return None
    b = boards.match(view, j)
    if b is None:
        return None
    e = _body_number(view, b[0])    # "Trưởng Đoàn kiểm tra số 471": the team's number
    if e < view.n and view.adjacent(e):
        o = org_at(view, e)
        st = site_at(view, e) if view.cap[e] else e
        if st > e and (o is None or o.rule == "class" or st > o.end):
            # the site the board runs: "Giám đốc Ban quản lý Vườn quốc gia Cúc
            # Phương", "Trưởng Ban quản lý Khu kinh tế Dung Quất"
            e = st
        elif o is not None and o.rule != "class" and view.cap[e]:
            e = _own_abbreviation(view, o.start, o.end)     # "… Tổng Công ty Bưu điện Việt Nam"
        elif (k := _brand(view, e)) > e:
            e = k       # "Chủ tịch HĐQT PVN"
        elif (k := _bare_body(view, e)) > e:
            e = k       # "Chủ tịch HĐQT Tập đoàn và …": the group in context
        else:
            p = place_at(view, e, modifier=True)
            if p is not None and p[1] in ("unit", "bare-unit", "gazetteer"):
                e = p[0]    # "Chủ tịch Hội đồng bầu cử thành phố", "… TP Cần Thơ"
    return PositionMatch(i, e, (j, e), "org")


def _field_words(view: TokenView, j: int) -> int:
    """End of a ministry's field written as capitalized two-syllable words after
    its minister's title, where the field lexicon does not know it: ``Công
    nghiệp``, ``Bưu chính Viễn thông``, ``Bưu chính, Viễn thông`` (``j`` if none;
    it stops before a person's name, an office or a body)."""
    e = k = j
    while k + 1 < view.n and view.cap[k] and view.adjacent(k) and view.adjacent(k + 1) \
            and view.words[k + 1].isalpha() and is_word(view.words[k], view.words[k + 1]) \
            and person_shape(view, k) == k and position_titles().match(view, k) is None \
            and head_at(view, k) is None:
        e = k = k + 2
        if k + 1 < view.n and view.words[k] in (",", "và") and view.cap[k + 1] and view.adjacent(k + 1):
            k += 1
    return e


# The forms of state before a country's name: "Cộng hòa dân chủ nhân dân Lào",
# "Cộng hòa xã hội chủ nghĩa Việt Nam", "Vương quốc Thái Lan", "Liên bang Nga".
_STATE_FORMS = (("cộng", "hòa"), ("vương", "quốc"), ("liên", "bang"), ("hợp", "chủng", "quốc"), ("chxhcn",))


def _state_at(view: TokenView, j: int) -> int:
    """End of a country at ``j``, with its form of state written out or
    abbreviated (``CHXHCN Việt Nam``), after the noun ``nước`` too (``Đại sứ đặc mệnh
    toàn quyền nước CHXHCN Việt Nam``), ``j`` if none."""
    if j + 1 < view.n and view.low[j] == "nước" and view.adjacent(j + 1) and view.cap[j + 1]:
        e = _state_at(view, j + 1)
        return e if e > j + 1 else j
    k = j
    for form in _STATE_FORMS:
        e = j + len(form)
        if e <= view.n and tuple(view.key[j:e]) == tuple(map(lfold, form)) and view.joined(j, e):
            k = e
            while k < view.n and k - e < 5 and view.adjacent(k) and view.words[k].isalpha() \
                    and (not view.cap[k] or view.low[k] in _STATE_WORDS):
                k += 1      # "dân chủ nhân dân", "xã hội chủ nghĩa", "Xã hội chủ nghĩa"
            break
    c = (regions().match(view, k) or _britain(view, k)) if k < view.n and view.adjacent(k) else None
    return c[0] if c is not None else j


# The first words of the forms of state (_STATE_FORMS).
_FORM_FIRSTS = frozenset(form[0] for form in _STATE_FORMS)
# The words of a state's form after "Cộng hòa", also in title case: "Cộng hòa Xã hội chủ
# nghĩa Việt Nam", "Cộng hòa Dân chủ Nhân dân Lào".
_STATE_WORDS = frozenset({"xã", "hội", "chủ", "nghĩa", "dân", "nhân"})


def _state_form(view: TokenView, j: int) -> tuple[int, str] | None:
    """A country named with its form of state at ``j`` (``Cộng hòa Xã hội chủ nghĩa Việt
    Nam``), as a region match, None if none."""
    if view.low[j] not in _FORM_FIRSTS:
        return None
    e = _state_at(view, j)
    return (e, "country") if e > j else None


def _britain(view: TokenView, j: int) -> tuple[int, str] | None:
    """The United Kingdom, ``Anh``, at ``j`` after a title, as a region match: a foreign
    name, the clause or nothing after it (``Thủ tướng Anh Tony Blair``, ``Nữ hoàng Anh
    Elizabeth II``); None if not: a name's syllable after it (``Anh Tuấn``), or a place
    (``Chủ tịch Anh Sơn``, the district)."""
    if view.words[j] != "Anh":
        return None
    k = j + 1
    if k < view.n and view.adjacent(k) and view.cap[k] and is_vietnamese_syllable(view.words[k]):
        return None
    return (k, "country") if place_at(view, j, modifier=True) is None else None


def _unread_body(view: TokenView, j: int) -> bool:
    """A body's capitalized head starts at ``j``, right after a title that would stand alone,
    and its name goes on after the head, where the grammar of bodies read none: the office
    is the title with that body, whose end is unknown (``Vụ trưởng Vụ đê điều``, ``Cục trưởng
    Cục chống tham nhũng``), so the title alone would be a wrong span (not the clause going
    on after a bare head: ``làm giám đốc Cty nhưng``)."""
    if not (j < view.n and view.adjacent(j) and view.cap[j] and view.mask[j] & HEAD):
        return False
    h = head_at(view, j)
    if h is None:
        return False
    e = h[0]
    return e < view.n and view.adjacent(e) and view.words[e].isalpha() and view.low[e] not in FUNCTION_WORDS \
        and view.low[e] not in _QUANTIFIERS and not _speech_verb(view, e)


# Quantifiers after a body's head that make it a class of bodies: "Phó Chủ tịch UBND một số tỉnh".
_QUANTIFIERS = frozenset({"một", "mỗi", "mọi", "từng", "nhiều"})


# Titles of an envoy named alone, whose first words also begin a compound noun after them.
_ENVOYS = {"đại sứ"}


def _envoy_compound(view: TokenView, j: int) -> bool:
    """The lower-case words at ``j`` make a compound with the envoy's title or among
    themselves: ``Đại sứ quán`` (the embassy), ``Đại sứ thiện chí`` (an honour), not a verb
    of saying or a function word (``Đại sứ khẳng định``, ``Đại sứ cũng``)."""
    if not (j < view.n and view.adjacent(j) and view.words[j].isalpha() and view.words[j].islower()):
        return False
    if is_word(view.words[j - 1], view.words[j]):
        return True
    return j + 1 < view.n and view.adjacent(j + 1) and view.low[j] not in FUNCTION_WORDS \
        and not _speech_verb(view, j) and is_word(view.words[j], view.words[j + 1])


# The field that names a district's forest-ranger unit after its head's title, and the unit.
_RANGERS = ("kiểm", "lâm")
_RANGER_HEAD = Head("Hạt Kiểm lâm", "named", False, False)


def _over_terms(view: TokenView, i: int, j: int) -> int:
    """End of the body at ``j`` held over several terms, ``các khóa`` and the terms listed
    after it (N_NOTES 9: the body with its terms): ``Đại biểu Quốc hội các khóa VIII, X, XI``,
    ``ủy viên Bộ Chính trị các khóa VIII, IX``; ``j`` if none (the grammar of bodies reads
    "các" after a body as a class, so the body is read on the tokens before it)."""
    has = view.memo.get("over_terms")
    if has is None:     # (once per article: the text names terms listed after "các" at all)
        has = view.memo["over_terms"] = "các khóa" in view.text or "các khoá" in view.text
    if not has or "các" not in view.low[j + 1:j + 8]:
        return j
    k = view.low.index("các", j + 1, j + 8)
    if not (k + 2 < view.n and view.key[k + 1] == TERM and view.cap[j]
            and view.joined(k - 1, k + 3) and TERM_NUMBER.fullmatch(view.words[k + 2])):
        return j
    cut = TokenView(view.text, view.starts[:k], view.words[:k], view.low[:k], view.key[:k], view.exact[:k],
                    view.cap[:k], k, view.brk[:k], mask=view.mask[:k], opens=view.opens[:k])
    o = org_at(cut, j)
    if o is None or o.rule == "class" or o.end != k:
        return j
    if view.low[i] in DEPUTY and not (o.head.text in _ELECTED if o.head is not None else view.key[j] in _ELECTED_KEYS):
        return j    # (a deputy of an elected body only)
    e = k + 3
    while e + 1 < view.n and view.words[e] in (",", "và") and view.adjacent(e + 1) \
            and TERM_NUMBER.fullmatch(view.words[e + 1]):
        e += 2
    return e


def _own_abbreviation(view: TokenView, a: int, b: int, body: bool = True) -> int:
    """``b``, or the end of ``( ABBR )`` right after the body ``a..b`` when ABBR
    spells its words' initials: ``Chủ tịch Quốc hội (QH)`` abbreviates the body
    inside the office, which keeps it; or, after a body (``body``), when ABBR is
    its acronym in any language, no office nor place: ``Chủ tịch Phòng Thương mại
    và Công nghiệp Việt Nam (VCCI)``, ``Chủ tịch Tổng Công ty Xây lắp Dầu khí Việt
    Nam (PVC)`` (C_NOTES 11; the gold of G, O, T, W keeps it)."""
    if not (b + 2 < view.n and view.words[b] == "(" and view.words[b + 2] == ")" and view.joined(b, b + 3)):
        return b
    abbr = view.words[b + 1]
    spelt = "".join(w[:1] for w in view.words[a:b]).upper()
    if len(abbr) >= 2 and (abbr == spelt or abbr == "".join(w if w.isupper() else w[:1].upper() for w in view.words[a:b])):
        return b + 3    # (an acronym inside spelt whole: "đại biểu QH (ĐBQH)")
    return b + 3 if body and _ACRONYM.fullmatch(abbr) and position_titles().match(view, b + 1) is None \
        and place_at(view, b + 1) is None and not _partial(view, a, b, abbr) else b


def _generic_department(view: TokenView, j: int) -> bool:
    """The lower-case ``sở`` at ``j`` ends the clause's noun: punctuation, the end or a
    lower-case word follows it, not a name nor another class noun (``sở, ngành``)."""
    k = j + 1
    if k >= view.n:
        return True
    if view.adjacent(k) and (view.cap[k] or view.words[k][:1].isdigit()):
        return False
    return not (view.words[k] in (",", "/", "-") and k + 1 < view.n and _class_noun(view, k + 1) > k + 1)


def _spelled_body(view: TokenView, j: int) -> int:
    """End of a body at ``j`` whose name the grammar does not know, that the
    acronym in brackets right after it spells word by word, which shows where
    it starts and ends: ``Đường sắt Việt Nam (ĐSVN)``, ``Công ty Cấp nước Huế
    (HWS)`` (``j`` if none)."""
    if not (view.cap[j] and view.words[j].isalpha()):
        return j
    k = j
    while k < view.n and k - j < 8 and view.adjacent(k) and view.words[k].isalpha():
        k += 1
    if not (3 <= k - j and k + 2 < view.n and view.words[k] == "(" and view.words[k + 2] == ")"
            and view.joined(k, k + 3)):
        return j
    if _plain(view.words[k + 1]) != _plain("".join(w[:1] for w in view.words[j:k])):
        return j
    return k + 3


def _partial(view: TokenView, a: int, b: int, abbr: str) -> bool:
    """``abbr`` spells the initials of the words of ``a..b`` after its first one,
    so it shortens only part of the name (GUIDELINES: not the body's): ``Cục Thi
    hành án dân sự (THADS)``, ``Ủy ban An toàn giao thông (ATGT) quốc gia``."""
    initials = _plain("".join(w[:1] for w in view.words[a:b] if w[:1].isalpha()))
    return _plain(abbr) in initials[1:]


# A body's short name in brackets: two capitals or more, "VCCI", "HoREA", "PVC", "ĐSVN".
_ACRONYM = regex.compile(r"(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}\d&]{1,9}")


# The Party committees of a place, one specific body even with no place after them.
_PARTY_COMMITTEES = {"Quận ủy", "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Thị ủy", "Đảng ủy"}


def _lower_head_body(view: TokenView, j: int):
    """The body after a title whose head noun is written in lower case, with a
    capitalized name or a place after it: ``Giám đốc sở Tài chính``, ``Chủ nhiệm
    văn phòng QH``, ``Bí thư huyện ủy Mỹ Đức`` (the head read as if capitalized;
    a title before it says that a body follows, not a common noun)."""
    if view.cap[j] or not view.mask[j] & HEAD or view.low[j] in _HEAD_IN_TITLE:
        return None
    view.cap[j] = True
    kept = view.memo.pop("head", {})    # (head_at's answers for the case as written, put back after)
    try:
        h = head_at(view, j)
        o = complete(view, j, h[0], h[1]) if h is not None else None
    finally:
        view.cap[j] = False
        view.memo["head"] = kept
    if o is None or o.rule == "class" or (o.end == h[0] and h[1].text not in _PARTY_COMMITTEES) \
            or _cut_in_name(view, h[0], o.end):
        return None     # the head alone ("giám đốc công ty") is a common noun; a Party
                        # committee alone is the one of the place ("Bí thư thành ủy", "Bí thư Quận ủy")
    return o


def _placed_lower_name(view: TokenView, j: int) -> int:
    """End of a body at ``j`` named by a capitalized head, its name in lower case,
    then the place it belongs to, which shows where the name ends: ``Hội nhiếp
    ảnh Hà Nội``, ``Hội luật gia tỉnh Bình Định``, ``Văn phòng chính sách nhà ở
    và thị trường BĐS TP.HCM`` (``j`` if none;
    after a title, which says that a body follows)."""
    if not (view.cap[j] and view.mask[j] & HEAD):
        return j
    h = head_at(view, j)
    if h is None or h[1].kind != "named" or (h[1].text not in _BARE_BODIES and h[1].text != "Văn phòng"):
        return j
    k = h[0]
    while k < view.n and k - h[0] < 9 and view.adjacent(k) and view.words[k].isalpha() \
            and unit_at(view, k) is None and not _speech_verb(view, k):
        w = view.words[k]
        if w.islower() and (view.low[k] not in FUNCTION_WORDS or is_word(view.words[k - 1], w)):
            k += 1      # (a function word that ends a compound: "nhà ở")
        elif w == "và" and k > h[0] and k + 1 < view.n and view.words[k + 1].islower():
            k += 1      # "Văn phòng chính sách nhà ở và thị trường BĐS TP.HCM"
        elif k > h[0] and w.isupper() and len(w) >= 2 and place_at(view, k) is None:
            k += 1      # an acronym inside the name: "BĐS" (bất động sản)
        else:
            break
    if k - h[0] < 2 or k >= view.n or not view.adjacent(k):
        return j    # (two words at least: one may be a verb, "Sở cấp Hà Nội")
    p = place_at(view, k, modifier=True)
    return p[0] if p is not None and p[1] in ("gazetteer", "unit") else j


# Verbs of saying that follow a holder's office: the clause goes on, no name
# ("Giám đốc Sở khẳng định Hà Nội …").
_SPEECH_VERBS = frozenset({("khẳng", "định"), ("nhấn", "mạnh"), ("yêu", "cầu"), ("đề", "nghị"), ("phát", "biểu"),
                           ("chia", "sẻ"), ("trả", "lời"), ("thừa", "nhận"), ("kiến", "nghị"), ("báo", "cáo"),
                           ("chỉ", "đạo"), ("thông", "tin"), ("giải", "thích"), ("bày", "tỏ"), ("nhận", "định")})


def _speech_verb(view: TokenView, k: int) -> bool:
    """A verb of saying begins at token ``k``: "nói", "ký", "khẳng định" …"""
    return view.low[k] in ("nói", "ký") or (k + 1 < view.n and (view.low[k], view.low[k + 1]) in _SPEECH_VERBS)


# What closes a unit's name written in sentence case: "Tổ trưởng Tổ Đúc mạ, Phân xưởng …",
# "Đội trưởng Đội Quy tập mộ liệt sĩ (Cục Chính trị …)".
_NAME_CLOSERS = frozenset({",", "(", ")", ";", ":", "."})


def _sentence_case_name(view: TokenView, a: int) -> int:
    """End of a unit's name at ``a`` written in sentence case, its first word
    capitalized and the rest in lower case, when its holder's full name or
    another body follows it: ``Vụ trưởng Vụ Các tổ chức quốc tế Phạm Bình Minh``,
    or punctuation closes it, no verb on the way: ``Đội trưởng Đội Quy tập mộ liệt sĩ (Cục
    Chính trị)`` (``a`` if none: the end of a lower-case run is known only by what follows it)."""
    if not (a < view.n and view.cap[a] and view.adjacent(a) and view.words[a].isalpha()):
        return a
    k = a + 1
    verb = False
    while k < view.n and k - a < 7 and view.adjacent(k) and view.words[k].isalpha() \
            and view.words[k].islower() and view.low[k] not in FUNCTION_WORDS:
        verb = verb or view.low[k] in _CLAUSE_VERBS or _speech_verb(view, k)
        k += 1
    if k == a + 1 or k >= view.n or not view.adjacent(k):
        return a
    if view.words[k] in _NAME_CLOSERS:
        return a if verb else k
    if not view.cap[k]:
        return a
    return k if person_shape(view, k) - k >= 2 or org_at(view, k) is not None else a


# The heads of the units whose names the press writes in sentence case, their field going on in
# lower case: "Vụ Giáo dục phổ thông", "Cục Quản lý dược", "Ban Văn hóa xã hội".
_SENTENCE_CASE_HEADS = frozenset({"Vụ", "Cục", "Ban", "Viện", "Phòng", "Tổng cục", "Trung tâm", "Chi cục"})


def _name_tail(view: TokenView, o) -> int:
    """End of the lower-case rest of the name of the unit ``o`` (read up to its last capitalized
    word), when its holder's full name follows it, which shows where the name ends: ``Vụ
    trưởng Vụ Giáo dục phổ thông Lê Quán Tần`` (``o.end`` if none: no name after, or a
    function word, an honorific or a verb of saying on the way: "Vụ Pháp chế cho biết ông A")."""
    e = o.end
    if o.head is None or o.head.text not in _SENTENCE_CASE_HEADS or not any(view.cap[o.start + 1:e]):
        return e    # (a name after the head: not "Ban" alone)
    k = e
    while k < view.n and k - e < 3 and view.adjacent(k) and view.words[k].isalpha() and view.words[k].islower() \
            and view.low[k] not in FUNCTION_WORDS and not view.mask[k] & HONORIFIC and not _speech_verb(view, k):
        k += 1
    return k if k > e and person_shape(view, k) - k >= 2 and view.adjacent(k) else e


# The bodies a unit named in sentence case belongs to, after a comma (the comma of hierarchy,
# G_NOTES 7, S_NOTES 4): "Vụ Hợp tác quốc tế, Bộ Tài chính", "Viện ứng dụng công nghệ, Bộ Khoa học và
# Công nghệ", "Trung tâm …, Sở Y tế …".
_PARENT_BODIES = frozenset({"Bộ", "Tổng cục", "Cục", "Sở", "UBND", "Ủy ban nhân dân", "Học viện", "Đại học"})


def _sentence_case_body(view: TokenView, j: int) -> int:
    """End of a unit at ``j`` named in sentence case after its capitalized head (``Vụ``, ``Cục``,
    ``Viện``, ``Trung tâm`` …: ``_SENTENCE_CASE_HEADS``), two to six lower-case words that are no
    function word, verb or honorific, when the body it belongs to follows and shows where the name
    ends: in brackets, the parent a separate body (``Cục trưởng Cục chống tham nhũng (Thanh tra
    Chính phủ)``, ``Giám đốc Trung tâm hỗ trợ xuất khẩu (Cục Xúc tiến thương mại …)``, R_NOTES 7), or
    after a comma, the parent inside the office (``Viện trưởng Viện ứng dụng công nghệ, Bộ Khoa học
    và Công nghệ``); ``j`` if none (the end of a lower-case run is unknown without it)."""
    h = head_at(view, j)
    if h is None or h[1].text not in _SENTENCE_CASE_HEADS:
        return j
    e = _run_to_parent(view, h[0], True)
    return e if e > h[0] else j


def _run_to_parent(view: TokenView, a: int, comma: bool) -> int:
    """End of the lower-case rest of a unit's name at ``a`` (see :func:`_sentence_case_body`) closed
    by its parent body in brackets (its end) or, if ``comma``, after a comma (the parent's end);
    ``a`` if none."""
    k = a + 1 if a < view.n and view.cap[a] and view.adjacent(a) and view.words[a].isalpha() else a
    while k < view.n and k - a < 10 and view.adjacent(k) and view.words[k].isalpha() and view.words[k].islower() \
            and (view.low[k] not in FUNCTION_WORDS or (view.low[k] in ("và", "về") and k - a >= 2 and k + 1 < view.n
                                                      and view.words[k + 1].islower())) \
            and view.low[k] not in _CLAUSE_VERBS and not _speech_verb(view, k) \
            and tuple(view.low[k:k + 2]) not in _SUBJECT_VERBS \
            and not (view.mask[k] & HONORIFIC and honorifics().match(view, k) is not None):
        k += 1      # (its first word capitalized: "Vụ Các vấn đề chung về xây dựng pháp luật (Bộ Tư pháp)";
                    # "và" inside: "Đội chỉ huy giao thông và điều khiển đèn tín hiệu (PC67)")
    if k - a < 2 or k + 1 >= view.n or view.words[k] not in ("(", ",") or not view.cap[k + 1] \
            or not view.adjacent(k + 1) or view.low[k - 1] == "và":
        return a
    if view.words[k] == "(" and k + 2 < view.n and view.words[k + 2] == ")" \
            and _UNIT_CODE.fullmatch(view.words[k + 1]) and view.joined(k, k + 3):
        return k    # the parent's code: "Đội tham mưu (PC67)"
    o = org_at(view, k + 1)
    if o is None or o.rule == "class":
        return a
    if view.words[k] == "(":
        # (the parent's own parent may follow in the bracket: "(Cục Xúc tiến thương mại - Bộ Công thương)")
        return k if o.end < view.n and view.words[o.end] in (")", "-", "–", ",") else a
    return o.end if comma and o.head is not None and o.head.text in _PARENT_BODIES else a


# The code of a police division or a body, letters and a number: "PC67", "PA83", "C46".
_UNIT_CODE = regex.compile(r"\p{Lu}{1,3}\d{2,3}")


# Verbs a body's head alone may be the subject of, besides the verbs of saying (_SPEECH_VERBS): "Giám
# đốc Trung tâm trao đổi thêm, …", "… đánh giá cao, …".
_SUBJECT_VERBS = frozenset({("trao", "đổi"), ("đánh", "giá"), ("lưu", "ý"), ("nêu", "rõ"), ("cho", "rằng"),
                            ("cho", "hay"), ("bổ", "sung"), ("khuyến", "cáo"), ("cảnh", "báo"), ("xác", "nhận")})


# A state's bodies named with the country after them: "Chính phủ Hoàng gia Campuchia", "Hạ viện Anh".
_STATE_BODIES = frozenset({"Chính phủ", "Quốc hội", "Hạ viện", "Thượng viện", "Nghị viện"})


def _state_body_country(view: TokenView, o) -> int:
    """End of the country after a state's body ``o`` that its grammar does not read: a kingdom's
    ``Hoàng gia`` (royal) before the country (``Chính phủ Hoàng gia Campuchia``), or Britain,
    ``Anh`` (``Hạ viện Anh``, see :func:`_britain`); ``o.end`` if none."""
    e = o.end
    if o.head is None or o.head.text not in _STATE_BODIES or e >= view.n or not view.adjacent(e):
        return e
    if view.words[e] == "Hoàng" and e + 2 < view.n and view.words[e + 1] == "gia" and view.joined(e, e + 3):
        c = regions().match(view, e + 2)
        return c[0] if c is not None and c[1] == "country" else e
    c = _britain(view, e)
    return c[0] if c is not None else e


def _cut_in_name(view: TokenView, a: int, b: int) -> bool:
    """The name ``a..b`` after a head stops inside a phrase that goes on in lower
    case: one capitalized syllable, or one and a lower-case syllable that are no
    field nor body, then a lower-case word (``cục Chống buôn lậu``, ``Tổ Đúc
    mạ``, ``Đội Quy tập mộ liệt sĩ``): the name is written half in lower case
    and its end is unknown."""
    if b >= view.n or not view.adjacent(b) or not view.words[b].isalpha() or not view.words[b].islower():
        return False
    if b - a == 1:
        return is_syllable(view, a)
    if b - a != 2 or not is_syllable(view, a) or view.cap[a + 1]:
        return False
    f = org_fields().match(view, a)
    return (f is None or f[0] != b) and org_at(view, a) is None   # (not "sở Tài chính", "văn phòng Quốc hội")


# A brand written in camel case, two capitalized words run together: "VietTimes", "VnExpress",
# "OceanBank" (not a foreign family name's prefix: "McCain", "MacArthur", "DeLay", "LaHood").
_CAMEL = regex.compile(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*")


def _brand(view: TokenView, j: int) -> int:
    """A company known by its brand right after a title: ``Tổng Giám đốc PVP Land``,
    ``Chủ tịch FPT``, ``Tổng Biên tập VietTimes`` — an acronym or a camel-case word first, then
    capitalized words."""
    if not (is_proper(view, j) and not is_syllable(view, j)
            and ((view.words[j].isupper() and len(view.words[j]) >= 2) or _CAMEL.fullmatch(view.words[j]))) \
            or ((h := head_at(view, j)) is not None and h[1].kind == "body"):
        return j    # (a body's head is no brand: "phó chủ tịch UBND cấp xã" names a class)
    k = j + 1
    while k < view.n and k - j < 4 and view.adjacent(k) and is_proper(view, k) \
            and person_shape(view, k) == k:
        k += 1
    return k


def starts(view: TokenView) -> list[int]:
    """The hot tokens where :func:`position_at` may match: a title or a modifier
    before one (see :func:`~.locations.candidate_starts`)."""
    return candidate_starts(view)[0]


def _rare_family_cut(view: TokenView, m: PositionMatch) -> PositionMatch:
    """``m``, or ``m`` cut before the holder's name whose first words its place swallowed: a
    family name outside the common list, then a middle name (``Văn``, ``Thị``), right after a
    gazetteer place that ends the office (``Phó Chủ tịch UBND tỉnh Đồng Nai Ao Văn Thinh``,
    ``Chủ tịch UBND huyện Vân Canh Mang Văn Thới``: the place is Đồng Nai, the person Ao Văn Thinh)."""
    e = m.end
    for c in (e - 2, e - 1):
        if c < m.start + 2 or c + 2 >= view.n or view.words[c + 1] not in _MIDDLE_ONLY or not view.joined(c, c + 3) \
                or not (view.mask[c] & SYLLABLE and view.mask[c + 2] & SYLLABLE) or view.mask[c] & FAMILY:
            continue
        if not any(view.mask[s] & PLACE and (p := places().match(view, s)) is not None and p[0] == c
                   for s in range(max(m.start, c - 3), c)):
            continue
        org = m.org if m.org is None or m.org[1] <= c else ((m.org[0], c) if m.org[0] < c else None)
        return PositionMatch(m.start, c, org, m.rule)
    return m


def find(doc: Doc, view: TokenView) -> list[Span]:
    out: list[Span] = []
    ends = view.memo["position_ends"] = {}    # start token -> end token of each office found (persons asks)
    for m in scan(view, position_at, starts(view)):
        if view.words[m.end - 1] in _MIDDLE_ONLY or (m.end < view.n and view.words[m.end] in _MIDDLE_ONLY):
            m = _rare_family_cut(view, m)
        ends[m.start] = m.end
        a, b = view.char_span(m.start, m.end)
        if m.rule == "block":
            out.append(doc.span(a, b, CLASS, "rule:position-class", 0.8))
            continue
        org = None
        if m.org is not None:
            oa, ob = view.char_span(*m.org)
            org = doc.text[oa:ob]
        score = {"org": 0.9, "class": 0.8, "unit": 0.85, "bare": 0.75}[m.rule]
        out.append(doc.span(a, b, "POSITION", f"rule:position-{m.rule}", score, organization=org))
    return out
