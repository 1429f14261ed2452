"""Sentence segmentation of the normalized text, with offsets.

Rules, in order: a line break always ends a sentence; inside a line, ``.``,
``!``, ``?`` or ``…`` (with closing quotes/brackets) ends one when what follows,
after spaces, starts with an upper-case letter, a digit or an opening quote
and the word before is not a known abbreviation (``TP.``, ``Q.``, ``ThS.``) or
an initial (``L.T.Thắng``).  Sentences never include their surrounding spaces.
"""
from __future__ import annotations

from operator import methodcaller

import regex

from .doc import Doc

# Abbreviations that end with a dot without ending the sentence (lower-cased).
_ABBREV = frozenset("""
tp q p tx tt h ths ts pgs gs bs ks ls ns nxb đ/c tr st v.v vs mr ms dr
""".split())

_BOUNDARY = regex.compile(
    r"""
    (?P<end>
        [.!?…]+ [”"’)\]»]*        # "phát biểu." / "?”" / "…)"
    )
    (?P<gap> [ \t]+ )             # at least one space
    (?= [\p{Lu}\d“"‘(«\-–] )      # the next sentence starts: upper case, digit, quote, dash
    """,
    regex.VERBOSE,
)
# _BOUNDARY cut by its first mark, each part starting with that mark as a literal, which
# `regex` finds many times faster than a set of marks: a boundary starts a run of marks
# (greedy, the run's later places match only when its start does), so the parts find the
# boundaries _BOUNDARY finds, and only the parts whose mark the text holds are scanned.
_BOUNDARIES = {
    mark: regex.compile(
        rf"""
        (?P<end>
            {regex.escape(mark)} (?<! [.!?…] {regex.escape(mark)} )   # the run's first mark
            [.!?…]* [”"’)\]»]*
        )
        (?P<gap> [ \t]+ )
        (?= [\p{{Lu}}\d“"‘(«\-–] )
        """,
        regex.VERBOSE,
    )
    for mark in ".!?…"
}
_LINE = regex.compile(r"[^\n]+")
# The groups by number: `regex` reads a group by name only after trying the name as an
# index and clearing the TypeError that raises (four times the work).
_END = _BOUNDARY.groupindex["end"]
assert all(b.groupindex["end"] == _END for b in _BOUNDARIES.values())
# Lower-case letters no abbreviation of _ABBREV and no initials (which end with a capital
# or the second letter of "Th", "Tr", "Ng", "Nh", "Ch", "Ph", "Kh", "Gi", "Qu") end with,
# and digits and closing marks, which end neither: a dot after one of them ends the
# sentence without a look at the word ("phát biểu.", "năm 2013.", "(TTXVN).").
_NOT_ABBREVIATION_ENDS = (frozenset(
    "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
) - {w[-1] for w in _ABBREV} - set("hrgiu")) | frozenset("0123456789)]”\"’%")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)*(?:\p{Lu}|Th|Tr|Ng|Nh|Ch|Ph|Kh|Gi|Qu)")


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the word just before the dot at ``dot`` an abbreviation or initials?"""
    if dot == 0 or line[dot - 1].isspace():
        return False
    near = line[max(0, dot - 24):dot].rsplit(None, 1)   # the word, when a space precedes it in the window
    if len(near) == 2 or dot <= 24:
        word = near[-1]
    else:
        begin = dot
        while begin > 0 and not line[begin - 1].isspace():  # back to the word's start: linear in the word
            begin -= 1
        word = line[begin:dot]
    word = word.lstrip("(“\"")
    if not word:
        return False
    # initials: "L.T." in "L.T. Thắng", "T." in "ông T. nói" (they start with a capital,
    # and str.isupper() holds for every \p{Lu})
    return word.lower() in _ABBREV or (word[0].isupper() and _INITIALS.fullmatch(word) is not None)


def _boundaries(text: str) -> list[regex.Match]:
    """The matches of ``_BOUNDARY.finditer(text)``, from the parts of _BOUNDARIES."""
    found = [_BOUNDARIES[mark].finditer(text) for mark in ".!?…" if mark in text]
    if len(found) == 1:
        return list(found[0])
    out = [m for part in found for m in part]
    out.sort(key=_START)
    return out


_START = methodcaller("start")


def line_spans(text: str) -> list[tuple[int, int]]:
    """``m.span()`` of each match of ``_LINE.finditer(text)`` (the runs of characters other
    than a line break), from str.split: a scan for one character, where the grammar tests
    every character against its set."""
    out = []
    pos = 0
    for part in text.split("\n"):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def split(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of each sentence of ``text``."""
    # the boundaries of all lines in one scan (none spans a line break), then the lines
    ends = [(m.end(_END), m.end()) for m in _boundaries(text)
            if not (m.group(_END) == "." and text[m.start() - 1] not in _NOT_ABBREVIATION_ENDS
                    and _is_abbreviation(text, m.start()))]
    out: list[tuple[int, int]] = []
    i, n = 0, len(ends)
    for start, stop in line_spans(text):
        while i < n and ends[i][0] < stop:
            end, after = ends[i]
            if start < end and not text[start].isspace() and not text[end - 1].isspace():
                out.append((start, end))   # (the usual piece, without a call to _add)
            else:
                _add(text, start, end, out)
            start = after
            i += 1
        _add(text, start, stop, out)
    return out


def _add(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Add the piece ``text[a:b]`` without its surrounding spaces, unless it is blank."""
    if a < b and not text[a].isspace() and not text[b - 1].isspace():
        out.append((a, b))   # the usual piece: between a boundary's spaces and the next one's mark
        return
    piece = text[a:b]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    if b - a - lead - trail > 0:
        out.append((a + lead, b - trail))


def stage(doc: Doc) -> None:
    doc.sentences = split(doc.text)
