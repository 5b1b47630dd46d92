"""The run's early-started dbt process (``transform.DbtSession``): build and docs in it, the working
copy released when it ends, and the one-off ``dbt`` it falls back on when the process is gone."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from newsroom import transform, warehouse
from newsroom.config import PROJECT_ROOT

pytestmark = pytest.mark.xdist_group("prefect")  # sample_warehouse: one flow run per session


def working_copy(sample_warehouse: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the sample warehouse under the same file name (dbt compiles it into the SQL)."""
    working = tmp_path / "wh" / sample_warehouse.name
    working.parent.mkdir()
    shutil.copyfile(sample_warehouse, working)
    return working, tmp_path / "target"


def test_build_and_docs_in_one_session_then_the_file_is_free(sample_warehouse, tmp_path):
    working, target = working_copy(sample_warehouse, tmp_path)
    docs = tmp_path / "docs"
    with transform.DbtSession(PROJECT_ROOT / "dbt", working, target) as dbt:
        summary = transform.build(PROJECT_ROOT / "dbt", working, target, session=dbt)
        assert "ERROR=0" in summary, summary
        assert transform.generate_docs(PROJECT_ROOT / "dbt", working, target, docs, "digest", session=dbt)
    assert "quotes" in (docs / "catalog.json").read_text()
    # The process ends without Python's teardown (dbt_process.exit_now), yet DuckDB checkpointed the
    # working copy and dbt's debug log is complete.
    assert not working.with_name(working.name + ".wal").exists()
    assert "Command `cli docs generate` succeeded" in (target / "logs" / "dbt.log").read_text()
    con = warehouse.connect(working)  # read-write: dbt's process has let go of the file
    try:
        assert con.execute("select count(*) from articles").fetchone()[0] == 5
    finally:
        con.close()


def test_a_failed_command_says_why_and_a_gone_process_is_replaced(sample_warehouse, tmp_path):
    working, target = working_copy(sample_warehouse, tmp_path)
    with transform.DbtSession(PROJECT_ROOT / "dbt", working, target) as dbt:
        with pytest.raises(transform.DbtError, match="no_such_selector"):
            dbt.invoke(["build", "--selector", "no_such_selector"])
        dbt.process.kill()
        dbt.process.wait()
        output = dbt.invoke(["build", "--select", "articles"])  # a one-off dbt instead
    assert "Completed successfully" in output
    duckdb.connect(str(working)).close()


def test_a_process_started_early_is_taken_by_the_session_or_stopped(sample_warehouse, tmp_path):
    working, target = working_copy(sample_warehouse, tmp_path)
    project = PROJECT_ROOT / "dbt"
    stop = transform.DbtSession.start_early(project, working, target)
    early = transform.DbtSession._early[(project, working, target)]
    with transform.DbtSession(project, working, target) as dbt:
        assert dbt.process is early
        assert "Completed successfully" in dbt.invoke(["build", "--select", "articles"])
    stop()  # taken: nothing left to stop
    assert early.returncode == 0

    stop = transform.DbtSession.start_early(project, working, target)
    unused = transform.DbtSession._early[(project, working, target)]
    stop()  # the run ended before a session took it (nothing new after all, a failure)
    assert unused.returncode is not None and not transform.DbtSession._early
