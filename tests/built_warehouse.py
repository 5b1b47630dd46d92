"""A real warehouse built from files by the plain pipeline (read, clean, extract with spaCy, load,
dbt build, publish), without Prefect, for tests of what reads the published file (dashboard, export)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from newsroom import transform, warehouse
from newsroom.config import PROJECT_ROOT
from newsroom.discover import take_inventory
from newsroom.extract import extract_batch
from newsroom.pipeline import process_batch, queue_files
from newsroom.runlog import RunRecord, write_run

REFUSED = "scan.txt"


def build_warehouse(raw: Path, published: Path) -> None:
    """One run as the flow does it (same functions, same order), in this process."""
    now = datetime.now(UTC).replace(tzinfo=None)
    working = published.with_name(published.name + ".building")
    con = warehouse.open_working_copy(published, working)
    started = time.perf_counter()
    inventory = take_inventory(raw, warehouse.known_files(con))
    discovered = time.perf_counter()
    run = RunRecord(run_id="dashboard-test", started_at=now, inventory=inventory)
    run.stats = process_batch(con, raw, queue_files(con, inventory, now), extract_batch, now)
    warehouse.close(con)
    loaded = time.perf_counter()
    transform.build(PROJECT_ROOT / "dbt", working, published.with_name(published.name + ".dbt"))
    run.stats.seconds.update(discover=discovered - started, dbt=time.perf_counter() - loaded)
    run.status, run.finished_at = "completed", datetime.now(UTC).replace(tzinfo=None)
    run.message = run.summary()
    con = warehouse.connect(working)
    write_run(con, run)
    warehouse.close(con)
    warehouse.publish(working, published)
