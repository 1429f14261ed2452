"""Article structure: metadata (published, author, title) and zones.

``stage(doc)`` sets ``doc.meta["published"]`` (the article's own dateline, ISO:
``Print Thứ Năm, 12/10/2023 17:55`` -> ``2023-10-12T17:55``),
``doc.meta["author"]`` (the byline name), ``doc.meta["title"]`` (the
headline), and ``doc.zones``: spans labelled ``title``, ``dateline``,
``byline``, ``furniture`` (menus, Print/QR Code/share blocks, "Tin khác" and
the related links after it) and ``caption`` (photo captions, ``(Ảnh: …)``),
so that facts can be filtered by where they occur.  Everything else is body.

Values passed in by the caller (``meta`` of a JSONL input) are kept when the
text states nothing.  Each part is a separate function:

* furniture: lines that start with a phrase of ``furniture.txt`` (Print, QR
  Code, Chia sẻ…), whole-line menu items, breadcrumbs (``Trang chủ > Tin
  tức``), everything from "Tin khác"/"Tin liên quan" on, and a closing run of
  related links dated ``(14/06/2005)``;
* dateline: a line of the head (or, failing that, of the end) whose content is
  a full date, with at most a weekday, a time and two words such as "Print",
  "Cập nhật:" (``Cập nhật lúc 17:55 12/10/2023`` -> ``2023-10-12T17:55``);
* title: the first content line when it reads like a headline (not a lead
  paragraph such as ``Chiều 12/10, …``), or the part of a run-on first line
  before its photo caption and lead: the lead starts at a source tag
  (``(NLĐ) -``), ``LTS:``, a photo credit or a dated day part, the caption at
  a person or office that opens it; else before a source tag, after a
  question mark, or before a word that opens a sentence;
* byline: a name (2-5 capitalized syllables, or 2-4 in capitals) alone on the
  last line of the body or after its last full stop, optionally with an agency
  (``Hoàng Hưng/VTC News``, ``Cự Giải ( T/h )``, ``Thu Hà (Trung tâm …)``), a
  compile note, source, institution or office (``A.Thư tổng hợp``, ``Phương
  Linh Theo CNN``, ``Tô Lâm - Ủy viên Bộ Chính trị``), or after ``Bài và
  ảnh:``; ``Theo X`` cites X unless X is a paper; in a round-up of signed
  reports, the byline of the first;
* captions: the sentence a ``(Ảnh: …)`` or ``Ảnh: Name`` credit closes,
  ``Trong ảnh: …``, ``Ảnh minh họa``.
"""
from __future__ import annotations

import unicodedata
from functools import cache

import regex

from . import WITHOUT_TONES
from .doc import Doc
from .extractors import dates, lines, table
from .segment import line_spans
from .span import Span

# A person's name: 2-5 capitalized syllables ("Hoàng Tùng"), 2-4 in capitals ("PHÙNG BẮC"),
# initials before a given name ("N.Mạnh", "P. Dương", "L.T.Thắng"), or two to four initials
# alone ("M.P", "B.B.Đ"; byline_stops.txt lists the pairs that are no one's: "P.V", phóng viên).
_NAME = (r"(?:\p{Lu}\p{Ll}+(?:[ \t]+(?!Theo[ \t])\p{Lu}\p{Ll}+){1,4}"
         r"|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,3}(?![\p{L}])"
         r"|(?:\p{Lu}\.[ \t]?){1,2}\p{Lu}\p{Ll}+(?![\p{L}.])(?:[ \t]+\p{Lu}\p{Ll}+)?"
         r"|\p{Lu}(?:\.\p{Lu}){1,3}\.?(?![\p{L}.]))")  # M.P / B.B.Đ / N.T.H: a reporter's initials
_AGENCY = r"""
(?: [ \t]+ \(? tổng[ ]hợp \)? (?: [ \t]+ từ [ \t]+ [^\n]{1,60} )? (?= [ \t]* $ )  # A.Thư tổng hợp từ Dân Trí, VNN
  | [ \t]+ \(? Theo [ \t]+ \p{Lu} [^()\n]{0,40} \)? (?= [ \t]* $ )            # Phương Linh Theo CNN: the source
  | [ \t]* , [ \t]+ (?: Học[ ]viện | Trường | Viện | Đại[ ]học | Trung[ ]tâm | Khoa | Tạp[ ]chí | Hội
                     | Nguyên | Giảng[ ]viên | Nghiên[ ]cứu[ ]viên | Chuyên[ ]gia ) [ \t]+ \p{L}
    (?: (?! \.[ \t] ) [^\n!?] ){0,100} (?= [ \t]* $ )                          # Bùi Văn A, Học viện Chính trị …
  | [ \t]+ [\-–] [ \t]+ (?: Ủy[ ]viên | Bộ[ ]trưởng | Thứ[ ]trưởng | Chủ[ ]tịch | Phó | Giám[ ]đốc | Viện[ ]trưởng
                        | Hiệu[ ]trưởng | Bí[ ]thư | Chủ[ ]nhiệm | Đại[ ]biểu | Nguyên ) [ \t]+ \p{L}
    (?: (?! \.[ \t] ) [^\n!?] ){0,100} (?= [ \t]* $ )                          # Tô Lâm - Ủy viên Bộ Chính trị, …
  | [ \t]* / [ \t]* [\p{L}\d.]+ (?: [ \t]+ [\p{Lu}\d][\p{L}\d.]* )*      # /VTC News
  | [ \t]* \( [ \t]* (?: T/h | TH | t/h | [Tt]\.[Hh]\.? | th | [Tt]ổng [ \t] hợp ) [ \t]* \)  # ( T/h ) / (t.h) / (Tổng hợp)
  | [ \t]* \( [ \t]* \p{Lu} [^()\n]{1,60} \)                               # (TTXVN) / (Trung tâm Văn hóa huyện)
  | [ \t]* \( [ \t]* (?: huyện | tỉnh | xã | phường | quận | thị[ ]xã | thành[ ]phố | TP )
    [ \t]+ \p{Lu} [^()\n]{1,60} \)                                           # (huyện Đức Trọng, tỉnh Lâm Đồng): a reader
  | [ \t]* \( [ \t]* [Tt]heo [^()\n]{1,40} \)                               # (Theo Báo Nhân Dân)
  | [ \t]+ [\-–] [ \t]+ \p{Lu}[\p{L}.]+ (?: [ \t]+ \p{Lu}[\p{L}.]* ){0,3}   # - Báo Hải Phòng
  | [ \t]* (?: [\-–(] [ \t]* )? [\p{L}\d\-]+ (?: \.[\p{L}\d\-]+ )*
    \. (?: vn | com | net | org | info ) (?![\p{L}\d]) \)?                  # baodautu.vn / (vneconomy.vn)
  | [ \t]+ \(? (?: ghi | thực[ ]hiện ) \)? (?= [ \t]* $ )                   # Ngọc Mai ghi / Trinh Phúc (thực hiện)
  | [ \t]* [\-–] [ \t]* NAME (?: [ \t]+ (?: ghi | thực[ ]hiện ) )? (?= [ \t]* $ ) # N.Hằng-A.Phương ghi: two reporters
  | [ \t]+ [\-–] (?= [ \t]* $ )                                              # Xuân Thắng - (the agency cut off)
)
""".replace("NAME", _NAME)
# An academic or professional title before a byline's name, outside it: "PGS.TS Bùi Đình Phong".
_TITLE = r"""(?: (?: Đại | Thượng | Trung | Thiếu ) [ ] (?: tướng | tá ) [ \t]+ )?   # Thượng tướng: a military rank
            (?: (?: PGS | GS | TS | ThS | BS | LS | KTS ) \.? (?: [ \t]? (?: TS | BS | TSKH ) \.? )? [ \t]+
               | Luật[ ]sư [ \t]+ | Nhà[ ]báo [ \t]+ )?"""
# A byline alone on a line.
_BYLINE_LINE = regex.compile(rf"{_TITLE} (?P<name>{_NAME}) (?P<agency>{_AGENCY})? [ \t]*", regex.VERBOSE)
# A byline after the last sentence of the body (or starting its line), then
# possibly an advert or link glued on: "… ./. Hoàng Hưng/VTC News",
# "Cự Giải ( T/h ) Năm lần bảy lượt …".
_BYLINE_AFTER = regex.compile(
    rf"""
    {_TITLE} (?P<name>{_NAME}) (?P<agency>{_AGENCY})?
    [ \t]* (?P<rest> \S.* )? $
    """, regex.VERBOSE)
_BOUNDARY = regex.compile(
    r"""
    (?: \./\.          # … xã Bình Minh./. Hoàng Hưng
      | [.!?…]         # … Nghị định số 87/2015/NĐ-CP. Bích Thảo
      | (?<! \( [ \t]* (?: T/h | TH | t/h | [Tt]\.[Hh]\.? | th | [Tt]ổng[ ]hợp ) [ \t]* ) \)
                       # … (Xem tiếp) Tuấn Việt / (ảnh: TR.L) TRẦN LƯU, not "Minh Trần (t/h)"
    ) [”"’)]* [ \t]+""", regex.VERBOSE)
# A byline stated with a label: "Bài và ảnh: Nguyễn Văn A", "Tin-ảnh: B.Vân", "Tác giả: …".
_BYLINE_LABEL = regex.compile(
    rf"(?:Tác giả|Bài và ảnh|Bài, ảnh|Tin, ảnh|Tin và ảnh|(?:Bài|Tin)[ \t]*[\-–][ \t]*ảnh|Bài|Tin)[ \t]*:[ \t]*(?P<name>{_NAME})(?![\p{{L}}])")
# The grammars' groups by number: `regex` reads a group by name only after trying the name
# as an index and clearing the TypeError that raises (four times the work).
_LINE_NAME, _LINE_AGENCY = _BYLINE_LINE.groupindex["name"], _BYLINE_LINE.groupindex["agency"]
_AFTER_NAME, _AFTER_AGENCY, _AFTER_REST = (_BYLINE_AFTER.groupindex[g] for g in ("name", "agency", "rest"))
_LABEL_NAME = _BYLINE_LABEL.groupindex["name"]
# The source tag that opens the lead after a headline: "(NLĐ) -", "(Dân trí) -".
_SOURCE_TAG = regex.compile(
    r"""[ \t]* \(
    (?: Dân[ ]trí | Dân[ ]Trí     # (Dân trí) -
      | VnExpress                # (VnExpress) -
      | [\p{Lu}Đ]{2,6}           # (NLĐ) - / (TTXVN) - / (PLO) -
    ) \) [ \t]* [\-–]""", regex.VERBOSE)
_QUESTION = regex.compile(r"[?!][”\"]?(?=[ \t]+\p{Lu})")
# Words that open a sentence: where one follows a lower-case word in a run-on
# first line, the headline has ended ("… kênh Tẻ Các hộ dân …").
_OPENERS = regex.compile(
    r"""(?<=\p{Ll}[ \t]+)
    (?: Các | Những | Theo | Trong | Ngày | Sáng | Chiều | Tối | Trưa | Đêm | Tại | Sau | Khi | Với
      | Để | Hiện | Nhiều | Ông | Bà | Trước | Từ | Vào | Đó | Nhưng | Tuy | Do | Vì | Hôm | Mới | Vừa )
    (?=[ \t])""", regex.VERBOSE)
# What may stand on a dateline besides the date: "Print", "Gốc", "Cập nhật:", a time, "GMT+7".
_DATELINE_WORDS = regex.compile(
    r"(?i)print|in bài|gốc|cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày|lúc|gmt\s*[+\-]?\d*|\d{1,2}[:h]\d{2}|thứ\s+\p{L}+|chủ nhật|[^\p{L}]+")
_CAPTION_PHOTO = regex.compile(
    r"""\( [ \t]*
    (?: Ảnh[ ]minh[ ]họa | Ảnh[ ]minh[ ]hoạ   # (Ảnh minh họa)
      | Nguồn[ ]ảnh                         # (Nguồn ảnh: TTXVN)
      | Ảnh                                 # (Ảnh: L.T.Thắng)
    ) [ \t]* :? [^)\n]* \)""", regex.VERBOSE)
# "Ảnh: Trọng Tùng" (a name not followed by a lower-case word: "Ảnh: Trọng Tùng Văn bản số…" stops before "Văn").
_CAPTION_CREDIT = regex.compile(
    rf"(?<![\p{{L}}(])Ảnh[ \t]*:[ \t]*(?:{_NAME}|[\p{{Lu}}.]+\p{{Lu}}\p{{Ll}}*|\p{{Lu}}[\p{{L}}.]+)(?![ \t]+\p{{Ll}})(?!\p{{L}})")
_CAPTION_PHRASE = regex.compile(
    r"""(?:Ảnh|Hình) \s minh \s (?:họa|hoạ)
      | Trong \s ảnh: [^\n.]*? (?= \. | \n | $ | [ \t] (?:Từ|Ngày|Sáng|Chiều|Theo|Tại|Trong|Các|Những|Sau|Khi)[ \t] )
    """, regex.VERBOSE)
_SENTENCE_END = regex.compile(
    r"""
      [.!?…] [”"’)]* [ \t]+   # … cần thiết. Ảnh: Trọng Tùng
    | \n                      # a line break
    """, regex.VERBOSE)
# (only whether a line ends so counts: searched backwards, from the line's end)
_RELATED_LINK = regex.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)[ \t]*$", regex.REVERSE)

# A breadcrumb: "Trang chủ > Tin tức", "Tin tức » Thời sự".
_BREADCRUMB = regex.compile(
    r"""^
    (?: Trang[ ]chủ \b .*                                    # Trang chủ / Tin tức
      | [^\n.]{1,40} (?: [ \t]* [>»›] [ \t]* [^\n.>»›]{1,40} )+   # Tin tức » Thời sự
    ) $""", regex.MULTILINE | regex.VERBOSE)

TITLE_MAX = 220
RUN_ON_MIN = 150   # a first line longer than this may be a headline run on into its lead,
RUN_ON_TITLE = 100  # one of at most this many characters


@cache
def _furniture() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(openers of the related-links block, furniture line starts, whole furniture lines), lower-cased."""
    opens, starts, whole = [], [], []
    for entry in lines("furniture.txt"):
        kind = {"!": opens, "=": whole}.get(entry[0], starts)
        kind.append(entry.lstrip("!=").lower())
    return tuple(opens), tuple(starts), tuple(whole)


@cache
def _furniture_res() -> tuple[regex.Pattern, regex.Pattern]:
    """Grammars of a related-links opener line and of a furniture line."""
    opens, starts, whole = _furniture()

    def alt(phrases: tuple[str, ...]) -> str:
        return "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return (regex.compile(rf"(?:{alt(opens)})(?:$|[ \t:])", regex.IGNORECASE),
            regex.compile(rf"(?:(?:{alt(starts)})(?:$|[ \t:])|(?:{alt(whole)})$)", regex.IGNORECASE))


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, without their surrounding spaces."""
    out = []
    for start, end in line_spans(text):
        line = text[start:end]
        core = line.strip()   # str.strip() strips what str.isspace() calls a space
        if core:
            s = start + len(line) - len(line.lstrip())
            out.append((s, s + len(core)))
    return out


# ---------------------------------------------------------------- furniture

def furniture(text: str, lns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Furniture lines, the related-links block, and the related-link lines that end an article."""
    opener, start = _furniture_res()
    out: list[tuple[int, int]] = []
    for s, e in lns:
        if e - s <= 60 and opener.match(text, s, e):
            out.append((s, len(text.rstrip())))  # "Tin khác" and all that follows
            break
        if e - s <= 150 and start.match(text, s, e):
            out.append((s, e))
        elif e - s <= 100 and _BREADCRUMB.search(text, s, e):
            out.append((s, e))  # "Trang chủ > Tin tức > Sự kiện"
    # a run of "Title (14/06/2005)" lines at the end: links to other articles
    tail = []
    for s, e in reversed(lns):
        if _RELATED_LINK.search(text, s, e):
            tail.append((s, e))
        else:
            break
    if len(tail) >= 2:
        out.extend(tail)
    return _merge(out)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _last_uncovered(lns: list[tuple[int, int]], spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The last ``n`` lines of ``lns`` that no span of ``spans`` covers, last first
    (fewer when there are fewer): read from the end, so the lines before them are
    never tested."""
    out: list[tuple[int, int]] = []
    for s, e in reversed(lns):
        if not _covered(spans, s, e):
            out.append((s, e))
            if len(out) == n:
                break
    return out


# ---------------------------------------------------------------- dateline

def dateline(text: str, lns: list[tuple[int, int]], tail: list[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """(start, end, ISO value) of the article's own date: a line of its head (or, failing
    that, of its end) whose content is a full date, with a weekday, a time, and words such
    as "Print", "Cập nhật:" at most."""
    for s, e in list(lns[:4]) + list(tail):
        if e - s > 100 or not _YEAR.search(text, s, e):
            continue
        for c in dates.candidates(text, None, s, e):
            if c.grain not in ("day", "datetime") or c.value.startswith("--"):
                continue
            rest = _DATELINE_WORDS.sub(" ", text[s:c.start] + " " + text[c.end:e]).split()
            if len(rest) > 2:
                continue
            value = c.value
            if c.grain == "day":  # "Cập nhật lúc 17:55 12/10/2023": the time stands before the date
                clock = _CLOCK.search(text, s, e)
                if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
                    value = f"{value}T{int(clock.group(1)):02d}:{clock.group(2)}"
            return c.start, c.end, value
    return None


_YEAR = regex.compile(r"\d{4}")
_CLOCK = regex.compile(r"(?<![\d/.])(\d{1,2})[:h](\d{2})(?![\d/])")


# ---------------------------------------------------------------- title

def title(text: str, lns: list[tuple[int, int]], skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline: the first content line when it reads like one."""
    content = [(s, e) for s, e in lns if not _covered(skip, s, e)]
    if len(content) < 2 and not (content and content[0][1] - content[0][0] > TITLE_MAX):
        return None  # a single line is the article, not its headline
    s, e = content[0]
    if e - s > RUN_ON_MIN and (run := _headline_before_caption(text, s, min(e, s + TITLE_MAX))) is not None:
        return s, run
    # a headline run on into the lead: it ends before "(NLĐ) -", after "?", or, on a
    # long line, before a word that opens a sentence after a lower-case word
    for pattern in (_SOURCE_TAG, _QUESTION, _OPENERS):
        if pattern is _OPENERS and e - s <= 100:
            continue
        m = pattern.search(text, s, min(e, s + TITLE_MAX))
        if m and m.start() - s >= 12:
            end = m.end() if pattern is _QUESTION else m.start()
            while end > s and text[end - 1].isspace():
                end -= 1
            if pattern is _OPENERS and e - s > RUN_ON_MIN and (
                    run := _run_on_end(text, s, min(end, s + RUN_ON_TITLE))) is not None:
                end = run  # the headline ran on into a photo caption before the lead's opener
            return s, _before_caption(text, s, end)
    if e - s > RUN_ON_MIN and (cut := _run_on_end(text, s, min(e, s + RUN_ON_TITLE))) is not None:
        return s, _before_caption(text, s, cut)
    if e - s <= TITLE_MAX and not _is_sentence_run(text[s:e]) and (
            not _is_lead(text, s, e) or (e - s <= HEADLINE_MAX and text[e - 1] not in ".…,;:")):
        # (a short line that ends with no full stop is a headline, dated too: "Ngày 5/5 Quốc
        # hội khai mạc kỳ họp thứ 7")
        return s, _before_caption(text, s, e)
    return None


# Where the lead (or its editor's note) starts on a line that runs a headline and its photo
# caption into it: the paper's tag, "LTS:", a photo credit (which closes the caption), or a
# day part or "Ngày" with a date after a word ("… khóa IX Sáng nay 20-3, …", "… bến cảng Ngày
# 6-1 tại …"), which opens a sentence, not a phrase of the headline.
_LEAD_START = regex.compile(
    r"""(?: \( (?: Dân[ ]trí | Dân[ ]Trí | VnExpress | [\p{Lu}Đ]{2,6} ) \) [ \t]* [\-–]   # (NLĐ) - / (NLĐO)-
      | (?<![\p{L}]) LTS [ \t]* :                                               # LTS: (the editor's note)
      | (?P<credit> (?<![\p{L}]) Ảnh [ \t]* : )                                  # Ảnh: TTXVN
    )""", regex.VERBOSE)
_LEAD_CREDIT = _LEAD_START.groupindex["credit"]
# A day part or "Ngày" with a date, "Chiều qua", "Vào" with a time: what opens a dated lead.
# Each opens with one of _DAY_WORDS, found with str.find (a grammar tried at every place of
# the line costs a hundred times more).
_DAY_LEAD = regex.compile(
    r"""(?: (?: Rạng[ ]sáng | Sáng | Trưa | Chiều | Tối | Đêm | Ngày | Hôm )
          (?: [ \t]+ (?: nay | qua | ngày ) )? [ \t]+ \d{1,2} [/\-.] \d{1,2}         # Sáng nay 20-3 / Ngày 6-1
        | (?: Sáng | Chiều | Tối | Hôm ) [ \t]+ (?: nay | qua ) (?=[ \t]*[,(])       # Chiều qua, …
        | Vào [ \t]+ (?: \d{1,2} (?: [h:] \d{2} | h | [ \t]+ giờ ) | lúc | ngày | sáng | trưa | chiều | tối | đêm )
          (?![\p{L}])                                                            # Vào 22h25 ngày 10/12
    )""", regex.VERBOSE)
_DAY_WORDS = ("Rạng sáng", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Ngày", "Hôm", "Vào")


def _dated_lead(text: str, s: int, e: int) -> int | None:
    """The first place in ``text[s:e]`` where a dated lead opens after a word ("… khóa IX
    Sáng nay 20-3, …", "… bến cảng Ngày 6-1 tại …"), or None: mid-line, a capitalized day
    part opens a sentence, not a phrase of the headline."""
    best = None
    for w in _DAY_WORDS:
        k = text.find(w, s, e)
        while k >= 0 and (best is None or k < best):
            j = k
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if 0 < j < k and (text[j - 1].isalnum() or text[j - 1] in ')”".') and _DAY_LEAD.match(text, k, e):
                best = k    # (after a word and a space: mid-line)
                break
            k = text.find(w, k + 1, e)
    return best


HEADLINE_MAX = 90   # a headline is at most this long: a longer run before the lead holds a caption
# A caption that opens with a person, after any word: a form of address, then a family name and
# a given name ("… nguồn vốn ODA Ông Tào Hữu Phùng …", "… thành lập Đảng Đồng chí Nguyễn Phú
# Trọng, …"); mid-line, in a headline, such a word is written in lower case.
_CAPTION_PERSON = regex.compile(
    r"(?<=\S[ \t]+)(?:Ông|Bà|Ngài|Đồng[ \t]+chí)[ \t]+(?P<family>\p{Lu}\p{Ll}*)[ \t]+\p{Lu}")
_CAPTION_FAMILY = _CAPTION_PERSON.groupindex["family"]


def _headline_before_caption(text: str, s: int, e: int) -> int | None:
    """The end of a headline written on one line with its photo caption and its lead, or None.

    The lead starts at the paper's tag, "LTS:", a photo credit or a dated day part
    (_LEAD_START).  What stands before is the headline alone when it is short and holds
    no sentence end; else a caption follows the headline, which ends where a person or
    an office opens the caption ("… lãng phí Thủ tướng phát biểu … Ảnh: TTXVN").  None
    when the line opens as a lead does, a question ends the headline first, or no such
    place is found (the callers' rules then decide).
    """
    if _LEAD_DATE.match(text, s, e) or _LEAD_OPENER.match(text, s, e):
        return None
    m = _LEAD_START.search(text, s + 12, e)
    day = _dated_lead(text, s + 12, m.start() if m else e)
    if day is not None:
        m = None
    if m is None and day is None:
        # a caption that opens with a person named with a form of address, where no credit
        # follows ("… nguồn vốn ODA Ông Tào Hữu Phùng Hệ thống giám sát …")
        person = next((p for p in _CAPTION_PERSON.finditer(text, s + 12, min(e, s + HEADLINE_MAX + 12))
                       if _is_family_name(p.group(_CAPTION_FAMILY))), None)
        if person is None:
            return None
        end = person.start()
        while end > s and text[end - 1] in " \t,-–:":
            end -= 1
        return end
    end = day if day is not None else m.start()
    credit = m is not None and m.group(_LEAD_CREDIT) is not None
    while end > s and text[end - 1].isspace():
        end -= 1
    if _QUESTION.search(text, s, end):
        return None     # "Cần lưu ý điều gì? Xem …": the question ends the headline
    if not (credit or end - s > HEADLINE_MAX or text[end - 1] == "."
            or _SENTENCE_STOP.search(text, s, end)):
        return end      # "Tiếp tục xây dựng quân đội chính quy, tinh nhuệ (NLĐ) - Sáng qua, …"
    return _caption_start(text, s, end, offices=credit)


def _caption_start(text: str, s: int, e: int, offices: bool = True) -> int | None:
    """Where the photo caption after a headline starts in ``text[s:e]`` (the headline's end),
    or None: at the form of address of the person whose place in the photo it gives
    ("… bền chặt Ngài Seng Thong (thứ hai từ trái qua) …"), at a person named with a form
    of address, else where a capitalized word (an office or body too) opens a phrase after
    a lower-case word (_run_on_end); an office of several capitalized words ("Phó Chủ tịch")
    only when a photo credit shows the caption is there (``offices``), for a headline may
    end with one ("… đảm nhận chức Phó Chủ tịch UBND tỉnh")."""
    place = _PLACE_IN_PHOTO.search(text, s, e) if "(" in text[s:e] else None
    subjects = [m.start() for m in _CAPTION_SUBJECT.finditer(text, s + 12, place.start())] if place else ()
    cut = subjects[-1] if subjects else next((m.start() for m in _CAPTION_PERSON.finditer(text, s + 12, e)
                                              if _is_family_name(m.group(_CAPTION_FAMILY))), None)
    if cut is None:     # (the caption opens where a headline may end: within its length)
        cut = _run_on_end(text, s, min(e, s + HEADLINE_MAX + 10), caption=True, lead=False, offices=offices)
    if cut is None:
        return None
    while cut > s and text[cut - 1] in " \t,-–:":
        cut -= 1
    return cut if cut - s >= 12 else None


def _is_family_name(word: str) -> bool:
    """Is ``word`` a Vietnamese family name ("Nguyễn", "Tào") of the entities' lexicon?"""
    from .entities.lexicon import family_names, fold    # (here: the entities package imports this module)
    return fold(word) in family_names()


# A photo credit: "Ảnh: TTXVN", "- Ảnh: T.Trang", "(Ảnh: …".
_CREDIT_IN_TITLE = regex.compile(r"(?<![\p{L}])Ảnh[ \t]*:")
# Where a person stands in the photo, which only a caption says: "(thứ hai từ trái qua)",
# "(thứ 2 từ phải sang)", "(bìa trái)", "(từ trái sang)", "(giữa)".
_PLACE_IN_PHOTO = regex.compile(
    r"""\( [ \t]*
    (?: (?: người [ \t]+ )? thứ [ \t]+ [\p{L}\d]+ [ \t]+ từ [ \t]+ (?: trái | phải ) (?: [ \t]+ (?: sang | qua ) )?
                                                  # (thứ hai từ trái qua) / (người thứ 3 từ phải sang)
      | từ [ \t]+ (?: trái | phải ) [ \t]+ (?: sang | qua )   # (từ trái sang)
      | (?: bìa | ngoài[ \t]+cùng | bên ) [ \t]+ (?: trái | phải )   # (bìa trái) / (bên phải)
      | (?: đứng [ \t]+ | ngồi [ \t]+ )? giữa       # (giữa) / (đứng giữa)
    ) [ \t]* \)""", regex.VERBOSE)
# A form of address before the name that a caption opens with: "… thành lập Đảng Bà Ngô Thị
# Huệ (thứ hai từ trái qua) …", "… bền chặt Ngài Seng Thong (…)".
_CAPTION_SUBJECT = regex.compile(r"(?<=\S[ \t]+)(?:Ông|Bà|Ngài|Đồng[ \t]+chí|Anh|Chị)[ \t]+\p{Lu}")


def _before_caption(text: str, s: int, e: int) -> int:
    """The end of a headline that ran on into the caption of its photo ("Mít tinh kỷ niệm
    ngày thành lập Đảng Lễ kỷ niệm … Ảnh: TTXVN"): a headline holds no photo credit, so
    the caption starts at the first capitalized word that opens a phrase after a
    lower-case word, an office or body too ("… vì dân Lễ kỷ niệm", "… chất lượng Phó Chủ
    tịch"); the headline as given when no such word stands before the credit.  Where the
    caption says where someone stands in the photo ("(thứ hai từ trái qua)"), it opens at
    that person's form of address ("… thành lập Đảng Bà Ngô Thị Huệ (thứ hai …)")."""
    credit = _CREDIT_IN_TITLE.search(text, s, e) if "Ảnh" in text[s:e] else None
    place = _PLACE_IN_PHOTO.search(text, s, credit.start() if credit else e) if "(" in text[s:e] else None
    if place is not None:
        # the caption names whom the photo shows: it opens at that person's form of address
        # ("… Đảng Bà Ngô Thị Huệ (thứ hai từ trái qua)"), or where an office opens it
        subjects = [m.start() for m in _CAPTION_SUBJECT.finditer(text, s + 12, place.start())]
        if subjects:
            end = subjects[-1]
            while end > s and text[end - 1].isspace():
                end -= 1
            return end
        credit = place
    if credit is None:
        return e
    cut = _run_on_end(text, s, credit.start(), caption=True)
    return e if cut is None else cut


# A capitalized word followed by a lower-case one, after a word that ends in a lower-case
# letter, a digit or a bracket: where a headline written on one line with its lead or its
# photo caption ends ("Dự án cù cưa Đền bù xong từ năm 2002, …").  A name continues in
# capitals ("ông Vũ Kỳ"), so it is no such place.
_RUN_ON = regex.compile(
    r"""(?<= (?: (?<![\p{L}\d]) \p{Ll} [\p{L}\-]*    # … cù cưa | Đền bù
             | \d                               # … năm 2004 | Vào
             | [)”"’]                            # … ( VNN bình chọn ) | Vào / “…thành công” | Công nhân
          ) [ \t]+ )
    (?! [IVXLC]+ (?![\p{L}]) )                  # Đại hội X của Đảng: a numeral
    (?P<w> \p{Lu}\p{Ll}* ) (?= [ \t]+ \p{Ll} )""", regex.VERBOSE)
_RUN_ON_W = _RUN_ON.groupindex["w"]
# The same place before a photo caption, where an office opens it before a capitalized word too:
# "… chống ngập mùa mưa Phó Chủ tịch UBND …" (only offices and bodies may, see _run_on_end).
_CAPTION_ON = regex.compile(_RUN_ON.pattern.replace(r"(?= [ \t]+ \p{Ll} )", r"(?= [ \t]+ \p{L} )"), regex.VERBOSE)


# A Vietnamese syllable without its tone: onset, one to three vowels, coda.
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def is_vietnamese_syllable(word: str) -> bool:
    """Is ``word`` a possible Vietnamese syllable ("Đền", "Vào"), not a foreign name ("Samco")?"""
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(WITHOUT_TONES))
    return _SYLLABLE.fullmatch(bare) is not None


# Words that open a lead sentence, not a headline.
_LEAD_OPENER = regex.compile(
    r"""(?: Theo | Trong | Sau | Trước | Tại | Hôm | Ngày | Sáng | Chiều | Tối | Trưa | Đêm | Vào | Từ | Với
      | Tiếp[ ]tục | Bước[ ]sang | Đúng ) (?=[ \t,])""", regex.VERBOSE)
_SENTENCE_STOP = regex.compile(r"[.!?…][”\"’)]*[ \t]+\p{Lu}")


@cache
def _headline_capitals() -> frozenset[str]:
    """Capitalized words that may stand inside a headline (Thủ tướng, Quốc hội, Đảng, Luật)."""
    words = set(lines("headline_capitals.txt"))
    words |= {h.split()[0] for h in lines("issuer_heads.txt")}
    words |= {t.split()[0] for t in table("document_types.tsv")}
    return frozenset(words)


def _run_on_end(text: str, s: int, e: int, caption: bool = False, lead: bool = True,
                offices: bool = True) -> int | None:
    """The end of a headline run on into its lead on one line, or None.

    Not on a line that is itself a lead ("Sáng 24/3, …", "Theo thống kê …") nor
    past the end of a sentence.  Before a photo caption (``caption``) an office or
    body word may open the caption too ("… chất lượng Phó Chủ tịch QH …"), though not
    after a word that qualifies the office ("… tưởng niệm cố Tổng Bí thư …").  ``lead``
    False: the caller has already found where the lead starts; ``offices`` False: an
    office of several capitalized words does not open the caption.
    """
    if lead and (_is_lead(text, s, e) or _LEAD_OPENER.match(text, s, e)):
        return None
    stop = _SENTENCE_STOP.search(text, s, e)
    for m in (_CAPTION_ON if caption else _RUN_ON).finditer(text, s + 10, stop.start() if stop else e):
        w = m.group(_RUN_ON_W)
        if caption:
            before = text[max(s, m.start() - 24):m.start()].split()
            if before[-1] in _OFFICE_QUALIFIERS or (
                    len(before) > 1 and before[-2] in _headline_capitals() and before[-2][:1].isupper()):
                continue  # "cố Tổng Bí thư Trần Phú": the late office-holder, in the headline;
                #           "Chủ tịch Hội đồng Bộ trưởng": a body after its office, one title
            nxt = text[m.end():m.end() + 12].split()
            if not nxt[0][:1].islower() and not (offices and w in _headline_capitals() and nxt[0] in _headline_capitals()):
                continue  # a name ("Hà Nội") or body ("Đảng Bà Ngô Thị Huệ") in the headline; an office opens
                #           the caption ("Phó Chủ tịch")
        elif w in _headline_capitals() and not (text[m.start() - 1:m.start()].isspace()
                                                and text[:m.start()].rstrip()[-1:] in ')”"’'):
            continue  # a body or office inside the headline
        if not is_vietnamese_syllable(w):
            continue  # a foreign name ("Samco", "Tamiflu")
        end = m.start()
        while end > s and text[end - 1].isspace():
            end -= 1
        return end
    return None


# Words before an office that make it part of a phrase: the late, former, new, acting holder.
_OFFICE_QUALIFIERS = frozenset({"cố", "nguyên", "cựu", "tân", "quyền"})


_LEAD_DATE = regex.compile(
    r"""
    (?: Rạng\ssáng | Sáng | Trưa | Chiều | Tối | Đêm    # Chiều 12/10, …
      | Ngày | Hôm                                     # Ngày 14-2, …
    )
    (?: \s+ (?: nay | qua | ngày ) )?                 # Sáng nay 24-4 / Chiều ngày 8/2
    \s+ \d{1,2} [/\-.] \d{1,2}""", regex.VERBOSE)


def _is_lead(text: str, s: int, e: int) -> bool:
    """The lead paragraph, not a headline: "Chiều 12/10, Quận ủy …", or a long full sentence."""
    return bool(_LEAD_DATE.match(text, s, e)) or (e - s > 120 and text[e - 1] == ".")


def _is_sentence_run(line: str) -> bool:
    """Several sentences on one line: a paragraph, not a headline."""
    return len(line) > 120 and _SENTENCE_STOP.search(line) is not None


# ---------------------------------------------------------------- byline

def byline(text: str, lns: list[tuple[int, int]], skip: list[tuple[int, int]]) -> tuple[int, int, int | None] | None:
    """(start, end of the name, start of what follows on the line or None) of the author."""
    # (every label starts with "Tác giả", "Bài" or "Tin": finding those is cheaper than the grammar)
    m = _BYLINE_LABEL.search(text) if "Bài" in text or "Tin" in text or "Tác giả" in text else None
    if m and _plausible(m.group(_LABEL_NAME)):
        return m.start(_LABEL_NAME), m.end(_LABEL_NAME), None
    last = _last_uncovered(lns, skip, 2)   # the last lines that are content, last first
    if not last:
        return None
    first = _first_part_byline(text, lns, skip, last[0][0])
    if first is not None:
        return first[0], first[1], None
    s, e = last[0]
    if len(last) > 1 and _SOURCE_LINE.fullmatch(text, s, e):
        # The paper a piece is taken from, on a line of its own after the byline: the byline
        # is the line before, where a lone given name will do ("Hà." / "(Theo Daily Mail)").
        s, e = last[1]
        one = _ONE_NAME.fullmatch(text, s, e)
        if one and _plausible(one.group(1)) and is_vietnamese_syllable(one.group(1)):
            return one.start(1), one.end(1), None
    full = _BYLINE_LINE.fullmatch(text, s, e)
    if full:
        start = _author_start(text, full.start(_LINE_NAME), full.end(_LINE_NAME))
        if start is not None:
            end = _undoubled(text, start, full.end(_LINE_NAME))
            return start, _coauthors_end(text, end, e) if end == full.end(_LINE_NAME) else end, None
    # the line's start, then its last few sentence boundaries, latest first
    starts = [s] + _last_boundaries(text, s, e, 3)
    k = text.rfind("Ảnh:", s, e)
    if k >= 0 and (credit := _CREDIT_CAPS.match(text, k, e)) is not None:
        starts = sorted(starts + [credit.end()])   # "Ảnh: CNN Nguyễn Phương (Theo CNN)"
    for pos in reversed(starts):
        m = _BYLINE_AFTER.match(text, pos, e)
        if not m or not _plausible(m.group(_AFTER_NAME)):
            continue
        rest = m.start(_AFTER_REST) if m.group(_AFTER_REST) else None
        if rest is not None and not m.group(_AFTER_AGENCY):
            cited = _cited_before_paper(text, m.start(_AFTER_NAME), m.end(_AFTER_NAME), e)
            if cited is not None:
                return cited[0], cited[1], None
            continue  # a name followed by more text starts a sentence ("Ông Dân có biết …")
        if text[max(s, pos - 10):pos].rstrip().endswith(("Ảnh:", "ảnh:", "(đã ký)", "(Đã ký)", "đã ký:")):
            continue  # a photo credit; the signer of a document quoted in full
        start = _author_start(text, m.start(_AFTER_NAME), m.end(_AFTER_NAME))
        if start is not None:
            end = _undoubled(text, start, m.end(_AFTER_NAME))
            return start, _coauthors_end(text, end, e) if end == m.end(_AFTER_NAME) else end, rest
    return None


def _first_part_byline(text: str, lns: list[tuple[int, int]], skip: list[tuple[int, int]],
                       last: int) -> tuple[int, int] | None:
    """The byline that closes the first part of a round-up of several reports, each signed
    ("… kinh doanh các mặt hàng khác. / T. Dũng / Hà Nội: Nhiều chợ ngừng bán gia cầm / …"),
    or None: a short line before ``last`` (the last content line) that is a reporter's name
    alone (initials, or two or three capitalized syllables that do not open a place's name),
    after a line that ends a sentence and before the heading of the next part (a short line
    without a full stop).  The first part's byline is the article's author."""
    for i in range(1, len(lns) - 1):
        s, e = lns[i]
        if e - s > 24 or s >= last or not text[lns[i - 1][1] - 1] in '.!?…”")':
            continue
        m = _BYLINE_LINE.fullmatch(text, s, e)
        if m is None or m.group(_LINE_AGENCY) or _covered(skip, s, e):
            continue
        name = m.group(_LINE_NAME)
        if name.isupper() or not 2 <= len(name.replace(".", ". ").split()) <= 3 or not _plausible(name):
            continue
        ns, ne = lns[i + 1]
        if ne - ns > 100 or text[ne - 1] == "." or _covered(skip, ns, ne) or _BYLINE_LINE.fullmatch(text, ns, ne):
            continue
        if "." not in name and _starts_like_place(name):
            continue    # a place heading its part ("Hà Nội"), not a reporter
        return m.start(_LINE_NAME), _undoubled(text, m.start(_LINE_NAME), m.end(_LINE_NAME))
    return None


def _starts_like_place(name: str) -> bool:
    """Does ``name`` open as a province or district name does ("Hà Nội", "Thái Bình")?
    (The first words of the places' table the locations read, loaded with them.)"""
    from .entities.lexicon import fold, places    # (here: the entities package imports this module)
    return fold(name.split()[0]) in places().firsts


def _cited_before_paper(text: str, start: int, end: int, line_end: int) -> tuple[int, int] | None:
    """The reporter of "Theo Đình Thức Thời đại" (``text[start:end]`` the name found, "Theo
    Đình Thức Thời", the line ending in lower-case words): the paper's name, a capitalized
    word and one or two lower-case ones ("Thời đại", "Dân trí"), follows the reporter's."""
    words = text[start:end].split()
    tail = text[end:line_end].split()
    if words[0] != "Theo" or len(words) < 4 or not 1 <= len(tail) <= 2 or not all(w.islower() for w in tail):
        return None
    name_end = start + text[start:end].rindex(words[-1])
    while text[name_end - 1].isspace():
        name_end -= 1
    name_start = start + len("Theo ")
    return (name_start, name_end) if _plausible(text[name_start:name_end]) else None


# A photo credit in capitals, which closes its caption: a byline may follow ("Ảnh: CNN Nguyễn Phương").
_CREDIT_CAPS = regex.compile(r"Ảnh[ \t]*:[ \t]*\p{Lu}{2,}[ \t]+(?=\p{Lu})")
# A line that only names the paper a piece is taken from: "(Theo Daily Mail)", "(Theo VnExpress)".
_SOURCE_LINE = regex.compile(r"\([ \t]*[Tt]heo[ \t]+[^()\n]{1,40}\)\.?")
# A byline of one given name alone on its line: "Hà." (only above such a source line).
_ONE_NAME = regex.compile(r"(\p{Lu}\p{Ll}{1,6})\.?")


# A co-author after a dash, then at most an agency to the end of the line: " - Kim Hà",
# " – Khánh Linh/Báo Tin Tức", "-H.Phạm", " – N.Hằng ghi".
_COAUTHOR = regex.compile(
    rf"""[ \t]* [\-–] [ \t]* (?P<name>{_NAME}) (?= (?: {_AGENCY} )? [ \t]* $ )""", regex.VERBOSE)
_CO_NAME = _COAUTHOR.groupindex["name"]


@cache
def _not_coauthors() -> frozenset[str]:
    """Names after a byline's dash that give its paper or place, not a second reporter:
    newspapers and agencies (org_names.txt: "Thanh Niên", "Tuổi Trẻ") and provinces ("Hà Nội")."""
    from .entities.lexicon import province_names    # (here: the entities package imports this module)
    return frozenset(lines("../entities/org_names.txt")) | province_names()


def _coauthors_end(text: str, end: int, line_end: int) -> int:
    """The end of a byline's names: past the co-authors joined to it by dashes
    ("Nhật Huy - Kim Hà", "N.Triều - P.Ngọc"), the whole of which is the author, but
    not past a paper or a place ("Minh Anh - Thanh Niên", "Hoàng Hưng - Báo Hải Phòng")."""
    for _ in range(3):
        if end >= line_end or text[end] not in " \t-–":
            break
        m = _COAUTHOR.match(text, end, line_end)
        if not m:
            break
        name = m.group(_CO_NAME)
        if name in _not_coauthors() or not _plausible(name) or name.startswith("Theo "):
            break
        end = m.end(_CO_NAME)
    return end


def _last_boundaries(text: str, s: int, e: int, n: int) -> list[int]:
    """The ends of the last ``n`` sentence boundaries (_BOUNDARY) of ``text[s:e]``.

    A long line is scanned from near its end, just after a letter or digit: no
    boundary holds one, so from there the scan finds what a scan of the whole
    line finds; only when that gives fewer than ``n`` is the whole line scanned.
    """
    w = max(s, e - 300)
    while w > s and not text[w - 1].isalnum():
        w -= 1
    ends = [b.end() for b in _BOUNDARY.finditer(text, w, e)]
    if len(ends) < n and w > s:
        ends = [b.end() for b in _BOUNDARY.finditer(text, s, e)]
    return ends[-n:]


def _undoubled(text: str, start: int, end: int) -> int:
    """The end of a byline written twice in a row ("Thúy Nguyễn Thúy Nguyễn"): the first copy."""
    words = text[start:end].split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return start + len(" ".join(words[:half])) if text[start:end].count(" ") == len(words) - 1 else end
    return end


def _author_start(text: str, start: int, end: int) -> int | None:
    """Where the author's name starts in a byline name, or None when it names no person.

    "Theo Minh Hiển" cites the reporter Minh Hiển; "Theo Báo Cà Mau" a newspaper.
    """
    if text.startswith("Theo ", start):
        start += len("Theo ")
        if " " not in text[start:end]:
            return None
    return start if _plausible(text[start:end]) else None


@cache
def _not_names() -> frozenset[str]:
    opens, starts, whole = _furniture()
    return frozenset(opens) | frozenset(starts) | frozenset(whole)


@cache
def _byline_stops() -> tuple[frozenset[str], tuple[str, ...]]:
    """The entries of ``byline_stops.txt``, and each followed by a space (for one
    ``str.startswith``): a name is one, or starts with one as a word."""
    stops = lines("byline_stops.txt")
    return frozenset(stops), tuple(w + " " for w in stops)


_VOWELS = regex.compile(r"[AĂÂEÊIOÔƠUƯY]", regex.IGNORECASE)


def _plausible(name: str) -> bool:
    """Not furniture, and every syllable of a name in capitals has a vowel (not "TTXVN NEWS")."""
    if name.lower() in _not_names():
        return False
    stops, stop_words = _byline_stops()
    if name.rstrip(".") in stops or name.startswith(stop_words):  # "P.V." is "P.V"
        return False
    if name.isupper() and "." not in name:  # a syllable has at most 7 letters ("NGUYỄN", "NGHIÊNG"); its marks are no letters
        return all(_VOWELS.search(unicodedata.normalize("NFD", w)) and len(w) <= 7 for w in name.split())
    return True


# ---------------------------------------------------------------- captions

def captions(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Photo captions: the sentence a ``(Ảnh: …)`` or ``Ảnh: Name`` credit ends, and ``Trong ảnh: …``."""
    out = []
    # (both credits hold "Ảnh" or "Nguồn ảnh": finding those is cheaper than the grammars)
    credits = (_CAPTION_PHOTO, _CAPTION_CREDIT) if "Ảnh" in text or "Nguồn" in text else ()
    for pattern in credits:
        for m in pattern.finditer(text):
            if _covered(skip, m.start(), m.end()):
                continue
            window = max(0, m.start() - 300)
            ends = [b.end() for b in _SENTENCE_END.finditer(text, window, m.start()) if b.end() < m.start()]
            start = ends[-1] if ends else window if window == 0 else m.start()
            out.append((start, m.end()))
    # (the phrases need "minh" after "Ảnh"/"Hình", or "ảnh:": finding those is cheaper than the grammar)
    phrases = ("minh" in text and ("Ảnh" in text or "Hình" in text)) or "ảnh:" in text
    for m in _CAPTION_PHRASE.finditer(text) if phrases else ():
        out.append((m.start(), m.end()))
    return _merge(out)


# ---------------------------------------------------------------- the stage

def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s] in " \t,|-–":
        s += 1
    while e > s and text[e - 1] in " \t,|-–":
        e -= 1
    return (s, e) if s < e else None


def stage(doc: Doc) -> None:
    text = doc.text
    lns = _lines(text)
    furn = furniture(text, lns)
    zones: list[tuple[int, int, str, float]] = []

    body = _last_uncovered(lns, furn, 5)   # the last five body lines, last first
    dl = dateline(text, lns, body[1::-1] if len(body) > 4 else [])
    if dl:
        ds, de, value = dl
        doc.meta["published"] = value
        zones.append((ds, de, "dateline", 0.95))
        line = next((a, b) for a, b in lns if a <= ds < b)
        furn = _merge(furn + [line])
        # the words around the date ("Print", "Gốc") are furniture; the date is the dateline
        pieces = []
        for a, b in furn:
            if a <= ds and de <= b:
                pieces += [p for p in (_trimmed(text, a, ds), _trimmed(text, de, b)) if p]
            else:
                pieces.append((a, b))
        zones += [(a, b, "furniture", 0.9) for a, b in pieces]
    else:
        doc.meta.setdefault("published", None)
        zones += [(a, b, "furniture", 0.9) for a, b in furn]

    t = title(text, lns, furn)
    if t:
        doc.meta["title"] = text[t[0]:t[1]].rstrip(" .")
        zones.append((t[0], t[1], "title", 0.85))
    else:
        doc.meta.setdefault("title", None)

    b = byline(text, lns, furn + ([t] if t else []))
    if b:
        bs, be, rest = b
        doc.meta["author"] = text[bs:be]
        zones.append((bs, be, "byline", 0.85))
        if rest is not None:  # an advert or a link glued after the byline
            line_end = next(y for x, y in lns if x <= rest < y)
            zones.append((rest, line_end, "furniture", 0.7))
    else:
        doc.meta.setdefault("author", None)

    taken = [(a, b_) for a, b_, _, _ in zones]
    for a, b_ in captions(text, taken):
        zones.append((a, b_, "caption", 0.8))
    doc.zones = _flat(doc, zones)


def _flat(doc: Doc, zones: list[tuple[int, int, str, float]]) -> list[Span]:
    """Sorted, non-overlapping zone spans (on overlap the earlier-decided zone stays)."""
    kept: list[tuple[int, int, str, float]] = []
    for z in zones:
        if not any(z[0] < k[1] and k[0] < z[1] for k in kept):
            kept.append(z)
    return [doc.span(a, b, label, f"rule:structure.{label}", score)
            for a, b, label, score in sorted(kept)]
