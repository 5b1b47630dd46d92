"""Crash safety and concurrency with real processes: a run killed with SIGKILL at any point
leaves the published warehouse exactly as it was, and the next run repairs everything; two
runs at once never both write.

Runs are real subprocesses (``python -c "from flows.ingest import ingest; ..."`` and
``python -m newsroom.cli run``) talking to the session's Prefect test server, so they skip
the ~20 s start of an ephemeral server. Kill points are found by watching the file system
(no test hooks in product code):

* discovery: the run has a 256 MB (sparse) article file open for hashing (/proc/<pid>/fd);
* load:      the working copy's WAL holds the text of the first of several batches (one file
             per batch, NEWS_BATCH_SIZE=1): that transaction committed, the later ones had not;
* dbt:       dbt's log shows it building the marts in the working copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from filelock import FileLock

from flows.ingest import ingest
from tests.warehouse_fingerprints import fingerprints

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

SUBPROCESS_TIMEOUT = 120
CORRECTION = "The ministry later issued a correction to the figures it had given on Thursday."


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def api_env(prefect_harness):
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWS_", "PYTEST_"))}
    env.update(
        PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_SERVER_ANALYTICS_ENABLED="false", NEWS_WORKERS="1"
    )
    return env


def start_run(env: dict, raw: Path, warehouse: Path, cwd: Path, **extra_env) -> subprocess.Popen:
    code = f"from flows.ingest import ingest; ingest(raw_dir={str(raw)!r}, warehouse_path={str(warehouse)!r})"
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env={**env, **extra_env},
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def kill_when(proc: subprocess.Popen, evidence, what: str) -> None:
    """SIGKILL the run's whole process group as soon as ``evidence()`` is true."""
    deadline = time.monotonic() + SUBPROCESS_TIMEOUT
    try:
        while not evidence():
            if proc.poll() is not None:
                pytest.fail(
                    f"the run ended (exit {proc.returncode}) before {what}:\n{proc.stderr.read().decode()[-3000:]}"
                )
            if time.monotonic() > deadline:
                pytest.fail(f"no sign of {what} within {SUBPROCESS_TIMEOUT} s")
            time.sleep(0.01)  # polling interval, not a wait for something to happen
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"run was not killed during {what} (exit {proc.returncode})"


def has_open(pid: int, path: Path) -> bool:
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == str(path) for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:  # the process or one of its descriptors went away while we looked
        return False


def wal_contains(wal: Path, marker: str):
    def check() -> bool:
        try:
            return marker.encode() in wal.read_bytes()
        except FileNotFoundError:
            return False

    return check


def log_grew_with(log: Path, start: int, marker: str):
    def check() -> bool:
        if not log.exists():
            return False
        with open(log, "rb") as handle:
            handle.seek(start if log.stat().st_size >= start else 0)
            return marker.encode() in handle.read()

    return check


def make_inputs(raw: Path, samples: Path) -> None:
    shutil.copytree(samples, raw)
    (raw / "broken.json").write_text('{"title": "x", ', encoding="utf-8")


def change_inputs(raw: Path) -> None:
    """A second day's drop: one article edited, one removed, a duplicate story, a feed with two."""
    names = sorted(p.name for p in raw.glob("0*.txt"))
    edited = raw / names[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\n" + CORRECTION, encoding="utf-8")
    (raw / names[4]).unlink()
    shutil.copyfile(raw / names[0], raw / "zz-syndicated-copy.txt")
    (raw / "feed.jsonl").write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "title": "Council approves budget",
                    "published": "2024-05-02",
                    "source": "Example Gazette",
                    "text": "The city council approved the budget on Tuesday after a long debate.\n\n"
                    "“This is a fair budget,” the mayor said, adding that schools would get more money.",
                },
                {
                    "title": "Bridge reopens",
                    "published": "2024-05-03",
                    "source": "Example Gazette",
                    "text": "The old river bridge reopened to traffic on Wednesday after two years of repairs, "
                    "the transport department said.",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )


def test_sigkill_in_discovery_load_and_dbt_leaves_published_warehouse_intact(api_env, tmp_path):
    samples = Path(__file__).resolve().parents[2] / "raw"
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "news.duckdb"
    building = warehouse.with_name(warehouse.name + ".building")
    make_inputs(raw, samples)

    # 0. The very first run dies while loading: nothing is published, rather than half a warehouse.
    proc = start_run(api_env, raw, warehouse, tmp_path, NEWS_BATCH_SIZE="1")
    wal = building.with_name(building.name + ".wal")
    first_file = raw / sorted(p.name for p in raw.glob("0*.txt"))[0]
    paragraph = max(first_file.read_text(encoding="utf-8").splitlines(), key=len)
    kill_when(proc, wal_contains(wal, paragraph[-40:]), "the first batch commit of the first run")
    assert not warehouse.exists()

    # 1. A normal run (in-process) recovers from the leftover working copy and publishes day one.
    ingest(raw_dir=str(raw), warehouse_path=str(warehouse))
    published = (file_digest(warehouse), fingerprints(warehouse))
    assert published[1]["articles"][0] == 5 and published[1]["rejected_files"][0] == 1

    change_inputs(raw)

    # 2. Killed while discovery hashes a big file.
    big = raw / "zzz-huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(256 * 1024 * 1024)
    proc = start_run(api_env, raw, warehouse, tmp_path)
    kill_when(proc, lambda: has_open(proc.pid, big), "discovery hashing the big file")
    assert (file_digest(warehouse), fingerprints(warehouse)) == published
    big.unlink()

    # 3. Killed between batch transactions of the load (one file per batch).
    proc = start_run(api_env, raw, warehouse, tmp_path, NEWS_BATCH_SIZE="1")
    kill_when(
        proc, wal_contains(wal, CORRECTION), "the first batch commit (the edited file; two batches to go)"
    )
    assert building.exists()
    assert (file_digest(warehouse), fingerprints(warehouse)) == published

    # 4. Killed while dbt builds the marts in the working copy.
    log = warehouse.with_name(warehouse.name + ".dbt") / "logs" / "dbt.log"
    start = log.stat().st_size
    proc = start_run(api_env, raw, warehouse, tmp_path)
    kill_when(proc, log_grew_with(log, start, "START sql table model main."), "dbt building the marts")
    assert (file_digest(warehouse), fingerprints(warehouse)) == published

    # 5. The next normal run repairs everything: same state as one clean run on the same input.
    ingest(raw_dir=str(raw), warehouse_path=str(warehouse))
    recovered = fingerprints(warehouse)
    reference_warehouse = tmp_path / "reference" / "news.duckdb"
    ingest(raw_dir=str(raw), warehouse_path=str(reference_warehouse))
    assert recovered == fingerprints(reference_warehouse)
    assert recovered != published[1]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from main.articles where is_duplicate").fetchone()[0] == 1
        assert (
            con.execute("select count(*), count(distinct article_id) from main.articles").fetchone()[0] == 7
        )
    finally:
        con.close()


def test_two_runs_at_once_one_waits_out_with_exit_75_and_changes_nothing(api_env, tmp_path, sample_raw_dir):
    warehouse = tmp_path / "wh" / "news.duckdb"
    env = {**api_env, "NEWS_RAW_DIR": str(sample_raw_dir), "NEWS_WAREHOUSE": str(warehouse)}
    command = [sys.executable, "-m", "newsroom.cli", "run"]

    # Deterministic: while a run holds the lock, another exits 75 at once without touching anything.
    warehouse.parent.mkdir(parents=True)
    with FileLock(warehouse.with_name(warehouse.name + ".lock")):
        blocked = subprocess.run(
            command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT
        )
    assert blocked.returncode == 75, blocked.stderr[-3000:]
    assert "another ingestion run holds" in blocked.stderr and "lock" in blocked.stderr
    assert sorted(p.name for p in warehouse.parent.iterdir()) == ["news.duckdb.lock"]

    # Racing for real: two runs started together; exactly one publishes, the other exits 75.
    procs = [
        subprocess.Popen(
            command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=SUBPROCESS_TIMEOUT)
        results.append((proc.returncode, out, err))
    assert sorted(code for code, _, _ in results) == [0, 75], [(c, e[-2000:]) for c, _, e in results]
    loser = next(err for code, _, err in results if code == 75)
    assert "another ingestion run holds" in loser and "this run changed nothing" in loser

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from landing.run_log").fetchone()[0] == 1
        assert con.execute("select count(*), count(distinct article_id) from main.articles").fetchone() == (
            5,
            5,
        )
    finally:
        con.close()
    assert not warehouse.with_name(warehouse.name + ".building").exists()
