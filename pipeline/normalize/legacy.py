"""Text typed in the legacy TCVN3 (ABC) and VNI fonts, read back as cp1252/latin-1.

Such text shows tell-tale Latin-1 characters (``Céng hßa`` is TCVN3 for
``Cộng hòa``, ``Vieät Nam`` is VNI for ``Việt Nam``).  Detection works per
line: a line with Latin-1 letters and no real Vietnamese letters is converted
with each table, and the conversion is kept only when it turns clearly more of
the line's words into well-formed Vietnamese syllables.  The tables are data
files (``pipeline/data/normalize/tcvn3.tsv``, ``vni.tsv``) written from the
published code tables.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import regex

from ..offsets import Edit
from .ortho import is_valid

DATA = Path(__file__).resolve().parent.parent / "data" / "normalize"

# A line worth a look: Latin-1 letters or symbols from the legacy tables.
_SUSPECT = regex.compile(r"[\u00a1-\u00ff]")
# Vietnamese letters beyond Latin-1 (â ê ô are Latin-1, and VNI uses them as marks):
# a line that has them is Unicode already.
_VIETNAMESE = regex.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
_WORD = regex.compile(r"\S+")
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def tables() -> dict[str, dict[str, str]]:
    """``{"tcvn3": {shown: letter}, "vni": {shown: letter}}``."""
    return {"tcvn3": {shown: letter for _, shown, letter in _rows("tcvn3.tsv")},
            "vni": {shown: letter for shown, letter in _rows("vni.tsv")}}


@cache
def _pattern(name: str) -> regex.Pattern:
    keys = sorted(tables()[name], key=len, reverse=True)  # two-character VNI sequences first
    return regex.compile("|".join(regex.escape(k) for k in keys))


def convert(text: str, encoding: str) -> str:
    """``text`` (legacy bytes shown as cp1252) converted to Unicode Vietnamese."""
    table = tables()[encoding]
    return _pattern(encoding).sub(lambda m: table[m.group()], text)


def _valid_share(text: str) -> float:
    words = _LETTERS.findall(text)
    if not words:
        return 0.0
    return sum(is_valid(w) for w in words) / len(words)


def detect(line: str) -> str | None:
    """``"tcvn3"``/``"vni"`` if the line reads as that legacy encoding, else ``None``."""
    if not _SUSPECT.search(line) or _VIETNAMESE.search(line):
        return None
    before = _valid_share(line)
    best, best_share = None, before
    for name in ("tcvn3", "vni"):
        share = _valid_share(convert(line, name))
        if share > best_share:
            best, best_share = name, share
    if best is None or best_share < 0.8 or best_share - before < 0.15:
        return None
    return best


def edits(text: str) -> list[Edit]:
    """Word-by-word edits converting every legacy-encoded line of ``text``."""
    out: list[Edit] = []
    if not _SUSPECT.search(text):
        return out
    pos = 0
    for line in text.split("\n"):
        encoding = detect(line)
        if encoding is not None:
            for m in _WORD.finditer(line):
                new = convert(m.group(), encoding)
                if new != m.group():
                    out.append(Edit(pos + m.start(), pos + m.end(), new, "legacy"))
        pos += len(line) + 1
    return out
