"""Character-level clean-up: BOM, line ends, invisible and odd spaces, HTML
entities, Unicode composition (NFC, marks reordered) and look-alike letters.

Each change is an :class:`~pipeline.offsets.Edit` with its own kind
(``unicode``, ``space``, ``lookalike``; a decoded HTML entity is ``unicode/entity``:
a change of encoding, never a correction) so the offset map keeps the way back
to the raw input.
"""
from __future__ import annotations

import html
import re
import unicodedata

import regex

from ..offsets import Edit
from .ortho import reorder_marks

_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e"

# Cyrillic and Greek letters drawn like Latin ones; replaced only inside a word
# that also has Latin letters (a whole Cyrillic word is left alone).
LOOKALIKES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
}
# ð/Ð (Icelandic eth) stand for đ/Đ in Vietnamese text typed on foreign layouts.
_ETH = {"ð": "đ", "Ð": "Đ"}

_SCAN = regex.compile(
    r"""
      \r\n?                                   # CRLF or a lone CR -> LF
    | &(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});   # &amp; &#7871; &nbsp;
    | [\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e]+                       # BOM, zero-width, soft hyphen
    | [\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]                       # NBSP and other odd spaces
    | [ðÐ]                                    # eth used for đ: ðường
    | \p{L}\p{M}+                             # letter + combining marks (NFD input, ả̂)
    | [\p{Latin}\p{M}]*[\p{Cyrillic}\p{Greek}][\p{L}\p{M}]*   # a word with Cyrillic/Greek letters
    """,
    regex.VERBOSE,
)


def _entity(s: str) -> str | None:
    out = html.unescape(s)
    if out == s:
        return None
    out = "".join(" " if c in _SPACE_CHARS else c for c in out if c not in _INVISIBLE)
    return unicodedata.normalize("NFC", out.replace("\r\n", "\n").replace("\r", "\n"))


# Compiled once: a match of the scan may ask them thousands of times (an NFD article).
_LATIN = regex.compile(r"\p{Latin}")
_FOREIGN = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_MIXED = regex.compile(r"[\p{Latin}\p{M}]*[\p{Cyrillic}\p{Greek}]")  # a word with Cyrillic/Greek letters


def _mixed_script(word: str) -> str | None:
    if not _LATIN.search(word):
        return None
    fixed = "".join(LOOKALIKES.get(c, c) for c in word)
    if fixed == word or _FOREIGN.search(fixed):
        return None
    return reorder_marks(fixed)


# Any character one of the rules above may act on; clean text has none and costs one search.
_TRIGGER = re.compile("[\r&\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e\u00a0\u1680\u2000-\u200a"
                      "\u202f\u205f\u3000\u00f0\u00d0\u0300-\u036f\u0370-\u052f]")
_TRIGGER_BUT_AMP = re.compile(_TRIGGER.pattern.replace("&", ""))
# What the scan may act on with no trigger of its own: combining marks, Greek and Cyrillic
# letters of any block.
_UNTRIGGERED = regex.compile(r"[\p{M}\p{Cyrillic}\p{Greek}]")


def edits(text: str, entities: bool = False) -> list[Edit]:
    """Edits for every character-level normalization of ``text`` (sorted, disjoint).

    HTML entities (``&amp;``, ``&#7879;``) are decoded only with ``entities=True``:
    the annotated corpora keep them as text, and the scorer counts decoding one
    as a word edit.
    """
    out: list[Edit] = []
    first = _TRIGGER.search(text)
    if first is None:
        return out
    if not entities and text[first.start()] == "&" and _UNTRIGGERED.search(text) is None:
        # An '&' decodes nothing here, and with nothing untriggered in the text every match
        # before the next trigger's word is an entity left alone: start there (an '&' in a long
        # article made the whole scan).
        first = _TRIGGER_BUT_AMP.search(text, first.end())
        if first is None:
            return out
    return _scan(text, _word_start(text, first.start()), entities)


def _word_start(text: str, i: int) -> int:
    """Where the word holding ``text[i]`` begins (marks attach to the letter before)."""
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


# A character the scan may act on that :data:`_TRIGGER` does not find: a mark or a Greek or
# Cyrillic letter outside the blocks it names (Greek Extended, Cyrillic Extended, other marks).
_UNNAMED = regex.compile(r"(?![\u0300-\u052f])[\p{M}\p{Cyrillic}\p{Greek}]")
_SPACE = re.compile(r"\s")


def _scan(text: str, begin: int, entities: bool) -> list[Edit]:
    """The edits of every match of the full scan from ``begin`` on (:func:`_scan_all`), the scan
    made only where a match may be.

    Every match holds a character :data:`_TRIGGER` finds, unless the text has one it does not
    name (:data:`_UNNAMED`: then the full scan), and lies within one word (a run of non-space
    characters) or is a white-space character itself (``\\r\\n``, NBSP): so the scan of the
    words holding a trigger, and a match at each white-space trigger, find what the full scan
    finds (an article with one NBSP is not read through by the slower scan)."""
    if _UNNAMED.search(text, begin) is not None:
        return _scan_all(text, begin, len(text), entities)
    out: list[Edit] = []
    end = begin  # where the scan has read to
    for t in _TRIGGER.finditer(text, begin):
        i = t.start()
        if i < end:
            continue  # in a word already read
        if text[i].isspace():  # \r, NBSP: the match at it
            m = _SCAN.match(text, i)
            out.extend(_scan_all(text, i, m.end(), entities))
            end = m.end()
        else:  # the word holding it
            space = _SPACE.search(text, i)
            end = len(text) if space is None else space.start()
            out.extend(_scan_all(text, max(_word_start(text, i), begin), end, entities))
    return out


def _scan_all(text: str, begin: int, end: int, entities: bool) -> list[Edit]:
    """The edits of every match of the full scan of ``text[begin:end]``."""
    out: list[Edit] = []
    for m in _SCAN.finditer(text, begin, end):
        s = m.group()
        c = s[0]
        if c == "\r":
            out.append(Edit(m.start(), m.end(), "\n", "space"))
        elif c == "&":
            new = _entity(s) if entities else None
            if new is not None:
                out.append(Edit(m.start(), m.end(), new, "unicode/entity"))
        elif c in _INVISIBLE:
            out.append(Edit(m.start(), m.end(), "", "unicode"))
        elif c in _SPACE_CHARS:
            out.append(Edit(m.start(), m.end(), " ", "space"))
        elif c in _ETH:
            out.append(Edit(m.start(), m.end(), _ETH[c], "lookalike"))
        elif _MIXED.match(s):
            new = _mixed_script(s)
            if new is not None:
                out.append(Edit(m.start(), m.end(), new, "lookalike"))
        else:
            new = reorder_marks(s)
            if new != s:
                out.append(Edit(m.start(), m.end(), new, "unicode"))
    return out
