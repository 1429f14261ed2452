"""The Label Studio round trip against a real server on loopback.

Label Studio lives in its own virtual environment (``scripts/label-studio-env.sh``,
``$LS_VENV``, default ``~/.cache/vnfacts/ls-venv``) so its pinned dependencies
never touch ours.  The test starts ``label-studio start`` on a free loopback
port with a throw-away data directory and a user made from environment
variables, creates a project with ``annotations/label_studio_config.xml``
through the REST API, imports the tasks ``vnfacts export`` wrote, submits an
annotator's correction through the API, exports the project as JSON and reads
it back with ``vnfacts import``.  Without the venv the test is skipped, except
under CI (``$CI`` set), where the venv is created and the test must run.

Label Studio is told not to reach the network (no version check, analytics or
error reporting).  A fresh database costs most of the start-up time (Django
migrations), so the first run keeps a migrated copy next to the venv
(``vnfacts-template/``) and later runs start from it.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate_records import facts_with_short_name, sample_record
from pipeline.cli import main

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "annotations" / "label_studio_config.xml"
LS_VENV = Path(os.environ.get("LS_VENV") or Path.home() / ".cache" / "vnfacts" / "ls-venv")
LS_BIN = LS_VENV / "bin" / "label-studio"
TEMPLATE = LS_VENV / "vnfacts-template"
USER = "annotator@vnfacts.test"
START_TIMEOUT = 240.0


def _ensure_label_studio() -> Path:
    if LS_BIN.exists():
        return LS_BIN
    if not os.environ.get("CI"):
        pytest.skip(f"Label Studio venv absent ({LS_VENV}); create it with scripts/label-studio-env.sh "
                    "(under CI this test runs and creates it)")
    subprocess.run([str(ROOT / "scripts" / "label-studio-env.sh")], check=True,
                   env={**os.environ, "LS_VENV": str(LS_VENV)})
    assert LS_BIN.exists(), f"scripts/label-studio-env.sh did not create {LS_BIN}"
    return LS_BIN


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log = data_dir / "server.log"
        self.from_template = (TEMPLATE / "label_studio.sqlite3").exists()
        if self.from_template:
            shutil.copy2(TEMPLATE / "label_studio.sqlite3", data_dir / "label_studio.sqlite3")
            self.token = (TEMPLATE / "token").read_text().strip()
        else:
            self.token = secrets.token_hex(20)
        env = {
            **os.environ,
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "LABEL_STUDIO_USERNAME": USER,
            "LABEL_STUDIO_PASSWORD": secrets.token_urlsafe(12),
            "LABEL_STUDIO_USER_TOKEN": self.token,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",  # 1.2x disable plain tokens for new organizations
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
        }
        env.pop("HOST", None)
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [str(LS_BIN), "start", "--no-browser", "--port", str(self.port),
             "--internal-host", "127.0.0.1", "--host", self.url],
            env=env, stdout=self.log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)

    def wait(self) -> float:
        deadline = self.started + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"label-studio exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        pytest.fail(f"label-studio did not answer on {self.url} within {START_TIMEOUT:.0f}s:\n{self.tail()}")

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])

    def api(self, method: str, path: str, body=None) -> bytes:
        req = urllib.request.Request(
            self.url + path, method=method, data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Token {self.token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.read()
        except urllib.error.HTTPError as e:
            raise AssertionError(f"{method} {path}: HTTP {e.code}: {e.read()[:800]!r}") from None

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the session we started: the server and its children
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def keep_as_template(self) -> None:
        """Keep the migrated database (its user and token, no project yet) for the next run."""
        if self.from_template:
            return
        tmp = TEMPLATE.with_name(TEMPLATE.name + f".{os.getpid()}")
        tmp.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(self.data_dir / "label_studio.sqlite3")
        dst = sqlite3.connect(tmp / "label_studio.sqlite3")
        try:
            src.backup(dst)  # consistent even while the server has the database open
        finally:
            src.close()
            dst.close()
        (tmp / "token").write_text(self.token)
        try:
            tmp.rename(TEMPLATE)
        except OSError:  # another run made it first
            shutil.rmtree(tmp)


@pytest.fixture()
def server(tmp_path):
    _ensure_label_studio()
    data_dir = tmp_path / "ls-data"
    data_dir.mkdir()
    srv = Server(data_dir)
    try:
        startup = srv.wait()
        srv.keep_as_template()
        print(f"label-studio answered after {startup:.1f}s ({'from template' if srv.from_template else 'fresh database'})")
        yield srv
    finally:
        srv.stop()
    bound = [line for line in srv.log.read_text(errors="replace").splitlines()
             if "Starting development server at" in line]
    assert bound and all(f"http://127.0.0.1:{srv.port}/" in line for line in bound), bound


def test_label_studio_round_trip(server, tmp_path):
    t0 = time.monotonic()
    # The pipeline's pre-annotations, with one mistake the annotator will fix:
    # the name cut short ("Trần Thu" instead of "Trần Thu Hương").
    entities = sample_record()["entities"]
    record, _, facts = facts_with_short_name(tmp_path, "Trần Thu Hương", " Hương")
    tasks_file = tmp_path / "tasks.json"
    r = CliRunner().invoke(main, ["export", str(facts), "--format", "label-studio", "-o", str(tasks_file)])
    assert r.exit_code == 0, r.output

    project = json.loads(server.api("POST", "/api/projects", {
        "title": "vnfacts correction", "label_config": CONFIG.read_text(encoding="utf-8")}))
    imported = json.loads(server.api("POST", f"/api/projects/{project['id']}/import",
                                     json.loads(tasks_file.read_bytes())))
    assert imported["task_count"] == 1 and imported["prediction_count"] == 1

    (task,) = json.loads(server.api("GET", f"/api/tasks?project={project['id']}"))["tasks"]
    assert task["data"]["doc_id"] == record["id"] and task["data"]["text"] == record["text"]
    # The annotator starts from the prediction and extends the short name.
    (prediction,) = json.loads(server.api("GET", f"/api/predictions?task={task['id']}"))
    result = prediction["result"]
    region = next(x for x in result if x["value"]["text"] == "Trần Thu")
    region["value"]["end"] += len(" Hương")
    region["value"]["text"] = "Trần Thu Hương"
    server.api("POST", f"/api/tasks/{task['id']}/annotations", {"result": result, "was_cancelled": False})

    export = tmp_path / "export.json"
    export.write_bytes(server.api("GET", f"/api/projects/{project['id']}/export?exportType=JSON"))
    gold_file = tmp_path / "gold.jsonl"
    lexicon = tmp_path / "lexicon.tsv"
    r = CliRunner().invoke(main, ["import", str(export), "--format", "label-studio", "-o", str(gold_file),
                                  "--lexicon-out", str(lexicon)])
    assert r.exit_code == 0, r.output
    (gold,) = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
    assert gold["id"] == record["id"] and gold["text"] == record["text"]
    # exactly the pipeline's entities, with the corrected one
    assert gold["entities"] == [{k: e[k] for k in ("label", "text", "start", "end")} for e in entities]
    assert "Trần Thu Hương\tPERSON" in lexicon.read_text(encoding="utf-8").splitlines()
    print(f"project, import, annotation, export and vnfacts import took {time.monotonic() - t0:.1f}s")
