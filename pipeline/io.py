"""Reading articles: inputs (folder, ``.txt``, JSONL, stdin) and byte decoding.

Inputs are streamed: one :class:`Item` at a time, never the whole corpus in
memory.  Files are read as bytes here and decoded in the worker
(:func:`decode`), so an undecodable article becomes one error record instead
of stopping the run.

Decoding decisions (each tested in ``tests/test_io.py``):

- UTF-8, with or without a byte order mark: the BOM is dropped.
- UTF-16 with a BOM (LE or BE): decoded as UTF-16.
- Not valid UTF-8, but with at least twice as many valid multi-byte
  characters as invalid sequences (UTF-8 text with some damage): decoded with
  U+FFFD replacement characters and a warning on the record.
- Otherwise, high bytes that are mostly not UTF-8: an 8-bit legacy file
  (Windows-1252 bytes of TCVN3/VNI fonts, or Latin-1); decoded byte for byte,
  with a warning, and left to normalization, which converts TCVN3 and VNI.
- Binary junk (NUL-heavy or control-heavy bytes that are not UTF-16): an
  error record ``binary: …``.
- Larger than ``max_bytes`` (default 10 MB; for JSONL, the UTF-8 size of the
  ``text``): an error record ``too-large: …``, found without reading the file
  or keeping the line in memory.  The limit is a guard, not a capability: with
  ``--max-bytes`` raised, the same article is processed like any other, within
  ``--timeout``.
- JSONL lines that are not JSON, not an object, lack ``text`` or have a
  non-string ``text``: an error record ``input: …`` with the line number (the
  id is the object's ``id`` when there is one, else ``<file stem>:<line>``).
- Duplicate ids: every article is kept, in order; the summary counts them.
- Empty or whitespace-only: a normal record with no facts and a warning.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterator

import orjson

DEFAULT_MAX_BYTES = 10_000_000


class InputError(ValueError):
    """The input as a whole cannot be read (missing path, unknown format)."""


@dataclass(slots=True)
class Item:
    """One article on its way to a worker: bytes or text, or an error found while reading."""
    id: str
    source: str | None
    data: bytes | None = None
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


class DecodeError(ValueError):
    pass


# Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; keep them as the Latin-1 controls.
_CP1252_TABLE = {i: (bytes([i]).decode("cp1252") if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(i))
                 for i in range(0x80, 0xA0)}


def _cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_TABLE)


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Bytes -> (text, warnings).  Raises :class:`DecodeError` for what is not text."""
    warnings: list[str] = []
    if len(data) > max_bytes:
        raise DecodeError(f"too-large: {len(data):,} bytes > limit of {max_bytes:,} (raise --max-bytes)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"]
        except UnicodeDecodeError as e:
            raise DecodeError(f"decode: UTF-16 byte order mark but invalid UTF-16 ({e.reason})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        _check_not_binary(text)
        return text, warnings
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = len(_NON_ASCII.findall(replaced))
    if good >= 2 * bad:  # real UTF-8 with some damage: keep it, mark the damage
        _check_not_binary(replaced)
        return replaced, [f"invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD"]
    text = _cp1252(data)
    _check_not_binary(text)
    return text, ["not UTF-8: decoded as an 8-bit legacy encoding (Windows-1252 bytes)"]


# A character a valid UTF-8 multi-byte sequence decoded to.
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _check_not_binary(text: str) -> None:
    if not text:
        return
    sample = text[:65536]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\x7f")
    if controls > max(8, len(sample) // 20):
        raise DecodeError(f"binary: {controls} control characters in the first {len(sample):,} characters; not text")


# -- inputs ---------------------------------------------------------------

def iter_items(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Stream the articles of ``path``: a folder of ``.txt``, a ``.txt`` file, JSONL, or ``-`` (stdin)."""
    check_input(path)
    if path == "-":
        yield from _iter_stream(sys.stdin.buffer, "<stdin>", max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        for name in _txt_names(p):
            yield _file_item(p / name, max_bytes)
    elif p.is_file():
        if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            with open(p, "rb") as fh:
                yield from _iter_jsonl(fh, str(p), max_bytes)
        else:
            yield _file_item(p, max_bytes)
    else:
        raise InputError(f"{path}: no such file or folder")


def check_input(path: str) -> None:
    """Raise :class:`InputError` now if ``path`` cannot be an input (before any work starts)."""
    if path == "-":
        return
    p = Path(path)
    if p.is_dir():
        with os.scandir(p) as it:
            if not any(e.name.endswith(".txt") and e.is_file() for e in it):
                raise InputError(f"{path}: folder has no .txt files")
    elif not p.is_file():
        raise InputError(f"{path}: no such file or folder")


def count_items(path: str) -> int | None:
    """How many articles ``path`` holds, when that is cheap to know (for the progress bar)."""
    if path == "-":
        return None
    p = Path(path)
    if p.is_dir():
        return len(_txt_names(p))
    if p.is_file() and p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        n = 0
        with open(p, "rb") as fh:
            for line in fh:
                n += bool(line.strip())
        return n
    return 1


def _txt_names(folder: Path) -> list[str]:
    """The ``.txt`` file names of ``folder``, sorted (names only: light for a million files)."""
    with os.scandir(folder) as it:
        return sorted(e.name for e in it if e.name.endswith(".txt") and e.is_file())


def _file_item(f: Path, max_bytes: int) -> Item:
    try:
        size = f.stat().st_size
        if size > max_bytes:
            return Item(f.stem, str(f), error=f"too-large: {size:,} bytes > limit of {max_bytes:,} (raise --max-bytes)")
        return Item(f.stem, str(f), data=f.read_bytes())
    except OSError as e:
        return Item(f.stem, str(f), error=f"read: {e.strerror or e}")


def _iter_stream(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """stdin: JSONL when it starts with ``{``, else one plain-text article with id ``stdin``."""
    head = fh.peek(1)[:64] if hasattr(fh, "peek") else b""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from _iter_jsonl(fh, name, max_bytes)
    else:
        data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield Item("stdin", name, error=f"too-large: more than {max_bytes:,} bytes (raise --max-bytes)")
        else:
            yield Item("stdin", name, data=data)


def _iter_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line, size)``; ``line`` is ``None`` for a line longer than ``limit``,
    which is skipped in chunks so that memory stays bounded."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                chunk = fh.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None, size
        else:
            yield lineno, line, len(line)


def _iter_jsonl(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line.  A JSON string may escape each byte of text
    as ``\\uXXXX``, so a line may be up to six times ``max_bytes``; the limit
    itself applies to the UTF-8 size of its ``text``."""
    stem = Path(name).stem
    for lineno, line, size in _iter_lines(fh, 6 * max_bytes + 1024):
        if line is not None and lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if line is not None and not line.strip():
            continue
        source = f"{name}:{lineno}"
        if line is None:
            yield Item(f"{stem}:{lineno}", source, error=f"too-large: line {lineno} of {size:,} bytes > limit of {max_bytes:,} (raise --max-bytes)")
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            yield Item(f"{stem}:{lineno}", source, error=f"input: line {lineno} is not JSON ({e})")
            continue
        if not isinstance(obj, dict):
            yield Item(f"{stem}:{lineno}", source, error=f"input: line {lineno} is not a JSON object")
            continue
        raw_id = obj.get("id")
        id_ = str(raw_id) if raw_id is not None and raw_id != "" else f"{stem}:{lineno}"
        meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
        text = obj.get("text")
        if "text" not in obj:
            yield Item(id_, source, meta=meta, error=f"input: line {lineno} has no 'text' field")
        elif not isinstance(text, str):
            yield Item(id_, source, meta=meta, error=f"input: line {lineno}: 'text' is {type(text).__name__}, not a string")
        elif size > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            yield Item(id_, source, meta=meta, error=f"too-large: line {lineno}: text of more than {max_bytes:,} bytes (raise --max-bytes)")
        else:
            yield Item(id_, source, text=text, meta=meta)
