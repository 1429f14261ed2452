"""Roles: which person holds which position, as a set per article.

Two rules over the resolved entities (``doc.entities``):

- ``apposition``: a PERSON followed by a comma, dash or bracket and one or more
  POSITIONs separated by commas, ``kiêm`` or ``và`` — ``đồng chí Lê Trí Vũ, Ủy
  viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy`` gives two roles;
  ``nguyên``/``cựu`` (former) may stand before each position;
- ``title``: a POSITION directly before the name, with at most an honorific,
  a rank or a degree between — ``Bí thư Quận ủy Trần Thu Hương``, ``Chánh văn
  phòng ông Nguyễn Trung Dũng``, ``Bộ trưởng Bộ Quốc phòng, Đại tướng …``; the
  title stands for each name of a list after it when a plural says so or a
  semicolon closes the list (``hai Phó Chủ tịch … A và B``, ``nguyên Tổng bí thư
  A, B; …``); offices listed after a predicate (``giữ các cương vị …, ông A``)
  give none.

A leader named by the family name right before the title (``Hồ Chủ tịch``, the
``inverted`` PERSONs) holds that title.

``organization`` is the body named inside the position (recorded by the
position recognizer), None when there is none.  The same (person, position)
pair stated twice is one role.
"""
from __future__ import annotations

import regex

from .doc import Doc, Role
from .entities.names import FUNCTION_WORDS
from .span import Span

# A word at an offset: "Từ" of "… Từ năm 1947".
_WORD = regex.compile(r"\p{L}+")

# A military rank or an academic or professional degree, which may stand between a
# name and its office, or between an office and its holder's name: no office itself.
_RANK = r"""
    (?: (?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu)\ (?:tướng|tá|úy|uý)   # Đại tướng, Thiếu tá: a military rank
      | (?:[Pp]hó\ |[Cc]huẩn\ )?[Đđ]ô\ đốc       # Phó Đô đốc: a naval rank
      | (?:GS|PGS|TS|ThS|BS|KS|TSKH)(?:\.[ ]?(?:TS|TSKH|BS|KS|BSCKII))?    # PGS.TS: a degree
      | (?:[Pp]hó\ )?[Gg]iáo\ sư                 # giáo sư Nguyễn Văn A
      | [Tt]iến\ sĩ                              # tiến sĩ Lê Văn B
      | [Tt]hạc\ sĩ                              # thạc sĩ Trần Thị C
      | [Bb]ác\ sĩ                               # bác sĩ Phạm Văn D
      | [Ll]uật\ sư                              # luật sư Lê Văn E
    )
"""
# A civil servant's grade in an inspectorate, an audit office, an investigation agency or a
# court's enforcement office, which may stand between a name and its office: no office itself.
_GRADE = r"""
    (?: [Tt]hanh\ tra\ viên         # Phạm Trọng Đạt - Thanh tra viên cao cấp - Cục trưởng …: an inspector's grade
      | [Kk]iểm\ toán\ viên         # Kiểm toán viên chính, Phó Vụ trưởng …: an auditor's grade
      | [Đđ]iều\ tra\ viên          # Điều tra viên cao cấp, Phó Thủ trưởng …: an investigator's grade
      | [Cc]hấp\ hành\ viên         # Chấp hành viên trung cấp, Chi cục trưởng …: an enforcement officer's grade
    )
    \ (?:(?:cao|trung|sơ)\ cấp|chính)
    \s* [,\-–] \s*
"""
# Between a person and the first position of its apposition.
_APPOSE = regex.compile(
    r"""
    \s*
    (?: \(\s*(?:SN|[Ss]inh\ năm)?\s*\d{4}\s*\)\s*   # Nguyễn Văn A (SN 1970), Phó Giám đốc …: the birth year
      | \(\s*\d{2,3}\ tuổi\s*\)\s*               # Lê Văn B (45 tuổi), Trưởng phòng …: the age
      | \(\s*tức\ [^()\n]{1,30}\)\s* )?          # Lê Thanh Hải (tức Mười Hải), giám đốc sở: the alias
    (?: (?: ,                  # Lê Trí Vũ, Ủy viên …
          | [-–—]{1,2}         # Lương Thế Dân – Giám đốc …, Lê Văn A -- Cục trưởng …
          | \(                 # Nguyễn Văn A (Chủ tịch …)
          | \(\s*\d+\s+tuổi\s*[,;]   # Đào Duy Phong (60 tuổi, cựu Chủ tịch …)
        )
        \s*
        (?: sinh\ (?:ngày|năm)\ [\d/.\-\ \p{Ll}]{1,30}?\s*,\s*
          | SN\ ?\d{4}\s*,\s* )?        # Nguyễn Văn A (SN 1970, nguyên Phó Giám đốc …): the birth year
                               # Ông Lê Văn A, sinh ngày 2 tháng 3 năm 1968, Phó Bí thư …: the birth date
        (?: \d{2,3}\ tuổi\s*,\s* )?  # Đỗ Quang Hưng, 77 tuổi, Bí thư …: the age
        (?: """ + _RANK + r"""\s*,\s*       # Lê Hồng Anh, Đại tướng, Bộ trưởng …; …, PGS.TS, Viện trưởng …
          | (?:[Tt]hẩm\ phán|[Kk]iểm\ sát\ viên)\ (?:cao|trung|sơ)\ cấp\s*,\s*
          | """ + _GRADE + r""" )?
                               # a rank, degree or judge's or civil servant's grade (no office)
        (?: (?:[nN]guyên|[cC]ựu|(?:hiện\ |hiện\ đang\ |đang\ |nay\ |hiện\ nay\ |nguyên\ |trước\ đây\ |từng\ )?là|đương\ kim)\s+ )?
                               # bà Lệ, nguyên Phó chủ tịch quận; ông A, hiện đang là Thứ trưởng …;
                               # ông B, nguyên là đại biểu Quốc hội khóa I; ông C, trước đây là Giám đốc …
        (?: (?:lúc|khi)\ (?:ấy|đó)\ là\s+ )?   # ông Kiết (lúc ấy là Giám đốc Sở …)
      | \s(?:hiện\ |đang\ |vốn\ )?là\s+(?:(?:nguyên|cựu)\s+)?   # ông A là Giám đốc Sở …
    )
    # (not an office held as a predicate, "ông A làm Chủ tịch", "được bầu làm Bí thư",
    # "giữ chức Giám đốc": neither apposition nor a title before the name, no role;
    # D_NOTES 5, F_NOTES 4, I_NOTES 6, N_NOTES 9)
    """,
    regex.VERBOSE,
)
# What closes an apposition: "…, Bí thư Trung ương Đảng, …", "… Đảng)".
_CLOSED = regex.compile(r"[ \t]*[,;)\-–]")
# Between two positions of one person.
_CHAIN = regex.compile(
    r"""
    \s*
    (?: ,                      # Ủy viên Thành ủy, Bí thư Quận ủy
      | ;                      # …; Trưởng Ban …
      | \s kiêm \s             # Bí thư kiêm Chủ tịch …
      | \s [-–] \s             # Phó Chủ tịch UBND huyện - Trưởng đoàn: a dash parts the offices too
      | \s và \s               # Giám đốc Sở … và Phó Chủ tịch …
      | \(                     # Ủy viên Bộ Chính trị (UVBCT): the office abbreviated in brackets
      | \) \s* [,;]             # … (UVBCT), Thường trực Ban Bí thư: on after the bracket
    )
    \s*
    (?: (?:[nN]guyên|[cC]ựu|kiêm|(?:nay|hiện\ nay|hiện|hiện\ đang|đang)\ là)\s+ )?
                               # …, Nguyên Tổng Bí thư; nguyên Bí thư Tỉnh ủy …, nay là Trưởng Ban …
    """,
    regex.VERBOSE,
)
# A position followed by a capitalized word, or by "là ông …", is the title of
# the name that follows, not the apposition of the one before: "Chủ tịch Quốc
# hội Nguyễn Văn An, Phó Thủ tướng Nguyễn Tấn Dũng"; "Trưởng ban là ông A, Phó
# chủ tịch Quốc hội; Phó ban là ông B" (Phó ban is B's).
_TITLE_OF_NEXT = regex.compile(
    r"""
    [ \t]*
    (?: \p{Lu}                                     # … Phó Thủ tướng Nguyễn Tấn Dũng
      | là\ (?:ông|bà|anh|chị|đồng\ chí|đ/c)\     # …; Phó ban là ông Tạ Xuân Đại
    )
    """,
    regex.VERBOSE,
)
# The lower-case rest of a body's name, cut from the office, between it and the
# holder's name after it: "…, nguyên tổng cục trưởng Tổng cục [thể thao] Tạ Quang
# Chiến": one or two words that are no function word, honorific or verb of saying
# (not "…, Giám đốc Sở cho biết ông B").
_CUT_TAIL = regex.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){1,2}")
_NOT_TAIL = frozenset("""
và của đã sẽ có là được cho với tại về ở thì mà này đó vừa đang cũng không các những trong theo từ đến
để do bị như khi nếu vì nên rằng hay hoặc đều lại ra vào sau trước nói biết ông bà anh chị em cô chú
bác cụ đồng chí cháu nhấn khẳng cho gặp tiếp thăm
""".split())


def _next_named(text: str, ents: list[Span], m: int) -> bool:
    """The position ``ents[m]`` is followed by ``là ông …`` or by a capitalized
    word (``_TITLE_OF_NEXT``): the next holder's name, or the rest of a body's name
    the office was cut from; not a function word that opens a sentence after a lost
    full stop ("…, nguyên Trưởng khoa …, Học viện … Từ năm 1947, …")."""
    g = _TITLE_OF_NEXT.match(text, ents[m].end)
    if g is None:
        return False
    if not text[g.end() - 1].isupper():
        return True     # "… là ông …"
    w = _WORD.match(text, g.end() - 1)
    return w is None or w.group().lower() not in FUNCTION_WORDS or (m + 1 < len(ents) and ents[m + 1].start == w.start())


# "Theo" (according to) or "trả lời" (answering) before a name, maybe with an honorific: "theo
# ông Quốc, Thủ tướng đã yêu cầu …" (searched backwards from the name).
_SOURCE_BEFORE = regex.compile(
    r"""(?<!\p{L})
    (?: [Tt]heo (?:\ lời)?        # Theo ông Bình, …; theo lời bà Thu, …
      | [Tt]rả\ lời              # Trả lời ông Bình, …
      | của                      # "… câu hỏi của đại biểu Trân, Phó thủ tướng nhẹ nhàng nói": the asker, then
                                 # the answerer opening the main clause
    )
    \s+ (?: (?:ông|bà|anh|chị|đồng\ chí|Ông|Bà|đại\ biểu|ĐB)\s+ )?
    $""",
    regex.VERBOSE | regex.REVERSE,
)
# A lower-case word right after an office: the verb of the clause it is the subject of ("Thủ tướng
# đã yêu cầu"), unless it still qualifies the office ("Chủ tịch huyện này", "Giám đốc Sở lúc đó").
_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)")
_OFFICE_GOES_ON = frozenset("này đó ấy kia cũ mới lúc khi hiện nay đương thời kiêm và tại của thuộc phụ thường".split())


def _subject_after_source(text: str, person: Span, position: Span, start: int) -> bool:
    """Is the bare office after "theo ông X," (according to X) the subject of the main clause, not
    X's apposition?  "Theo ông Bình, Thủ tướng nhiều lần đề cập …": the main clause must follow the
    source, so an apposition of X is closed by a comma ("Theo ông A, Giám đốc Sở Y, năm nay …");
    an office of no named body followed by its verb opens the main clause (no role).  ``start`` is
    where the person is named, with the title before the name if any ("Theo Trưởng ban dân nguyện
    Quốc hội Lê Quang Bình, Thủ tướng sẽ không …")."""
    before = text[max(0, start - 20):start]
    if not (("heo" in before or "lời" in before or "của" in before) and _office_opens_clause(text, position)):
        return False
    g = _SOURCE_BEFORE.search(text, max(0, start - 20), start)
    # (after "của" only a title alone, no unit after it: "của ông Bính, Phó Chủ tịch huyện Nam Giang là …")
    return g is not None and (not g.group().startswith("của") or position.source == "rule:position-bare")


def _office_opens_clause(text: str, position: Span) -> bool:
    """Is ``position`` an office of no named body followed by a lower-case verb ("Thủ tướng đã yêu
    cầu", "Bộ trưởng đã thẳng thắn"): the subject of the next clause?  (An office of a named body
    may go on with the rest of its name: "Cục Tài chính doanh nghiệp".)"""
    if position.attrs.get("organization"):
        return False
    w = _WORD_AFTER.match(text, position.end)
    return w is not None and w.group(1) not in _OFFICE_GOES_ON


# A bracket right after a name that holds one entity: "(Bình Dương)", a deputy's province; "(Sáu Bi)", an alias.
_PLACE_IN_BRACKETS = regex.compile(r"[ \t]*\([ \t]*([^()\n]{1,40}?)[ \t]*\)")


# A bracket right after a name that gives where the person comes from or lives, with the birth
# year or age before it: "(quê Nghệ An)", "(SN 1970, trú phường Hòa Xuân, quận Cẩm Lệ)", "(45 tuổi, ngụ
# TP.HCM)"; the places inside it are no part of an office.
_HOME_IN_BRACKETS = regex.compile(
    r"""
    [ \t]*\([ \t]*
    (?: (?: (?:SN|[Ss]inh\ năm)\ ?\d{4}      # SN 1970
          | \d{2,3}\ tuổi                   # 45 tuổi
        ) [ \t]*[,;][ \t]* )?
    (?: quê | trú | ngụ | thường\ trú )     # quê Nghệ An, trú xã …, ngụ quận …, thường trú tại …
    (?: \ (?:tại|ở) )?
    \ [^()\n]{1,60}\)
    """,
    regex.VERBOSE,
)


def _home(text: str, person: Span) -> int:
    """The end of the bracket right after ``person`` that says where they come from or live (see
    ``_HOME_IN_BRACKETS``): "Nguyễn Văn Hải (quê Nghệ An), Giám đốc …"; -1 when there is none."""
    b = _HOME_IN_BRACKETS.match(text, person.end)
    return b.end() if b is not None else -1


def _placed(text: str, person: Span, place: Span) -> int:
    """The end of the bracket right after ``person`` when ``place`` (a place, a body or an alias) is
    all it holds, as in "Nguyễn Thanh Hồng (Bình Dương), Ủy viên …", "Đỗ Trọng Ngoạn (Bắc Giang) -
    Phó Chủ tịch …", "Huỳnh Hiếu Bi (Sáu Bi), Bí thư …" (an apposition may follow it); -1 when it is
    no such bracket."""
    b = _PLACE_IN_BRACKETS.match(text, person.end)
    return b.end() if b is not None and b.start(1) == place.start and b.end(1) == place.end else -1


def _titles_before_name(text: str, ents: list[Span], m: int) -> bool:
    """Do the positions from ``ents[m]`` on, joined by commas or "kiêm", stand right before a
    person's name (its titles)?  After a semicolon they open the next guest of a list, not the
    offices of the one before: "…, Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân; Bí thư
    Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính"."""
    q = m
    while q + 1 < len(ents) and ents[q + 1].label == "POSITION" and _TITLE_LIST.fullmatch(text, ents[q].end, ents[q + 1].start):
        q += 1
    if q + 1 >= len(ents) or ents[q + 1].label != "PERSON":
        return False
    gap = text[ents[q].end:ents[q + 1].start]
    return "\n" not in gap and _BEFORE_NAME.fullmatch(gap) is not None


# What opens an item of a list of guests before its names: a semicolon or a colon, or a plural
# honorific ("; các ông Đỗ Mười, …", ": Đỗ Mười, …"), searched backwards from the first name.
_ITEM_OPENS = regex.compile(
    r"""(?: [;:] [ \t]*                                                 # …; Đỗ Mười, Lê Khả Phiêu, …
        (?: (?:các|Các) [ \t]+ (?:ông|bà|đồng[ \t]+chí|vị) [ \t]+ )?
      | (?<!\p{L}) (?:các|Các) [ \t]+ (?:ông|bà|đồng[ \t]+chí|vị) [ \t]+   # có các ông Đỗ Mười, Lê Khả Phiêu - …
    )
    $""",
    regex.VERBOSE | regex.REVERSE,
)
# What closes that item after its offices: a semicolon or a full stop.
_ITEM_CLOSES = regex.compile(r"[ \t]*[;.]")


def _names_sharing(text: str, ents: list[Span], k: int, m: int) -> list[Span]:
    """The names listed before ``ents[k]`` that share its apposition ``ents[k+1:m]``, when one item
    of a list of guests, opened by a semicolon or a colon and closed by a semicolon or a full stop,
    holds several names and one office: "…; Đỗ Mười, Lê Khả Phiêu, nguyên Tổng Bí thư; …" (both
    are former General Secretaries, as "nguyên Tổng bí thư A, B;" gives the title to each:
    P_NOTES 2).  [] when the names are not one such item."""
    if not _ITEM_CLOSES.match(text, ents[m - 1].end):
        return []
    first = k
    while first > 0 and ents[first - 1].label == "PERSON" and _NAME_LIST.fullmatch(text, ents[first - 1].end, ents[first].start):
        first -= 1
    if first == k or _ITEM_OPENS.search(text, max(0, ents[first].start - 20), ents[first].start) is None:
        return []
    return ents[first:k]


def _title_of_next(text: str, ents: list[Span], m: int) -> bool:
    """The position ``ents[m]`` stands before the next person's name, with only
    the lower-case rest of its body's name between (``_CUT_TAIL``)."""
    if m + 1 >= len(ents) or ents[m + 1].label != "PERSON":
        return False
    g = _CUT_TAIL.fullmatch(text, ents[m].end, ents[m + 1].start)
    return g is not None and not any(w in _NOT_TAIL for w in g.group().split())


# The country an envoy is posted to, between the office and the name: "… tại Việt
# Nam", "… tại Vương quốc Campuchia".
_POSTED = regex.compile(r"[ \t]+tại[ \t]+(?:(?:Vương\ quốc|Cộng\ hòa|Cộng\ hoà|nước)[ \t]+)?")
# An abbreviation in brackets between a title and the name: "(EVN)".
_BRACKETED = regex.compile(r"\s*\([^()\n]{1,40}\)")
# Between two titles listed before one name.
_TITLE_LIST = regex.compile(r"\s*(?:,|\skiêm\s)\s*")
# A word that makes the title after it an object, not the name's first title.
# (and "làm", "chức": the office held as a predicate, "được bầu làm Tổng Bí thư …, Tổng Bí
# thư … Hồ Cẩm Đào": the first title is the subject's, not the next name's)
# (and "chất vấn", "hỏi": the office questioned, "Chất vấn Bộ trưởng, đại biểu A nêu …": A asks)
_GOVERNED = regex.compile(r"\b(?:của|với|theo|cho|gửi|tới|thay|và|lên|làm|chức|[Cc]hất\ vấn|[Hh]ỏi)\s+$")
# A predicate that holds the offices listed after it, up to a comma and their
# holder: "giữ các cương vị Tỉnh ủy viên, Giám đốc Sở …, bà A …", "đảm nhiệm chức vụ
# …, ông B": no role (N_NOTES 9, W_NOTES 1); not "với cương vị Chủ tịch HĐQT …, đại
# biểu A" (in the capacity of, like "với tư cách là Bí thư …, đại biểu B").
_HELD = regex.compile(
    r"""
    \b
    (?: (?:giữ|đảm\ nhiệm|đảm\ nhận|kinh\ qua)\ (?:các\ )?(?:chức\ vụ|cương\ vị|vị\ trí)   # giữ các cương vị …
      | giữ\ chức                                                                    # giữ chức …
    )
    \s+$
    """,
    regex.VERBOSE,
)
# Between two names that one title before them stands for: "A, B", "A và B".
_NAME_LIST = regex.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]và[ \t]+)")
# A plural before a title, which then stands for each name after it: "các Phó Thủ tướng A, B",
# "hai Phó Chủ tịch … A và B", "các vị nguyên Tổng bí thư A và B".
_PLURAL = regex.compile(
    r"""
    (?: (?<!\p{L})(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)
                                   # "Sáu ủy viên Bộ Chính trị (…)" opening a sentence too
      | (?<![\p{L}\d/.\-])[2-9]    # "2 Bộ trưởng A và B" (not a date's "12/3")
    )
    (?:\ vị|\ đồng\ chí)?          # các vị, các đồng chí
    \s+
    (?:(?:nguyên|cựu)\s+)?          # các vị nguyên Tổng bí thư
    $
    """,
    regex.VERBOSE,
)
# The bracket after a plural title that lists its holders, each may be with another office
# of theirs: "Sáu ủy viên Bộ Chính trị (Tổng bí thư A, Phó thủ tướng B và C) tái cử …".
_LISTED = regex.compile(r"[ \t]*\(")
# What closes a list of names that one title stands for, when no plural says so: "…
# nguyên Tổng bí thư Đỗ Mười, Lê Khả Phiêu; nguyên Chủ tịch nước …" (a list of guests).
_LIST_END = regex.compile(r"[ \t]*;")
# Between a holder (or the holder's office) and the office given to them: "ông A,
# Phó Chánh thanh tra tỉnh làm trưởng đoàn, ông B …" (the office is A's, not B's).
_GIVEN = regex.compile(r"\s+làm\s+")
# Between a title and the name it stands before: nothing, or an honorific.
_BEFORE_NAME = regex.compile(
    r"""
    (?: \s* \( \p{Lu}[\p{Lu}.&]{0,9} \) )?  # "Trưởng Ban Kinh tế Trung ương (TƯ) Trương Tấn Sang": a part of
                                # the office abbreviated in brackets, no entity
    (?: \s* \( (?:[Đđ]ã|ĐÃ)\ (?:ký|KÝ) \) )?   # "CHỦ TỊCH QUỐC HỘI (đã ký) Nguyễn Thị Kim Ngân": a signature block
    (?: \s+ (?:đương\ nhiệm|đương\ chức) (?=\s*,) )?   # "Chủ tịch HĐND đương nhiệm, ông A": in office now
    \s* [,\-–]? \s*             # "chủ tịch UBND tỉnh Thái Bình, Nguyễn Hồng Diên ký",
                                #  "Trưởng đoàn ĐBQH tỉnh - ông Nông Thế Cừ - gợi ý",
                                #  unless the position follows its holder already
    (?: (?:hiện\ nay\ |hiện\ |lúc\ đó\ |khi\ đó\ )?là\s+ )?   # Chủ tịch UBND huyện hiện nay là ông A
    (?: (?:ông|bà|anh|chị|đồng\ chí|đ/c|Ông|Bà|Đồng\ chí)\s+ )?
    (?: (?:đại\ biểu|Đại\ biểu)\s+ )?   # "với tư cách là Bí thư quận ủy Tây Hồ, đại biểu Chử Ngọc Tuất"
    (?: """ + _RANK + r"""\s+ )?    # "Bộ trưởng Bộ Quốc phòng, Đại tướng Phùng Quang Thanh", "Giám đốc
                                # Bệnh viện Bạch Mai, PGS.TS Nguyễn Quốc Anh" (a rank or degree is no entity)
    """,
    regex.VERBOSE,
)


def _role(person: Span, position: Span, rule: str) -> Role:
    return Role(person, position, position.attrs.get("organization"), f"rule:role-{rule}")


def _listed_holders(text: str, ents: list[Span]) -> list[Role]:
    """A plural office followed by the bracketed list of its holders is each
    one's: "Sáu ủy viên Bộ Chính trị (Tổng bí thư A, Phó thủ tướng B và Bộ
    trưởng C)", "hai Phó Chủ tịch (ông A và bà B)" (the names in the bracket, up
    to its closing bracket)."""
    out = []
    if "(" not in text:
        return out
    for t, e in enumerate(ents):
        if e.label != "POSITION" or "(" not in text[e.end:e.end + 3] or (b := _LISTED.match(text, e.end)) is None \
                or not _PLURAL.search(text, max(0, e.start - 20), e.start):
            continue
        close = text.find(")", b.end())
        if close < 0 or "(" in text[b.end():close]:
            continue
        for q in range(t + 1, len(ents)):
            if ents[q].start >= close:
                break
            if ents[q].label == "PERSON":
                out.append(_role(ents[q], e, "title"))
    return out


def find_roles(doc: Doc) -> list[Role]:
    ents = doc.entities
    text = doc.text
    found: list[Role] = []
    apposed: set[int] = set()   # positions already given to the person before them
    for k, e in enumerate(ents):
        if e.label != "PERSON":
            continue
        if e.source == "rule:person-inverted" and k + 1 < len(ents) and ents[k + 1].label == "POSITION" \
                and text[e.end:ents[k + 1].start] == " ":
            found.append(_role(e, ents[k + 1], "inverted"))   # "Hồ Chủ tịch": the name before its title
            continue
        # apposition: PERSON, POSITION(, POSITION)*
        m = k + 1
        gap_rx = _APPOSE
        prev_end = e.end
        placed = m < len(ents) and ents[m].label != "POSITION" and "(" in text[e.end:e.end + 3] \
            and _placed(text, e, ents[m]) > 0
        if placed:
            # "đại biểu Nguyễn Thanh Hồng (Bình Dương), Ủy viên Thường trực …": the deputy's province;
            # "Huỳnh Hiếu Bi (Sáu Bi), Bí thư Huyện ủy …": the alias
            prev_end, m = _placed(text, e, ents[m]), m + 1
        elif "(" in text[e.end:e.end + 3] and (b := _home(text, e)) > 0:
            # "Nguyễn Văn Hải (SN 1960, quê Nghệ An), Giám đốc …": the places in the bracket skipped
            placed = True
            prev_end = b
            while m < len(ents) and ents[m].start < b:
                m += 1
        # (where the person is named: the title right before the name, if any)
        named_at = ents[k - 1].start if k > 0 and ents[k - 1].label == "POSITION" \
            and not text[ents[k - 1].end:e.start].strip() else e.start
        while m < len(ents) and ents[m].label == "POSITION":
            gap = text[prev_end:ents[m].start]
            prev_end = ents[m].end
            # (or a capitalized office right after the name, the comma left out, that
            # a comma closes: "Nguyễn Khoa Điềm Uỷ viên Bộ Chính trị, Bí thư …"; not
            # "… Hồ Thị Kim Thoa Thủ tướng vừa ký": a title line, then a new sentence)
            if not (gap_rx.fullmatch(gap) or (gap == " " and gap_rx is _APPOSE and ents[m].text[:1].isupper()
                                              and _CLOSED.match(text, ents[m].end))) \
                    or _next_named(text, ents, m) or _title_of_next(text, ents, m) \
                    or (gap_rx is _APPOSE and _subject_after_source(text, e, ents[m], named_at)) \
                    or (placed and gap_rx is _APPOSE and _office_opens_clause(text, ents[m])) \
                    or (";" in gap and _titles_before_name(text, ents, m)):
                break
            found.append(_role(e, ents[m], "apposition"))
            apposed.add(id(ents[m]))
            gap_rx = _CHAIN
            m += 1
            if m + 1 < len(ents) and ents[m].label in ("ORGANIZATION", "LOCATION") and ents[m + 1].label == "POSITION" \
                    and (b := _placed(text, ents[m - 1], ents[m])) > 0:
                # the office's parent body in brackets, then the next office: "Cục trưởng Cục Chống
                # tham nhũng (Thanh tra Chính phủ) - Trưởng đoàn thanh tra"
                prev_end, m = b, m + 1
        if m > k + 1 and k > 0 and ents[k - 1].label == "PERSON":
            # "…; Đỗ Mười, Lê Khả Phiêu, nguyên Tổng Bí thư; …": the offices are each listed name's
            found.extend(_role(p, q, "apposition") for p in _names_sharing(text, ents, k, m) for q in ents[k + 1:m])
        # title directly before the name, and the titles listed before it:
        # "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội Nguyễn Quốc Triệu"
        t, gap_start = k - 1, ents[k - 1].end if k > 0 else 0
        if t > 0 and ents[t].label == "ORGANIZATION" and ents[t - 1].label == "POSITION":
            b = _BRACKETED.match(text, ents[t - 1].end)
            if b is not None and b.end() >= ents[t].end:
                # "Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Trần Đình Nhân"
                t, gap_start = t - 1, b.end()
        if t > 0 and ents[t].label == "LOCATION" and ents[t - 1].label == "POSITION" \
                and _POSTED.fullmatch(text, ents[t - 1].end, ents[t].start):
            # "Đại sứ Nga tại Việt Nam Konstantin Vnukov": the country the envoy is posted to
            t, gap_start = t - 1, ents[t].end
        if t >= 0 and ents[t].label == "POSITION":
            gap = text[gap_start:e.start]
            parted = "," in gap or "-" in gap or "–" in gap
            # (a line break ends a title line: "… có tân Chủ tịch⏎Ông Trần Văn Dũng, …")
            if "\n" not in gap and _BEFORE_NAME.fullmatch(gap):
                m = t - 1
                chain = []
                while m >= 0 and ents[m].label == "POSITION" and \
                        _TITLE_LIST.fullmatch(text[ents[m].end:ents[m + 1].start]):
                    chain.append(ents[m])
                    m -= 1
                first = chain[-1] if chain else ents[t]
                # (the first title governed: "giữ các cương vị Giám đốc Sở …, Bí thư Huyện ủy …, bà
                # A": a predicate, the comma then parts the offices from their subject)
                if parted and (
                        id(ents[t]) in apposed
                        or _HELD.search(text, max(0, first.start - 24), first.start)
                        # "người phát ngôn của Thủ tướng Chính phủ - ông X": X is not the office
                        or _GOVERNED.search(text, max(0, ents[t].start - 12), ents[t].start)
                        or (t > 0 and ents[t - 1].label in ("PERSON", "POSITION")
                            and _GIVEN.fullmatch(text, ents[t - 1].end, ents[t].start))
                        # "Trước các đại biểu HĐND, ông Dũng khẳng định": a plural office, then one
                        # name after the comma, the subject of the next clause
                        or (_PLURAL.search(text, max(0, first.start - 20), first.start)
                            and not (k + 1 < len(ents) and ents[k + 1].label == "PERSON"
                                     and _NAME_LIST.fullmatch(text, e.end, ents[k + 1].start)))):
                    continue
                found.append(_role(e, ents[t], "title"))
                if not parted:
                    # one title before several names: "hai Phó Chủ tịch UBND thành phố A và B",
                    # "nguyên Tổng bí thư A, B; …" (the office is each one's, P_NOTES 2)
                    q = k + 1
                    while q < len(ents) and ents[q].label == "PERSON" and \
                            _NAME_LIST.fullmatch(text, ents[q - 1].end, ents[q].start):
                        q += 1
                    if q > k + 1 and (_PLURAL.search(text, max(0, ents[t].start - 20), ents[t].start)
                                      or _LIST_END.match(text, ents[q - 1].end)):
                        found.extend(_role(ents[r], ents[t], "title") for r in range(k + 1, q))
                # titles that follow another person by apposition are that person's;
                # "của Thủ tướng Chính phủ, Phó Thủ tướng X": the first is someone else
                if chain and not (m >= 0 and ents[m].label == "PERSON"
                                  and _APPOSE.fullmatch(text[ents[m].end:first.start])) \
                        and not _GOVERNED.search(text, max(0, first.start - 12), first.start):
                    found.extend(_role(e, p, "title") for p in chain)
    found.extend(_listed_holders(text, ents))
    seen: set[tuple[str, str]] = set()
    out = []
    for r in found:
        key = (r.person.text, r.position.text)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def stage(doc: Doc) -> None:
    doc.roles = find_roles(doc)
