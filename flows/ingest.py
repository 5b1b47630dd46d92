"""Prefect flow: raw folder -> warehouse. Thin: each task calls one function of ``newsroom``."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, runtime, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from newsroom import transform, warehouse
from newsroom.config import Settings, load_settings
from newsroom.discover import Inventory, take_inventory
from newsroom.extraction_pool import ExtractionPool
from newsroom.pipeline import BatchStats, load_duplicate_index, process_batch
from newsroom.runlog import RunRecord, write_run



def _is_transient(task, task_run, state) -> bool:
    """Retry I/O trouble (a busy disk, a file lock); a bug or bad data fails the same way twice."""
    try:
        state.result()
    except (OSError, duckdb.IOException, transform.DbtError):
        return True
    except Exception:
        return False
    return False


TRANSIENT = dict(
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_condition_fn=_is_transient,
    cache_policy=NO_CACHE,
)


class RunInProgress(RuntimeError):
    pass


@task(name="discover", **TRANSIENT)
def discover(settings: Settings, full_refresh: bool) -> Inventory:
    known: dict = {}
    if settings.warehouse.exists():
        con = warehouse.connect(settings.warehouse, read_only=True)
        try:
            if con.execute("select count(*) from information_schema.tables where table_schema = 'landing' and table_name = 'raw_files'").fetchone()[0]:
                known = warehouse.known_files(con)
        finally:
            con.close()
    inventory = take_inventory(settings.raw_dir, known, full_refresh=full_refresh)
    get_run_logger().info(
        "Discovered %d files in %s: %d new, %d changed, %d unchanged, %d removed, %d refused",
        inventory.seen, settings.raw_dir, len(inventory.new), len(inventory.changed),
        len(inventory.unchanged), len(inventory.removed), len(inventory.rejected),
    )
    for rejection in inventory.rejected:
        get_run_logger().warning("Refused %s: %s", rejection.path, rejection.reason)
    return inventory


@task(name="process-batch", task_run_name="batch-{number}-of-{total}", **TRANSIENT)
def process(con, settings: Settings, files, index, extractor, now, number: int, total: int) -> BatchStats:
    stats = process_batch(con, settings.raw_dir, files, index, extractor, now)
    get_run_logger().info(
        "Batch %d/%d: %d files -> %d articles (%d duplicates, %d files refused), %d quotes, %d events",
        number, total, stats.files, stats.articles, stats.duplicates, stats.files_rejected, stats.quotes, stats.events,
    )
    return stats


@task(name="dbt-build", **TRANSIENT)
def dbt_build(settings: Settings) -> None:
    summary = transform.build(settings.dbt_project_dir, settings.working_copy, settings.dbt_target_dir)
    get_run_logger().info("dbt build: %s", summary.strip() or "done")


@task(name="dbt-docs", cache_policy=NO_CACHE)
def dbt_docs(settings: Settings) -> Path:
    return transform.generate_docs(settings.dbt_project_dir, settings.working_copy, settings.dbt_target_dir, settings.docs_dir)


def _run_id() -> str:
    return str(runtime.flow_run.id or uuid.uuid4())


@flow(name="ingest", log_prints=True)
def ingest(raw_dir: str | None = None, warehouse_path: str | None = None, full_refresh: bool = False) -> dict:
    """Load new and changed article files from the raw folder and rebuild the marts."""
    settings = load_settings(raw_dir=raw_dir, warehouse=warehouse_path)
    logger = get_run_logger()
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(settings.lock_file)
    try:
        lock.acquire(timeout=settings.lock_timeout)
    except Timeout:
        raise RunInProgress(f"another ingestion run holds {settings.lock_file}; this run changed nothing") from None
    try:
        return _ingest_locked(settings, full_refresh, logger)
    finally:
        lock.release()


def _ingest_locked(settings: Settings, full_refresh: bool, logger) -> dict:
    run = RunRecord(run_id=_run_id(), started_at=datetime.now(timezone.utc).replace(tzinfo=None))
    started = time.perf_counter()
    run.inventory = inventory = discover(settings, full_refresh)
    run.stats.seconds["discover"] = time.perf_counter() - started

    con = warehouse.open_working_copy(settings.warehouse, settings.working_copy)
    try:
        now = run.started_at
        warehouse.forget_files(con, inventory.removed)
        for rejection in inventory.rejected:
            warehouse.record_rejection(con, rejection.path, rejection.content_hash, rejection.reason, now)
        files = inventory.to_process
        if files:
            index = load_duplicate_index(con)
            batches = [files[i : i + settings.batch_size] for i in range(0, len(files), settings.batch_size)]
            with ExtractionPool(settings.workers) as extractor:
                for number, batch in enumerate(batches, start=1):
                    run.stats.add(process(con, settings, batch, index, extractor, now, number, len(batches)))
        warehouse.close(con)
        con = None
        if not inventory.is_noop:
            started = time.perf_counter()
            dbt_build(settings)
            run.stats.seconds["dbt"] = time.perf_counter() - started
            started = time.perf_counter()
            dbt_docs(settings)
            run.stats.seconds["docs"] = time.perf_counter() - started
        else:
            logger.info("Nothing new in %s: marts left as they are", settings.raw_dir)
        run.status = "completed"
        run.finished_at = datetime.now(timezone.utc).replace(tzinfo=None)
        run.message = run.summary()
        con = warehouse.connect(settings.working_copy)
        write_run(con, run)
        warehouse.close(con)
        con = None
        warehouse.publish(settings.working_copy, settings.warehouse)
    finally:
        if con is not None:
            con.close()
    logger.info("Published %s: %s", settings.warehouse, run.message)
    return {"run_id": run.run_id, "summary": run.message, "seconds": dict(run.stats.seconds)}
