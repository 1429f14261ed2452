"""The batch runner in process: one line per article in input order, error records,
time limits, dead workers, --strict, --limit, --resume and the summary."""
from __future__ import annotations

import threading

import orjson
import pytest

from pipeline.io import Item
from pipeline.runner import LineWriter, Options, Summary, process_item, read_done_ids, run
from runner_stages import real_stages

REAL = real_stages()
SEG = ("segment",)

ARTICLES = [
    ("a1", "Ông Nguyễn Văn Đông, Chủ tịch UBND tỉnh Hà Nam, ký Quyết định số 12/QĐ-UBND ngày 3/6/2013."),
    ("a2", "Sáng 5/6, Sở Y tế TP.HCM cho biết 143 ca mắc mới."),
    ("a3", ""),
    ("a4", "Bà Lê Thị Hoa nói: “Chúng tôi đã hỗ trợ 25 hộ dân”."),
]


def _jsonl(path, rows):
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def _lines(path):
    return [orjson.loads(x) for x in path.read_bytes().splitlines()]


def _opts(**kw):
    kw.setdefault("progress", False)
    kw.setdefault("stages", REAL)
    return Options(**kw)


@pytest.fixture()
def corpus(tmp_path):
    return _jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in ARTICLES])


# -- one article ------------------------------------------------------------

def test_process_item_makes_one_record_line():
    r = process_item(Item("x", "src", text=ARTICLES[0][1]), stages=REAL)
    rec = orjson.loads(r.line)
    assert r.line.endswith(b"\n") and r.line.count(b"\n") == 1
    assert (rec["id"], rec["source"], rec["error"], r.error) == ("x", "src", None, None)
    assert rec["sentences"]


@pytest.mark.parametrize("item, reason, message", [
    (Item("e", None, error="input: line 3 is not JSON"), "input", "input: line 3 is not JSON"),
    (Item("b", None, data=bytes(range(32)) * 20), "binary", "binary: "),
    (Item("big", None, data=b"x" * 2000), "too-large", "too-large: 2,000 bytes"),
    (Item("bug", None, text="Trang này LỖI rồi."), "bug", "bug: ValueError: a stage failed on purpose"),
    (Item("slow", None, text="Bài này NGỦ mãi."), "timeout", "timeout: the article took longer than 0.3 s"),
])
def test_process_item_turns_failures_into_error_records(item, reason, message):
    r = process_item(item, timeout=0.3, max_bytes=1000, stages=SEG + ("runner_stages:boom", "runner_stages:sleepy"))
    rec = orjson.loads(r.line)
    assert r.reason == reason and rec["error"].startswith(message) and rec["id"] == item.id
    assert rec["text"] == "" and rec["entities"] == [] and rec["sentences"] == []


def test_loading_the_stages_is_not_counted_against_the_first_article():
    """A process's first article loads the pipeline; a stage that takes 0.5 s to load
    (here its import sleeps) must not turn a 0.3 s time limit into a timeout record."""
    r = process_item(Item("first", None, text="Ông Nguyễn Văn Đông về Hà Nam."), timeout=0.3,
                     stages=SEG + ("runner_slow_import:noop",))
    assert r.error is None, r.error
    assert orjson.loads(r.line)["sentences"]


def test_empty_article_is_a_record_with_a_warning():
    rec = orjson.loads(process_item(Item("e", None, data=b"  \n "), stages=REAL).line)
    assert rec["error"] is None and rec["entities"] == [] and any(w.startswith("empty") for w in rec["warnings"])


def test_time_limit_also_works_in_a_worker_thread():
    # Dask runs articles in worker threads, where there is no alarm signal
    out = {}
    stages = SEG + ("runner_stages:sleepy",)

    def work():
        out["slow"] = process_item(Item("s", None, text="NGỦ"), timeout=0.3, stages=stages)
        out["fast"] = process_item(Item("f", None, text="Hà Nội."), timeout=0.3, stages=stages)

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert out["slow"].reason == "timeout" and out["fast"].error is None


# -- whole runs ---------------------------------------------------------------

@pytest.mark.parametrize("engine, workers", [("inline", 1), ("local", 1), ("local", 2)])
def test_run_keeps_input_order_one_line_each(tmp_path, corpus, engine, workers):
    out = tmp_path / "out.jsonl"
    s = run(str(corpus), str(out), _opts(engine=engine, workers=workers))
    assert [r["id"] for r in _lines(out)] == [i for i, _ in ARTICLES]
    assert (s.read, s.written, s.failed, s.skipped) == (4, 4, 0, 0)


def test_engines_and_worker_counts_write_the_same_bytes(tmp_path, corpus):
    outs = []
    for engine, workers in (("inline", 1), ("local", 1), ("local", 2)):
        out = tmp_path / f"{engine}{workers}.jsonl"
        run(str(corpus), str(out), _opts(engine=engine, workers=workers))
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]


def test_dead_worker_and_runaway_article_become_error_records_and_the_run_goes_on(tmp_path):
    rows = [{"id": f"ok{i}", "text": f"Bài số {i} ở Hà Nội."} for i in range(6)]
    rows[1] = {"id": "dies", "text": "Tiến trình CHẾT ở đây."}
    rows[4] = {"id": "spins", "text": "Vòng lặp XOAY mãi."}
    src = _jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    s = run(str(src), str(out), _opts(workers=2, timeout=0.5, grace=0.5,
                                       stages=SEG + ("runner_stages:crash", "runner_stages:spin")))
    recs = _lines(out)
    assert [r["id"] for r in recs] == [r["id"] for r in rows]
    assert recs[1]["error"].startswith("worker: ")
    assert recs[4]["error"].startswith("timeout: ") and "worker was stopped" in recs[4]["error"]
    assert [r["error"] for i, r in enumerate(recs) if i not in (1, 4)] == [None] * 4
    assert (s.failed, dict(s.reasons)) == (2, {"worker": 1, "timeout": 1})


def test_strict_stops_at_the_first_error(tmp_path):
    rows = [{"id": "a", "text": "Hà Nội."}, {"id": "b"}, {"id": "c", "text": "Huế."}]
    out = tmp_path / "out.jsonl"
    s = run(str(_jsonl(tmp_path / "in.jsonl", rows)), str(out), _opts(engine="inline", strict=True))
    assert [r["id"] for r in _lines(out)] == ["a", "b"]
    assert s.failed == 1 and s.interrupted is None


def test_limit_reads_the_first_n(tmp_path, corpus):
    out = tmp_path / "out.jsonl"
    s = run(str(corpus), str(out), _opts(engine="inline", limit=2))
    assert [r["id"] for r in _lines(out)] == ["a1", "a2"] and s.read == 2


def test_resume_appends_only_what_is_missing_and_cuts_a_torn_line(tmp_path, corpus):
    full = tmp_path / "full.jsonl"
    run(str(corpus), str(full), _opts(engine="inline"))
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(lines[0] + lines[1][: len(lines[1]) // 2])  # killed in the middle of line 2
    s = run(str(corpus), str(out), _opts(engine="inline", resume=True))
    assert out.read_bytes() == full.read_bytes()
    assert (s.skipped, s.written) == (1, 3)


def test_resume_with_duplicate_ids_counts_each_occurrence(tmp_path):
    rows = [{"id": "d", "text": "Một."}, {"id": "d", "text": "Hai."}, {"id": "e", "text": "Ba."}]
    src = _jsonl(tmp_path / "in.jsonl", rows)
    full = tmp_path / "full.jsonl"
    s = run(str(src), str(full), _opts(engine="inline"))
    assert s.duplicate_ids == 1 and "1 duplicate ids" in s.line()
    assert [r["text"] for r in _lines(full)] == ["Một.", "Hai.", "Ba."]
    out = tmp_path / "out.jsonl"
    out.write_bytes(full.read_bytes().splitlines(keepends=True)[0])
    run(str(src), str(out), _opts(engine="inline", resume=True))
    assert out.read_bytes() == full.read_bytes()


def test_read_done_ids_stops_at_a_damaged_line(tmp_path):
    f = tmp_path / "out.jsonl"
    f.write_bytes(b'{"id":"a"}\n{"id":"b"}\n{"id": broken\n{"id":"c"}\n')
    assert read_done_ids(str(f)) == {"a": 1, "b": 1}
    assert f.read_bytes() == b'{"id":"a"}\n{"id":"b"}\n'


def test_line_writer_writes_whole_lines_only_on_flush(tmp_path):
    f = tmp_path / "o"
    with open(f, "wb") as fh:
        w = LineWriter(fh, every=3600)
        w.write(b'{"id":"a"}\n')
        assert f.read_bytes() == b""
        for i in range(511):
            w.write(b'{"id":"b"}\n')
        assert f.read_bytes().count(b"\n") == 512  # a full batch is written at once
        w.write(b'{"id":"c"}\n')
        w.flush()
    assert f.read_bytes().endswith(b'{"id":"c"}\n')


@pytest.mark.parametrize("summary, text", [
    (Summary(read=5, written=5, seconds=2.0), "vnfacts: 5 read, 5 written, 0 failed in 2.0 s (2.5 articles/s)"),
    (Summary(read=4, written=3, failed=2, reasons={"timeout": 1, "binary": 1}, seconds=1.0, interrupted="SIGTERM"),
     "vnfacts: 4 read, 3 written, 2 failed (binary: 1, timeout: 1) in 1.0 s (3.0 articles/s); "
     "interrupted by SIGTERM, run again with --resume to finish"),
    (Summary(read=6, skipped=2, written=4, seconds=1.0),
     "vnfacts: 6 read, 2 skipped (already in output), 4 written, 0 failed in 1.0 s (4.0 articles/s)"),
])
def test_summary_line(summary, text):
    assert summary.line() == text


@pytest.mark.parametrize("stop_at, interrupted, written", [
    (1, "SIGTERM", 2),  # the article being worked on is finished and written, the rest is left for --resume
    (3, None, 4),  # a signal during the last article: the run is complete, not interrupted
])
def test_sigterm_finishes_the_current_article_then_stops(tmp_path, stop_at, interrupted, written):
    rows = [{"id": f"a{i}", "text": f"Bài {i} ở Hà Nội." + (" DỪNG" if i == stop_at else "")} for i in range(4)]
    src = _jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    opts = _opts(engine="inline", stages=SEG + ("runner_stages:stop_here",))
    s = run(str(src), str(out), opts)
    assert (s.interrupted, s.written) == (interrupted, written)
    assert [r["id"] for r in _lines(out)] == [f"a{i}" for i in range(written)]
    s = run(str(src), str(out), _opts(engine="inline", stages=SEG, resume=True))
    assert [r["id"] for r in _lines(out)] == [f"a{i}" for i in range(4)] and s.interrupted is None


@pytest.mark.parametrize("texts, max_items, max_bytes, sizes", [
    (["Hà Nội."] * 5, 2, 10_000, [2, 2, 1]),               # by count
    (["Hà Nội." * 10, "Huế.", "Đà Nẵng." * 20], 16, 60, [1, 2]),  # by size: 70 chars close a batch
    ([], 16, 10_000, []),
])
def test_batches_cut_the_stream_by_count_and_size_in_order(texts, max_items, max_bytes, sizes):
    from pipeline.runner import batches
    items = [Item(f"a{i}", None, text=t) for i, t in enumerate(texts)]
    got = list(batches(iter(items), max_items, max_bytes))
    assert [len(b) for b in got] == sizes
    assert [i.id for b in got for i in b] == [i.id for i in items]


def test_a_crash_inside_a_batch_costs_only_the_article_at_fault(tmp_path):
    """30 articles travel in batches; the one that kills its worker is found by running
    its batch again one article per task, and the others keep their records."""
    from pipeline.runner import LOCAL_BATCH_ITEMS
    rows = [{"id": f"ok{i}", "text": f"Bài số {i} ở Hà Nội."} for i in range(30)]
    rows[LOCAL_BATCH_ITEMS + 3] = {"id": "dies", "text": "Tiến trình CHẾT ở đây."}
    src = _jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    s = run(str(src), str(out), _opts(workers=2, stages=SEG + ("runner_stages:crash",)))
    recs = _lines(out)
    assert [r["id"] for r in recs] == [r["id"] for r in rows]
    assert [r["id"] for r in recs if r["error"]] == ["dies"] and recs[LOCAL_BATCH_ITEMS + 3]["error"].startswith("worker: ")
    assert all(r["sentences"] for r in recs if not r["error"])
    assert (s.written, s.failed) == (30, 1)


def test_loaded_tables_are_frozen_out_of_the_collector_and_the_pipeline_still_runs(tmp_path):
    """After ``_pipeline`` the lexicons sit in the permanent generation: no collection walks them
    again and forked workers do not copy their pages; the youngest generation is collected every
    50,000 allocations, not every 700.  Run in a fresh interpreter, where nothing
    else has loaded the pipeline yet."""
    import subprocess
    import sys
    code = (
        "import gc, orjson\n"
        "from pipeline.entities import lexicon\n"
        "from pipeline.io import Item\n"
        "from pipeline.runner import _pipeline, process_item\n"
        "assert gc.get_freeze_count() == 0\n"
        "_pipeline()\n"
        "table = lexicon.places()\n"
        "assert gc.is_tracked(table) and gc.get_freeze_count() > 10000, gc.get_freeze_count()\n"
        "assert not any(o is table for o in gc.get_objects())\n"
        "assert gc.get_threshold()[0] == 50_000, gc.get_threshold()\n"
        "rec = orjson.loads(process_item(Item('a', 'src', text='Ông Nguyễn Văn Đông về thăm tỉnh Hà Nam.')).line)\n"
        "print(sorted((e['label'], e['text']) for e in rec['entities']))\n"
    )
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[('LOCATION', 'tỉnh Hà Nam'), ('PERSON', 'Nguyễn Văn Đông')]"
