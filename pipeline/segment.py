"""Sentence segmentation of the normalized text, with offsets.

Rules, in order: a line break always ends a sentence; inside a line, ``.``,
``!``, ``?`` or ``…`` (with closing quotes/brackets) ends one when what follows,
after spaces, starts with an upper-case letter, a digit or an opening quote
and the word before is not a known abbreviation (``TP.``, ``Q.``, ``ThS.``) or
an initial (``L.T.Thắng``).  Sentences never include their surrounding spaces.
"""
from __future__ import annotations

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
_LINE = regex.compile(r"[^\n]+")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)*(?:\p{Lu}|Th|Tr|Ng|Nh|Ch|Ph|Kh|Gi|Qu)")


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the word just before the dot at ``dot`` an abbreviation or initials?"""
    begin = dot
    while begin > 0 and not line[begin - 1].isspace():  # back to the word's start: linear in the word
        begin -= 1
    word = line[begin:dot].lstrip("(“\"")
    if not word:
        return False
    # initials: "L.T." in "L.T. Thắng", "T." in "ông T. nói"
    return word.lower() in _ABBREV or bool(_INITIALS.fullmatch(word))


def split(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of each sentence of ``text``."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        s0, chunk = line.start(), line.group()
        pieces, start = [], 0
        for m in _BOUNDARY.finditer(chunk):
            end = m.group("end")
            if end == "." and _is_abbreviation(chunk, m.start()):
                continue
            pieces.append((start, m.end("end")))
            start = m.end()
        pieces.append((start, len(chunk)))
        for a, b in pieces:  # trim surrounding spaces, drop blank pieces
            piece = chunk[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if b - a - lead - trail > 0:
                out.append((s0 + a + lead, s0 + b - trail))
    return out


def stage(doc: Doc) -> None:
    doc.sentences = split(doc.text)
