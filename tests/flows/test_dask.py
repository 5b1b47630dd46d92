"""Extraction on a local 2-worker Dask cluster (prefect-dask) gives the same warehouse."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from flows.ingest import ingest
from tests.warehouse_fingerprints import fingerprints

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]


def test_dask_task_runner_matches_local_workers(prefect_harness, sample_raw_dir, tmp_path):
    from prefect.settings import PREFECT_API_URL

    local = tmp_path / "local" / "news.duckdb"
    ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(local))

    on_dask = tmp_path / "dask" / "news.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWS_", "PYTEST_"))}
    # The task runner is chosen when flows.ingest is imported, hence a fresh interpreter.
    env.update(NEWS_DASK_ADDRESS="local", NEWS_WORKERS="2", PREFECT_API_URL=PREFECT_API_URL.value())
    code = (
        "from flows.ingest import ingest; "
        f"ingest(raw_dir={str(sample_raw_dir)!r}, warehouse_path={str(on_dask)!r})"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "Task run 'extract-chunk" in completed.stdout + completed.stderr

    dask_tables, local_tables = fingerprints(on_dask), fingerprints(local)
    assert dask_tables["quotes"][0] > 0 and dask_tables["events"][0] > 0
    assert dask_tables == local_tables
