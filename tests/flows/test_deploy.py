"""The production set-up end to end: scripts/deploy_local.sh starts a Prefect server on 127.0.0.1,
creates the process work pool, deploys prefect.yaml, starts a worker and runs the scheduled
deployment once on a raw folder; the run must complete and publish the warehouse.

About 55 s on 2 cores (server start-up ~12 s, deploy ~10 s, flow run ~25 s, shutdown ~5 s).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("deploy")]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "deploy_local.sh"
TIMEOUT = 600


@pytest.mark.skipif(shutil.which("setsid") is None, reason="deploy_local.sh needs setsid (util-linux)")
def test_deploy_local_runs_the_scheduled_deployment(sample_raw_dir, tmp_path):
    warehouse = tmp_path / "wh" / "news.duckdb"
    # The script gets its own Prefect server: nothing from the test session's harness leaks in.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWS_", "PYTEST_"))}
    env.update(
        NEWS_DEPLOY_TIMEOUT="420", NEWS_WORKERS="2", NEWS_DEPLOY_VENV_BIN=str(Path(sys.executable).parent)
    )
    proc = subprocess.Popen(
        [str(SCRIPT), str(sample_raw_dir), str(warehouse)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)  # the script's trap stops its server and worker
        output, _ = proc.communicate(timeout=60)
        pytest.fail(f"deploy_local.sh did not finish within {TIMEOUT} s:\n{output[-5000:]}")
    assert proc.returncode == 0, output[-5000:]
    assert "deployed: ingest/ingest-every-30-min ingest/ingest-full-refresh" in output
    assert "schedule */30 * * * * (UTC), concurrency limit 1 / CANCEL_NEW" in output
    assert "Flow run finished successfully in 'Completed'" in output

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from articles").fetchone()[0] == 5
        assert con.execute("select count(*) from quotes").fetchone()[0] > 0
        runs = con.execute("select status, run_id from pipeline_runs").fetchall()
    finally:
        con.close()
    assert len(runs) == 1 and runs[0][0] == "completed"
    assert (warehouse.with_name(warehouse.name + ".docs") / "index.html").exists()
    assert not warehouse.with_name("news.duckdb.building").exists()
