"""ORGANIZATION: head noun + name + qualifiers + the body it belongs to + place.

Grammar (token level, one organization is the longest match):

    ORG   := FIXED | HEAD NAME? TAIL*
    HEAD  := Ban | Bộ | Sở | Ủy ban | UBND | Quận ủy | Công ty | báo | …   (org_heads.tsv)
    NAME  := FIELD (và|&|-) FIELD … | Proper …           Dân vận, Tài chính, Tasco Nam Thái
    TAIL  := QUALIFIER                                    nhân dân, tối cao, cổ phần
           | ( ABBR )  when more of the name follows      (TN-MT) TP, (CSĐT) Bộ Công an
           | ORG                                          Ban Dân vận + Thành ủy
           | PLACE                                        quận, tỉnh Thái Bình, TP.HCM

A party's name is its party words and country in any case (``Đảng nhân dân CM
Lào``); an office may serve two bodies (``văn phòng HĐND và UBND thành phố``).
A name inside an organization is part of it (``Đoàn TNCS Hồ Chí Minh quận``);
free capitalized words stop before a person's full name unless the head takes
personal names (schools, newspapers), so ``Bí thư Quận ủy Trần Thu Hương``
leaves the person out.  Classes are not organizations: ``UBND các tỉnh``,
``HĐND các cấp``, ``UBND cấp tỉnh``, ``Nhiều UBND phường``, ``11 văn phòng
UBND``, ``UBND xã nơi cư trú``.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from itertools import compress
from dataclasses import dataclass
from functools import cache

import regex

from .. import WITHOUT_MARKS
from ..doc import Doc
from ..extractors.counts import listed_unit_at
from ..span import Span
from .lexicon import (ALONE, CODE, DESCRIPTOR, FAMILY, SECOND, FIELD, HEAD, HONORIFIC, ORG_NAME, PLACE, QUALIFIER, REGION, TITLE, Head, PhraseTable, TokenView,
                      data_rows, honorifics, is_word, lfold, may_start, org_codes, org_descriptors, org_fields, org_heads,
                      org_names, org_qualifiers, places, position_titles, regions)
from .locations import candidate_starts, place_at, site_at, unit_at
from .names import FUNCTION_WORDS, is_proper, is_syllable, overlaps_any, person_shape, scan

# A head followed by these words is an ordinary noun: "Đảng viên", "Hội viên".
_NOT_HEAD = {("đảng", "viên"), ("công đoàn", "viên"), ("đảng", "phí"), ("đảng", "tịch"), ("đảng", "phái"),
             ("đảng", "kỳ"), ("đảng", "vụ"), ("đảng", "tính"), ("chính phủ", "điện"),
             ("bộ", "luật"),    # "Bộ luật Hình sự" is a code of law, not a ministry
             ("đài", "tưởng")}  # "Đài Tưởng niệm các anh hùng liệt sĩ" is a monument, not a station
_NOT_HEAD_NEXT = {b for _, b in _NOT_HEAD}
# Words after a head that make it a class, not one body: "UBND các tỉnh",
# "Bệnh viện tuyến trên" (the hospitals of a level).
_CLASS = {"các", "những", "cấp", "mọi", "một", "mỗi", "từng", "nhiều", "tuyến"}
# Words before a head that make it a class, not one body: "Nhiều UBND phường
# không xác nhận", "các Sở Tài chính", "mỗi Đảng bộ", "một công ty Nhật Bản".
_CLASS_BEFORE = {"các", "những", "nhiều", "mọi", "mỗi", "từng", "một"}
# Numbers of bodies, in lower case only: "UBND hai phường" (not "Tập đoàn Ba Đình").
_COUNT = {"hai", "ba", "bốn", "năm"}
# The label of a span that only blocks the entities inside it (a class of
# bodies); the overlap policy drops it after use.
CLASS = "CLASS"

_JOIN = {"và", "&", "-", "–"}


def _amp(view: TokenView, e: int) -> bool:
    """Tokens ``e-3..e-1`` are "&amp;", the HTML-escaped "&" that old scraped
    articles keep (F_NOTES 10): a joiner of a name's fields like "&"."""
    return 2 < e <= view.n and view.words[e - 1] == ";" and view.words[e - 2] == "amp" and view.words[e - 3] == "&"

# Top bodies that no other body is named after: "Đảng, Chính phủ" written
# without the comma is two bodies, not "the Chính phủ of the Đảng".
_NO_NESTING = {"Đảng", "Chính phủ", "Quốc hội", "UBND", "HĐND", "MTTQ", "Bộ Chính trị",
               "Ủy ban nhân dân", "Hội đồng nhân dân", "Quận ủy", "Thành ủy", "Tỉnh ủy", "Huyện ủy"}
# Document types, capitalized after the body that issues them ("Bộ VHTTDL Quy
# định …"), never continue its name.
_DOCUMENT_TYPES = {("quy", "định"), ("nghị", "định"), ("quyết", "định"), ("thông", "tư"),
                   ("chỉ", "thị"), ("nghị", "quyết"), ("kết", "luận"), ("công", "văn"),
                   ("thông", "báo"), ("tờ", "trình"), ("báo", "cáo"), ("công", "điện")}
# Words that follow a subject, so a name ends before them: "Công ty … vật tư
# giao thông tại khu vực …" (not "và": "Bộ X xây dựng và triển khai …").
_AFTER_SUBJECT = {"tại", "ở", "thuộc", "của", "đã", "đang", "sẽ", "vừa", "cũng", "là", "được", "bị",
                  "có", "cho", "về", "đến", "theo"}
# The term of an elected body after its name: "Quốc hội khóa XI", "khoá 1".
TERM = lfold("khóa")
TERM_NUMBER = regex.compile(r"[IVXL]+|\d{1,2}")
# An abbreviation in brackets: (TN-MT), (CSĐT), (PVP Land), (IDICO).
_ABBR = regex.compile(r"[\p{Lu}\d][\p{L}\d]*(?:[\-&.][\p{L}\d]+)*")


@dataclass(frozen=True)
class OrgMatch:
    start: int          # token indices, half-open
    end: int
    rule: str
    head: Head | None


_UNSET = object()      # not yet asked (in the per-view memos below)


def head_at(view: TokenView, i: int) -> tuple[int, Head] | None:
    """The head noun at ``i`` (end, ``Head``) or None.

    The rules ask again for the same tokens (about half of the calls that get
    past the word's mask), so the answer is kept per view, by token."""
    if i >= view.n or not view.mask[i] & HEAD:
        return None     # no head starts with this word
    memo = view.memo.get("head")
    if memo is None:
        memo = view.memo["head"] = {}
    h = memo.get(i, _UNSET)
    if h is _UNSET:
        h = memo[i] = _head_at(view, i)
    return h


def _head_at(view: TokenView, i: int) -> tuple[int, Head] | None:
    """:func:`head_at`, computed."""
    m = org_heads().match(view, i)
    if m is None:
        return None
    j, head = m
    if head.text[:1].islower() and j > i + 1 and head.text.split()[1][:1].isupper() and (
            not view.cap[i + 1] or (i > 0 and not view.brk[i] and is_word(view.words[i - 1], view.words[i]))):
        return None     # "trường Mầm non", "ban Thường vụ" are heads with the type capitalized, as
                        # written, not "trường tiểu học", "ban thường vụ" (any one of a kind), nor
                        # the end of a word ("ủy ban Thường vụ Quốc hội")
    if (j < view.n and view.low[j] in _NOT_HEAD_NEXT and view.adjacent(j)
            and (" ".join(view.low[i:j]), view.low[j]) in _NOT_HEAD):
        return None
    if (j == i + 1 and not view.cap[i] and i > 0 and not view.brk[i] and view.words[i - 1].isalpha()
            and is_word(view.words[i - 1], view.words[i])):
        return None     # "Nhà báo Hồng Thanh Quang": a lower-case head that ends a word is no head
    if (j == i + 1 and 0 < j < view.n and not view.brk[j] and view.words[j].isalpha() and view.words[j].islower()
            and is_word(view.words[i], view.words[j])
            and not (0 < j + 1 < view.n and not view.brk[j + 1] and view.words[j + 1].islower()
                     and is_word(view.words[j], view.words[j + 1]))):
        return None     # "Báo chí", "Sở hữu", "Vụ án", "Hội nghị", "Tòa soạn": a one-word head that
                        # begins a word is no head ("Cục Báo chí", "Cục Sở hữu trí tuệ"), unless the
                        # next word begins one too ("Đảng sử dụng": "sử dụng")
    if view.words[i].isupper() and _in_capitals(view, i) and not head.text.startswith(view.words[i]) and (
            (j == i + 1 and _in_capitals(view, j) and not view.brk[j] and is_word(view.words[i], view.words[j]))
            or (i > 0 and _in_capitals(view, i - 1) and not view.brk[i] and is_word(view.words[i - 1], view.words[i]))):
        return None     # a heading in capitals: "HỘI NGHỊ" (an event), "PHẢN BIỆN XÃ HỘI", words as in lower case
    if (head.text == "Vụ" and 0 < j < view.n and not view.brk[j] and view.words[j][:1].isupper()
            and any(c.isdigit() for c in view.words[j]) and not view.words[j].isdigit()):
        return None     # "Vụ PMU18": the case of a body's code, not a ministry's department,
                        # which is named by its field ("Vụ Pháp chế") or numbered ("Vụ II")
    if head.text == "Vụ" and j + 1 < view.n and view.adjacent(j) and view.cap[j] and (
            (view.low[j], view.low[j + 1]) in _PLANTS
            or ((h := head_at(view, j)) is not None and h[1].text in _CASE_BODIES)):
        return None     # "Vụ Nhà máy nước …", "Vụ Công ty …": the case of a plant or a firm; a
                        # ministry's department is named by its field, not by another body
    if (head.text == "Vụ" and 0 < j < view.n and not view.brk[j] and view.mask[j] & ORG_NAME
            and org_names().match(view, j) is not None):
        return None     # "Vụ PMU 18", "vụ Vinashin": the case of a known body, which is the entity
    if head.text == "Quỹ" and j < view.n and view.adjacent(j) and (
            view.words[j] in _SCHEMES or tuple(view.low[j:j + 4]) in _SCHEME_WORDS):
        return None     # "Quỹ BHYT", "quỹ bảo hiểm xã hội": the money of a social insurance
                        # scheme, no body (D_NOTES 12); the body is "BHXH Việt Nam"
    return j, head


# The social insurance schemes, whose funds are money, not bodies: "Quỹ BHYT".
_SCHEMES = {"BHYT", "BHXH", "BHTN"}
_SCHEME_WORDS = {("bảo", "hiểm", "y", "tế"),            # "Quỹ bảo hiểm y tế"
                 ("bảo", "hiểm", "xã", "hội"),          # "Quỹ Bảo hiểm xã hội"
                 ("bảo", "hiểm", "thất", "nghiệp")}     # "quỹ bảo hiểm thất nghiệp"


def _in_capitals(view: TokenView, k: int) -> bool:
    """Token ``k`` is a word of two letters or more written in capitals, as a
    heading is ("HỘI", "ĐOÀN"), or an acronym ("UBND", "TƯ"): a head so written
    that the table writes otherwise ("Hội") is a heading's."""
    w = view.words[k]
    return len(w) > 1 and w.isupper() and w.isalpha()


def _stops_name(view: TokenView, k: int, free: bool) -> bool:
    """Token ``k`` begins something that is not part of a name."""
    if view.low[k] in FUNCTION_WORDS:
        return True     # "Quỹ Để …", "Bộ TT&TT Như vậy": a new clause
    if k + 1 < view.n and (view.low[k], view.low[k + 1]) in _DOCUMENT_TYPES:
        return True     # "Bộ VHTTDL Quy định …": a document title begins
    mask = view.mask[k]     # (each table asked only where its bit says an entry may start)
    if head_at(view, k) is not None or (mask & ORG_NAME and org_names().match(view, k) is not None):
        return True
    if ((mask & TITLE and position_titles().match(view, k) is not None)
            or (mask & HONORIFIC and honorifics().match(view, k) is not None)):
        return True
    if view.low[k] == "phó" and position_titles().match(view, k + 1) is not None:
        return True     # "Công ty TNHH Kim Anh - Phó Thủ tướng …": a deputy's title begins
    if place_at(view, k) is not None:
        return True
    return not free and person_shape(view, k) > k


_MEMBERS_HEADS = {"Hiệp hội", "Liên hiệp", "Liên đoàn"}   # associations named by "các" + their members


def _members_end(view: TokenView, k: int) -> int:
    """End of an association's members named at ``k``: "các", "nhà" (one of a trade)
    if it comes, and their lower-case trade up to the country (``k`` if none):
    "các nhà thầu xây dựng Việt Nam", "các nhà sản xuất ô tô VN"."""
    if not (k + 1 < view.n and view.low[k] == "các" and view.adjacent(k + 1)):
        return k
    s = k + 2 if view.low[k + 1] == "nhà" and view.adjacent(k + 2) else k + 1
    e = _words_before_country(view, s, 5)
    return e if e > s else k


def _name(view: TokenView, k: int, head: Head) -> int:
    """End of the name after a head ending at token ``k`` (``k`` if none)."""
    if head.text in _PARTY_HEADS and 0 < k < view.n and not view.brk[k]:
        e = _party(view, k)
        if e > k:
            return max(e, _name(view, k, _PLAIN_PARTY))   # (the plain name: "Đảng Cộng sản Việt nam")
    if head.text == "Mặt trận" and 0 < k < view.n and view.cap[k] and not view.brk[k] and (e := _party(view, k)) > k:
        return max(e, _name(view, k, _PLAIN_FRONT))      # a front is named as a party is: "Mặt trận Dân tộc
                                                        # thống nhất", "Mặt trận Dân chủ Lào"
    if head.text == "Ban" and k + 1 < view.n and view.low[k] == "chỉ" and view.low[k + 1] == "đạo" \
            and view.joined(k - 1, k + 2) and (e := _steering_task(view, k + 2)) > k + 2:
        return e
    if (head.text in _SCHOOL_LEVELS or head.text in _SCHOOL_TYPES) and 0 < k < view.n - 1 \
            and (e := _school_kind_end(view, k)) > k:
        k = e       # a gifted school, "chuyên" before its name: "Trường THPT chuyên Lê Hồng Phong"; or
                    # another kind of school: "Trường THPT năng khiếu Trần Phú", "… dân lập Lương Thế Vinh"
    start = k
    if (head.kind == "body" and head.text in _DEPARTMENT_HEADS and 0 < k < view.n and not view.brk[k]
            and len(view.words[k]) > 1 and view.words[k].isalpha() and view.words[k].isupper()
            and not _stops_name(view, k, False)):
        return k + 1    # a department named by the acronym of its field: "Tổng cục THADS", "Tổng cục TDTT"
    if (head.text in _ABOUT_HEADS and 0 < k < view.n and view.low[k] in _ABOUT_NAMES
            and (e := _about_subject_end(view, k)) > k):
        return e    # "Ủy ban Quốc gia về APEC", "Hội đồng tư vấn về Dân chủ - Pháp luật": a national
                    # committee or an advisory council named by its subject, capitalized, after "về"
    caps = head.kind == "named" or head.free
    after_qualifier = False
    form_end = -1           # the end of a legal form ("cổ phần", "TNHH"), where a company's name begins
    after_word = False      # the last element was a capitalized word that is no field
    lower_only = False      # the name so far is lower-case nouns right after the head ("Hội đồng dân tộc")
    field_end = -1          # the end of the last field or trade noun of the name ("Tài nguyên")
    field_start = -1        # the start of the last field ("Nghiên cứu" in "Viện Nghiên cứu cơ khí")
    if 0 < k < view.n and not view.brk[k]:
        m = org_names().match(view, k) if view.mask[k] & ORG_NAME else None
        if m is not None:
            return m[0]     # "báo Dân Trí", "Báo CAND": a known name after the head
    if (head.text in _MINISTRY_HEADS and 0 < k < view.n and not view.brk[k] and not view.cap[k]
            and view.mask[k] & FIELD and (e := _ministry_end(view, k, head)) > k):
        k = field_end = e   # "Bộ nội vụ", "Sở tài nguyên và môi trường": a ministry's whole name in
        field_start = start     # lower case (the closed set of ministry_names.txt), then its place
    while 0 < k < view.n and not view.brk[k]:     # (view.adjacent(k), written out: a hot loop)
        d = _descriptors(view, k, head, k == start) if not view.cap[k] and view.mask[k] & DESCRIPTOR else k
        if d > k and (k > start or ((head.kind == "named" or head.text in _COUNCIL_HEADS)
                                    and head.text[:1].isupper()
                                    and not (is_word(view.words[k - 1], view.words[k])
                                             and not (d > k + 1 and is_word(view.words[k], view.words[k + 1])))
                                    and (head.text in _COUNCIL_HEADS
                                         or (0 < d < view.n and not view.brk[d] and is_proper(view, d))))):
            # lower-case nouns inside the name: "Ban Tiếp công dân", "Phát triển
            # hạ tầng", "Hội đồng bầu cử", "Hội đồng dân tộc" (a word of its own,
            # though "đồng dân" is one too); right after the head only for councils,
            # else a body named by its trade alone is no name ("Công ty bảo
            # hiểm", "Trung tâm tài chính") unless a proper name follows
            lower_only = (k == start and head.text in _COUNCIL_HEADS) or lower_only
            k, after_qualifier, after_word = _word_end(view, d), False, False
            field_end = k
            continue
        f = ((org_fields().match(view, k) if view.mask[k] & FIELD else None)
             or (org_codes().match(view, k) if view.mask[k] & CODE else None))
        if f is not None and k > start and view.low[k] == "các":
            break       # "các" begins a name's field only right after the head ("Vụ các Tổ chức quốc
                        # tế"); after a joiner, other bodies: "Tổng cục Thống kê và các tổ chức quốc tế"
        if f is not None and view.cap[k] and k == start and head.kind == "body" \
                and (p := place_at(view, k)) is not None and p[0] > f[0]:
            break       # a place that begins with a field word: "Tỉnh ủy Điện Biên" (not the field "điện")
        if (f is not None and head.text in _PRESS_HEADS and k > start and not view.cap[k] and after_word
                and view.low[k - 1] not in _JOIN):
            break       # a newspaper's name is capitalized; a lower-case field after it is the clause's
                        # verb: "báo Đại đoàn kết thông tin" ("reported")
        if f is not None and (view.cap[k] or after_qualifier or k > start or _central(view, f[0])
                              or (f[0] - k >= 4 and head.text[:1].isupper())
                              or (f[0] - k >= 3 and head.text in _DEPARTMENT_HEADS)
                              or (head.text == "Tổng cục" and _ends_clause(view, f[0]))):
            # (a lower-case field right after the head only before "trung ương", or
            # a long one: "Ban tổ chức trung ương", "Phòng cảnh sát giao thông", not
            # "Ban tổ chức giải đấu"; after a ministry's department, whose name is
            # its field, one of three words: "Cục quản lý giá", "Vụ tổ chức cán bộ"; after
            # "Tổng cục", one of a dozen, any field the clause does not go on after:
            # "Tổng cục du lịch và Hiệp hội …", not "Tổng cục xây dựng kế hoạch")
            if (k > start and not view.cap[k] and not after_qualifier and not after_word
                    and view.low[k - 1] not in _JOIN and not _amp(view, k) and not _central(view, k) and not _central(view, f[0])
                    and not (head.text in _SCHOOL_HEADS and view.cap[k - 2] and _ends_clause(view, f[0]))
                    and not (k == field_end and head.text not in _TRADE_HEADS and view.cap[field_start]
                             and _activity(view, field_start, k)
                             and _ends_clause(view, f[0]))):
                # a lower-case field does not follow another field ("Bộ Tài chính đầu tư
                # vào…"), only a qualifier, a joiner or a capitalized word
                # ("Ngân hàng Chính sách xã hội"); a school's second subject may
                # follow its first ("Đại học Tài chính kế toán", "Trường Đại học Y tế
                # công cộng"): schools are named by the subjects they teach; a
                # capitalized activity, its object ("Viện Nghiên cứu cơ khí")
                break
            if after_qualifier and not view.cap[k] and _object_follows(view, k, f[0]):
                break   # after a qualifier, a field that is a verb with its object goes on the clause:
                        # "Chỉ đạo Ban Thanh tra nhân dân xây dựng chương trình", "Ban Chỉ đạo Nhà nước
                        # xây dựng đề án" (not "Công ty cổ phần xây dựng số 4")
            field_start = k
            k, after_qualifier, after_word = _word_end(view, f[0]), False, False
            field_end = k
            continue
        q = _qualifier(view, k) if view.mask[k] & QUALIFIER else None
        if q is not None and k > start:
            k, after_qualifier = q[0], True
            form_end = k
            continue
        if q is not None and view.low[k] in ("cổ", "tnhh", "cp", "trách", "liên"):
            k, after_qualifier = q[0], True
            form_end = k
            continue
        if (k == start and head.text in _BANK_HEADS and view.low[k] == "thương" and k + 4 < view.n
                and tuple(view.low[k:k + 4]) == _BANK_FORM and view.joined(k, k + 4)):
            k, after_qualifier = k + 4, True   # a commercial joint-stock bank's legal form written out:
            form_end = k                        # "Ngân hàng thương mại cổ phần Á Châu" (short: "TMCP")
            continue
        # a company's name after its legal form may look like a person's:
        # "Công ty TNHH Kim Anh", "Công ty cổ phần Hoàng Long An Khang"
        free = head.free or (k == form_end and head.text in _COMPANY_HEADS) or (
            k == start and head.text in _COMPANY_HEADS and person_shape(view, k) == k + 2)
        # (right after the head, a firm's brand of two syllables, "Công ty Kim Toàn", "Tập
        # đoàn Mai Linh": a person's full name has three, "Công ty Nguyễn Văn Hùng")
        if free and (e := person_shape(view, k)) > k:
            e = next((t for t in range(k + 1, e) if not is_syllable(view, t)), e)   # (not "Kim Anh - Phó", "MinhỦy")
            if k > start and any(person_shape(view, s) >= k for s in range(max(start, k - 4), k - 1)):
                break   # "Trường THPT Chu Văn An Nguyễn Thị Lan": a second name is a person
            e = next((t for t in range(k + 2, e) if view.mask[t] & FAMILY and person_shape(view, t) > t + 1), e)
            k, after_word = e, False
            continue    # the person a body is named after, whole: "Trường ĐH Tôn Đức Thắng",
                        # "Trường ĐH Y khoa Phạm Ngọc Thạch"
        if (head.text in _NUMBERED_HEADS and _UNIT_NUMBER.fullmatch(view.words[k]) and not _counts(view, k + 1)
                and (len(view.words[k]) == 1 or not view.words[k].isdigit() or head.text not in _REGION_HEADS)):
            k += 1      # "Quân khu 5", "Bệnh viện Quân y 17": the number ends the name
            break
        if (head.text in _FIRM_HEADS and k > start and view.mask[k] & (PLACE | REGION)
                and (p := place_at(view, k)) is not None and p[0] < view.n - 1 and view.adjacent(p[0])
                and is_syllable(view, p[0]) and view.adjacent(p[0] + 1) and view.words[p[0] + 1].isalpha()
                and (is_syllable(view, p[0] + 1) or is_word(view.words[p[0]], view.words[p[0] + 1]))
                and not _stops_name(view, p[0], free) and place_at(view, p[0]) is None):
            k = p[0]    # a firm's name that goes on after a place with a word of its trade: "Ngân hàng
            continue    # TMCP Sài Gòn Thương Tín", "Công ty cổ phần Hà Nội Thương mại" (not the firm's place)
        if (caps and is_proper(view, k) and not _stops_name(view, k, free)
                and not (lower_only and not (k + 1 < view.n and is_word(view.words[k], view.words[k + 1])))):
            # (a name begun in lower case goes on with a capitalized word ("Hội đồng bầu cử
            # Quốc gia"), not with a person's name: "Chủ tịch Hội đồng dân tộc Tráng A Pao")
            e = _compound(view, k, k > start and is_syllable(view, k - 1)) if is_syllable(view, k) else _paired_end(view, k)
            after_word = e > k + 1      # "Chính sách" (a word) may take "xã hội"; "GTVT" no "quản lý"
            after_qualifier = after_qualifier and is_syllable(view, k)
            if e == k + 2 and is_word(view.words[k], view.words[k + 1]):
                field_end = e   # a capitalized common word is a field of the name ("Tư tưởng"), a brand no
            k = e   # a legal form lets a lower-case trade follow the word after it ("Công ty cổ phần
                    # Phong điện …"), not a brand ("Công ty cổ phần TDS chấp hành quyết định": a verb)
            continue
        # (a lower-case field joins only a field: "Sở Tài nguyên và môi trường", not a
        # brand, "Công ty Minh Phát và kế toán của …")
        if (view.words[k] in _JOIN and k > start
                and 0 < (j := k + 3 if _amp(view, k + 3) else k + 1) < view.n and not view.brk[j]
                and not (view.words[k] in ("-", "–") and _central(view, k - 2 if view.low[k - 1] == "ương" else k - 1))
                and (view.words[k] != "và" or (head_at(view, j) is None    # (not "Đoàn … và Trung ương Hội",
                                               and org_names().match(view, j) is None))   # "Công ty X và Vinashin")
                and ((org_fields().match(view, j) is not None and (view.cap[j] or k == field_end)
                      and not (view.cap[j] and view.mask[j] & HEAD and (h := head_at(view, j)) is not None
                               and h[1].text in _FIRM_HEADS))   # (a firm's unit, then the firm:
                                                                # "Trung tâm Kinh doanh – Ngân hàng TMCP …")
                     or (caps and is_proper(view, j) and not _stops_name(view, j, head.free)
                         and not (view.words[k] == "và" and k != field_end
                                  and (head.text in _FIRM_HEADS or head.text in _COMPANY_HEADS)))
                     or (view.words[k] != "và" and view.mask[j] & QUALIFIER
                         and org_qualifiers().match(view, j) is not None))):
            k = j       # (and a legal form after a dash: "Tổng công ty Sông Đà - CTCP"; and the
            continue    # escaped "&amp;" of a scraped text: "Bộ Kế hoạch &amp; đầu tư", "Bộ GD &amp; ĐT";
                        # not a firm's brand and another: "công ty Freetrend và Kollan", two firms)
        if view.words[k] == "," and k > start and 0 < k + 1 < view.n and not view.brk[k + 1]:
            e = _field_after_comma(view, k + 1, head)
            if e == k + 1 and field_end == k and head.text not in _ELIDED_HEADS:
                e = _field_list_end(view, k + 1)
            if e > k + 1:
                # a second field of the same body after a comma: "Ban Bồi thường, GPMB
                # quận Hoàng Mai", "Tổng Công ty Thủy tinh, gốm xây dựng"
                k, after_qualifier, after_word, field_end = e, False, False, e
                continue
        if k == start and head.text in _MEMBERS_HEADS and (e := _members_end(view, k)) > k:
            k = e       # an association named by its members, "các" + their trade, up to its
            continue    # country: "Hiệp hội các nhà sản xuất ô tô Việt Nam" (GUIDELINES: the whole body)
        if (head.kind == "named" and head.text[:1].isupper() and head.text != "Đoàn"
                and (e := _words_before_country(view, k)) > k):
            # (not a body's epithet, "Đảng anh em Lào", nor a delegation, "Đoàn chuyên gia Liên Xô")
            k = e       # "Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam": the name's nouns, in lower
            continue    # case, up to the country named last (GUIDELINES: the whole body)
        if (head.kind == "named" and k > start and "(" in view.words[k + 1:k + _OWNERS_REACH]
                and head.text[:1].isupper() and (e := _owners_end(view, k)) > k):
            k = e       # "Công ty Quản lý tài sản của các tổ chức tín dụng Việt Nam (VAMC)": a body
            continue    # named for those it serves, closed by the country and its abbreviation
        if head.text in _COLLEGE_HEADS and k == start and (e := _subject_before_place(view, k)) > k:
            k = e       # "Trường Trung cấp luật Đồng Hới", "Trường Cao đẳng nghề Hà Nội": the subject
            continue    # taught, in lower case, up to the college's place
        if (head.text in _RESEARCH_HEADS and k == field_end and k > start
                and (e := _words_before_country(view, k, 4, True)) > k):
            k = e       # "Viện Nghiên cứu hạt nhân Đà Lạt", "Trung tâm Nghiên cứu hải sản 3": after a
            continue    # capitalized field, its object in lower case up to the place or number of the body
        if (view.low[k] == "về" and k > start and head.text in _ABOUT_HEADS and k + 1 < view.n
                and view.adjacent(k + 1) and (e := _words_before_country(view, k + 1, 7)) > k + 1):
            k = e       # "Viện Nghiên cứu quốc gia về khoa học sức khỏe môi trường Mỹ": an institute's
            continue    # subject after "về", in lower case, up to its country
        break
    # a trailing joiner is not part of the name
    while k > start and (view.words[k - 1] in _JOIN or (view.words[k - 1] == ";" and _amp(view, k))):
        k -= 1 if view.words[k - 1] in _JOIN else 3
    if form_end == k and head.text in _BANK_HEADS:
        t = start + 4 if tuple(view.low[start:start + 4]) == _BANK_FORM else start
        while t < k and (q := org_qualifiers().match(view, t)) is not None:
            t = q[0]
        if t == k:
            return start    # a bank's legal form alone is no name: "Ngân hàng thương mại cổ phần cần
                            # tăng vốn" (any joint-stock bank), not "… cổ phần Á Châu"
    return k


# Ministries and provincial departments, whose names may be written in lower case
# after their capitalized head (ministry_names.txt): "Bộ nội vụ", "Sở xây dựng".
_MINISTRY_HEADS = {"Bộ", "Sở"}


_PHRASE_WORDS = regex.compile(r"\w+|[^\w\s]")     # the words and marks of a lexicon line


@cache
def _ministries() -> dict[tuple[str, ...], tuple[str, bool]]:
    """The ministries' names (ministry_names.txt) by their words as ``TokenView.key``
    reads them: (heads, whether the name must end the clause).  (A plain dict, not a
    PhraseTable: built on first use, often inside a run, it must not tokenize its lines.)"""
    return {tuple(lfold(w) for w in _PHRASE_WORDS.findall(r[0])): (r[1], r[2] == "end")
            for r in data_rows("ministry_names.txt")}


_MINISTRY_WORDS = 8     # the longest ministry's name, in tokens ("lao động , thương binh và xã hội")


def _ministry_end(view: TokenView, k: int, head: Head) -> int:
    """End of a ministry's or department's whole name written in lower case at
    ``k``, right after its head (``k`` if none): "Bộ nội vụ từ năm 1999", "Sở
    nội vụ, chúng tôi", "Bộ xây dựng đang soạn thảo"; a name that is also a verb
    and its object must end the clause ("Sở xây dựng kế hoạch": the department
    drafts a plan), and no name runs on into a longer word ("Bộ kế hoạch hóa")."""
    table = _ministries()
    e = min(k + _MINISTRY_WORDS, view.n)
    while e > k and (tuple(view.key[k:e]) not in table or not view.joined(k, e)):
        e -= 1
    if e == k:
        return k
    heads, clause = table[tuple(view.key[k:e])]
    if heads == "sở" and head.text != "Sở":
        return k    # "Sở du lịch", "Sở ngoại vụ": a province's department only
    if (e < view.n and view.adjacent(e) and view.words[e].isalpha() and not view.cap[e]
            and is_word(view.words[e - 1], view.words[e])):
        return k
    if clause and not _ends_clause(view, e) and place_at(view, e, modifier=True) is None:
        return k
    return e


_BANK_HEADS = {"Ngân hàng", "NH"}
_BANK_FORM = ("thương", "mại", "cổ", "phần")


# Colleges and vocational schools, named by a subject in lower case and their place.
_COLLEGE_HEADS = {"Trường Trung cấp", "Trường TC", "Trường Cao đẳng", "Trường CĐ"}


def _subject_before_place(view: TokenView, k: int) -> int:
    """End of a school's subject at ``k``, one to three lower-case words (no function
    word, no verb), and of the place or the "Trung ương" that follows it (``k`` if
    none): "luật Đồng Hới", "nghề Hà Nội", "nông lâm Trung ương"."""
    j = k
    while (j < view.n and j - k < 3 and view.adjacent(j) and not view.cap[j] and view.words[j].isalpha()
           and view.low[j] not in FUNCTION_WORDS and view.low[j] not in _AFTER_SUBJECT
           and not (view.mask[j] & DESCRIPTOR and _verb_at(view, j))):
        j += 1
    if j == k or j >= view.n or not view.adjacent(j) or not view.cap[j]:
        return k
    if _central(view, j):
        return j + 2
    e = _place_or_number(view, j)
    return e if e > j and not view.words[j].isdigit() else k


# The kinds of secondary school written in lower case between the level and the name.
_SCHOOL_KINDS = {("chuyên",), ("năng", "khiếu"), ("bán", "công"), ("dân", "lập"), ("tư", "thục")}


def _school_kind_end(view: TokenView, k: int) -> int:
    """End of a school's kind at ``k`` ("chuyên", "năng khiếu", "bán công", "dân
    lập", "tư thục") that a capitalized name follows (``k`` if none)."""
    for n in (1, 2):
        e = k + n
        if (e < view.n and tuple(view.low[k:e]) in _SCHOOL_KINDS and view.joined(k - 1, e + 1)
                and view.cap[e]):
            return e
    return k


@cache
def party_words() -> PhraseTable:
    """The words of a party's name after "Đảng" (org_party_words.txt)."""
    return PhraseTable([(r[0], True) for r in data_rows("org_party_words.txt")], case="lower")


def _party(view: TokenView, k: int) -> int:
    """End of a political party's name after ``Đảng`` ending at token ``k``
    (``k`` if none): party words in any case, then the country they belong to
    ("Đảng Nhân dân Cách mạng Lào", "Đảng nhân dân CM Lào", "Đảng cộng sản
    Việt Nam", "Đảng Dân chủ"), or their initials ("Đảng NDCM Lào").  Written in lower case, the words are a name
    only with the country after them, or as "cộng sản" ("Đảng cộng sản"), not
    "Đảng cách mạng" (a revolutionary party)."""
    j = k
    while j < view.n and view.adjacent(j):
        m = party_words().match(view, j)
        if m is None:
            break
        j = m[0]
    if j == k and (2 <= len(w := view.words[k]) <= 6 or (7 <= len(w) <= 12 and w.isascii())) and w.isalpha() \
            and w.isupper() and not view.words[k - 1].isupper() \
            and head_at(view, k) is None and org_names().match(view, k) is None:
        j = k + 1           # the party's name abbreviated: "Đảng NDCM Lào", "Đảng CSVN"; or a foreign
                            # party's name in capitals: "Đảng FUNCINPEC"
    if j == k:
        return k
    if j < view.n and view.adjacent(j) and view.mask[j] & REGION:
        c = regions().match(view, j)
        if c is not None:
            return c[0]     # "… Cách mạng Lào", "… Việt Nam"
    if view.cap[k] or (view.low[k] == "cộng" and j == k + 2):
        return j
    return k


# The quarter words that name a new commune or ward after an older one's name:
# "Thanh Xuân Nam", "Nghĩa Tân Bắc", "Tân Phú Trung".
_QUARTERS = {"Bắc", "Nam", "Đông", "Tây", "Trung", "Thượng", "Hạ"}


def _directed(view: TokenView, e: int) -> int:
    """End of a place name ending at token ``e`` that a body is named after, with
    the quarter word that names the newer unit ("trường Mầm non Thanh Xuân Nam ở
    …"), but not the first word of the next place ("… Hải Hậu Nam Định")."""
    if (e < view.n and view.words[e] in _QUARTERS and view.adjacent(e)
            and (e + 1 >= view.n or not view.cap[e + 1] or not view.adjacent(e + 1))):
        return e + 1
    return e


# Words that end a steering committee's task: the clause goes on ("Ban chỉ đạo cải
# cách tiền lương tôi xin nhận trách nhiệm", "… phải có lãnh đạo").
_TASK_STOPS = {"tôi", "chúng", "ông", "bà", "anh", "chị", "họ", "mình", "ta", "phải", "cần", "nên", "chỉ",
               "làm", "giúp", "gồm", "họp", "thì", "đó", "này", "kiêm", "hoạt", "đứng", "nhất", "tiếp", "đề", "yêu",
               "tốt", "cao", "rất", "kịp", "nghiêm", "quyết", "sát", "đúng",    # (the verb's manner: "thực hiện tốt")
               "nhận", "báo", "trình", "thống", "chủ", "phối", "đôn", "chịu", "xin", "gửi", "giao", "tiến"}
# The longest object of a steering committee's task, in words ("xây dựng báo cáo tình hình giáo dục").
_TASK_WORDS = 5


def _steering_task(view: TokenView, k: int) -> int:
    """End of the task a steering committee is named by, after ``Ban chỉ đạo``
    ending at token ``k`` (``k`` if none): its level ("quốc gia", "Trung ương")
    and "về", then task verbs (org_descriptors.tsv, kind task) joined by commas,
    each with its lower-case object or acronym ("cải cách tiền lương", "phòng
    chống SARS", "về tìm kiếm, quy tập hài cốt liệt sĩ"); none if the object runs
    on past a few words, so a clause is not taken for the name."""
    j = k
    if j + 1 < view.n and (view.low[j], view.low[j + 1]) in (("quốc", "gia"), ("trung", "ương")) \
            and view.joined(j - 1, j + 2):
        j += 2
    if j < view.n and view.low[j] == "về" and view.adjacent(j):
        j += 1
    end = k
    while j < view.n and view.adjacent(j):
        d = org_descriptors().match(view, j) if view.mask[j] & DESCRIPTOR else None
        if d is None or d[1] != "task":
            break
        j, words, and_at, and_words = d[0], 0, 0, 0
        if j + 1 < view.n and view.words[j] == "," and view.adjacent(j + 1) and view.mask[j + 1] & DESCRIPTOR \
                and (t := org_descriptors().match(view, j + 1)) is not None and t[1] == "task":
            j += 1      # "tìm kiếm, quy tập hài cốt liệt sĩ": two tasks sharing one object
            continue
        while j < view.n and view.adjacent(j) and words <= _TASK_WORDS:
            w = view.words[j]
            if (w == "và" and words and j + 1 < view.n and view.adjacent(j + 1) and view.words[j + 1].isalpha()
                    and not view.cap[j + 1] and view.low[j + 1] not in FUNCTION_WORDS
                    and view.low[j + 1] not in _TASK_STOPS and view.low[j + 1] not in _AFTER_SUBJECT):
                and_at, and_words = j, words    # two objects of one task: "phòng chống SARS và cúm gia cầm"
                j, words = j + 1, words + 1
                continue
            if not (w.isalpha() and not view.cap[j] and view.low[j] not in FUNCTION_WORDS
                    and view.low[j] not in _TASK_STOPS and view.low[j] not in _AFTER_SUBJECT
                    and not (view.mask[j] & DESCRIPTOR and (t := org_descriptors().match(view, j)) is not None
                             and t[1] == "task")) \
                    and not (w[:1].isupper() and len(w) > 1 and w.replace("-", "").isalnum()
                             and w.replace("-", "").isupper()):
                break   # (an acronym is an object: "SARS", "HIV", "COVID-19")
            j, words = j + 1, words + 1
        if words > _TASK_WORDS and and_at > 0:
            j, words = and_at, and_words    # the clause goes on after "và": "chống tham nhũng và kê khai tài sản"
        if words == 0 or words > _TASK_WORDS:
            return k    # no object, or a clause running on
        if _central(view, j):
            j += 1 if "." in view.words[j] or view.words[j].isupper() else 2   # "… Cải cách tư pháp Trung ương"
        elif j + 1 < view.n and view.low[j] == "quốc" and view.low[j + 1] == "gia" and view.adjacent(j + 1):
            j += 2      # "Ban chỉ đạo phòng chống thiên tai quốc gia"
        elif (j < view.n and view.adjacent(j) and view.cap[j] and not view.words[j].isupper()
              and place_at(view, j, modifier=True) is None):
            return k    # the object goes on in capitals, a new clause's word: "thực hiện Nghị quyết …"
        end = j
        if not (j + 1 < view.n and view.words[j] == "," and view.adjacent(j + 1)):
            break
        j += 1          # "tìm kiếm, quy tập hài cốt liệt sĩ": a second task after a comma
    return end


@cache
def _activities() -> frozenset[str]:
    """The fields that take their object after them (org_activities.txt), lower-cased."""
    return frozenset(r[0] for r in data_rows("org_activities.txt"))


def _activity(view: TokenView, i: int, j: int) -> bool:
    """Tokens ``i..j-1`` are a field that is an activity taking an object: "Nghiên cứu"
    (the object must end the name, the clause going on no further: "Viện Nghiên cứu
    cơ khí cho rằng", not "Viện Nghiên cứu tổ chức hội thảo")."""
    return j - i == 2 and f"{view.low[i]} {view.low[i + 1]}" in _activities()


def _object_follows(view: TokenView, k: int, e: int) -> bool:
    """The lower-case field ``k..e`` is also a verb (org_descriptors.tsv) and a
    lower-case word that no table knows follows it, its object: "xây dựng chương
    trình", "xây dựng đề án"."""
    if not (view.mask[k] & DESCRIPTOR and _verb_at(view, k)):
        return False
    return (e < view.n and view.adjacent(e) and view.words[e].isalpha() and not view.cap[e]
            and view.low[e] not in FUNCTION_WORDS and view.low[e] not in _AFTER_SUBJECT and view.low[e] != "số"
            and not view.mask[e] & (FIELD | DESCRIPTOR | QUALIFIER) and place_at(view, e, modifier=True) is None)


def _ends_clause(view: TokenView, k: int) -> bool:
    """Token ``k`` is no lower-case word going on a clause: a name ends there
    ("Đại học Tài chính kế toán,", "… kế toán năm 2010", "… kế toán tại", not
    "Học viện Tài chính quản lý đề tài")."""
    return (k >= view.n or not view.adjacent(k) or not view.words[k].isalpha() or view.cap[k]
            or view.low[k] in _AFTER_SUBJECT or view.low[k] in ("năm", "từ", "khi", "và"))


def _field_after_comma(view: TokenView, k: int, head: Head) -> int:
    """End of a field written in lower case or as a field code at ``k`` that goes on
    a name after a comma (``k`` if none): not a capitalized word, which starts
    the next body of a list ("Sở Tài chính, Sở Xây dựng", "Bộ Công an, VKSND")."""
    if view.cap[k]:
        c = org_codes().match(view, k)
        e = c[0] if c is not None and head_at(view, k) is None else k
    elif (f := org_fields().match(view, k)) is not None:
        e = f[0]
    else:
        d = _descriptors(view, k, head)
        e = d if d > k + 1 or (d > k and not org_descriptors().match(view, k)[1]) else k
    if e > k and e < view.n and view.adjacent(e) and head_at(view, e) is not None:
        return k    # it qualifies the next body: "Hội đồng dân tộc, thường trực Ủy ban"
    if (e > k and e < view.n and view.adjacent(e) and view.words[e].isalpha() and not view.cap[e]
            and view.words[e] not in _JOIN and org_qualifiers().match(view, e) is None
            and place_at(view, e, modifier=True) is None):
        return k    # the clause goes on: "lãnh đạo Bộ Xây dựng, quản lý nhà công vụ còn bất cập"
    return e


_ELIDED_HEADS = {"Bộ", "Sở", "Phòng", "Ban"}   # heads several bodies share in a list ("Sở Tài chính, Xây dựng và GTVT")


def _field_list_end(view: TokenView, k: int) -> int:
    """End of a list of capitalized fields at ``k``, after a field and a comma,
    that a last field joined by ``và`` closes (``k`` if none): one body named by
    all its fields ("Ủy ban Văn hóa, Giáo dục, Thanh niên và Nhi đồng"); not a
    list of bodies, whose items begin with a head ("Sở Tài chính, Sở Xây dựng")
    or share one (_ELIDED_HEADS: a ministry's or department's name of several
    fields is in org_fields.txt, "Văn hóa, Thể thao và Du lịch"), nor a list
    that no ``và`` + field closes ("Bộ Tài chính, Công an cho biết")."""
    j = k
    while j < view.n and view.adjacent(j) and view.cap[j] and view.mask[j] & FIELD and head_at(view, j) is None:
        f = org_fields().match(view, j)
        if f is None:
            return k
        e = f[0]
        if e + 1 < view.n and view.words[e] == "," and view.adjacent(e + 1):
            j = e + 1
            continue
        if (e + 1 < view.n and view.words[e] == "và" and view.adjacent(e) and view.adjacent(e + 1)
                and view.cap[e + 1] and view.mask[e + 1] & FIELD and head_at(view, e + 1) is None
                and (g := org_fields().match(view, e + 1)) is not None):
            return g[0]
        return k
    return k


def _central(view: TokenView, k: int) -> bool:
    """``trung ương`` / ``T.Ư`` / ``TW`` at token ``k``: the central body of a field."""
    return k < view.n and view.adjacent(k) and (
        view.words[k] in ("T.Ư", "TƯ", "TW")
        or (view.low[k] == "trung" and k + 1 < view.n and view.low[k + 1] == "ương"))


def _descriptors(view: TokenView, k: int, head: Head, first: bool = False) -> int:
    """End of a run of lower-case name nouns at ``k`` (``k`` if none).  A run
    with a word that is also a verb must end the name: before punctuation, a
    place, a qualifier, an acronym, a word that follows a subject (``tại``,
    ``đã``), or a company's capitalized brand; not before another lower-case
    word or a capitalized common word ("Bộ Công an xây dựng kế hoạch", "Bộ Y
    tế xây dựng Đề án": a verb and its object).  Right after a council's head
    (``first``) a council's task names it wherever the run stops: "Hội đồng
    kỷ luật", "Hội đồng tuyển dụng không gửi thông báo"."""
    j = k
    verb = False
    task = first and head.text in _COUNCIL_HEADS     # the run so far is a council's task
    while j < view.n and view.adjacent(j) and not view.cap[j]:
        d = org_descriptors().match(view, j) if view.mask[j] & DESCRIPTOR else None
        if d is None and verb and view.low[j] == "và" and j + 1 < view.n and view.adjacent(j + 1) \
                and not view.cap[j + 1] and view.mask[j + 1] & (DESCRIPTOR | FIELD):
            d = ((org_descriptors().match(view, j + 1) if view.mask[j + 1] & DESCRIPTOR else None)
                 or (org_fields().match(view, j + 1) if view.mask[j + 1] & FIELD else None))
            if d is None:   # two trades joined, the first a verb: "khai thác và chế biến khoáng sản",
                break       # "vận tải và dịch vụ", "chế biến và xuất khẩu thủy sản" (a field second)
        elif d is None or d[1] == "task" or (d[1] == "council" and not task):
            break   # (a council's task names only a council, right after its head: "Sở Nội vụ tuyển dụng …")
        j, verb, task = d[0], verb or d[1], task and d[1] is not True
    if j == k or j >= view.n or not view.adjacent(j) or not verb or task:
        return j    # nouns only ("hạ tầng", "công dân") end the name wherever they stop
    w = view.words[j]
    if (not w.isalpha() or view.low[j] in _AFTER_SUBJECT or (is_proper(view, j) and not is_syllable(view, j))
            or _central(view, j) or (view.low[j] == "quốc" and j + 1 < view.n and view.low[j + 1] == "gia")
            or (view.cap[j] and head.text in _COMPANY_HEADS)
            or org_qualifiers().match(view, j) is not None or place_at(view, j, modifier=True) is not None):
        return j    # "Gốm xây dựng Hạ Long", "… xây dựng ADCC", "… vật tư giao thông tại …",
                    # the level of the body "Hội đồng bầu cử Quốc gia", "Ban chỉ đạo trung ương",
                    # a company's brand "Vận tải hành khách Sao Mai" (not "Bộ Y tế xây dựng Đề án")
    return k


def _word_end(view: TokenView, e: int) -> int:
    """``e``, or one token more when the two lower-case words before ``e`` and
    the one at ``e`` are one dictionary word: a name does not end inside a
    word ("Ban quản lý Khu công nghệ cao", not "… Khu công nghệ" + "cao"); not
    when that word begins another ("Công nghệ cao su": "cao su")."""
    if (1 < e < view.n and view.adjacent(e) and not (view.cap[e] or view.cap[e - 1] or view.cap[e - 2])
            and view.words[e].isalpha() and is_word(view.words[e - 2], view.words[e - 1], view.words[e])
            and not (e + 1 < view.n and view.adjacent(e + 1) and is_word(view.words[e], view.words[e + 1]))):
        return e + 1
    return e


def _words_before_country(view: TokenView, k: int, most: int = 4, local: bool = False) -> int:
    """End of a run of at most ``most`` lower-case dictionary words at ``k`` that a
    country's name follows (``k`` if none): official names are written in
    sentence case ("Quỹ bảo trợ trẻ em Việt Nam", "Viện … Nội dung số Việt
    Nam"); no function word, nor a word that follows a subject ("tại", "đã")."""
    j = k
    while (j < view.n and j - k < most and view.adjacent(j) and not view.cap[j] and view.words[j].isalpha()
           and view.low[j] not in FUNCTION_WORDS and view.low[j] not in _AFTER_SUBJECT):
        j += 1
    if local and j > k and j < view.n and view.adjacent(j):
        e = _place_or_number(view, j)
        if e == j:
            return k
    elif j == k or j >= view.n or not view.adjacent(j) or not view.mask[j] & REGION or regions().match(view, j) is None:
        return k
    else:
        e = j
    t = k   # every word of the run is part of a dictionary word ("trẻ em", "khẩn cấp", "máy tính")
    w = view.words
    while t < j:
        if t + 1 < j and is_word(w[t], w[t + 1]):
            t += 2
        elif t + 2 < j and is_word(w[t], w[t + 1], w[t + 2]):
            t += 3
        elif is_word(w[t - 1], w[t]) or (t > 1 and is_word(w[t - 2], w[t - 1], w[t])):
            t += 1      # the end of a word begun before: "Nội dung số"
        else:
            return k
    return e if local else j


_OWNERS_BEFORE = 3      # the longest lower-case rest of a name before "của", in words ("tài sản")
_OWNERS = 6             # the longest lower-case owners after "của", in words ("các tổ chức tín dụng")
_OWNERS_REACH = _OWNERS_BEFORE + _OWNERS + 4    # where the closing "(" may stand, in tokens after the name


def _owners_end(view: TokenView, k: int) -> int:
    """End of the lower-case rest of a name at ``k`` up to a country, and of whose the
    body is ("của" and lower-case words), when an abbreviation in brackets follows
    that country at once and so closes one official name (``k`` if none): "Công ty
    Mua bán nợ Việt Nam (DATC)", "Công ty Quản lý tài sản của các tổ chức tín dụng
    Việt Nam (VAMC)"; not a clause ("… của các tổ chức tín dụng Việt Nam đã …") nor
    a parent body named with its head."""
    j = k
    while (j < view.n and j - k < _OWNERS_BEFORE and view.adjacent(j) and not view.cap[j] and view.words[j].isalpha()
           and view.low[j] not in _AFTER_SUBJECT):
        j += 1
    t = j
    if j + 2 < view.n and view.low[j] == "của" and view.joined(j, j + 2):
        t = j + 1
        while t < view.n and t - j <= _OWNERS and view.adjacent(t) and not view.cap[t] and view.words[t].isalpha() \
                and view.low[t] not in _AFTER_SUBJECT:
            t += 1
        if t == j + 1:
            return k
    if t == k or t >= view.n or not view.adjacent(t) or not view.mask[t] & REGION:
        return k
    c = regions().match(view, t)
    if c is None or c[1] != "country" or _bracketed_abbr(view, c[0]) <= c[0]:
        return k
    return c[0]


def _place_or_number(view: TokenView, j: int) -> int:
    """End of a named place (not a bare unit word) or of a body's number at ``j`` that
    ends its name ("… Đà Lạt", "… 3"); ``j`` if none."""
    if view.words[j].isdigit():
        return j + 1 if len(view.words[j]) <= 2 and not _counts(view, j + 1) and not (
            j + 1 < view.n and view.words[j + 1] in ("/", "-", ".", ",") and view.adjacent(j + 1)
            and view.words[j + 2:j + 3] and view.words[j + 2][:1].isdigit()) else j
    p = place_at(view, j)
    return p[0] if p is not None and p[1] != "bare-unit" else j


def _counts(view: TokenView, k: int) -> bool:
    """Token ``k``, right after a number, is a unit that the number counts
    (``count_units.txt``): "Bệnh viện 100 tầng", "Trung đoàn 2.000 người" (not
    "Sư đoàn 308 cũng", "Quân khu 9 thăm")."""
    return k < view.n and view.adjacent(k) and not view.cap[k] and listed_unit_at(view.text, view.starts[k])


def _compound(view: TokenView, k: int, in_name: bool = False) -> int:
    """End of the word a capitalized syllable at ``k`` begins when its tail is in
    lower case: ``Chỉ đạo`` (Ban Chỉ đạo), ``Tiền lương`` (Vụ Tiền lương); the
    tail may be glued by a hyphen to the next capitalized word, which goes on
    the same way: ``Lao động-Thương binh`` (Bộ Lao động-Thương binh và Xã hội).
    ``in_name``: the syllable follows another of a proper name, which it may
    end alone ("Trung Nam"), so a tail that begins the next word is left out."""
    j = k + 1
    if j < view.n and view.adjacent(j) and view.words[j].isalpha() and view.words[j].islower():
        if j + 1 < view.n and view.adjacent(j + 1) and view.words[j + 1].islower() \
                and is_word(view.words[k], view.words[j], view.words[j + 1]):
            return j + 2
        if is_word(view.words[k], view.words[j]) and not (
                in_name and j + 1 < view.n and view.adjacent(j + 1) and view.words[j + 1].islower()
                and is_word(view.words[j], view.words[j + 1])):
            return j + 1    # (after a name's syllable, not "Cty Trung Nam sử" + "dụng": "sử dụng" is the next word)
    elif j < view.n and view.adjacent(j) and (g := _GLUED.fullmatch(view.words[j])) is not None \
            and is_word(view.words[k], g[1]):
        if j + 1 < view.n and view.adjacent(j + 1) and view.words[j + 1].isalpha() \
                and view.words[j + 1].islower() and is_word(g[3], view.words[j + 1]):
            return j + 2
        return j + 1
    return j


# The rest of a name after an HTML-escaped "&amp" ("P&amp;O", "GD&amp;ĐT").
_ENTITY_REST = regex.compile(r";[\p{L}\d]+")
# A lower-case word glued to the next capitalized one by a hyphen with no
# space: "động-Thương" (Lao động-Thương binh), "tử-Tin" (Điện tử-Tin học).  (A
# colon glued the same way, "thôn:Tôi", is already split by the token view:
# lexicon.glued_words.)
_GLUED = regex.compile(r"(\p{Ll}+)([\-–])(\p{Lu}\p{Ll}*)")


# Two capitalized words glued by a hyphen: "Mỏ-Địa" (Mỏ-Địa chất), "Nông-Lâm".
_PAIRED = regex.compile(r"\p{Lu}\p{Ll}*[\-–](\p{Lu}\p{Ll}*)")


def _paired_end(view: TokenView, k: int) -> int:
    """End of the name's word at token ``k``, one token, or two when ``k`` is two
    capitalized words glued by a hyphen whose second begins a word in lower case
    with the next token: "Trường Đại học Mỏ-Địa chất" ("địa chất")."""
    j = k + 1
    if (j < view.n and view.adjacent(j) and view.words[j].isalpha() and view.words[j].islower()
            and (g := _PAIRED.fullmatch(view.words[k])) is not None and is_word(g[1], view.words[j])):
        return j + 1
    return j


def _glued_end(view: TokenView, k: int, end: int) -> int:
    """The end of a name that ends at character ``end`` before token ``k``: in
    token ``k``, a word glued by a hyphen to what follows, the part that ends the
    name's last word goes with it: "Công ty TNHH Điện tử-Tin học …" ends at "tử"."""
    if not 0 < k < view.n or view.brk[k] or view.mask[k] or view.words[k].isalpha():
        return end  # (a glued token is no lexicon word, nor all letters)
    g = _GLUED.fullmatch(view.words[k])
    return view.starts[k] + len(g[1]) if g is not None and is_word(view.words[k - 1], g[1]) else end


def term_at(view: TokenView, k: int) -> bool:
    """The term of an elected body at ``k``, joined to what is before it: "(Quốc
    hội) khóa XI", "(Bộ Chính trị) khoá 14"."""
    return (k + 1 < view.n and view.key[k] == TERM and view.adjacent(k) and view.adjacent(k + 1)
            and TERM_NUMBER.fullmatch(view.words[k + 1]) is not None)


def _bracketed(view: TokenView, k: int) -> int:
    """End of ``( ABBR )`` at token ``k`` (``k`` if none); not a term ``(Khóa XII)``."""
    if k + 2 < view.n and view.words[k] == "(" and view.adjacent(k) and view.key[k + 1] != TERM:
        j = k + 1
        while j < view.n and j - k <= 3 and _ABBR.fullmatch(view.words[j]) and view.cap[j]:
            j += 1
        if j > k + 1 and j < view.n and view.words[j] == ")":
            return j + 1
    return k


def _bracketed_abbr(view: TokenView, k: int) -> int:
    """One past the end of the abbreviation in brackets at token ``k`` (``k`` if
    none): ``(ABBR)``, or ``(ABBR, a lower-case gloss)`` that defines the
    abbreviation and says what the body is: "Công ty Phát triển Công nghiệp
    Tân Thuận (IPC, đơn vị chủ đầu tư)" (not "(Khóa XII)", "(Nhật Bản, …)" is
    left to the place check)."""
    if k >= view.n or view.words[k] != "(":
        return k    # (the common case, answered before the two grammars below)
    b = _bracketed(view, k)
    if b > k or not (k + 4 < view.n and view.adjacent(k) and view.key[k + 1] != TERM):
        return b
    j = k + 1
    while j < view.n and j - k <= 3 and _ABBR.fullmatch(view.words[j]) and view.cap[j]:
        j += 1
    if not (k + 1 < j < view.n - 1 and view.words[j] == "," and view.words[j + 1].isalpha()
            and view.words[j + 1].islower() and view.joined(k, j + 2)):
        return k
    t = next((t for t in range(j + 2, min(j + 10, view.n)) if not view.adjacent(t) or view.words[t] in "()"), j)
    return j + 1 if t < view.n and view.words[t] == ")" and view.adjacent(t) else k


_ABBREVIATED_REST = 3    # the most lower-case words of a name an abbreviation may show it was cut before


def _abbreviated_rest(view: TokenView, m: OrgMatch) -> int:
    """End of up to three lower-case words after the name ``m`` that the abbreviation in
    brackets right after them spells with theirs and the name's last words' initials, so
    the name goes on through them ("Văn phòng Kiến trúc [sư trưởng] (VPKTST)", "Ban Chỉ
    đạo Quy chế dân chủ [cơ sở] (DCCS)"), or of the place right after the abbreviation;
    ``m.end`` if none."""
    t = m.end
    while (t < view.n and t - m.end < _ABBREVIATED_REST and view.adjacent(t) and view.words[t].isalpha()
           and not view.cap[t] and view.low[t] not in _AFTER_SUBJECT):
        t += 1
    if not (t + 2 < view.n and view.words[t] == "(" and view.words[t + 2] == ")" and view.joined(t - 1, t + 3)):
        return m.end
    abbr = _plain(view.words[t + 1])
    s = t - len(abbr)
    if not (len(abbr) >= 3 and view.words[t + 1].isupper() and m.start <= s < m.end - 1
            and _plain(_initials(view, s, t)) == abbr):
        return m.end
    if t + 3 < view.n and view.adjacent(t + 3) and (p := place_at(view, t + 3, modifier=True)) is not None:
        return p[0]     # "… (VPKTST) thành phố": the place after the abbreviation, one name (as "(TN-MT) TP")
    return t


def _initials(view: TokenView, i: int, j: int) -> str:
    """Upper-case initials of tokens ``i..j``: ``NH`` for ``Ngân hàng``."""
    return "".join(w[:1] for w in view.words[i:j]).upper()


def _plain(letters: str) -> str:
    """``letters`` upper-cased without diacritics, as acronyms are written and
    compared: "Ủy viên" gives "UV" ("UVBCT"), "BCHTƯ" matches "BCHTU"; "Đ", a
    letter of its own, stays ("ĐBQH")."""
    return unicodedata.normalize("NFD", letters.upper()).translate(WITHOUT_MARKS)


def _about_subject_end(view: TokenView, k: int) -> int:
    """End of a level or a council's task at ``k`` (_ABOUT_NAMES, up to four words),
    "về" and a capitalized subject (``k`` if none): "Quốc gia về APEC", "tư vấn về
    Dân chủ - Pháp luật", "Chỉ đạo quốc gia về Cơ chế một cửa"."""
    t = k
    while t < view.n and t - k < 4 and view.adjacent(t) and view.low[t] in _ABOUT_NAMES:
        t += 1
    if not (t + 1 < view.n and view.low[t] == "về" and view.joined(t - 1, t + 2) and view.cap[t + 1]):
        return k
    e = _capital_subject_end(view, t + 1)
    return e if e > t + 1 else k


def _qualifier(view: TokenView, k: int) -> tuple[int, object] | None:
    """The qualifier at ``k`` (org_qualifiers.txt), unless "hóa" makes it a verb:
    "Công ty Xuân Hòa cổ phần hóa" (equitized), not "Công ty Xuân Hòa cổ phần"."""
    q = org_qualifiers().match(view, k)
    if q is not None and q[0] < view.n and view.low[q[0]] in _IZE and view.adjacent(q[0]):
        return None
    return q


_IZE = {"hóa", "hoá"}     # "-ization": "cổ phần hóa", "xã hội hóa"


def _capital_subject_end(view: TokenView, j: int) -> int:
    """End of a capitalized subject at ``j`` (``j`` if none): capitalized fields or
    known names, joined by "-", "và", ",": "Dân chủ - Pháp luật", "APEC", "Kinh tế và
    Ngân sách" (not "Dự thảo Luật …", a document: no field)."""
    end = t = j
    while t < view.n and view.adjacent(t) and (view.cap[t] or (t > j and view.words[t - 1] == "và")):
        # (a last field after "và" may be in lower case: "Cơ chế một cửa ASEAN và tạo thuận lợi
        # thương mại")
        m = ((org_fields().match(view, t) if view.mask[t] & FIELD else None)
             or (org_names().match(view, t) if view.mask[t] & ORG_NAME else None))
        if m is None:
            break
        end = t = m[0]
        if not (t + 1 < view.n and view.words[t] in _SUBJECT_JOINS and view.joined(t, t + 2)):
            break
        t += 1
    return end


def _lower_field_at(view: TokenView, e: int) -> tuple[int, object] | None:
    """A field in lower case at ``e`` (org_fields.txt), or a trade noun that is no
    verb (org_descriptors.tsv): "văn hóa", "lương thực", "cấp nước"."""
    if e >= view.n or view.cap[e]:
        return None
    f = org_fields().match(view, e) if view.mask[e] & FIELD else None
    if f is None and view.mask[e] & DESCRIPTOR and (d := org_descriptors().match(view, e)) is not None \
            and d[1] is False:
        f = d
    return f


def _lower_fields_end(view: TokenView, j: int) -> int:
    """End of a run of lower-case fields at ``j`` (``j`` if none), next to each other
    or joined by "-", "và", "&" (at most four fields): "văn hóa thông tin", "phát thanh
    - truyền hình", "văn hóa thông tin - thể dục thể thao"; an abbreviation in brackets
    may close it ("phát thanh - truyền hình (PT-TH)")."""
    e = j
    for _ in range(4):
        f = _lower_field_at(view, e)
        if f is None:
            break
        e = f[0]
        if not (e + 1 < view.n and view.adjacent(e)):
            break
        if view.words[e] in _JOIN:      # (a joiner only before another field)
            if not (view.adjacent(e + 1) and _lower_field_at(view, e + 1) is not None):
                break
            e += 1
    b = _bracketed(view, e) if e > j else e
    return b if b > e and b < view.n and view.adjacent(b) else e


def _bare_parent_end(view: TokenView, k: int, unit: str) -> int:
    """End of a bare capitalized parent body at ``k`` (_BARE_PARENTS: "Bộ", "Tập
    đoàn") after the unit that belongs to it, when its own name does not go on
    (``k`` if none): not "Đảng bộ Bộ đội Biên phòng" (a word), "Đảng ủy Tập đoàn
    Dầu khí" (a name, read as the nested body), "HĐQT Tổng công ty (TCT) Cơ khí";
    a board of directors only of a firm ("Chủ tịch HĐQT Sở giao dịch …" is the board
    of the exchange, named in lower case)."""
    parents = _FIRM_PARENTS_LOW if unit in _BOARDS else _BARE_PARENTS_LOW
    for n in (1, 2, 3):
        e = k + n
        if e > view.n or tuple(view.low[k:e]) not in parents or not view.joined(k, e):
            continue
        if e < view.n and view.adjacent(e) and (
                view.cap[e]                                                     # a name goes on
                or (not view.words[e].isalpha() and view.words[e] not in _CLAUSE_MARKS)   # "(TCT)"
                or is_word(view.words[e - 1], view.words[e])                    # "Bộ đội", "Bộ máy"
                or (view.mask[e] & (FIELD | DESCRIPTOR | QUALIFIER)             # a trade: "Tập đoàn dầu khí"
                    and (org_fields().match(view, e) is not None or org_descriptors().match(view, e) is not None
                         or org_qualifiers().match(view, e) is not None))):
            return k
        return e
    return k


def _unit_pair(view: TokenView, j: int) -> bool:
    """Two bare unit words at ``j``: ``UBND quận, huyện`` is a class of bodies."""
    u = unit_at(view, j) if 0 < j < view.n and not view.brk[j] else None
    if u is None or place_at(view, j) is not None:
        return False
    k = u[0]
    if k < view.n and view.words[k] in (",", "và", "/"):
        k += 1
    v = unit_at(view, k) if 0 < k < view.n and not view.brk[k] else None
    return v is not None and place_at(view, k) is None


def _unit_list_end(view: TokenView, k: int) -> int:
    """End of the list of bare unit words at ``k``: "xã, phường, thị trấn"."""
    e = k
    while (u := unit_at(view, k) if 0 < k < view.n and not view.brk[k] else None) is not None:
        e = k = u[0]
        if k < view.n and view.words[k] in (",", "và", "/"):
            k += 1
    return e


def org_at(view: TokenView, i: int, depth: int = 0) -> OrgMatch | None:
    """The organization starting at token ``i``, or None.

    Positions, organizations and their aliases ask for the same tokens (the
    body of ``Chủ tịch UBND tỉnh …`` is the organization found next), so the
    answer is kept per view, by token and nesting depth."""
    if i >= view.n or not (view.mask[i] & ORG_NAME or may_start(view.mask, i, HEAD)):
        return None     # no name, nor head, starts here
    memo = view.memo.get("org")
    if memo is None:
        memo = view.memo["org"] = {}
    key = depth * view.n + i
    m = memo.get(key, _UNSET)
    if m is _UNSET:
        m = memo[key] = _org_at(view, i, depth)
    return m


def _org_at(view: TokenView, i: int, depth: int) -> OrgMatch | None:
    """:func:`org_at`, computed."""
    m = org_names().match(view, i) if view.mask[i] & ORG_NAME else None
    if m is not None:
        if (i > 1 and view.words[i - 1] in ("-", "/") and view.words[i - 2].isupper()
                and view.starts[i - 1] == view.starts[i - 2] + len(view.words[i - 2])):
            return None     # "Thông tư số 36/2016/TT- NHNN": the issuer's code in a document's number
        if view.words[i] in _WORKERS and not (
                0 < i < view.n - 1 and view.words[i - 1] == "(" and view.words[i + 1] == ")"
                and view.low[max(0, i - 4):i - 1] != _WORKERS_WRITTEN):
            return None     # "ưu đãi cho NLĐ làm việc tại khu công nghiệp": workers (người lao động); the
                            # newspaper is its credit in brackets, "(NLĐ)- Sáng 3-2", unless it
                            # abbreviates the words before it: "người lao động (NLĐ)"
        return OrgMatch(i, m[0], "name", None)
    h = head_at(view, i)
    if h is None:
        return _centre(view, i)
    return complete(view, i, h[0], h[1], depth)


# The Người Lao Động newspaper's initials, which are also those of "người lao động" (workers).
_WORKERS = {"NLĐ"}
_WORKERS_WRITTEN = ["người", "lao", "động"]


# Words before "Trung ương" that make it a noun, the Party centre: "báo cáo với
# Trung ương", "nghị quyết của Trung ương" (not "trực thuộc Trung ương", "cơ quan
# Trung ương", "từ Trung ương đến cơ sở": a level).
_TO_CENTRE = {"của", "với", "lên", "cho", "vào", "trình"}     # (and "trình Trung ương": submitted to it)     # (and "giới thiệu vào Trung ương": elected to it)
# A plenum of the Central Committee and its resolutions, named by the body:
# "Hội nghị Trung ương 6", "Nghị quyết Trung ương 4 khóa XII".
_MEETINGS = {("hội", "nghị"), ("nghị", "quyết")}
# "Trung ương" written short, one token (not "TW", which mostly ends a document's code: "25-NQ/TW")
_CENTRE_SHORT = {"T.Ư", "TƯ"}
# Nouns that "Trung ương" after them makes central, a level: "các cơ quan TƯ, UBND huyện",
# "các ban, ngành Trung ương và …"
_LEVELLED = {"quan", "ngành", "ban", "thể", "bộ"}


def _centre(view: TokenView, i: int) -> OrgMatch | None:
    """Bare capitalized ``Trung ương`` at ``i`` meaning the Party centre, one
    specific body (GUIDELINES: a bare capitalized reference to one body), when a
    preposition makes it a noun, its term follows ("Trung ương khóa IX", NOTES 3:
    the body of one term), or it heads a list of the top bodies ("Trung ương,
    Chính phủ, Quốc hội"); and no name goes on after it."""
    if view.words[i] in _CENTRE_SHORT:
        if i > 0 and view.adjacent(i) and view.words[i - 1].isupper():
            return None     # "X.BCH T.Ư khóa X": the end of a longer name
        k = i + 1       # the same written short: "nghị quyết T.Ư 2", "vào T.Ư" (K_NOTES 5)
    elif i + 1 < view.n and view.words[i] == "Trung" and view.low[i + 1] == "ương" and view.adjacent(i + 1):
        k = i + 2
    else:
        return None
    if k < view.n and view.adjacent(k) and view.cap[k] and _ROMAN.fullmatch(view.words[k]) is None:
        return None     # "Trung ương Hội", "Trung ương Đoàn": a name goes on (not the plenum's
                        # number: "Hội nghị Trung ương VI (lần 2)")
    if term_at(view, k):
        return OrgMatch(i, k + 2, "name", None)
    if i > 0 and view.low[i - 1] in _TO_CENTRE and view.adjacent(i):
        return OrgMatch(i, k, "name", None)
    if ((i == 0 or not view.adjacent(i) or view.words[i - 1] in _OPENERS) and k < view.n and view.adjacent(k)
            and (view.low[k] in _MODALS or view.low[k] in ("nên", "đã", "sẽ", "cũng", "vừa", "đang"))):
        return OrgMatch(i, k, "name", None)     # "“Trung ương nên đầu tư trọn gói”": the subject of a clause
    if i > 1 and (view.low[i - 2], view.low[i - 1]) in _MEETINGS and view.joined(i - 2, i + 1):
        return OrgMatch(i, k, "name", None)     # "hội nghị Trung ương 15", "Nghị quyết Trung ương 6": the
                                                # body whose plenum it is (L_NOTES 17, N_NOTES)
    if (k + 1 < view.n and view.words[k] in (",", "và") and view.adjacent(k + 1)
            and (h := head_at(view, k + 1)) is not None and h[1].text in _NO_NESTING
            and not (i > 0 and view.low[i - 1] in _LEVELLED)):
        return OrgMatch(i, k, "name", None)     # (not "Trung ương và địa phương", the levels)
    return None


def complete(view: TokenView, i: int, j: int, head: Head, depth: int = 0) -> OrgMatch | None:
    """The organization whose head spans tokens ``i..j``, with its name and tail."""
    if head.text == "quốc hội" and i > 0 and view.low[i - 1] in ("biểu", "nhà"):
        return None     # "đại biểu quốc hội" (a deputy's office or the deputies), "nhà quốc hội" (a building)
    if (head.text in _PRESS_HEADS and j < view.n and view.adjacent(j) and view.mask[j] & REGION
            and (c := regions().match(view, j)) is not None and c[1] == "country"
            and not (c[0] < view.n and view.adjacent(c[0]) and view.words[c[0]].isalpha()
                     and (view.cap[c[0]] or is_word(view.words[c[0] - 1], view.words[c[0]])))):
        return None     # "người làm báo Việt Nam", "báo Mỹ đưa tin": a country's press, no one newspaper
                        # (not "báo Việt Nam News", a name going on, nor "báo Pháp luật", a word)
    if (head.text == "Trung tâm" and j < view.n and view.adjacent(j) and not view.cap[j] and unit_at(view, j) is not None
            and not (view.adjacent(i) and view.cap[i - 1])):
        return None     # "Trung tâm thành phố Hà Nội", "Trung tâm huyện": the place's centre, no body (a
                        # centre is named by its field first: "Trung tâm Y tế huyện"; not inside a
                        # name: "BVĐK Trung tâm tỉnh Lạng Sơn")
    if _class_tail(view, j):
        return OrgMatch(i, j + 2, "class", head)     # "HĐND các cấp"
    if (head.text in _COURTS and j + 1 < view.n and view.low[j] == "cấp" and view.low[j + 1] == "cao"
            and view.joined(j - 1, j + 2)):
        k = j + 2   # "Tòa án nhân dân cấp cao tại Hà Nội": a high court, named by the city it sits in
        if k + 1 < view.n and view.low[k] == "tại" and view.joined(k - 1, k + 2) \
                and (p := place_at(view, k + 1)) is not None and p[1] != "bare-unit":
            k = p[0]
        return OrgMatch(i, k, "head", head)
    if j < view.n and view.low[j] == "cấp" and (e := _level_end(view, j)) > j:
        return OrgMatch(i, e, "class", head)    # "UBND cấp tỉnh", "HĐQT NHCSXH cấp tỉnh": the body of a level
    if (j < view.n and (view.low[j] in _CLASS or view.words[j] in _COUNT and unit_at(view, j + 1))
            and view.adjacent(j) and head.text not in _BLOC_HEADS
            and not ((view.cap[j] or view.low[j] == "các") and view.mask[j] & FIELD and org_fields().match(view, j))
            and not (view.low[j] == "cấp" and view.mask[j] & FIELD and (f := org_fields().match(view, j)) is not None
                     and f[0] > j + 1)  # (a trade: "Tổng công ty cấp nước Sài Gòn", not "UBND cấp tỉnh")
            and not (head.text in _COUNCIL_HEADS and _descriptors(view, j, head) > j)
            and not (head.text in _MEMBERS_HEADS and _members_end(view, j) > j)
            and not (head.text in _ONE_BODY and not _members_follow(view, j))):
        return None     # (but "Tòa án cấp sơ thẩm" is one court, and "báo cáo Quốc hội một số vấn
                        # đề": the body is one, the quantifier begins the verb's object)
    if _unit_pair(view, j):
        return None
    b = _bracketed(view, j) if head.kind == "named" else j
    if head.text == "đài" and not (j < view.n and view.adjacent(j) and view.cap[j]):
        return None         # "đài truyền hình huyện": any station; "đài THVN", "đài PT-TH Đắk Nông" by name
    if (head.text in _DELEGATIONS and j < view.n and view.mask[j] & REGION and regions().match(view, j) is not None
            and (p := place_at(view, j)) is not None and p[1] != "unit"):
        return None         # "đoàn đại biểu quốc hội Việt Nam sang Mỹ": a country's visiting delegation (a
                            # country, not a city written with its unit: "… TP.HCM"), not a province's
    if head.text in _ELECTION_TEAMS or head.text in _NOTARIES:
        if not (j + 1 < view.n and view.low[j] == "số" and view.words[j + 1].isdigit() and view.joined(j, j + 2)):
            return None     # "của tổ bầu cử": any team; a team is one body by its number ("Phòng
                            # công chứng số 3"; "Phòng công chứng hoặc văn phòng công chứng": any)
        k = j + 2           # "Tổ bầu cử số 7", then its ward
    elif head.text in _SITE_BOARDS and j + 1 < view.n and view.low[j] == "dự" and view.low[j + 1] == "án":
        k = _project_end(view, j, depth)    # "Ban Quản lý dự án thủy điện 4", "… dự án Bộ TT&TT"
        if k == j:
            return None     # "Ban quản lý dự án có chức năng …": any board
    elif (head.text == "Ban QLDA" and j < view.n and view.adjacent(j) and not view.cap[j]
          and view.low[j] in _PROJECT_KINDS):
        k = _project_end(view, j, depth, j)     # "Ban QLDA đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"
        if k == j:
            k = _name(view, j, head)
    elif head.text in _BLOC_HEADS:
        k = _name(view, _bloc_start(view, j), head)     # "Đảng ủy Khối các cơ quan Trung ương"
    elif head.text in _SITE_HEADS and j < view.n and view.adjacent(j) and (e := site_at(view, j)) > j:
        k = e       # "Ban Quản lý Khu kinh tế Nghi Sơn": a board named by the site it runs
    elif b - j == 3 and b < view.n and view.adjacent(b) and _plain(view.words[j + 1]) == _plain(_initials(view, i, j)):
        k = _name(view, b, head)     # "Ngân hàng (NH) Nhà nước": the head's own abbreviation
        if k == b:
            k = _name(view, j, head)
    else:
        k = _name(view, j, head)
        if head.text in _SITE_BOARDS and k > j + 1:
            k = _site_after_task(view, j, k)
    if head.text == "Đoàn" and k - j == 2 and (view.low[j], view.low[j + 1]) in _TEAMS:
        return OrgMatch(i, k, "class", head)    # "Đoàn Thanh tra", "Đoàn Kiểm tra": a team sent for one
                                                # task, not a body (C_NOTES 4); the body that sent it is
    if head.text in _TRADE_HEADS and view.cap[i]:
        k = _trade_end(view, j, k)      # "Tổng công ty cấp nước Sài Gòn", "Công ty Sông Đà 5"
        if k == j and head.text in _NATIONAL_CORPS and (e := _sector_end(view, j)) > j:
            return OrgMatch(i, e, "head", head)     # "Tổng công ty đường sắt": the state corporation of its sector
    elif head.text in _STEERING_HEADS and k < view.n:
        k = _steering_number(view, j, k)    # "Ban Chỉ đạo 389 quốc gia", "Ban chỉ đạo 896"
    elif k == j and j < view.n and view.low[j] == "số" and (head.text.startswith("Trường ") or head.text in _SCHOOL_LEVELS):
        k = _firm_number(view, j, True)     # a school numbered in its commune: "Trường Tiểu học số 2 xã Nghi
        if k > j and k < view.n and view.adjacent(k) and view.cap[k] and (p := place_at(view, k)) is not None:
            k = _directed(view, p[0])       # Phong", "Trường Tiểu học số 1 Nam Lý"
    if k == j and head.kind == "named" and j < view.n and view.adjacent(j) and not view.cap[j] \
            and view.mask[j] & (FIELD | DESCRIPTOR) and (f := _lower_fields_end(view, j)) > j \
            and f < view.n and view.adjacent(f) and place_at(view, f, modifier=True) is not None \
            and not (view.mask[f] & REGION and (c := regions().match(view, f)) is not None and c[1] == "country"
                     and ((g := org_fields().match(view, j)) is None or g[0] != f)):
        k = f       # a lower-case field named by the place after it: "công ty điện lực TP HCM"; or
                    # fields and trades run together or joined ("Trung tâm văn hóa thông tin tỉnh Quảng
                    # Nam", "Phòng văn hóa thông tin - thể dục thể thao huyện Tân Phước", "Xí nghiệp
                    # lương thực tỉnh"); not a trade of a country, any firm of it ("các công ty hóa
                    # chất Mỹ"), but one field as before
    if k > j + 1 and i > 0 and view.low[i - 1] in _AGENT_MARKERS:
        k = _agent_end(view, j, k)
    if head.text in _WORLD_HEADS:
        e = _reach_end(view, j, k)
        return OrgMatch(i, e, "head", head) if e > 0 else None
    named = k > j
    if (not named and head.text in _SCHOOL_LEVELS and i > 0 and view.low[i - 1] == "trường" and view.adjacent(i)
            and j < view.n and view.adjacent(j) and view.cap[j] and unit_at(view, j) is None
            and (p := place_at(view, j)) is not None and p[1] != "bare-unit"):
        k, named = _directed(view, p[0]), True   # "trường THCS Cầu Giấy": a school named after its place (not "học sinh
                                # THPT Hà Nội", the city's pupils)
    if head.text in _SCHOOL_ABBR and (not named or TERM_NUMBER.fullmatch(view.words[j].split(".")[0])
                                      or (head.text[:1] == "T" and (view.words[j].isupper()
                                                                    or view.low[j] == "quốc"))):
        return None     # "ĐH Đảng bộ", "ĐH X" (Đại hội), "THPT Quốc gia", "THPT BC": no school
    if named and view.mask[i] & (REGION | PLACE) and any(
            (m := t.match(view, i)) is not None and m[0] >= k for t in (regions(), places())):
        return None     # "Đài Loan" is a place, not an "Đài"
    if (named and ((ps := person_shape(view, i)) >= k or (ps >= i + 3 and view.mask[i] & FAMILY))
            and org_fields().match(view, j) is None):
        return None     # "Đoàn Ngọc Hải" is a person, not an "Đoàn", also when a name goes on after the
                        # full name: "Ông Đoàn Ngọc Phương - Quyền Cục trưởng"
    if (named and i > 0 and view.cap[i - 1] and view.mask[i - 1] & FAMILY and view.adjacent(i)
            and person_shape(view, i - 1) >= k and org_fields().match(view, j) is None):
        return None     # "Lê Bộ Lĩnh" is a person whose middle name is a head, not a "Bộ"
    nested_done = head.text in _NO_NESTING
    placed = False
    office = head.text in _OFFICE_HEADS
    if (head.text in _CONGRESS_ORGANS and k == j and k + 1 < view.n and view.words[k] == "Đại"
            and view.low[k + 1] == "hội" and view.joined(k - 1, k + 2)):
        k, named, nested_done = k + 2, True, True   # "Đoàn Chủ tịch Đại hội": the organ of the congress
    if (not named and head.text in _AGENCY_UNITS and depth < 3 and j + 2 < view.n and view.low[j] == "cơ"
            and view.low[j + 1] == "quan" and view.joined(j - 1, j + 3)
            and (sub := org_at(view, j + 2, depth + 1)) is not None):
        k, named, nested_done = sub.end, True, True     # "Đảng ủy cơ quan LĐLĐ TP", "Công đoàn cơ quan
                                                        # Bộ Tư pháp": the unit of the agency's staff
    if not named and head.text in _AGENCY_UNITS and view.cap[i] and _brand(view, j):
        k, named = j + 1, True      # "Đảng bộ Samco", "Đảng ủy TCT", "Chi bộ CEP": the unit of a firm
                                    # named by its brand or abbreviation (GUIDELINES: the whole body)
    if not named and depth < 3 and (view.cap[i] or office) and not nested_done:
        sub = org_at(view, k, depth + 1) if view.adjacent(k) else None
        if sub is not None and sub.rule == "class":
            return OrgMatch(i, sub.end, "class", head)  # "HĐQT NHCSXH cấp tỉnh": of a class, one of a class
        if sub is not None:
            k, named, nested_done = sub.end, True, True
            if office and k + 1 < view.n and view.words[k] == "và" and view.adjacent(k + 1):
                # one office of two bodies: "Văn phòng HĐND và UBND thành phố", "Văn
                # phòng Đoàn ĐBQH và HĐND tỉnh"
                other = org_at(view, k + 1, depth + 1)
                if other is not None and other.head is not None and other.head.kind == "body":
                    k = other.end
        elif not view.cap[i]:
            return None     # "văn phòng" in lower case is an office only of a body: "văn phòng UBND"
        elif (office and k < view.n and view.low[k] == "bộ" and view.adjacent(k)
              and not (k + 1 < view.n and view.adjacent(k + 1)
                       and (view.cap[k + 1] or is_word(view.words[k], view.words[k + 1])))):
            k, named, nested_done = k + 1, True, True   # "Văn phòng Bộ": the office of the ministry in
                                                        # question, one body every ministry has (not
                                                        # "Văn phòng bộ phận", a word)
        elif (head.text in _UNITS_OF_PARENT and k < view.n and view.cap[k]
              and (e := _bare_parent_end(view, k, head.text)) > k):
            k, named, nested_done = e, True, True       # "Đảng ủy Tập đoàn", "Ban cán sự đảng Bộ", "HĐQT
                                                        # Tập đoàn họp": the unit of the ministry or group
                                                        # in question, named by its head alone
    if head.kind == "named" and not named and not head.bare:
        p = place_at(view, k) if view.adjacent(k) else None
        if p is None or p[1] == "bare-unit":
            return None
        if head.text == "hãng":
            return None     # "hãng Nhật Bản", "hãng ở Hà Nội": a firm of a place, no name
        if head.text == "Đoàn" and view.words[i - 1:i] == ["("] and view.words[p[0]:p[0] + 1] == [")"]:
            return OrgMatch(i, p[0], "delegation", head)    # "đại biểu Vũ Trọng Kim (Đoàn Hải Dương)": a
                                                            # deputy's delegation, only its place (C_NOTES 4)
        if head.text in _COMPANY_HEADS and (c := regions().match(view, k)) is not None and c[0] == p[0]:
            return None     # "một Công ty Nhật Bản": a company from a country, no name
        k, placed = _directed(view, p[0]), True
    if head.text in _STATE_BODIES and k == j and k < view.n and view.low[k] == "nước" and view.adjacent(k):
        e = _state_end(view, k + 1)
        if e > k + 1:
            k, placed = e, True     # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam": the state's body
    while k < view.n and view.adjacent(k):
        if term_at(view, k):
            k += 2      # "Quốc hội khóa XI", "Bộ Chính trị khoá IX": the body of one term
            break
        if k == j and head.text in _STATE_BODIES and _ROMAN.fullmatch(view.words[k]):
            k += 1      # "kỳ họp thứ 8 Quốc hội XI": the term's number alone after the body
            break
        if (_ROMAN.fullmatch(view.words[k]) and view.words[k] not in ("I", "V")
                and head.text.lower().startswith(_PARTY_ORGANS)
                and (head.text in _ONE_BODY or _CENTRAL_WORDS.search(head.text.lower())
                     or any(_central(view, t) for t in range(j, k)))):
            k += 1      # "BCH T.Ư IX giới thiệu", "Ban Chấp hành Trung ương X": the Central Committee of
            break       # one term, its number alone after it as after "Quốc hội XI" (NOTES 3)
        if (view.words[k] == "(" and k + 3 < view.n and view.key[k + 1] == TERM and view.words[k + 3] == ")"
                and TERM_NUMBER.fullmatch(view.words[k + 2]) and view.joined(k, k + 4)):
            k += 4      # "Bộ Chính trị (khóa XI)": the term in brackets
            break
        q = _qualifier(view, k) if view.mask[k] & QUALIFIER else None
        if q is not None and not placed:
            k = q[0]
            continue
        if (view.low[k] == "số" and named and not placed and head.text in _NUMBERED_FIRMS and k + 1 < view.n
                and view.adjacent(k + 1) and view.words[k + 1].isdigit() and len(view.words[k + 1]) <= 2
                and not (k + 2 < view.n and view.words[k + 2] in ("/", "-") and view.adjacent(k + 2))):
            k += 2      # "Chi nhánh DNTN Xây dựng số 1", "Công ty Xây dựng số 4": the firm's number
            continue
        b = _bracketed(view, k)
        if b > k:
            if b < view.n and view.adjacent(b) and (place_at(view, b, modifier=True) is not None
                                                    or org_at(view, b, depth + 1) is not None):
                k = b
                continue
            if term_at(view, b):
                k = b + 2   # "Quốc hội (QH) khóa 14", "Ban Chấp hành Trung ương (BCHTƯ) khóa X": the
                break       # abbreviation inside the name of the body of one term (GUIDELINES)
            break
        if not nested_done and not placed and depth < 3:
            sub = org_at(view, k, depth + 1)
            if sub is None and (h := head_at(view, k)) is not None and _unit_pair(view, h[0]):
                return OrgMatch(i, _unit_list_end(view, h[0]), "class", head)  # "Ban Thường trực Ủy ban
                                                                               # MTTQ xã, phường": of a class
            if sub is not None:
                if sub.rule == "class":
                    return OrgMatch(i, sub.end, "class", head)  # "Ủy ban Kiểm tra Đảng các cấp": of every level
                k, nested_done = sub.end, True
                continue
        p = place_at(view, k, modifier=True)
        if p is not None:
            if p[1] == "bare-unit" and _unit_pair(view, k):
                return OrgMatch(i, _unit_list_end(view, k), "class", head)  # "Ủy ban MTTQ Việt Nam xã,
                                                                            # phường, thị trấn": a class
            k, placed = p[0], True
            if head.text in _TRADE_HEADS and view.cap[i] and (e := _firm_number(view, k)) > k \
                    and view.words[e - 1].isdigit():
                k = e   # a firm named by its place and number: "Công ty cổ phần Địa ốc Sài Gòn 5"
            continue
        if view.words[k] in ("-", "–") and head.text not in _NO_NESTING and (e := _second_country_end(view, k)) > k:
            k = e       # "Hội hữu nghị Việt Nam - Lào", "Hội Hữu nghị Việt - Nhật"
            continue
        if (not placed and k > j and head.text in _REGIONAL_HEADS and k + 1 < view.n and view.low[k] == "miền"
                and view.words[k + 1] in _THIRDS and view.adjacent(k + 1)):
            k, placed = k + 2, True     # "Tổng công ty Lương thực miền Nam", "Liên đoàn Bản đồ Địa chất miền
            continue                    # Nam": a firm or agency named by the third of the country it serves
        if (not placed and k > j and head.text in _REACHING_HEADS and k + 1 < view.n and view.cap[j]
                and (view.low[k], view.low[k + 1]) in _REACH and view.joined(k - 1, k + 2)):
            k += 2      # "Hiệp hội Ung thư thế giới", "Liên đoàn Lao động quốc tế": the reach in lower
            break       # case after a capitalized name, as after "Tổ chức" (_reach_end)
        break
    if (head.text in _MISSIONS and placed and k + 1 < view.n and view.low[k] == "tại" and view.joined(k - 1, k + 2)
            and (p := place_at(view, k + 1)) is not None):
        k = p[0]        # "Đại sứ quán Việt Nam tại Pháp": a mission named by the place it sits in
    if head.text in _UNIT_HEADS and k > j and not placed and not nested_done and view.words[k:k + 1] != [";"]:
        k = _listed_tail(view, i, k)    # "…; Vụ Kiểm soát an toàn thiên tai; Vụ Quản lý …": an item of a list
    if (head.text == "Ban" and j + 2 < k and view.low[j:j + 2] == ["chỉ", "đạo"] and view.mask[j + 2] & REGION
            and (r := regions().match(view, j + 2)) is not None and r[0] == k):
        k = _region_list_end(view, k)   # "Ban Chỉ đạo Tây Nam bộ, Tây Nguyên, Tây Bắc": the regions' committee
    if (k == j and head.text in _AGENCY_HEADS and k + 1 < view.n and view.words[k] == "," and view.adjacent(k + 1)
            and depth < 3 and (sub := org_at(view, k + 1, depth + 1)) is not None
            and sub.head is not None and sub.head.text in _PARENT_HEADS):
        k = sub.end     # "Cơ quan Cảnh sát điều tra, Bộ Công an": the agency with its parent after a comma
    elif (k > j and not placed and head.text in _SUB_UNITS and k + 1 < view.n and view.words[k] == ","
          and view.adjacent(k + 1) and depth < 3 and (head.text != "Phòng" or view.low[j] in _POLICE_UNITS)
          and (sub := org_at(view, k + 1, depth + 1)) is not None and sub.head is not None
          and sub.head.text in _SUB_UNITS[head.text]):
        k = sub.end     # "Vụ Hợp tác quốc tế, Bộ Y tế", "Phòng Cảnh sát hình sự, Công an TP Hà Nội",
                        # "Ban Thời sự, Đài Truyền hình Việt Nam": a unit, a comma, the body it is part of
    if k > j and view.words[i].isupper() and _in_capitals(view, i) and not head.text.startswith(view.words[i]):
        k = next((t for t in range(j, k) if any(c.islower() for c in view.words[t])), k)
        # (a heading in capitals ends where the text goes on in its own case:
        # "BAN GIÁM SÁT ĐẦU TƯ  Điều 10")
    if k == j and not head.bare:
        return None
    c = k + 1 if k + 2 < view.n and view.low[k] in ("ở", "tại") and view.low[k + 1] == "các" else k
    if (c + 1 < view.n and (view.low[c] == "các" or view.low[c] in _COUNT) and view.joined(k - 1, c + 2)
            and (view.low[c + 1] == "nước" or unit_at(view, c + 1) is not None)):
        return OrgMatch(i, c + 2, "class", head)     # "Bộ Chỉ huy Quân sự các tỉnh …", "Phòng Tư pháp ở các
                                                     # quận", "Phòng Thương mại Công nghiệp hai nước": one
                                                     # body of each, a class
    if _class_tail(view, k):
        return OrgMatch(i, k + 2, "class", head)     # "UBND cùng cấp", "MTTQ Việt Nam các cấp"
    if k < view.n and view.low[k] == "cấp" and (e := _level_end(view, k)) > k:
        return OrgMatch(i, e, "class", head)     # "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã": one of each
                                                 # commune, a class (GUIDELINES: "UBND cấp tỉnh")
    if k < view.n and view.low[k] == "nơi" and view.adjacent(k) and _bare_unit_end(view, i, k):
        return OrgMatch(i, k, "class", head)     # "đăng ký ở UBND xã nơi cư trú": whichever commune
    if head.text in _COMPANY_HEADS and not any(view.cap[t] and not view.mask[t] & QUALIFIER for t in range(j, k)) \
            and not (view.cap[i] and (view.words[k - 1].isdigit()
                                      or (_bracketed(view, k) > k and _trade_at(view, j)))):
        return None     # a legal form alone is no name: "công ty cổ phần", "Công ty Nhà nước", "công ty TNHH MTV"
                        # (a trade and a number is, or one given an abbreviation: "Tổng công ty
                        # xây dựng số 1", "Công ty xăng dầu hàng không (Vinapco)")
    return OrgMatch(i, k, "head", head)


# Forms of state written before a country's name: "Cộng hòa xã hội chủ nghĩa
# Việt Nam", "CHXHCN Việt Nam", "Vương quốc Thái Lan", "Liên bang Nga".
_STATE_FORMS = tuple(tuple(map(lfold, f)) for f in (("cộng", "hòa"), ("vương", "quốc"), ("liên", "bang"), ("chxhcn",)))


# Words that introduce the agent of a passive clause: "chính sách do Bộ Nội vụ
# xây dựng", "được thẩm định bởi Sở Xây dựng".
_AGENT_MARKERS = {"do", "bởi"}


def _agent_end(view: TokenView, j: int, k: int) -> int:
    """End of a name ``j..k`` that follows ``do``/``bởi``: a trailing word that
    is also a verb, before punctuation or the end, is the passive clause's
    predicate, not the name ("do Bộ Nội vụ xây dựng, …"); ``k`` otherwise."""
    if k < view.n and view.adjacent(k) and view.words[k].isalnum():
        return k
    for s in (k - 2, k - 1):
        if s > j and not view.cap[s] and view.mask[s] & DESCRIPTOR:
            d = org_descriptors().match(view, s)
            if d is not None and d[0] == k and d[1]:
                return s
    return k


def _state_end(view: TokenView, k: int) -> int:
    """End of a state's name at ``k``: a country, or its form of state, up to
    four more words in any case, then the country ("Cộng hòa Xã hội chủ nghĩa
    Việt Nam"), with the old state's form after it ("Việt Nam Dân chủ Cộng
    hòa"); ``k`` if none."""
    e = k
    for form in _STATE_FORMS:
        if tuple(view.key[k:k + len(form)]) == form and view.joined(k, k + len(form)):
            e = k + len(form)
            break
    for t in range(e, min(e + 5, view.n)):
        if not view.adjacent(t) or not view.words[t].isalpha():
            break
        c = regions().match(view, t) if view.mask[t] & REGION else None
        if c is not None:
            e = c[0]
            old = tuple(map(lfold, ("dân", "chủ", "cộng", "hòa")))
            return e + 4 if tuple(view.key[e:e + 4]) == old and view.joined(e, e + 4) else e
        if t == k:
            break   # (no form of state: the country right after "nước")
    return k


# The Party's elected organs, whose term's number may follow them alone once
# they are named as central ones: "BCH T.Ư IX", "Bộ Chính trị X".
# (as the heads begin, lower-cased; "I" and "V" alone are too often a list's
# numbering to be a term)
_PARTY_ORGANS = ("ban chấp hành", "bch", "bộ chính trị", "ban bí thư")
_CENTRAL_WORDS = regex.compile(r"trung ương|tư|tw|t\.ư")
# National bodies there is one of: a quantifier after them begins a verb's
# object ("trình Chính phủ các đề án"), unless it counts bodies of its kind
# ("Quốc hội các nước ASEAN", "Chính phủ nhiều nước").
_ONE_BODY = {"Quốc hội", "QH", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Kiểm toán Nhà nước"}
# Nouns after a quantifier that make bodies of a kind: "các nước", "một số quốc gia", "các khóa".
_MEMBER_NOUNS = {"nước", "quốc", "địa", "cấp", "ngành", "khóa", "khoá", "nhiệm", "thành", "tỉnh", "vùng"}


def _members_follow(view: TokenView, j: int) -> bool:
    """The quantifier at ``j`` counts bodies ("các nước", "một số địa phương",
    "nhiều tỉnh"), not the things a verb acts on ("một số vấn đề")."""
    t = j + 2 if view.low[j] == "một" and j + 1 < view.n and view.low[j + 1] == "số" else j + 1
    return t >= view.n or view.low[t] in _MEMBER_NOUNS or view.low[j] == "cấp" or unit_at(view, t) is not None


def _counted(view: TokenView, i: int) -> bool:
    """A number word before token ``i``: "giữa hai QH", "hai Đảng" count bodies
    (not "năm", also the year: "năm Đảng ta ra đời")."""
    return i > 0 and view.low[i - 1] in ("hai", "ba", "bốn") and view.adjacent(i)


def _second_country_end(view: TokenView, k: int) -> int:
    """End of the second country of a pair joined by the dash at token ``k``
    (``k`` if none): the first country ends right before it ("Việt Nam - Lào",
    "Việt - Nhật"), the second follows, one line, spaces around the dash."""
    if not (0 < k < view.n - 1 and view.adjacent(k) and view.adjacent(k + 1) and view.mask[k + 1] & REGION
            and view.starts[k] > view.starts[k - 1] + len(view.words[k - 1])
            and view.starts[k + 1] > view.starts[k] + 1):
        return k    # (spaces around the dash: not "Silver Star VN- TPHCM")
    if view.words[k - 1] != "Việt" and not any(regions().spans(view, a, k) for a in (k - 1, k - 2, k - 3) if a >= 0):
        return k
    c = regions().match(view, k + 1)
    return c[0] if c is not None else k


def _bare_unit_end(view: TokenView, i: int, k: int) -> bool:
    """The organization ``i..k`` ends with a unit word without a name ("UBND xã")."""
    return any(k - w > i and (u := unit_at(view, k - w)) is not None and u[0] == k for w in (1, 2))


# The vowels of a word without its marks: a Vietnamese syllable has one run of
# them ("Nguyễn", "Quốc"), a foreign brand more ("Samco", "Liksin").
_VOWEL_RUNS = regex.compile(r"[aeiouy]+")


def _brand(view: TokenView, j: int) -> bool:
    """Token ``j`` is a firm's brand or abbreviation standing alone: a capitalized
    word that is no Vietnamese syllable ("Samco", "Liksin") or an acronym
    ("CEP", "TCT"), and no place, field, title or other body ("TP", "GTVT", "UBND")."""
    if j >= view.n or not view.adjacent(j) or not view.cap[j]:
        return False
    w = view.words[j]
    if not w.isalpha() or not (len(w) > 1 and w.isupper() or len(_VOWEL_RUNS.findall(_plain(w).lower())) > 1):
        return False
    if j + 1 < view.n and view.adjacent(j + 1) and view.cap[j + 1]:
        return False    # a longer name, read by the rules of names
    if view.mask[j] & (FIELD | CODE | TITLE | REGION | PLACE | ORG_NAME) or _central(view, j):
        return False
    h = head_at(view, j)
    return (h is None or h[1].text in _COMPANY_HEADS) and place_at(view, j, modifier=True) is None


def _numbered(view: TokenView, i: int) -> bool:
    """A count before token ``i``: "11 văn phòng UBND", "53 Đoàn ĐBQH" are eleven
    offices, 53 delegations (not a year or a day: "năm 2003 UBND", "ngày 5 UBND")."""
    w = view.words[i - 1]
    return (w.isdigit() and len(w) <= 3
            and not (i > 1 and (view.low[i - 2] in _DATE_WORDS
                                or view.mask[i - 2] & (HEAD << ALONE | HEAD << SECOND))))
    # (nor the number of a name: "Bệnh viện 175 Bộ Quốc phòng", "Sư đoàn 308")


# Words before a number that make it a date, an ordinal or a name, not a count:
# "năm 2003", "kỳ họp thứ 7", "Hội nghị 11", "Đại hội 6", "Thông tư 15", "tổ 41".
_DATE_WORDS = {"năm", "ngày", "tháng", "quý", "điều", "khoản", "số", "lần", "thứ", "khóa", "khoá", "kỳ", "họp",
               "nghị", "hội", "tư", "định", "thị", "luật", "tổ", "phường", "quận"}


def _class_tail(view: TokenView, k: int) -> bool:
    """``các cấp`` / ``cùng cấp`` / ``ba cấp`` at ``k``: the body named before is a
    class of bodies ("HĐND các cấp", "HĐND ba cấp": the councils of three levels)."""
    return (k + 1 < view.n and view.low[k + 1] == "cấp" and view.adjacent(k) and view.adjacent(k + 1)
            and (view.low[k] in ("các", "cùng") or view.low[k] in _COUNT or view.words[k] in ("2", "3", "4")))


# The longest lower-case rest of a listed body's name, in words ("hậu quả thiên tai").
_LISTED_REST = 5


def _listed_tail(view: TokenView, i: int, k: int) -> int:
    """End of the name of a body starting at ``i``, read up to ``k``, that is an
    item of a list of bodies separated by semicolons: the lower-case words after
    ``k`` up to the semicolon are the rest of its name, written in sentence case
    ("gồm: Vụ Kiểm soát an toàn thiên tai; Vụ Quản lý đê điều", "8- Cục Tần số vô
    tuyến điện; Cục Bưu điện Trung ương"), when a list opens before it (a colon, a
    semicolon or an item's number) and a body's head follows the semicolon.  An
    item of a list is a noun phrase, not a clause; ``k`` if not so."""
    if not (i > 0 and (view.words[i - 1] in (":", ";")
                       or (i > 1 and view.words[i - 1] in ("-", "–", ".") and view.words[i - 2].isdigit()))):
        return k
    t = k
    while (t < view.n and t - k < _LISTED_REST and view.adjacent(t) and view.words[t].isalpha() and not view.cap[t]
           and view.low[t] not in FUNCTION_WORDS and view.low[t] not in _AFTER_SUBJECT):
        t += 1
    if t == k or not (t + 1 < view.n and view.words[t] == ";" and view.adjacent(t)):
        return k
    h = t + 1
    if h + 2 < view.n and view.words[h].isdigit() and view.words[h + 1] in ("-", "–", "."):
        h += 2      # the next item's number: "; 5- Vụ …"
    return t if h < view.n and view.adjacent(h) and head_at(view, h) is not None else k


def _region_list_end(view: TokenView, k: int) -> int:
    """End of the regions that follow a region ending at ``k`` after a comma or
    ``và`` ("…, Tây Nguyên, Tây Bắc"), ``k`` if none: a steering committee named
    by its region names the others it covers with it."""
    while (k + 1 < view.n and view.words[k] in (",", "và") and view.adjacent(k) and view.adjacent(k + 1)
           and view.mask[k + 1] & REGION and (r := regions().match(view, k + 1)) is not None):
        k = r[0]
    return k


def _level_end(view: TokenView, k: int) -> int:
    """End of ``cấp`` and a bare unit word at ``k`` (``k`` if none): the level a
    body is named by makes it one of each unit of that level, a class ("UBND
    cấp tỉnh", "Ủy ban MTTQ Việt Nam cấp xã"); not "cấp" the verb before a named
    place ("UBND tỉnh cấp huyện Tuy Đức 5 tỷ đồng"), nor "Tòa án cấp cao"."""
    if not (k + 1 < view.n and view.low[k] == "cấp" and view.adjacent(k) and view.adjacent(k + 1)):
        return k
    u = unit_at(view, k + 1)
    if u is None or place_at(view, k + 1) is not None:
        return k
    return u[0]


# Delegations named bare, without their province, are all of them.
_BARE_DELEGATIONS = {"Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH"}
# The one top body a class of bodies may belong to (GUIDELINES: a bare capitalized
# body that refers to a specific organization).
_TOP_BODIES = {"Quốc hội", "Đảng", "Chính phủ"}


def _top_bodies(doc: Doc, view: TokenView, m: OrgMatch) -> list[Span]:
    """The top bodies named inside the class of bodies ``m`` (after its first word),
    as organizations: "Đoàn đại biểu Quốc hội" → "Quốc hội"."""
    out = []
    for t in range(m.start + 1, m.end):
        if view.words[t] in ("Quốc", "Đảng", "Chính") and (h := head_at(view, t)) is not None \
                and h[1].text in _TOP_BODIES and h[0] <= m.end:
            out.append(doc.span(*view.char_span(t, h[0]), "ORGANIZATION", "rule:org-head", 0.8))
    return out


def starts(view: TokenView) -> list[int]:
    """The hot tokens where :func:`org_at` may match: a name or a head may start
    there (see :func:`~.locations.candidate_starts`)."""
    return candidate_starts(view)[1]


def find(doc: Doc, view: TokenView) -> list[Span]:
    out: list[Span] = []
    law_start = law_end = -2     # the last body named in a law's title
    for m in scan(view, org_at, starts(view)):
        if m.start > 1 and view.words[m.start - 1] == "/" and view.starts[m.start] == view.starts[m.start - 1] + 1 \
                and view.words[m.start - 2][-1:].isdigit() and view.adjacent(m.start - 1):
            continue    # "Công văn 8314/UBND": the issuer's code inside a document's symbol
        a, b = view.char_span(m.start, m.end)
        if (m.start > 0 and view.adjacent(m.start) and not _names_follow(view, m.end, m.head)
                and (view.low[m.start - 1] in _CLASS_BEFORE or _numbered(view, m.start))):
            if view.low[m.start - 1] == "một":
                continue    # "một công ty tư vấn Singapore": any one body, the place stays a place
            m = OrgMatch(m.start, m.end, "class", m.head)   # "Nhiều UBND phường", "11 văn phòng UBND"
        if m.head is not None and m.start > 2 and (_in_law_title(view, m, m.start)
                                                   or (m.start == law_end + 1 and view.low[law_end] == "và"
                                                       and _in_law_title(view, m, law_start))):
            law_start, law_end = m.start, m.end     # (and the second body of "Luật Tổ chức HĐND và UBND")
            m = OrgMatch(m.start, m.end, "class", m.head)
        if (m.head is not None and m.head.text in _OFFICE_HEADS and m.start > 0 and view.low[m.start - 1] == "phó"
                and view.adjacent(m.start)):
            m = OrgMatch(m.start, m.end, "class", m.head)   # "Phó Văn phòng UBCKNN": a deputy head's office, a
                                                            # POSITION whole; neither the office nor its body
        if (m.head is not None and m.head.text in _LOCAL_COUNCILS and m.start > 1
                and m.end - m.start == len(m.head.text.split())
                and (_elects(view, m.start) or _after_assembly(view, m.start))):
            m = OrgMatch(m.start, m.end, "class", m.head)   # "ứng cử viên HĐND", "bầu cử HĐND"
        if (m.head is not None and m.head.text in _BARE_DELEGATIONS and m.end - m.start == len(m.head.text.split())
                and not (m.end < view.n and view.adjacent(m.end) and (view.key[m.end] == TERM or view.cap[m.end]))):
            m = OrgMatch(m.start, m.end, "class", m.head)   # "hướng dẫn Đoàn đại biểu Quốc hội, đại biểu
                                                            # Quốc hội": the delegations of every province (not
                                                            # "Đoàn đại biểu Quốc hội CH Czech", a country's)
        if m.rule == "class":
            # a class of bodies is no entity, nor is any place inside it; the one top body
            # it belongs to is ("Đoàn đại biểu Quốc hội", "Ủy ban Kiểm tra Đảng các cấp")
            out.append(doc.span(a, b, CLASS, "rule:org-class", 0.9, inner=_top_bodies(doc, view, m)))
            continue
        if m.rule == "delegation":
            # the delegation is no entity, its place is (C_NOTES 4); the span keeps the
            # head's word from being read as a family name ("Đoàn Hải Dương")
            place = doc.span(*view.char_span(m.start + 1, m.end), "LOCATION", "rule:org-delegation-place", 0.8)
            out.append(doc.span(a, b, CLASS, "rule:org-delegation", 0.9, inner=[place]))
            continue
        if m.head is not None and m.end - m.start == len(m.head.text.split()) and _counted(view, m.start):
            continue    # "giữa hai QH", "hai Đảng": a number of bodies, no one body
        if m.head is not None and (m.head.text == "Cơ quan" or m.head.text in _MISSIONS) and _abroad(view, m):
            continue    # "Cơ quan đại diện Việt Nam ở nước ngoài": a country's bodies abroad, every
                        # one of them; the country stays a place
        if m.end + 3 < view.n and "(" in view.words[m.end + 1:m.end + 1 + _ABBREVIATED_REST] \
                and not view.cap[m.end] and (e := _abbreviated_rest(view, m)) > m.end:
            m = OrgMatch(m.start, e, m.rule, m.head)     # "Văn phòng Kiến trúc sư trưởng (VPKTST)"
            a, b = view.char_span(m.start, m.end)
        score = 0.9 if m.rule == "name" or m.end - m.start > 1 else 0.8
        b = _glued_end(view, m.end, b)
        if doc.text.endswith("&amp", a, b) and (g := _ENTITY_REST.match(doc.text, b)) is not None:
            b = g.end()     # "tập đoàn P&amp;O": the HTML-escaped "&" of a scraped text is inside the name
        out.append(doc.span(a, b, "ORGANIZATION", f"rule:org-{m.rule}", score))
        # "(PVP Land)" right after the name it abbreviates is its own organization
        # (not after an acronym: "đại biểu QH (ĐBQH)" abbreviates the office)
        e = _bracketed_abbr(view, m.end) if not (m.end - m.start == 1 and view.words[m.start].isupper()) else m.end
        if (e > m.end and not _abbreviates_more(view, m, e) and not _names_place(view, m.end + 1, e - 1)
                and not _abbreviates_field(view, m, e)):
            a, b = view.char_span(m.end + 1, e - 1)
            out.append(doc.span(a, b, "ORGANIZATION", "rule:org-abbreviation", 0.85))
    if _LIST_OPENER.search(view.text) is not None:     # (one literal search of the text, not a loop over words)
        out.extend(_listed(doc, view))
    if "rường" in view.text:
        out.extend(_schools_named(doc, view))
    if "Ư" in view.text:        # (a one-letter search, much cheaper than one of "T.Ư")
        for w in _CENTRE_SHORT:
            if w in view.text:
                out.extend(_short_centres(doc, view, w))
    if _FACULTY_OPENER.search(view.text) is not None:
        out.extend(_faculties(doc, view))
    out.extend(_reporters_papers(doc, view))     # (found by literal searches, no regex scan of the text)
    if "(" in view.text:
        out.extend(_defined_bodies(doc, view))
    return out


# Bodies named in lower case by a common head and their task, then given in brackets
# the initials of those words, which the text goes on to use for that one body
# (Q_NOTES 10): "cơ quan điều tra (CQĐT) … CQĐT đang làm rõ", "ban quản lý (BQL) …
# BQL cho rằng".  The abbreviation names the body; the words alone would be any one.
# (An abbreviation of three to six capitals, in brackets.)
_LOWER_BODY_HEADS = {("cơ", "quan"), ("ban",)}


def _defined_bodies(doc: Doc, view: TokenView) -> list[Span]:
    """The lower-case bodies that an abbreviation of their initials defines (see above)."""
    out = []
    text = view.text
    e = text.find("(")
    while e >= 0:       # (a literal search: an article holds a few brackets)
        t = bisect_left(view.starts, e)
        e = text.find("(", e + 1)
        if not (t + 2 < view.n and view.words[t + 2] == ")" and view.words[t] == "("
                and 3 <= len(abbr := view.words[t + 1]) <= 6 and abbr.isupper() and abbr.isalpha()):
            continue
        s = t - len(abbr)
        if s < 1 or not view.joined(s, t + 3):
            continue
        if not ((view.low[s], view.low[s + 1]) in _LOWER_BODY_HEADS or (view.low[s],) in _LOWER_BODY_HEADS):
            continue
        if any(view.cap[k] or not view.words[k].isalpha() for k in range(s, t)) \
                or _plain(_initials(view, s, t)) != abbr:
            continue
        if view.low[s - 1] in _CLASS_BEFORE or (t + 3 < view.n and view.adjacent(t + 3) and view.low[t + 3] in _CLASS):
            continue    # "các cơ quan điều tra (CQĐT)", "ban chỉ đạo (BCĐ) các cấp": bodies of a kind
        a, b = view.char_span(s, _zone_end(view, t + 3))
        out.append(doc.span(a, b, "ORGANIZATION", "rule:org-defined", 0.8))
    return out


_ZONES = {"khu", "cụm"}
_FIRM_NOUN = [lfold("doanh"), lfold("nghiệp")]    # (as view.key reads the words)
_DEPUTIES = {"phó", "trưởng"}   # (a body's head or deputy written bare before it: "phó BQL")


def _zone_end(view: TokenView, k: int) -> int:
    """End of the zone a defined board runs, named by its own abbreviation right after it
    (``k`` if none): "ban quản lý (BQL) khu CNC", "BQL khu CNC" (Q_NOTES 10)."""
    if (k + 1 < view.n and view.low[k] in _ZONES and view.joined(k, k + 2) and view.words[k + 1].isupper()
            and view.words[k + 1].isalpha() and 2 <= len(view.words[k + 1]) <= 5):
        return k + 2
    return k


_ABROAD = (lfold("nước"), lfold("ngoài"))     # (as view.key reads "nước ngoài")


def _abroad(view: TokenView, m: OrgMatch) -> bool:
    """The body ``m`` is named by its country and then "ở/tại nước ngoài" (abroad): for an
    agency or a mission, the country's bodies abroad as a class ("Cơ quan đại diện Việt
    Nam ở nước ngoài"; not "Đài Tiếng nói Việt Nam ở nước ngoài", one body's offices)."""
    e = m.end
    if not (e + 2 < view.n and view.low[e] in ("ở", "tại") and tuple(view.key[e + 1:e + 3]) == _ABROAD
            and view.joined(e - 1, e + 3)):
        return False
    return any(view.mask[t] & REGION and (c := regions().match(view, t)) is not None and c[0] == e
               and c[1] == "country" for t in range(max(m.start + 1, e - 3), e))


# A reporter ("PV", "phóng viên") of a newspaper named right after: "trao đổi với PV
# Pháp luật Plus", "PV TTO", "phóng viên Kiến Thức" (found by literal searches: "PV ", "hóng viên ").
_REPORTERS = (("PV ", 0), ("hóng viên ", 1))   # (the text searched, letters of the word before it)
_PAPER_WORDS = 4     # the longest newspaper name read after a reporter, in tokens


def _reporter_ends(text: str):
    """The offsets right after "PV " and "phóng viên "/"Phóng viên " in ``text``, where
    the word does not go on from a letter before it ("UPV ")."""
    for lit, before in _REPORTERS:
        i = text.find(lit)
        while i >= 0:
            s = i - before     # (the start of the word: "p"/"P" of "phóng viên")
            if s >= 0 and (before == 0 or text[s] in "pP") and (s == 0 or not text[s - 1].isalpha()):
                yield i + len(lit)
            i = text.find(lit, i + 1)


def _reporters_papers(doc: Doc, view: TokenView) -> list[Span]:
    """The newspaper after "PV"/"phóng viên" (its reporter), read by its capitalized
    name (GUIDELINES: newspapers and portals are organizations): capitalized words,
    a lower-case syllable that ends a word with the one before ("Pháp luật Plus"),
    up to four tokens; an acronym alone ("TTO"), or two tokens or more. Not a
    person's name ("PV Nguyễn Hà", "phóng viên Hà"), a place ("PV Hà Nội"), nor
    a name another rule reads ("PV Báo Thanh Niên", "PV VTV")."""
    out = []
    text = view.text
    for e0 in sorted(_reporter_ends(text)):
        k = bisect_left(view.starts, e0)
        if not (0 < k < view.n and view.starts[k] == e0 and view.adjacent(k) and view.cap[k]):
            continue
        if (view.words[k] == "PV" or person_shape(view, k) > k or head_at(view, k) is not None
                or (view.mask[k] & ORG_NAME and org_names().match(view, k) is not None)):
            continue
        e = k + 1
        while e < view.n and e - k < _PAPER_WORDS and view.adjacent(e) and view.words[e].isalpha() and (
                view.cap[e] or (view.words[e].islower() and is_word(view.words[e - 1], view.words[e]))):
            e += 1
        w = view.words[k]
        if e == k + 1 and not (len(w) > 1 and w.isupper() and w.isalpha()):
            continue    # one capitalized syllable may be a reporter's name
        if (p := place_at(view, k)) is not None and p[0] >= e:
            continue
        if e < view.n and view.adjacent(e) and (p := place_at(view, e)) is not None:
            e = p[0]    # the city of a city's paper: "PV Pháp Luật TP.HCM"
        out.append(doc.span(*view.char_span(k, e), "ORGANIZATION", "rule:org-reporter-paper", 0.7))
    return out


# A university's faculty, named in lower case before its capitalized subject (not a
# head of the table: "Khoa" is a given name, "Đặng Văn Khoa")
_FACULTY = Head("khoa", "named", False, False)
# (the one text search that tells whether one may be there: "khoa" and a capital after it)
_FACULTY_OPENER = regex.compile(r"(?<![\p{L}])khoa \p{Lu}")


def _faculties(doc: Doc, view: TokenView) -> list[Span]:
    """A faculty, ``khoa`` and its capitalized subject: "khoa Hội họa", "khoa
    Toán - Lý" (GUIDELINES: a named organization); not the second syllable of
    a word ("Y khoa", "sách giáo khoa", "chuyên khoa I"), nor inside a name
    ("Trường ĐH Y khoa Phạm Ngọc Thạch", read by its head)."""
    out = []
    for mo in _FACULTY_OPENER.finditer(view.text):
        i = bisect_left(view.starts, mo.start())
        j = i + 1
        if not (0 < i < view.n - 1 and view.starts[i] == mo.start() and view.words[i] == "khoa"):
            continue
        if not (view.cap[j] and view.adjacent(j) and is_syllable(view, j)) or (
                view.adjacent(i) and (view.cap[i - 1] or is_word(view.words[i - 1], view.words[i]))):
            continue
        e = _name(view, j, _FACULTY)
        if (e > j and e < view.n and view.adjacent(e) and (u := org_at(view, e, 1)) is not None
                and u.head is not None and u.head.text in _SCHOOL_HEADS):
            e = u.end   # the faculty of its university, one body: "khoa Luật Đại học Quốc gia Hà Nội"
        if e > j:
            out.append(doc.span(*view.char_span(i, e), "ORGANIZATION", "rule:org-faculty", 0.8))
    return out


def _short_centres(doc: Doc, view: TokenView, w: str) -> list[Span]:
    """Bare ``T.Ư`` / ``TƯ`` meaning the Party centre, read as :func:`_centre`
    reads ``Trung ương``: "nghị quyết T.Ư 2", "dự kiến vào T.Ư" (K_NOTES 5),
    not the adjectival level, "đoàn thể T.Ư" (D_NOTES 5).  One token that opens
    no head with the next ("T.Ư Đảng" is read by its head), so no start of
    :func:`org_at`."""
    out = []
    for i in _indices(view.words, w, 1, view.n):
        if not may_start(view.mask, i, HEAD) and (m := _centre(view, i)) is not None:
            out.append(doc.span(*view.char_span(m.start, m.end), "ORGANIZATION", "rule:org-centre", 0.85))
    return out


def _schools_named(doc: Doc, view: TokenView) -> list[Span]:
    """Schools named by "trường" and the person or place they are named after:
    "trường Lê Hồng Phong", "Trường Nguyễn Thị Minh Khai", "trường Chu Văn An",
    "Trường Thăng Long" (schools are named after national figures and old place
    names; GUIDELINES: a name inside an organization is part of it).  Not a
    word that ends in "trường" ("thị trường Việt Nam", "Hội trường Ba Đình"), a
    person named Trường ("Nguyễn Văn Trường"), a place ("Trường Sơn", "Trường
    Sa"), a school of a level ("trường THPT …", read by its head), nor a class
    ("các trường Hà Nội", "2 trường Nguyễn Thượng Hiền và Gia Định")."""
    out = []
    for i in _indices(view.low, "trường", 0, view.n - 2):
        j = i + 1
        if not (view.cap[j] and view.adjacent(j)) or view.mask[j] & HEAD and head_at(view, j) is not None:
            continue
        if i > 0 and view.adjacent(i) and view.words[i - 1].isalpha() and (
                view.cap[i - 1] and view.cap[i] and view.low[i - 1] not in FUNCTION_WORDS
                or is_word(view.words[i - 1], view.words[i])
                or view.low[i - 1] in _CLASS_BEFORE):
            continue
        if i > 0 and _numbered(view, i) or view.mask[i] & (REGION | PLACE) and any(
                t.match(view, i) is not None for t in (regions(), places())):
            continue
        e = person_shape(view, j)
        if e < j + 2:
            p = place_at(view, j)
            if p is None or p[1] in ("unit", "bare-unit"):
                continue
            e = p[0]
        if e < view.n and view.adjacent(e) and view.cap[e] and view.words[e].isalpha():
            continue    # a longer name goes on, read by no rule of a school
        out.append(doc.span(*view.char_span(i, e), "ORGANIZATION", "rule:org-school-named", 0.8))
    return out


# Heads of ministries and departments named one by one after "các": "các sở (Xây
# dựng, Tài nguyên – Môi trường)", "các Bộ: Tư pháp, Nội vụ", "các Bộ Y tế, Công Thương".
_LISTED_HEADS = {"bộ": Head("Bộ", "named", False, False), "sở": Head("Sở", "named", False, False)}
# (the one text search that tells whether any may be there: "ác", a space and a
# head's first letters, which "các" and "Các" both give; _listed then checks each "các")
_LIST_OPENER = regex.compile(r"ác [bBsS][ộở]")  # "các sở", "Các Bộ"


def _listed(doc: Doc, view: TokenView) -> list[Span]:
    """The bodies of a list of names that share one plural head, ``các sở
    (Xây dựng, Tài nguyên – Môi trường)``, ``các Bộ: Tư pháp, Nội vụ``, ``các
    sở Y tế, Tư pháp và Nội vụ``: each name is one body, a ministry or a
    department of the province (K_NOTES 2), the head itself none; not when an
    office of them is named ("giám đốc các sở Xây dựng, Tư pháp": one POSITION,
    whose bodies are no entities), and a bracket must close after the list."""
    out: list[Span] = []
    for i in _indices(view.low, "các", 0, view.n - 3):
        head = _LISTED_HEADS.get(view.low[i + 1])
        if head is None or not view.joined(i, i + 3) or any(
                (p := position_titles().match(view, s)) is not None and p[0] == i for s in range(max(0, i - 3), i)):
            continue
        t = i + 2
        bracket = view.words[t] == "("
        if bracket or view.words[t] == ":":
            t += 1
        items = []
        while t < view.n and view.adjacent(t) and view.cap[t] and head_at(view, t) is None:
            e = _name(view, t, head)
            if e == t:
                break
            items.append((t, e))
            if not (e + 1 < view.n and view.words[e] in (",", ";", "và") and view.adjacent(e + 1)):
                break
            t = e + 1
        if not items or (bracket and not (items[-1][1] < view.n and view.words[items[-1][1]] == ")")):
            continue
        if not bracket and view.words[i + 2] != ":" and len(items) < 2:
            continue    # "các Sở Tài chính" alone: every province's, a class
        for a, b in items[1:] if view.cap[i + 1] and not bracket and view.words[i + 2] != ":" else items:
            x, y = view.char_span(a, b)     # (the first after a capitalized head is found with it)
            out.append(doc.span(x, y, "ORGANIZATION", "rule:org-listed", 0.85))
    return out


# Local councils, elected in every commune, district and province: named bare
# after an election word they are all of them (G_NOTES 1: "ứng cử viên HĐND",
# "bầu cử HĐND"), not one body.
_LOCAL_COUNCILS = {"HĐND", "Hội đồng nhân dân"}


def _elects(view: TokenView, i: int) -> bool:
    """The words before token ``i`` are "bầu cử" or "ứng cử viên" (an election
    or its candidates), right before it."""
    return view.adjacent(i) and (
        (view.low[i - 1] == "cử" and view.low[i - 2] in ("bầu", "ứng"))
        or (view.low[i - 1] == "viên" and view.low[i - 2] == "cử"))


def _after_assembly(view: TokenView, i: int) -> bool:
    """``Quốc hội và`` / ``QH,`` right before token ``i``: a bare local council
    named next to the national assembly is the councils of every level, the
    elected bodies as a kind ("Quốc hội và HĐND ra nghị quyết", "các chức vụ
    như Quốc hội, HĐND"), not one council."""
    return (i > 2 and view.words[i - 1] in ("và", ",") and view.joined(i - 2, i + 1)
            and (view.words[i - 2] == "QH" or (view.words[i - 2] == "hội" and view.words[i - 3] == "Quốc"
                                                and view.adjacent(i - 2))))


def _in_law_title(view: TokenView, m: OrgMatch, s: int) -> bool:
    """``m`` is the body a law on organization is named after, bare or with
    "nhân dân" only, and there are many of it: "Luật tổ chức Tòa án nhân dân",
    "Luật Tổ chức HĐND và UBND" name every court and council, a class (F_NOTES
    5); a body there is one of stays one ("Luật tổ chức Quốc hội").  The title
    begins before token ``s``."""
    if view.low[s - 1] == "luật" and s == m.start and view.adjacent(s):
        # the law's title is the body and a bare level after it: "Luật Công an xã" names every
        # commune's police (not "Luật Ngân hàng Nhà nước", one body)
        k = m.start + len(m.head.text.split())
        return (m.head.text not in _ONE_BODY and k < m.end and not view.cap[k]
                and (u := unit_at(view, k)) is not None and u[0] == m.end)
    if view.low[s - 1] != "chức":
        return False    # (the common case, before any list is built)
    k = m.start + len(m.head.text.split())
    if view.low[s - 3:s] != ["luật", "tổ", "chức"] or m.head.text in _ONE_BODY:
        return False
    return m.end == k or (m.end == k + 2 and view.low[k] == "nhân" and view.low[k + 1] == "dân")


def _names_follow(view: TokenView, k: int, head: Head | None = None) -> bool:
    """A list of further names of the same head starts at token ``k``: after
    "các", "các Bộ Y tế, Công Thương" names ministries one by one, as does a
    central head written again before each name, there being one body of each
    name ("các Vụ Cân đối, Vụ Công nghiệp nhẹ"); not "các Sở Y tế, các bệnh
    viện", "các Sở Du lịch, Sở VHTT&DL" (every province has one), nor "các Tỉnh
    ủy, Thành ủy", a class of bodies."""
    if not (k + 1 < view.n and view.words[k] in (",", ";", "và") and view.adjacent(k + 1) and view.cap[k + 1]):
        return False
    h = head_at(view, k + 1)
    return h is None or (head is not None and head.text in _UNIQUE_HEADS and h[1] == head and h[0] < view.n
                         and view.adjacent(h[0]) and view.cap[h[0]])


def _names_place(view: TokenView, i: int, j: int) -> bool:
    """Tokens ``i..j`` are exactly a country, region or Vietnamese place: the
    bracket in "Tập đoàn Nikken Sekkei (Nhật Bản)", "UBND huyện Tuy Đức (Đắk
    Nông)" says where the body is, a LOCATION, not an abbreviation."""
    m = regions().match(view, i)
    if m is not None and m[0] == j:
        return True
    p = place_at(view, i)
    return p is not None and p[0] == j


def _abbreviates_field(view: TokenView, m: OrgMatch, e: int) -> bool:
    """The bracketed acronym ending at ``e`` spells the name after the head only,
    or its last lower-case words, a part of the name (GUIDELINES: not an
    organization): "Cục Kiểm tra văn bản quy phạm pháp luật (KTVBQPPL)", "… Phát
    triển doanh nghiệp (DN)" (not "Ngân hàng Nhà nước (NHNN)", the whole)."""
    abbr = view.words[m.end + 1]
    if e - m.end != 3 or m.head is None or not abbr.isupper() or not abbr.isalpha():
        return False
    h = m.start + len(m.head.text.split())
    name = _plain("".join(w[0] for w in view.words[h:m.end] if w[:1].isalpha() and w not in _JOIN))
    abbr = _plain(abbr)
    return len(name) >= 2 and (abbr == name or (len(abbr) >= 2 and name.endswith(abbr) and not view.cap[m.end - 1]))
    # (or its last words, in lower case: "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp (DN)")


def _abbreviates_more(view: TokenView, m: OrgMatch, e: int) -> bool:
    """The bracketed acronym ending at ``e`` spells the words before the
    organization too: "trái phiếu Chính phủ (TPCP)" abbreviates the bonds."""
    abbr = view.words[m.end + 1]
    if e - m.end != 3 or not abbr.isupper() or not abbr.isalpha():
        return False
    abbr = _plain(abbr)     # (initials without their marks: "Ủy viên Bộ Chính trị (UVBCT)")
    own = _plain("".join(w[0] for w in view.words[m.start:m.end] if w[:1].isalpha()))
    before = _plain("".join(w[0] for w in view.words[max(0, m.start - 3):m.start] if w[:1].isalpha()))
    return abbr.endswith(own) and len(abbr) > len(own) and before.endswith(abbr[:len(abbr) - len(own)])


# Heads whose names are often written in lower case right after them:
# "Hội đồng bầu cử", "Ủy ban thường vụ", "UB thường vụ", "Ban dân nguyện",
# "Tòa án cấp sơ thẩm", "Tòa phúc thẩm".
_COUNCIL_HEADS = {"Hội đồng", "Ủy ban", "UB", "Ban", "Tòa án", "Tòa"}
# Offices of a body, named by the body: "Văn phòng UBND tỉnh", "văn phòng HĐND
# và UBND thành phố" (in lower case only so).
_OFFICE_HEADS = {"Văn phòng", "văn phòng"}
# Diplomatic missions, named by their country and the place they sit in (org_heads.tsv).
_MISSIONS = {"Đại sứ quán", "đại sứ quán", "Sứ quán", "Tổng Lãnh sự quán", "tổng lãnh sự quán",
             "Lãnh sự quán", "lãnh sự quán"}
_PRESS_HEADS = {"báo", "Báo"}
# Organs a congress elects for its sitting, named with it: "Đoàn Chủ tịch Đại
# hội", "Đoàn Thư ký Đại hội" (the organ is the body, the congress an event).
_CONGRESS_ORGANS = {"Đoàn Chủ tịch", "Đoàn Thư ký", "Ban Thẩm tra tư cách đại biểu"}
# Party and union units of an agency's staff, named "cơ quan" and the agency:
# "Đảng bộ cơ quan LĐLĐ TPHCM", "Chi bộ cơ quan Sở Tư pháp", "Công đoàn cơ quan
# Bộ Y tế" (one body, GUIDELINES: the whole name).
_AGENCY_UNITS = {"Đảng ủy", "Đảng bộ", "Chi bộ", "Công đoàn", "Chi đoàn"}
# Units that every ministry, department or group has, named by their parent's head
# alone when the text is about one ("Đảng ủy Tập đoàn", "Ban cán sự đảng Bộ",
# "Thanh tra Bộ", "HĐQT Tập đoàn"), and those bare parents (_bare_parent_end).
_UNITS_OF_PARENT = _AGENCY_UNITS | {"Ban cán sự đảng", "Đảng đoàn", "Thanh tra", "HĐQT", "Hội đồng quản trị",
                                    "HĐTV", "Hội đồng thành viên"}
_BARE_PARENTS = {("Bộ",),                       # "Thanh tra Bộ", "Đảng ủy Bộ"
                 ("Sở",),                       # "Chi bộ Sở"
                 ("Cục",),                      # "Đảng ủy Cục"
                 ("Tổng", "cục"),               # "Công đoàn Tổng cục"
                 ("Tập", "đoàn"),               # "Đảng ủy Tập đoàn"
                 ("Tổng", "công", "ty"),        # "HĐQT Tổng công ty"
                 ("Công", "ty")}                # "Công đoàn Công ty"
_BARE_PARENTS_LOW = frozenset(tuple(w.lower() for w in p) for p in _BARE_PARENTS)   # (as view.low reads them)
_BOARDS = {"HĐQT", "Hội đồng quản trị", "HĐTV", "Hội đồng thành viên"}     # (boards: of firms only)
_FIRM_PARENTS_LOW = frozenset(p for p in _BARE_PARENTS_LOW if p[-1] in ("đoàn", "ty"))
# Heads a party's own name follows: "Đảng Cộng sản Việt Nam", "Trung ương
# Đảng Nhân dân Cách mạng Lào".
_PARTY_HEADS = {"Đảng", "Trung ương Đảng", "TƯ Đảng", "T.Ư Đảng", "TW Đảng"}
_PLAIN_PARTY = Head("Đảng ", "body", True, False)   # (the head read without the party rule)
_PLAIN_FRONT = Head("Mặt trận ", "named", True, False)
# Heads of companies, whose own name is later used alone: "Công ty cổ phần
# Tasco Nam Thái" ... "việc Tasco Nam Thái thu phí".
_COMPANY_HEADS = {"Công ty", "công ty", "Tổng Công ty", "Tổng công ty", "Tập đoàn", "tập đoàn", "TCT", "TCty", "Tổng Cty",
                  "Cty", "CTy", "CTCP", "Doanh nghiệp tư nhân", "DNTN"}
# Firms numbered after their name: "Công ty Xây dựng số 4 Hà Nội", "Chi nhánh
# DNTN Xây dựng số 1 tỉnh Điện Biên", "Xí nghiệp Khảo sát số 2".
_NUMBERED_FIRMS = _COMPANY_HEADS | {"Chi nhánh", "Xí nghiệp"}
# Schools named by the acronym of their type alone ("ĐH Luật Hà Nội", "THPT Lê
# Quý Đôn"): the name must follow, it is no body nor term ("ĐH Đảng bộ tỉnh",
# "ĐH X", Đại hội), nor the national exam ("THPT Quốc gia"), nor a school
# type's acronym ("THPT BC", bán công).
_SCHOOL_ABBR = {"ĐH", "ĐHQG", "THPT", "THCS"}
# Schools of a level, often named after the district or ward they serve.
_SCHOOL_LEVELS = {"THPT", "THCS"}
# Heads of secondary schools, which may be gifted schools ("chuyên"): "Trường THPT chuyên Hà Nội - Amsterdam".
_SCHOOL_TYPES = {"Trường THPT", "Trường THCS", "Trường PTTH", "Trường Trung học phổ thông", "Trường Trung học cơ sở",
                 "Trường Phổ thông", "Trường Trung học"}
# Heads of universities and colleges, named by the subjects they teach.
_SCHOOL_HEADS = {"Đại học", "Trường Đại học", "Trường ĐH", "ĐH", "Học viện", "Trường Cao đẳng", "Trường CĐ",
                 "Trường Trung cấp", "Trường TC"}
# Management boards named by the site they run: "Ban Quản lý Khu kinh tế Nghi
# Sơn", "Ban quản lý chợ Đồng Xuân", "BQL Khu công nghệ cao" (the site is then
# inside the organization, not a location of its own: GUIDELINES, outermost span).
_SITE_BOARDS = {"Ban Quản lý", "Ban quản lý", "BQL"}
# ... and the border posts named by the border gate they guard: "Đồn Biên phòng
# Cửa khẩu quốc tế Cầu Treo".
_SITE_HEADS = _SITE_BOARDS | {"Đồn Biên phòng"}


def _site_after_task(view: TokenView, j: int, k: int) -> int:
    """End of a management board's name read up to ``k`` after its head (at ``j``), or
    of the site it runs when that begins inside the name and goes on past it: "Ban
    Quản lý Đầu tư - Xây dựng Khu đô thị mới Thủ Thiêm" (its task, then its site)."""
    for t in range(j + 1, k):
        if view.cap[t] and (e := site_at(view, t)) > k:
            return e
    return k
# Institutes and committees whose name may give their subject after "về".
# The tasks a team ("Đoàn") is sent for, which name the team, no body: "Đoàn Thanh tra",
# "Đoàn Kiểm tra", "Đoàn giám sát", "Đoàn công tác".
_TEAMS = {("thanh", "tra"), ("kiểm", "tra"), ("giám", "sát"), ("công", "tác"), ("khảo", "sát")}
_ABOUT_HEADS = {"Viện", "Ủy ban", "Uỷ ban", "Hội đồng", "Trung tâm", "Quỹ"}
# The words between such a head and "về" that make its capitalized subject the name:
# its level ("Ủy ban Quốc gia về APEC") or an advisory council's task ("Hội đồng tư vấn về …").
_ABOUT_NAMES = {"quốc", "gia", "nhà", "nước", "trung", "ương", "tư", "vấn",
                "chỉ", "đạo"}   # (a national steering committee: "Ủy ban Chỉ đạo quốc gia về Cơ chế một cửa")
_SUBJECT_JOINS = {"-", "–", "và", ","}
# Institutes and centres named in sentence case by a field and its object, then the
# place or number that makes the body one: "Viện Nghiên cứu hạt nhân Đà Lạt".
_RESEARCH_HEADS = {"Viện", "Trung tâm"}
# A ministry's departments, named by their field alone, in any case.
_DEPARTMENT_HEADS = {"Vụ", "Cục", "Tổng cục"}
# The units a ministry or a general department is made of, listed one by one when
# its structure is given ("gồm: Vụ …; Cục …; Trung tâm …"); not ministries and
# provincial departments, which lists of tasks name ("giao: Bộ Tài chính thẩm định; …").
_UNIT_HEADS = _DEPARTMENT_HEADS | {"Trung tâm", "Viện", "Chi cục", "Học viện"}
# Central heads: one body of each name in the country ("các Vụ Cân đối, Vụ
# Công nghiệp nhẹ" lists bodies, unlike "các Sở Du lịch, Sở VHTT&DL").
_UNIQUE_HEADS = _DEPARTMENT_HEADS | {"Bộ"}
# A plant or a firm named right after "Vụ" makes it a case ("Vụ Nhà máy nước Yên
# Sở", "Vụ Công ty Thiên Thanh"), not a ministry's department.
_PLANTS = {("nhà", "máy"), ("xí", "nghiệp")}
_CASE_BODIES = _COMPANY_HEADS | {"Bệnh viện", "BV", "Ngân hàng"}
# Military units and hospitals numbered after their head, with or without a
# name before the number: "Quân khu 5", "Sư đoàn 308", "Bệnh viện Quân y 17",
# "Bệnh viện 175 Bộ Quốc phòng", "Quân khu V".
_NUMBERED_HEADS = {"Quân khu", "QK", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Binh đoàn",
                   "Bệnh viện", "BV"}
_UNIT_NUMBER = regex.compile(r"\d{1,3}|[IVX]{1,4}")
# Elected bodies of the state, whose term's number may follow them alone
# ("Quốc hội XI", "QH XII") and which may be named with the state ("Quốc hội
# nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Chính phủ nước Pháp").
_STATE_BODIES = {"Quốc hội", "QH", "Chính phủ"}
_ROMAN = regex.compile(r"[IVXL]{1,5}")
# Military regions are numbered 1 to 9 ("Quân khu 7"; "Quân khu 718." is a list
# item's number glued on).
_REGION_HEADS = {"Quân khu", "QK"}
# A province's National Assembly delegation written with "đoàn" in lower case.
_DELEGATIONS = {"đoàn đại biểu Quốc hội", "đoàn ĐBQH"}
# Numbered election teams and boards: "Tổ bầu cử số 7", "ban bầu cử số 9 quận Sơn Trà".
_ELECTION_TEAMS = {"Tổ bầu cử", "tổ bầu cử", "Ban bầu cử", "ban bầu cử"}
# The state notary offices of a province, numbered: "Phòng công chứng số 3", "Phòng Công chứng số 1 TP.HCM".
_NOTARIES = {"Phòng công chứng", "phòng công chứng"}
# The Party committee of a bloc, named by the agencies or firms of the bloc.
_BLOC_HEADS = {"Đảng ủy Khối", "Đảng ủy khối"}
# Lower-case nouns that say what a bloc gathers: "Khối các cơ quan Trung ương",
# "khối doanh nghiệp tỉnh", "khối chính quyền TPHCM".
_BLOC_KINDS = {("cơ", "quan"), ("doanh", "nghiệp"), ("chính", "quyền")}
# International organizations, named by their field and then their reach:
# "Tổ chức Y tế Thế giới", "Tổ chức Lao động quốc tế", "Tổ chức Lương thực
# và Nông nghiệp Liên Hợp Quốc".
_WORLD_HEADS = {"Tổ chức"}
_REACH = {("thế", "giới"), ("quốc", "tế"), ("toàn", "cầu")}
# Associations and funds that may be international, their reach after the name:
# "Hiệp hội Ung thư thế giới", "Quỹ Bảo tồn thiên nhiên quốc tế".
_REACHING_HEADS = {"Hiệp hội", "Hội", "Liên đoàn", "Liên hiệp", "Quỹ", "Liên minh"}


# Kinds of project a management board runs, in lower case before its number or
# place: "Ban Quản lý dự án thủy điện 4", "… điện hạt nhân Ninh Thuận".
# The longest kind of project a board is named by, in words.
_PROJECT_WORDS = 12
_PROJECT_KINDS = {"thủy", "thuỷ", "điện", "giao", "vệ", "đường", "đầu", "xây", "nhiệt", "hạ"}


def _project_end(view: TokenView, j: int, depth: int, t: int = -1) -> int:
    """End of what names a project management board after "Ban Quản lý" ending at
    ``j`` and "dự án" (or at ``t``, after "Ban QLDA" ending there): an optional
    lower-case kind of project, up to twelve words ("thủy điện", "giao thông", "đầu
    tư xây dựng các công trình giao thông"), then its number, its own name, or the
    place or body it serves (left to the tail), or "Dự án" capitalized; ``j`` if
    nothing names it ("Ban quản lý dự án có chức năng …", "… dự án do nước
    ngoài đầu tư": any board)."""
    if t < 0:
        t = j + 2
        if not view.joined(j, t):
            return j
        named = j + 2 if view.cap[j] else j     # "Ban quản lý Dự án": "Dự án" capitalized names one board
    else:
        named = j
    if t >= view.n or not view.adjacent(t):
        return named
    if not view.cap[t] and view.low[t] in _PROJECT_KINDS:
        e = t           # (up to twelve lower-case words, no clause word: "điện hạt nhân", "vệ sinh môi
                        # trường", "đầu tư xây dựng các công trình giao thông", "… dân dụng và công nghiệp")
        while (e < view.n and e - t < _PROJECT_WORDS and view.adjacent(e) and view.words[e].isalpha()
               and not view.cap[e] and view.low[e] not in _AFTER_SUBJECT
               and place_at(view, e, modifier=True) is None     # (the place it serves: "… công nghiệp tỉnh")
               and (view.low[e] not in FUNCTION_WORDS
                    or (view.low[e] in ("các", "và") and e > t and e + 1 < view.n and view.adjacent(e + 1)
                        and view.words[e + 1].isalpha() and not view.cap[e + 1]))):
            e += 1
        t = e
    if t >= view.n or not view.adjacent(t):
        return named
    if _UNIT_NUMBER.fullmatch(view.words[t]) and view.words[t][:1].isdigit():
        return t + 1    # "… thủy điện 4", "… giao thông 18"
    if (place_at(view, t, modifier=True) is not None or (depth < 3 and org_at(view, t, depth + 1) is not None)):
        return t        # the tail takes the place or the body: "… điện hạt nhân Ninh Thuận"
    if view.cap[t] and not _stops_name(view, t, False):
        return _name(view, t, _PROJECT_HEAD)     # "Ban Quản lý dự án Thăng Long"
    return named


_PROJECT_HEAD = Head("Ban Quản lý", "named", False, False)

# Firms and cooperatives, often named in sentence case by their trade and then
# the place, brand or number that makes the name one firm's: "Tổng công ty cấp
# nước Sài Gòn", "Công ty cà phê Trung Nguyên", "Hợp tác xã cựu chiến binh Vạn
# Xuân Trương", "Công ty cổ phần Tư vấn xây dựng điện 1", "Công ty Sông Đà 5".
_TRADE_HEADS = {"Công ty", "Tổng Công ty", "Tổng công ty", "Cty", "CTy", "CTCP", "Tổng Cty", "Tập đoàn", "Xí nghiệp",
                "Hợp tác xã", "HTX", "Doanh nghiệp tư nhân", "DNTN"}
# State general corporations, one of each sector, named by the sector alone in lower
# case: "Tổng công ty đường sắt", "Tổng công ty dầu khí" (not "Công ty bảo hiểm": any firm).
_NATIONAL_CORPS = {"Tổng Công ty", "Tổng công ty", "Tổng Cty", "TCT", "TCty"}
# Firms and banks, whose names may hold a place and go on after it ("Sài Gòn Thương Tín").
_FIRM_HEADS = _TRADE_HEADS | {"Ngân hàng"}
# Firms and national agencies named by the third of the country they serve, "miền"
# in lower case: "Tổng công ty Điện lực miền Trung", "Liên đoàn Địa chất miền Nam".
_REGIONAL_HEADS = _FIRM_HEADS | {"Liên đoàn", "Viện", "Trung tâm", "Quỹ"}
_THIRDS = {"Bắc", "Nam", "Trung"}
# The longest lower-case trade of a firm before what names it, in words
# ("đầu tư phát triển nhà", "sản xuất kinh doanh xuất nhập khẩu").
_TRADE_WORDS = 7
# Words after a number that make it a count, a date or a part of a sentence,
# not a firm's number: "Công ty X 5 năm liền", "… 2 lần".
_NOT_FIRM_NUMBER = {"năm", "tháng", "ngày", "lần", "giờ", "phút", "tuổi", "người", "triệu", "tỷ", "tỉ",
                    "nghìn", "ngàn", "trăm", "chục"}


def _firm_number(view: TokenView, t: int, units: bool = False) -> int:
    """End of a firm's number at ``t`` (``t`` if none): a number of one to three
    digits, or ``số`` and one, that is no count, date nor list item after it
    ("Công ty Sông Đà 5", "Tổng công ty xây dựng số 1"; not "… 40 triệu đồng",
    "… 20/10", "… 5.", "Công ty dầu khí 3 nước": bodies it counts).  With
    ``units`` a bare unit word may follow ("Trường Mầm non số 1 thị trấn")."""
    start = t
    if t + 1 < view.n and view.low[t] == "số" and view.adjacent(t + 1):
        t += 1
    if not (t < view.n and view.adjacent(t) and view.words[t].isdigit() and len(view.words[t]) <= 3):
        return start
    e = t + 1
    if e < view.n and view.adjacent(e) and (view.words[e] in (".", ":", "/", "-", "–", "%")
                                            or view.low[e] in _NOT_FIRM_NUMBER
                                            or ((view.low[e] in _MEMBER_NOUNS or _counts(view, e))
                                                and place_at(view, e, modifier=units) is None)):
        return start
    return e


def _sector_end(view: TokenView, j: int) -> int:
    """End of the sector a state general corporation is named by in lower case
    after its head ending at ``j`` ("Tổng công ty đường sắt", "Tổng công ty dầu
    khí", "Tổng công ty thủy sản"): fields and trades of the tables only, where
    the clause goes on after a function word, a word that follows a subject or a
    modal, or punctuation; ``j`` if none, or if another word follows (a verb and
    its object: "Tổng công ty xây dựng nhà ở").  There is one such corporation
    of each sector, so the sector alone names it."""
    t = prev = j
    while t < view.n and view.adjacent(t) and not view.cap[t] and view.words[t].isalpha():
        f = ((org_fields().match(view, t) if view.mask[t] & FIELD else None)
             or (org_descriptors().match(view, t) if view.mask[t] & DESCRIPTOR else None))
        if f is None or f[1] in ("task", "council"):
            break
        if t > j and view.mask[prev] & DESCRIPTOR and _verb_at(view, prev):
            return j    # a trade that is also a verb, and its object: "Tổng công ty xây dựng nhà ở"
        prev, t = t, f[0]
    if t == j or (t < view.n and view.adjacent(t) and view.words[t].isalpha()
                  and view.low[t] not in FUNCTION_WORDS and view.low[t] not in _AFTER_SUBJECT
                  and view.low[t] not in _MODALS):
        return j
    return t


def _trade_end(view: TokenView, j: int, k: int) -> int:
    """End of a firm's name whose head ends at ``j`` and whose name read so far ends
    at ``k``: a lower-case trade (the first word a field or trade of the tables),
    up to seven words, with what makes it one firm's after it: a place, a brand, a
    number, or an abbreviation in brackets ("Tổng công ty cấp nước Sài Gòn",
    "Công ty cà phê Trung Nguyên", "Công ty xăng dầu hàng không (Vinapco)");
    after a name that ends in a field or a legal form the trade may go on the same
    way ("Công ty cổ phần Tư vấn xây dựng điện 1", "Công ty cổ phần địa ốc 11");
    after a brand, only its number ("Công ty Sông Đà 5").  ``k`` if none."""
    if k >= view.n or not view.adjacent(k):
        return k
    if k > j and any(view.cap[t] and not view.mask[t] & QUALIFIER for t in range(j, k)) and not _field_ends(view, j, k):
        e = _firm_number(view, k)   # a brand's number: "Công ty Sông Đà 5", "… Vĩnh Tân 1"
        return e if e > k and view.words[e - 1].isdigit() else k
    t = k
    commas = 0
    while t < view.n and t - k - commas < _TRADE_WORDS and view.adjacent(t) and not view.cap[t]:
        if not view.words[t].isalpha():
            if not (view.words[t] == "," and t > k and t + 1 < view.n and view.adjacent(t + 1)
                    and not view.cap[t + 1] and ((view.mask[t + 1] & FIELD and org_fields().match(view, t + 1))
                                                 or (view.mask[t + 1] & DESCRIPTOR and _trade_at(view, t + 1)))):
                break
            t, commas = t + 1, commas + 1   # trades listed with a comma: "Hợp tác xã sản xuất, chế
            continue                        # biến tiêu thụ nấm Sáng Thiện"
        f = ((org_fields().match(view, t) if view.mask[t] & FIELD else None)
             or (org_descriptors().match(view, t) if view.mask[t] & DESCRIPTOR else None))
        if f is not None and f[1] in ("task", "council"):
            break       # a verb of the clause: "… Phát triển hạ tầng triển khai GPMB"
        if f is not None:
            t = f[0]    # a trade of the tables, whatever its words ("hàng không")
            continue
        if ((view.low[t] in FUNCTION_WORDS and not (view.low[t] == "và" and t > k and t + 1 < view.n
                                                    and view.words[t + 1].isalpha() and not view.cap[t + 1]))
                or view.low[t] in _AFTER_SUBJECT or view.low[t] in _CLASS or view.low[t] in _COUNT):
            break
        t += 1
    if t == k and k == j:
        return k
    if t > k and k == j and not ((view.mask[k] & FIELD and org_fields().match(view, k) is not None)
                                 or (view.mask[k] & DESCRIPTOR and _trade_at(view, k))):
        return k    # no trade: "Công ty đưa người lao động …", "Công ty quản lý …" (a verb, then its object)
    if t >= view.n or not view.adjacent(t) or (t > k and view.low[t - 1] == "và"):
        return k
    e = _firm_number(view, t)
    if e > t and view.words[e - 1].isdigit():
        return e    # "… xây dựng điện 1", "… xây dựng số 1"
    if view.words[t] == "(" and t > j and _bracketed(view, t) > t:
        return t    # "Công ty xăng dầu hàng không (Vinapco)": the abbreviation is its own
    p = place_at(view, t)
    if p is not None and p[1] != "bare-unit":
        return _directed(view, p[0])    # "… cấp nước Sài Gòn", "… nông nghiệp xã Tân Phú"
    if not (view.cap[t] and is_proper(view, t)) or _stops_name(view, t, True) \
            or (view.mask[t] & FAMILY and person_shape(view, t) >= t + 3):
        return k    # (not a person's full name: "Giám đốc Công ty cấp nước Nguyễn Văn An")
    e = t
    while e < view.n and e - t < 4 and view.adjacent(e) and view.cap[e] and is_proper(view, e) \
            and (e == t or not _stops_name(view, e, True)):
        e = _compound(view, e, e > t) if is_syllable(view, e) else e + 1
    if (e < view.n and view.adjacent(e) and view.words[e].isalpha() and view.words[e].islower()
            and not view.cap[e - 1] and is_word(view.words[e - 1], view.words[e])):
        e += 1      # a word going on: "Nông lâm" + "sản" ("lâm sản")
    n = _firm_number(view, e)
    return n if n > e and view.words[n - 1].isdigit() else e
    # "… cà phê Trung Nguyên", "… cựu chiến binh Vạn Xuân Trương", "HTX … Nông lâm sản số 1"


# Courts and procuracies: the high ones are named by the level and the city they
# sit in ("Tòa án nhân dân cấp cao tại Đà Nẵng", "VKSND cấp cao tại TP.HCM").
_COURTS = {"Tòa án nhân dân", "TAND", "Tòa án", "Viện kiểm sát nhân dân", "Viện kiểm sát", "VKSND", "Viện KSND"}
# Steering committees, often named by the number of the decision or scheme
# that set them up: "Ban Chỉ đạo 389 quốc gia", "Ban chỉ đạo 138", "BCĐ 389".
_STEERING_HEADS = {"Ban", "BCĐ"}
_PROJECTS = {("đề", "án"), ("chương", "trình"), ("dự", "án")}


def _steering_number(view: TokenView, j: int, k: int) -> int:
    """End of a steering committee whose head ends at ``j`` and whose name read
    so far ends at ``k``, with the number it is named by: after "Chỉ đạo" (in any
    case, or the scheme it runs: "Ban Chỉ đạo Đề án 896"), or right after "BCĐ",
    a number of two to four digits that counts nothing, with "quốc gia" after it
    ("Ban Chỉ đạo 389 quốc gia"); ``k`` if none."""
    t = k
    if k == j and view.low[j] == "chỉ" and j + 2 < view.n and view.low[j + 1] == "đạo" and view.joined(j, j + 2):
        t = j + 2   # "Ban chỉ đạo 896", which the name read nothing of
    name = view.low[t - 2:t] if t - j >= 2 else []
    if not (view.words[j - 1] == "BCĐ" and t == j) and name != ["chỉ", "đạo"] and not (
            tuple(name) in _PROJECTS and view.low[t - 4:t - 2] == ["chỉ", "đạo"]):
        return k
    w = view.words[t] if t < view.n and view.adjacent(t) else ""
    national = t + 2 < view.n and view.low[t + 1] == "quốc" and view.low[t + 2] == "gia" and view.joined(t, t + 3)
    if not (w.isdigit() and 2 <= len(w) <= 4) \
            or (not national and _counts(view, t + 1) and place_at(view, t + 1, modifier=True) is None) \
            or (t + 1 < view.n and view.words[t + 1] in ("/", "-", ".") and view.adjacent(t + 1)):
        return k
    # the national committee, "Ban Chỉ đạo 389 quốc gia" ("quốc gia" also counts
    # countries, "nhóm 80 quốc gia", but not after a committee's scheme number)
    return t + 3 if national else t + 1


def _field_ends(view: TokenView, j: int, k: int) -> bool:
    """The name ``j..k`` ends with a capitalized field of the tables ("Tư vấn",
    "Kinh doanh"), which a firm's trade may go on in lower case."""
    return any(view.cap[t] and view.mask[t] & FIELD and (f := org_fields().match(view, t)) is not None and f[0] == k
               for t in range(max(j, k - 3), k))


def _bloc_start(view: TokenView, j: int) -> int:
    """Where the name of a bloc after "Đảng ủy Khối" ending at ``j`` goes on: past
    "các", a number and the lower-case kind of its members ("các cơ quan",
    "I cơ quan", "doanh nghiệp")."""
    k = j + 1 if j < view.n and view.low[j] == "các" and view.adjacent(j) else j
    if k + 2 < view.n and _ROMAN.fullmatch(view.words[k]) and (view.low[k + 1], view.low[k + 2]) in _BLOC_KINDS:
        k += 1      # "Đảng ủy khối I cơ quan Trung ương": the bloc's number
    if k + 1 < view.n and (view.low[k], view.low[k + 1]) in _BLOC_KINDS and view.joined(k, k + 2):
        k += 2
    return k


def _reach_end(view: TokenView, j: int, k: int) -> int:
    """End of an international organization whose name after its head (ending
    at ``j``) ends at ``k``: the reach may end the name ("… Y tế Thế giới") or
    follow it in lower case ("… Thương mại thế giới"), or the United Nations
    follows; 0 if there is none (a verb "Tổ chức Hội nghị", not a body)."""
    if k - 2 > j and (view.low[k - 2], view.low[k - 1]) in _REACH:
        return k
    if k > j and k + 1 < view.n and (view.low[k], view.low[k + 1]) in _REACH and view.joined(k - 1, k + 2):
        return k + 2
    if k > j and k < view.n and view.adjacent(k) and (m := org_names().match(view, k)) is not None \
            and view.words[k] == "Liên":
        return m[0]     # "… Nông nghiệp Liên Hợp Quốc"
    return 0


# Agencies named by the ministry or police they belong to, which may follow
# after a comma: "Cơ quan Cảnh sát điều tra, Bộ Công an", "Cơ quan Cảnh sát
# điều tra, Công an tỉnh Nghệ An".
_AGENCY_HEADS = {"Cơ quan Cảnh sát điều tra"}
_PARENT_HEADS = {"Bộ", "Công an"}
# Units that only exist inside one kind of body, which may follow after a comma
# (the comma of hierarchy, G_NOTES 7): a ministry's departments, a police
# force's divisions (named "Cảnh sát …"/"An ninh …"), a broadcaster's desks.
_SUB_UNITS = {"Vụ": {"Bộ"}, "Cục": {"Bộ"}, "Phòng": {"Công an"},
              "Ban": {"Đài", "Đài Truyền hình", "Đài Phát thanh và Truyền hình"}}
_POLICE_UNITS = {"cảnh", "an"}
# Heads referred back to alone once named: "Công ty", "Văn phòng", and the
# associations and hospitals a report is about ("Hiệp hội Du lịch Đà Nẵng … các
# kiến nghị của Hiệp hội", "Bệnh viện Đa khoa tỉnh … Bệnh viện đã thành lập").
# Heads of boards and centres referred back to alone only as a clause's subject or
# before a demonstrative: "Ban quản lý sẽ chấp nhận", "Trung tâm này" (not "Trung tâm
# hội nghị quốc tế", "Ban quản lý dự án …": another body's name goes on).
_CLAUSE_BACK_HEADS = {"Ban Quản lý", "Ban quản lý", "Trung tâm"}
_BACK_HEADS = _COMPANY_HEADS | _OFFICE_HEADS | {"Hiệp hội", "Bệnh viện"} | _CLAUSE_BACK_HEADS
# State bodies referred back to alone, capitalized, once one was named
# (GUIDELINES: a bare capitalized reference to one body; D_NOTES 7): "Bộ Xây
# dựng … để Bộ tổng hợp báo cáo", "… theo ý kiến của Bộ.", "giấy phép do Sở cấp".
_REFERRED_HEADS = {"Bộ", "Sở", "Cục"}
# Words after such a bare body that make it the subject of a clause when it begins
# a sentence, besides the words after a subject ("Bộ đã", "Sở sẽ"): "Bộ không",
# "Sở đề nghị", "Bộ yêu cầu", "Bộ cần".
_MODALS = {"không", "chưa", "cần", "phải", "nên", "đề", "yêu", "khẳng", "cho", "giao", "chỉ"}
# Nouns after a capitalized "Bộ" that make it "a set of", not the ministry: "Bộ
# tiêu chí", "Bộ sưu tập", "Bộ phim", "Bộ hồ sơ", "Bộ quy tắc", "Bộ luật";
# "Bộ ngành" (ministries and sectors), "Bộ quản lý ngành", "Bộ chủ quản" (kinds of
# ministry); "Bộ trường" (a typo of "Bộ trưởng").
_SETS = {"tiêu", "sưu", "phim", "hồ", "quy", "luật", "tài", "câu", "ngành", "quản", "chủ", "trường"}
# Tokens after which a word is capitalized as a sentence's first.
_OPENERS = {".", "!", "?", ":", "“", "\"", "-", "–", "…"}
# Punctuation that may end the clause after such a bare body: "ý kiến của Bộ."
_CLAUSE_MARKS = {".", ",", ";", ":", "”", "\"", "!", "?"}


def _short_name(view: TokenView, m: OrgMatch) -> tuple[str, ...] | None:
    """The trailing proper name of a company, if it can stand alone."""
    k = m.end
    while k > m.start and is_proper(view, k - 1) and org_fields().match(view, k - 1) is None \
            and org_qualifiers().match(view, k - 1) is None and place_at(view, k - 1) is None:
        k -= 1
    words = tuple(view.words[k:m.end])
    if k <= m.start or not words or head_at(view, k) is not None:
        return None
    if len(words) >= 2 or (words[0].isupper() and len(words[0]) >= 3):
        return words
    return None


def aliases(doc: Doc, view: TokenView, kept: list[Span]) -> list[Span]:
    """Companies named again by their own name alone; a company, an office or a
    state body (Bộ, Sở) referred back to by its head alone (_bare_company); and
    bodies by the abbreviation they were given in brackets; in the gaps between ``kept``."""
    names = set()
    defined = set()     # the abbreviations of bodies named in lower case (_defined_bodies)
    first_named: dict[str, int] = {}    # head (company, office, Bộ, Sở) -> end of its first named mention
    for sp in kept:
        start = sp.start
        if sp.label == "POSITION" and sp.attrs.get("organization"):
            start = sp.end - len(sp.attrs["organization"])     # the body inside the office
            k = bisect_left(view.ends, sp.end)  # "Chủ tịch Phòng … Việt Nam (VCCI)": the body's acronym
            if sp.attrs["organization"].endswith(")") and 2 <= k < view.n and view.words[k - 2] == "(" \
                    and _plain(view.words[k - 1]) != _plain(_initials(view, bisect_left(view.starts, start), k - 2)):
                names.add((view.words[k - 1],))     # is a name used again (not "(QH)", its initials)
        elif sp.label != "ORGANIZATION":
            continue
        i = bisect_left(view.starts, start)     # the token starting there, if any
        if i >= view.n or view.starts[i] != start:
            continue
        if sp.source == "rule:org-defined":
            k = i
            while view.words[k] != "(":
                k += 1
            names.add((view.words[k + 1],))     # "cơ quan điều tra (CQĐT)" defines "CQĐT"
            defined.add(view.words[k + 1])
            continue
        if sp.source == "rule:org-abbreviation":
            j = i
            while j < view.n and view.ends[j] <= sp.end:
                j += 1
            names.add(tuple(view.words[i:j]))     # "(SCIC)" defines a name used again
            continue
        h = head_at(view, i)
        if h is None or (h[1].text not in _BACK_HEADS and h[1].text not in _REFERRED_HEADS):
            continue
        written = " ".join(view.words[i:h[0]])
        written = written[:1].upper() + written[1:]     # (referred back capitalized, the rest as written:
                                                        # "Tổng công ty", not the table's "Tổng Công ty")
        if ((sp.label == "ORGANIZATION" or h[1].text in _REFERRED_HEADS) and view.ends[h[0] - 1] < sp.end
                and written not in first_named):
            first_named[written] = sp.end       # the company, office or state body named with its head
        if h[1].text not in _COMPANY_HEADS:
            continue
        m = org_at(view, i)
        if m is not None:
            words = _short_name(view, m)
            if words:
                names.add(words)
    out = _bare_company(doc, view, kept, first_named)
    if not names:
        return out
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for w in names:
        by_first.setdefault(w[0], []).append(w)
    last_end = 0
    # (only the tokens that start one of the names)
    for i in compress(range(view.n), map(by_first.__contains__, view.words)):
        for name in by_first[view.words[i]]:
            j = i + len(name)
            if tuple(view.words[i:j]) != name or not view.joined(i, j):
                continue
            if j < view.n and view.adjacent(j) and (is_proper(view, j) or view.words[j].isdigit()):
                continue    # part of a longer name, or of a numbered one: "cầu Tân Thuận 2" (after "Công
                            # ty Tân Thuận"), "Sông Đà 5" (another firm)
            if _counted(view, i):
                continue
            if name[0] in defined:
                if i > 0 and view.adjacent(i) and view.low[i - 1] in _DEPUTIES:
                    continue    # "phó BQL khu CNC": a deputy head's office, a POSITION whole
                j = _zone_end(view, j)
            s = i - 2 if i > 1 and view.key[i - 2:i] == _FIRM_NOUN and view.joined(i - 2, i) else i
            a, b = view.char_span(s, j)     # (with the common noun for a firm before it: "doanh
                                            # nghiệp Trường Vân", as "công ty Trường Vân")
            if a < last_end or overlaps_any(kept, a, b):
                continue
            out.append(doc.span(a, b, "ORGANIZATION", "rule:org-alias", 0.7))
            last_end = b
    return out


def _verb_at(view: TokenView, j: int) -> bool:
    """The lower-case trade word at ``j`` is also a verb: after a bare "Bộ" it is
    what the ministry does ("Bộ tổng hợp báo cáo"), not its field ("Bộ nội vụ").
    (A council's or committee's task, "tuyển dụng", is a verb too.)"""
    d = org_descriptors().match(view, j)
    return d is not None and d[1] is not False


def _trade_at(view: TokenView, j: int) -> bool:
    """A trade of :func:`org_descriptors` starts at ``j``, not a council's or a
    steering committee's task: "Công ty cấp nước" names another company, while
    "Công ty tuyển dụng 30 người" is the company named before, doing something."""
    d = org_descriptors().match(view, j)
    return d is not None and d[1] not in ("task", "council")


def _indices(words: list[str], word: str, start: int, stop: int):
    """The indices of ``word`` in ``words[start:stop]``, found by ``list.index``."""
    i = start - 1
    try:
        while True:
            i = words.index(word, i + 1, stop)
            yield i
    except ValueError:
        return


def _bare_company(doc: Doc, view: TokenView, kept: list[Span], first: dict[str, int]) -> list[Span]:
    """A capitalized head alone (a company's, an office's, or a state body's: Bộ,
    Sở), after a body was named with it (``first``: head -> end of that mention),
    refers back to that body (GUIDELINES: bare references to one body): "Tại Nhật
    Bản, Công ty đã thực hiện …", "văn phòng HĐND và UBND thành phố … lãnh đạo Văn
    phòng", "Bộ Xây dựng … để Bộ tổng hợp báo cáo" — not "là Công ty chuyên …",
    "một Công ty", "các Công ty", "các Bộ, ngành"."""
    out = []
    for head, after in first.items():
        words = tuple(head.split())
        n = len(words)
        # (only the tokens after the named mention that are the head's first word)
        for i in _indices(view.words, words[0], bisect_left(view.starts, after), view.n - n):
            if tuple(view.words[i:i + n]) != words or not view.joined(i, i + n):
                continue
            j = i + n
            referred = head in _REFERRED_HEADS
            if head in _CLAUSE_BACK_HEADS and j < view.n and view.adjacent(j) and view.words[j].isalpha() and not (
                    view.low[j] in _AFTER_SUBJECT or view.low[j] in _MODALS or view.low[j] in ("này", "đó")):
                continue    # "Trung tâm hội nghị quốc tế", "thư viện Trung tâm trường ĐH": a name goes on
            if j < view.n and view.adjacent(j) and (view.cap[j]
                                                    or (view.low[j] in _CLASS
                                                        and not (referred and view.low[j] == "cấp"
                                                                 and not unit_at(view, j + 1)))
                                                    or (not view.words[j].isalpha()
                                                        and view.words[j] not in _CLAUSE_MARKS)
                                                    or (not referred and view.words[j] == ":")
                                                    or (not referred and _trade_at(view, j))
                                                    or (org_fields().match(view, j) is not None
                                                        and not (referred and _verb_at(view, j)))
                                                    or (referred and (is_word(view.words[i], view.words[j])
                                                                      or view.low[j] in _SETS))):
                continue    # a name, a bracket or a trade follows: another company ("Công ty cấp nước"),
                            # or a word begins ("Bộ đội", "Bộ máy"), or a list ("gồm Tổng công ty: DIC, …");
                            # a clause's mark ends the reference ("gây thiệt hại cho Tập đoàn.")
            if referred and ((j + 1 < view.n and view.words[j] in (",", "và") and view.adjacent(j + 1)
                              and view.words[j + 1].isalpha() and not view.cap[j + 1])
                             or (i > 0 and (view.low[i - 1] in ("ngang", "quan", "số") or view.words[i - 1].isdigit()
                                            or (view.cap[i - 1] and view.words[i - 1].isalpha() and i > 1
                                                and view.adjacent(i - 1) and view.words[i - 2] not in _OPENERS)))):
                continue    # kinds of body, not one: "các Bộ, ngành", "(Bộ, cơ quan ngang Bộ, …)",
                            # "các cơ quan Sở, ngành", "9 Bộ", "một số Bộ ngành"; or the end of a
                            # name ("Nhà máy nước Yên Sở"; but "Hiện Bộ", "Nếu Bộ" open a sentence)
            if referred and (i == 0 or not view.adjacent(i) or view.words[i - 1] in _OPENERS) and not (
                    j < view.n and view.adjacent(j) and (view.low[j] in _AFTER_SUBJECT or view.low[j] in _MODALS)):
                continue    # a sentence's first word is capitalized anyway: "Bộ sưu tập", "Sở hữu trí tuệ";
                            # the body there only as the subject of a clause ("Bộ đã", "Sở sẽ")
            if i > 0 and view.adjacent(i) and (view.low[i - 1] in _CLASS or view.low[i - 1] in _COUNT
                                               or view.low[i - 1] in ("là", "thuộc")
                                               or (view.cap[i - 1] and not referred) or view.words[i - 1] in (")", "/")
                                               or overlaps_any(kept, view.starts[i - 1], view.ends[i - 1])):
                continue    # (nor the end of a longer name: "HĐQT Tập đoàn", "Đảng ủy Tập đoàn")
            a, b = view.char_span(i, j)
            if not overlaps_any(kept, a, b):
                out.append(doc.span(a, b, "ORGANIZATION", "rule:org-back-reference", 0.6))
    return out
