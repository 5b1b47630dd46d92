"""``newsroom run`` as a new user meets it: a fresh PREFECT_HOME on a busy machine, SIGTERM from a
scheduler, a run that finds the lock taken, a hung run, a missing folder, a bad setting.

The first two start Prefect's temporary server themselves (no PREFECT_API_URL), as ``make run``
does; the others report to the session's test server, which spares them that start.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from filelock import FileLock

# One group with the other real runs: the busy-machine test's two CPU burners must not starve the
# crash tests' subprocess timeouts on the other xdist worker.
pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

RUN_TIMEOUT = 900  # a fresh Prefect database on two saturated cores, then a whole run
COMMAND = [sys.executable, "-m", "newsroom.cli", "run"]
ERROR_LINE = re.compile(r"\|\s*(ERROR|CRITICAL)\s*\|")  # a log record's level, not dbt's "ERROR=0"


@pytest.fixture(scope="module")
def api_url(prefect_harness) -> str:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value()


def user_env(tmp_path: Path, raw: Path, **extra: str) -> dict:
    """A new user's environment: no Prefect or newsroom settings, an empty PREFECT_HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWS_", "PYTEST_"))}
    home = tmp_path / "prefect-home"
    home.mkdir(exist_ok=True)
    env.update(
        PREFECT_HOME=str(home), NEWS_RAW_DIR=str(raw), NEWS_WAREHOUSE=str(tmp_path / "wh" / "news.duckdb")
    )
    env.update(extra)
    return env


@contextmanager
def both_cores_busy():
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def session_members(session_id: int) -> list[str]:
    """Command lines of the live processes in a session (orphans keep theirs when re-parented)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.getsid(int(entry)) != session_id:
                continue
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state != "Z":
                members.append(Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except (OSError, ProcessLookupError):
            continue
    return members


def test_first_run_on_a_fresh_prefect_home_with_both_cores_busy(tmp_path, sample_raw_dir):
    env = user_env(tmp_path, sample_raw_dir)
    with both_cores_busy():
        run = subprocess.run(
            COMMAND, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT
        )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    assert "5 new" in run.stdout
    # A healthy run says nothing alarming: no ERROR line (telemetry, sqlite locks) and no traceback.
    assert not ERROR_LINE.search(output) and "Traceback" not in output, output[-4000:]
    con = duckdb.connect(env["NEWS_WAREHOUSE"], read_only=True)
    try:
        assert con.execute("select count(*) from articles").fetchone()[0] == 5
    finally:
        con.close()


def test_sigterm_stops_the_run_cleanly(tmp_path, sample_raw_dir):
    env = user_env(tmp_path, sample_raw_dir)
    warehouse = Path(env["NEWS_WAREHOUSE"])
    proc = subprocess.Popen(
        COMMAND,
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + RUN_TIMEOUT
    while not any("Discovered 5 files" in line for line in lines):
        assert proc.poll() is None, "".join(lines)[-4000:]
        assert time.monotonic() < deadline, "the flow never started"
        time.sleep(0.05)  # polling interval
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(timeout=120) == 128 + signal.SIGTERM, "".join(lines)[-4000:]
    reader.join(timeout=10)

    # Nothing of the run outlives it: not the temporary Prefect server, not a worker, not dbt.
    deadline = time.monotonic() + 10
    while (left := session_members(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)  # the server is given a moment to exit after SIGTERM
    assert left == []
    with FileLock(warehouse.with_name(warehouse.name + ".lock"), timeout=0):
        pass  # released
    assert not warehouse.exists(), "a stopped first run published something"
    assert "Traceback" not in "".join(lines)


def test_a_run_that_finds_the_lock_taken_is_cancelled_with_one_line(api_url, tmp_path, sample_raw_dir):
    env = user_env(tmp_path, sample_raw_dir, PREFECT_API_URL=api_url)
    warehouse = Path(env["NEWS_WAREHOUSE"])
    warehouse.parent.mkdir(parents=True)
    with FileLock(warehouse.with_name(warehouse.name + ".lock")):
        run = subprocess.run(
            COMMAND, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT
        )
    assert run.returncode == 75
    assert not ERROR_LINE.search(run.stderr) and "Traceback" not in run.stderr, run.stderr[-4000:]
    assert "Finished in state Cancelled(" in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("newsroom: another ingestion run holds")


def test_a_hung_run_times_out_releases_the_lock_and_records_why(api_url, tmp_path, sample_raw_dir):
    # Hashing a 64 GB sparse file takes far longer than the 3 s the run is given.
    with open(sample_raw_dir / "huge.txt", "wb") as handle:
        handle.truncate(64 << 30)
    env = user_env(tmp_path, sample_raw_dir, NEWS_RUN_TIMEOUT="3", PREFECT_API_URL=api_url)
    warehouse = Path(env["NEWS_WAREHOUSE"])
    started = time.monotonic()
    run = subprocess.run(COMMAND, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert run.returncode == 1, run.stderr[-4000:]
    assert "TimedOut" in run.stderr.strip().splitlines()[-1]
    assert time.monotonic() - started < 300
    with FileLock(warehouse.with_name(warehouse.name + ".lock"), timeout=0):
        pass
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select status, message from landing.run_log").fetchall() == [
            ("failed", "stopped: cancelled, or NEWS_RUN_TIMEOUT (3 s) reached")
        ]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"NEWS_RAW_DIR": "no-such-folder"}, "raw folder"),
        ({"NEWS_BATCH_SIZE": "abc"}, "NEWS_BATCH_SIZE='abc' is not a whole number"),
        ({"NEWS_WORKERS": "0"}, "NEWS_WORKERS='0' must be at least 1"),
    ],
)
def test_a_bad_setting_is_one_clear_line_at_once(tmp_path, sample_raw_dir, setting, message):
    env = user_env(tmp_path, sample_raw_dir, **setting)
    run = subprocess.run(COMMAND, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 64
    assert run.stderr.count("\n") == 1 and message in run.stderr, run.stderr
    assert not (tmp_path / "prefect-home" / "prefect.db").exists(), "started Prefect for nothing"


def test_external_dask_workers_report_to_the_runs_api_and_leave_nothing_behind(tmp_path, sample_raw_dir):
    """Workers started by hand (as the README says) with no Prefect settings of their own."""
    worker_env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWS_", "PYTEST_"))}
    worker_env.update(PREFECT_HOME=str(tmp_path / "worker-prefect-home"), PYTHONPATH=str(Path.cwd()))
    dask = str(Path(sys.executable).with_name("dask"))
    scheduler_file = tmp_path / "scheduler.json"
    commands = [
        [
            dask,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(scheduler_file),
        ],
        [
            dask,
            "worker",
            "--scheduler-file",
            str(scheduler_file),
            "--nworkers",
            "2",
            "--nthreads",
            "1",
            "--no-dashboard",
        ],
    ]
    cluster = [
        subprocess.Popen(
            command,
            env=worker_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for command in commands
    ]
    env = user_env(tmp_path, sample_raw_dir)
    try:
        deadline = time.monotonic() + 120
        while not scheduler_file.exists():
            assert time.monotonic() < deadline, "the Dask scheduler did not start"
            time.sleep(0.1)  # polling interval
        env["NEWS_DASK_ADDRESS"] = json.loads(scheduler_file.read_text())["address"]
        run = subprocess.run(
            COMMAND, env=env, cwd=Path.cwd(), capture_output=True, text=True, timeout=RUN_TIMEOUT
        )
        assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
        servers = [cmd for proc in cluster for cmd in session_members(proc.pid) if "prefect.server" in cmd]
        assert servers == [], "a Dask worker started a Prefect server of its own"
    finally:
        for proc in reversed(cluster):
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)
    # The chunks' task runs are in the run's own Prefect database; the workers made none.
    with sqlite3.connect(Path(env["PREFECT_HOME"]) / "prefect.db") as db:
        assert db.execute("select count(*) from task_run where name like 'extract-chunk%'").fetchone()[0] > 0
    assert not (tmp_path / "worker-prefect-home" / "prefect.db").exists()
    deadline = time.monotonic() + 30
    while (
        left := [cmd for proc in cluster for cmd in session_members(proc.pid)]
    ) and time.monotonic() < deadline:
        time.sleep(0.1)  # workers are given a moment to exit after SIGTERM
    assert left == []


def test_a_run_with_nothing_new_says_so_in_one_line_without_starting_prefect(tmp_path, sample_warehouse):
    env = user_env(tmp_path, sample_warehouse.parent.parent / "raw")  # read-only: the check only reads
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])  # this checkout, not an installed copy
    warehouse = Path(env["NEWS_WAREHOUSE"])
    warehouse.parent.mkdir(parents=True)
    warehouse.write_bytes(sample_warehouse.read_bytes())
    started = time.monotonic()
    run = subprocess.run(COMMAND, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    assert run.stdout.startswith("nothing new in ") and run.stdout.count("\n") == 1, run.stdout
    assert "(5 files)" in run.stdout and run.stderr == ""
    assert time.monotonic() - started < 30
    assert not (tmp_path / "prefect-home" / "prefect.db").exists(), "started Prefect for nothing"
    assert warehouse.read_bytes() == sample_warehouse.read_bytes()
