"""Reading inputs and decoding bytes (``pipeline.io``): every decision of its docstring."""
from __future__ import annotations

import codecs
import io

import pytest

from pipeline.io import DecodeError, InputError, _iter_jsonl, _iter_stream, count_items, decode, iter_items

VI = "Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn Đông ký Quyết định số 12/QĐ-UBND ngày 3/6/2013."


@pytest.mark.parametrize("data, text, warned", [
    (VI.encode("utf-8"), VI, None),
    (codecs.BOM_UTF8 + VI.encode("utf-8"), VI, None),
    (codecs.BOM_UTF16_LE + VI.encode("utf-16-le"), VI, "UTF-16"),
    (codecs.BOM_UTF16_BE + VI.encode("utf-16-be"), VI, "UTF-16"),
    # damaged UTF-8: one byte of "Đông" lost, the rest is kept around a U+FFFD
    (VI.encode("utf-8").replace("Đông".encode(), "Đông".encode()[1:]), VI.replace("Đông", "\ufffdông"), "invalid UTF-8"),
    # a Latin-1 byte in otherwise ASCII text is read as Windows-1252, not lost
    ("Café Sài Gòn".encode("cp1252"), "Café Sài Gòn", "8-bit legacy"),
    # Windows-1252 punctuation bytes (0x93/0x94 quotes, 0x85 ellipsis)
    (b"\x93Xin ch\xe0o\x94\x85", "“Xin chào”…", "8-bit legacy"),
    (b"", "", None),
    (b" \n\t\r\n", " \n\t\r\n", None),
    # a few NUL bytes in text are not binary: kept for normalization to handle
    ("Hà Nội\x00 ngày 5/6".encode(), "Hà Nội\x00 ngày 5/6", None),
])
def test_decode(data, text, warned):
    got, warnings = decode(data)
    assert got == text
    if warned is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warned in warnings[0]


def test_tcvn3_bytes_decode_as_latin1_characters_for_normalization():
    # "Céng hßa" is TCVN3 for "Cộng hòa": bytes 0xE9 and 0xDF of the ABC font
    got, warnings = decode(b"C\xe9ng h\xdfa x\xb5 h\xe9i")
    assert got == "Céng hßa xµ héi" and "legacy" in warnings[0]


def test_heavily_damaged_utf8_with_mostly_bad_bytes_is_read_as_legacy_not_dropped():
    data = "Hà".encode() + bytes(range(0x80, 0xa0)) * 3
    text, warnings = decode(data)
    assert len(text) == len(data) and "legacy" in warnings[0]


@pytest.mark.parametrize("data, reason", [
    (bytes(range(256)) * 3, "binary"),
    (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 100, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" + bytes(500), "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "decode"),  # a lone surrogate
    (b"x" * 1001, "too-large"),
])
def test_decode_errors(data, reason):
    with pytest.raises(DecodeError) as e:
        decode(data, max_bytes=1000)
    assert str(e.value).startswith(reason + ":")


# -- inputs ---------------------------------------------------------------

def _items(path, **kw):
    return list(iter_items(str(path), **kw))


def test_folder_is_read_in_name_order_with_stem_ids(tmp_path):
    for name in ("b.txt", "a.txt", "c.md", "10.txt"):
        (tmp_path / name).write_bytes(name.encode())
    items = _items(tmp_path)
    assert [i.id for i in items] == ["10", "a", "b"]
    assert items[1].data == b"a.txt" and items[1].source == str(tmp_path / "a.txt")
    assert count_items(str(tmp_path)) == 3


def test_folder_without_txt_and_missing_path_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        _items(tmp_path)
    with pytest.raises(InputError):
        _items(tmp_path / "nope.jsonl")


def test_single_txt_file(tmp_path):
    f = tmp_path / "bài.txt"
    f.write_text(VI, encoding="utf-8")
    (item,) = _items(f)
    assert (item.id, item.data, item.error) == ("bài", VI.encode(), None)


def test_oversized_file_is_an_error_item_without_reading_it(tmp_path):
    f = tmp_path / "big.txt"
    with open(f, "wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB that cost nothing to make
    (item,) = _items(f)
    assert item.data is None and item.error.startswith("too-large: 50,000,000 bytes")


def test_jsonl_lines(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b"\n".join([
        codecs.BOM_UTF8 + '{"id": "a", "text": "Hà Nội", "published": "2023-01-02"}'.encode(),
        b"",
        b"   ",
        b'{"text": "no id"}',
        b'not json at all',
        b'["a", "list"]',
        b'{"id": "e", "title": "t"}',
        b'{"id": 7, "text": 42}',
        b'{"id": "g", "text": null}',
        b'{"id": "a", "text": "again"}',
    ]) + b"\n")
    items = _items(f)
    got = [(i.id, i.text, i.error.split(":")[0] if i.error else None) for i in items]
    assert got == [
        ("a", "Hà Nội", None),
        ("in:4", "no id", None),
        ("in:5", None, "input"),
        ("in:6", None, "input"),
        ("e", None, "input"),
        ("7", None, "input"),
        ("g", None, "input"),
        ("a", "again", None),
    ]
    assert items[0].meta == {"published": "2023-01-02"} and items[4].meta == {"title": "t"}
    assert "not JSON" in items[2].error and "no 'text'" in items[4].error and "int" in items[5].error
    assert count_items(str(f)) == 8 + 0  # blank lines do not count


def test_jsonl_text_limit_is_on_the_text_not_its_json_escapes():
    text = "ộ" * 40  # 120 UTF-8 bytes, 240 bytes as \\u escapes
    escaped = ('{"id": "x", "text": "' + "\\u1ed9" * 40 + '"}\n').encode()
    (ok,) = _iter_jsonl(io.BytesIO(escaped), "in.jsonl", max_bytes=200)
    assert ok.text == text and ok.error is None
    (big,) = _iter_jsonl(io.BytesIO(escaped), "in.jsonl", max_bytes=100)
    assert big.error.startswith("too-large")


def test_overlong_jsonl_line_is_skipped_in_chunks_and_the_next_line_read():
    data = b'{"id": "big", "text": "' + b"a" * 5000 + b'"}\n{"id": "next", "text": "sau"}\n'
    big, nxt = _iter_jsonl(io.BufferedReader(io.BytesIO(data)), "in.jsonl", max_bytes=100)
    assert big.id == "in:1" and big.error.startswith("too-large: line 1 of 5,026 bytes")
    assert (nxt.id, nxt.text) == ("next", "sau")


@pytest.mark.parametrize("data, ids", [
    (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', ["a", "b"]),
    (b'\xef\xbb\xbf  {"id": "a", "text": "x"}\n', ["a"]),
    ("Hà Nội hôm nay".encode(), ["stdin"]),
    (b"", ["stdin"]),
])
def test_stdin_is_jsonl_when_it_starts_with_a_brace_else_one_article(data, ids):
    items = list(_iter_stream(io.BufferedReader(io.BytesIO(data)), "<stdin>", 1000))
    assert [i.id for i in items] == ids


def test_stdin_article_over_the_limit():
    (item,) = _iter_stream(io.BufferedReader(io.BytesIO(b"x" * 2000)), "<stdin>", 1000)
    assert item.error.startswith("too-large")
