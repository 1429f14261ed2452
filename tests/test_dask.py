"""``--engine dask`` on a real ``LocalCluster`` with 2 workers: the same bytes as the local engine."""
from __future__ import annotations

import logging
from pathlib import Path

import orjson
import pytest

from pipeline.engines import dask as dask_engine_module
from pipeline.runner import Options, run
from runner_stages import real_stages

distributed = pytest.importorskip("distributed")

REAL = real_stages()
BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bench" / "articles.jsonl"

pytestmark = pytest.mark.slow


def _corpus(tmp_path, n: int) -> Path:
    """``n`` real articles with a few broken lines mixed in (they must stay in place)."""
    rows = []
    if BENCH.exists():
        with open(BENCH, "rb") as fh:
            for line in fh:
                rows.append(line.rstrip(b"\n"))
                if len(rows) >= n:
                    break
    else:
        rows = [orjson.dumps({"id": f"a{i}", "text": f"Ngày {i % 28 + 1}/6/2023, UBND tỉnh Hà Nam họp."})
                for i in range(n)]
    rows.insert(3, b"not json")
    rows.insert(40, b'{"id": "no-text"}')
    f = tmp_path / "in.jsonl"
    f.write_bytes(b"\n".join(rows) + b"\n")
    return f


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=logging.ERROR) as c:
        yield c


def _opts(**kw):
    return Options(progress=False, stages=REAL, **kw)


def test_dask_on_a_cluster_writes_the_local_engines_bytes(tmp_path, cluster, monkeypatch):
    monkeypatch.setattr(dask_engine_module, "BATCH_ITEMS", 7)  # many batches, odd size: order is tested
    src = _corpus(tmp_path, 80)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    s_local = run(str(src), str(local), _opts(workers=2))
    s_dask = run(str(src), str(dask), _opts(engine="dask", scheduler=cluster.scheduler_address))
    assert dask.read_bytes() == local.read_bytes()
    assert (s_dask.read, s_dask.written, s_dask.failed) == (s_local.read, s_local.written, s_local.failed) == (82, 82, 2)
    with distributed.Client(cluster.scheduler_address) as client:
        assert len(client.nthreads()) == 2


def test_dask_without_a_scheduler_starts_its_own_local_cluster(tmp_path):
    src = _corpus(tmp_path, 12)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run(str(src), str(local), _opts(engine="inline"))
    s = run(str(src), str(dask), _opts(engine="dask", workers=2))
    assert dask.read_bytes() == local.read_bytes() and s.written == 14


def test_dask_time_limit_in_worker_threads(tmp_path, cluster):
    # the stages module must be importable by the workers: they run in this machine's checkout
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    src.write_bytes(orjson.dumps({"id": "a", "text": "Hà Nội."}) + b"\n" + orjson.dumps({"id": "b", "text": "NGỦ"}) + b"\n")
    with distributed.Client(cluster.scheduler_address) as client:
        client.run(exec, f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})")
    s = run(str(src), str(out), Options(progress=False, engine="dask", scheduler=cluster.scheduler_address,
                                        timeout=0.5, stages=("segment", "runner_stages:sleepy")))
    recs = [orjson.loads(x) for x in out.read_bytes().splitlines()]
    assert recs[0]["error"] is None and recs[1]["error"].startswith("timeout: ")
    assert dict(s.reasons) == {"timeout": 1}
