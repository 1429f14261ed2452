"""The `vnfacts show` page in a real browser: headless Chromium renders it, and
the highlighted entities (``mark`` elements with their labels) must be in the
rendered DOM, in order, with no script element smuggled in by the text.

Needs the Debian package ``chromium``; skipped, with that reason, only when
it is missing and the ``CI`` environment variable is not set (in CI a missing
browser fails the test).
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyst_records import all_records, hanoi_record, le_chan_record, page_marks, page_table_rows, write_jsonl
from pipeline.cli import main

pytestmark = pytest.mark.slow


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("CI is set but no chromium is installed (apt-get install -y chromium)")
    pytest.skip("headless Chromium not installed (Debian package 'chromium'); set CI=1 to make this a failure")


def _run_chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, timeout=120, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


@pytest.fixture()
def pages(tmp_path) -> dict[str, Path]:
    facts = write_jsonl(tmp_path / "facts.jsonl", all_records())
    out = {}
    for id_ in ("haiphong_le_chan", "hanoi_giai_ngan"):
        out[id_] = tmp_path / f"{id_}.html"
        result = CliRunner().invoke(main, ["show", str(facts), "--id", id_, "-o", str(out[id_])])
        assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("id_, make", [("haiphong_le_chan", le_chan_record), ("hanoi_giai_ngan", hanoi_record)])
def test_rendered_dom_has_every_highlighted_entity(tmp_path, pages, id_, make):
    dom = _run_chromium(tmp_path, pages[id_], "--dump-dom").stdout
    record = make()
    assert page_marks(dom) == [(e["label"], e["text"]) for e in record["entities"]]
    rows = page_table_rows(dom)
    assert rows["entities-table"] == len(record["entities"])
    assert rows["dates-table"] == len(record["dates"])
    assert "<script" not in dom  # the article's "<script>" stayed text


def test_screenshot_is_a_real_picture(tmp_path, pages):
    shot = tmp_path / "page.png"
    _run_chromium(tmp_path, pages["haiphong_le_chan"], f"--screenshot={shot}", "--window-size=1200,1400",
                  "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1400)
    assert len(data) > 20_000  # text, highlights and tables, not a blank page
