"""``vnfacts extract`` end to end, as a user runs it: a real subprocess per case."""
from __future__ import annotations

import subprocess
import sys

import orjson
import pytest

from runner_stages import ROOT, cli_env, real_stages

REAL = real_stages()
STAGE_ARGS = [] if REAL is None else ["--stages", ",".join(REAL)]

ARTICLES = {
    "a": "Ông Nguyễn Văn Đông, Chủ tịch UBND tỉnh Hà Nam, ký Quyết định số 12/QĐ-UBND ngày 3/6/2013.",
    "b": "Sáng 5/6, Sở Y tế TP.HCM cho biết 143 ca mắc mới.",
    "c": "Bà Lê Thị Hoa nói: “Chúng tôi đã hỗ trợ 25 hộ dân”.",
}


def vnfacts(*args, input: bytes | None = None, extra=STAGE_ARGS) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", *map(str, args), *extra],
                          input=input, capture_output=True, cwd=ROOT, env=cli_env(), timeout=120)


def records(data: bytes) -> list[dict]:
    assert data == b"" or data.endswith(b"\n")
    return [orjson.loads(x) for x in data.splitlines()]


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for k, v in ARTICLES.items():
        (d / f"{k}.txt").write_text(v, encoding="utf-8")
    return d


@pytest.fixture()
def jsonl(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b"".join(orjson.dumps({"id": k, "text": v, "author": "PV"}) + b"\n" for k, v in ARTICLES.items()))
    return f


def test_folder_of_txt(tmp_path, folder):
    p = vnfacts(folder, "-o", tmp_path / "out.jsonl", "-w", "2")
    assert p.returncode == 0, p.stderr
    recs = records((tmp_path / "out.jsonl").read_bytes())
    assert [r["id"] for r in recs] == ["a", "b", "c"]
    assert recs[0]["source"] == str(folder / "a.txt")
    assert p.stderr.decode().startswith("vnfacts: 3 read, 3 written, 0 failed in ")


def test_one_txt_file_to_stdout(folder):
    p = vnfacts(folder / "b.txt", "-o", "-", "-q")
    assert p.returncode == 0 and p.stderr == b""
    (rec,) = records(p.stdout)
    assert rec["id"] == "b" and rec["error"] is None and "143" in rec["text"]


def test_jsonl_keeps_order_and_carries_meta(tmp_path, jsonl):
    p = vnfacts(jsonl, "-o", "-", "-q", "-w", "2")
    recs = records(p.stdout)
    assert [r["id"] for r in recs] == ["a", "b", "c"] and recs[2]["meta"]["author"] == "PV"


@pytest.mark.parametrize("data, ids", [
    ("Hà Nội, ngày 5/6/2023.".encode(), ["stdin"]),
    (b'{"id": "x", "text": "Hu\xe1\xba\xbf."}\n{"id": "y", "text": "\xc4\x90\xc3\xa0 N\xe1\xba\xb5ng."}\n', ["x", "y"]),
])
def test_stdin_text_or_jsonl(data, ids):
    p = vnfacts("-", "-o", "-", "-q", input=data)
    assert p.returncode == 0, p.stderr
    assert [r["id"] for r in records(p.stdout)] == ids


def test_error_records_exit_status_and_reasons_in_the_summary(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "ok", "text": "H\xc3\xa0 N\xe1\xbb\x99i."}\nnot json\n{"id": "nt"}\n{"id": "n", "text": 3}\n')
    p = vnfacts(src, "-o", tmp_path / "out.jsonl", "-q")
    assert p.returncode == 1
    recs = records((tmp_path / "out.jsonl").read_bytes())
    assert [(r["id"], r["error"] is None) for r in recs] == [("ok", True), ("in:2", False), ("nt", False), ("n", False)]
    assert "4 read, 4 written, 3 failed (input: 3)" in p.stderr.decode()  # -q still reports failures


def test_strict_stops_at_the_first_failure(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b"}\n{"id": "c", "text": "y"}\n')
    p = vnfacts(src, "-o", tmp_path / "out.jsonl", "--strict", "-w", "1")
    assert p.returncode == 1
    assert [r["id"] for r in records((tmp_path / "out.jsonl").read_bytes())] == ["a", "b"]
    assert "stopping at the first error (--strict): b: input:" in p.stderr.decode()


def test_limit(tmp_path, jsonl):
    p = vnfacts(jsonl, "-o", "-", "-q", "--limit", "2")
    assert [r["id"] for r in records(p.stdout)] == ["a", "b"]


def test_resume_appends_the_rest(tmp_path, jsonl):
    out = tmp_path / "out.jsonl"
    full = vnfacts(jsonl, "-o", "-", "-q").stdout
    first = full.splitlines(keepends=True)[0]
    out.write_bytes(first + b'{"id": "b", "sch')  # a torn second line
    p = vnfacts(jsonl, "-o", out, "--resume")
    assert p.returncode == 0
    assert out.read_bytes() == full
    assert "3 read, 1 skipped (already in output), 2 written" in p.stderr.decode()


def test_without_resume_the_output_is_replaced(tmp_path, jsonl):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old junk\n")
    vnfacts(jsonl, "-o", out, "-q")
    assert [r["id"] for r in records(out.read_bytes())] == ["a", "b", "c"]


@pytest.mark.parametrize("args, message", [
    (["nope.jsonl", "-o", "-"], "no such file or folder"),
    (["corpus", "-o", "-", "--resume"], "--resume needs an output file"),
    (["corpus", "-o", "-", "--stages", "segment,nonsense"], "unknown stage 'nonsense'"),
    (["corpus", "-o", "-", "--workers", "-1"], "Invalid value"),
])
def test_usage_errors_exit_2(args, message):
    p = vnfacts(*args, extra=[])
    assert p.returncode == 2 and message in p.stderr.decode()


def test_empty_folder_is_a_usage_error(tmp_path):
    p = vnfacts(tmp_path, "-o", "-")
    assert p.returncode == 2 and "no .txt files" in p.stderr.decode()
