"""Prefect flow: raw folder -> published warehouse. Thin: each task calls ``newsroom`` functions.

Cleaning and extraction run on local worker processes (``WorkerPool``) by default. With
``NEWS_DASK_ADDRESS`` set when this module is imported (a scheduler address, or ``local`` for a
local cluster) the flow's task runner is prefect-dask's ``DaskTaskRunner`` and extraction chunks
are submitted to the Dask workers instead.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime

import duckdb
from filelock import FileLock, Timeout
from prefect import flow, get_run_logger, runtime, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.exceptions import TerminationSignal
from prefect.states import Cancelled, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from newsroom import pipeline, transform, warehouse
from newsroom.config import Settings, load_settings
from newsroom.discover import Inventory, take_inventory
from newsroom.models import ArticleInput, Extraction
from newsroom.processes import note_stop_signals, stopped_by
from newsroom.reasons import capped, describe
from newsroom.runlog import RunRecord, write_run
from newsroom.worker_pool import WorkerPool, extracts_here


def _is_transient(task, task_run, state) -> bool:
    """Retry I/O trouble (a busy disk, a file lock); a bug or bad data fails the same way twice,
    and so does a missing folder or a permission."""
    try:
        state.result()
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return False
    except (OSError, duckdb.IOException):
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


def _task_runner():
    settings = load_settings()
    if not settings.dask_address:
        return ThreadPoolTaskRunner()
    from prefect_dask import DaskTaskRunner

    if settings.dask_address == "local":
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1, "processes": True}
        )
    return DaskTaskRunner(address=settings.dask_address)


@task(name="discover", **TRANSIENT)
def discover(settings: Settings, full_refresh: bool) -> Inventory:
    known: dict = {}
    if settings.warehouse.exists():
        con = warehouse.connect(settings.warehouse, read_only=True)
        try:
            known = warehouse.known_files(con) if warehouse.has_landing(con) else {}
        finally:
            con.close()
    inventory = take_inventory(settings.raw_dir, known, full_refresh=full_refresh)
    logger = get_run_logger()
    logger.info(
        "Discovered %d files in %s: %d new, %d changed, %d unchanged, %d removed, %d refused",
        inventory.seen,
        settings.raw_dir,
        len(inventory.new),
        len(inventory.changed),
        len(inventory.unchanged),
        len(inventory.removed),
        len(inventory.rejected),
    )
    for rejection in inventory.rejected:
        logger.warning("%s", capped(f"Refused {rejection.path}: {rejection.reason}"))
    return inventory


@task(name="clean", task_run_name="clean-batch-{number}", cache_policy=NO_CACHE)
def clean(cleaning: Callable[[], list[pipeline.FileOutcome]], number: int) -> list[pipeline.FileOutcome]:
    """The batch's outcomes, read and cleaned on the workers (mostly while the batch before it was
    extracted and loaded)."""
    return cleaning()


@task(name="extract-chunk", cache_policy=NO_CACHE)
def extract_chunk(items: list[ArticleInput]) -> list[Extraction]:
    from newsroom.extract import extract_batch  # on the Dask worker; the flow's process need not import spaCy

    return extract_batch(items)


def _extract_on_dask(items: list[ArticleInput]) -> list[Extraction]:
    """Four chunks per thread of the cluster, however many machines it has: each thread parses."""
    threads = sum(FlowRunContext.get().task_runner.client.nthreads().values())
    size = max(1, -(-len(items) // (threads * 4)))
    futures = [extract_chunk.submit(items[i : i + size]) for i in range(0, len(items), size)]
    return [extraction for future in futures for extraction in future.result()]


@task(name="load", task_run_name="load-batch-{number}", **TRANSIENT)
def load(loader: pipeline.Loader, outcomes, number: int) -> None:
    loader.load(outcomes)
    for outcome in outcomes:
        if outcome.error:
            get_run_logger().warning("%s", capped(f"Refused {outcome.raw.path}: {outcome.error}"))


@task(name="dbt-build", **TRANSIENT)
def dbt_build(
    settings: Settings,
    full_refresh: bool,
    new_data_only: bool,
    first_build: bool = False,
    session: transform.DbtSession | None = None,
) -> None:
    logger = get_run_logger()
    if not (full_refresh or new_data_only or first_build):
        logger.info(
            "dbt build: the project changed since the warehouse was last built, or that is unknown: every test"
        )
    summary = transform.build(
        settings.dbt_project_dir,
        settings.working_copy,
        settings.dbt_target_dir,
        full_refresh=full_refresh,
        new_data_only=new_data_only,
        first_build=first_build,
        progress=logger.info,
        session=session,
    )
    logger.info("dbt build: %s", summary.strip() or "done")


@task(name="dbt-docs", cache_policy=NO_CACHE)
def dbt_docs(settings: Settings, project_digest: str, session: transform.DbtSession | None = None) -> None:
    logger = get_run_logger()
    generated = transform.generate_docs(
        settings.dbt_project_dir,
        settings.working_copy,
        settings.dbt_target_dir,
        settings.docs_dir,
        project_digest,
        progress=logger.info,
        session=session,
    )
    if not generated:
        logger.info("Docs site %s already describes this project; not regenerated", settings.docs_dir)


@flow(name="ingest", task_runner=_task_runner(), timeout_seconds=load_settings().run_timeout or None)
def ingest(
    raw_dir: str | None = None, warehouse_path: str | None = None, full_refresh: bool = False
) -> dict | State:
    """Load new and changed article files from the raw folder, rebuild the marts, publish.

    Another run holding the lock cancels this one (a Cancelled state, nothing changed)."""
    settings = load_settings(raw_dir=raw_dir, warehouse=warehouse_path)
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(settings.lock_file)
    try:
        lock.acquire(timeout=settings.lock_timeout)
    except Timeout:
        message = f"another ingestion run holds {settings.lock_file}; this run changed nothing"
        get_run_logger().warning(message)
        return Cancelled(message=message)
    now = datetime.now(UTC).replace(tzinfo=None)
    run = RunRecord(run_id=str(runtime.flow_run.id or uuid.uuid4()), started_at=now)
    note_stop_signals()
    try:
        return _ingest_locked(settings, full_refresh, run)
    except asyncio.CancelledError:  # Prefect's flow timeout (NEWS_RUN_TIMEOUT) or a cancellation
        run.status, run.message = (
            "failed",
            f"stopped: cancelled, or NEWS_RUN_TIMEOUT ({settings.run_timeout:g} s) reached",
        )
        _record_failed_run(settings, run)
        raise
    except Exception as exc:
        _raise_if_stopped()  # a stop that DuckDB reported as an interrupted query
        run.status, run.message = "failed", describe(exc)
        _record_failed_run(settings, run)
        raise
    finally:
        lock.release()


def _raise_if_stopped() -> None:
    """A SIGTERM the run recorded ends it as Prefect's own handler does, whatever exception stood for it."""
    if (signum := stopped_by()) is not None:
        raise TerminationSignal(signal=signum) from None


def _record_failed_run(settings: Settings, run: RunRecord) -> None:
    """Publish the last good state plus one 'failed' row, so BI health charts show the failure."""
    run.finished_at = datetime.now(UTC).replace(tzinfo=None)
    try:
        con = warehouse.open_working_copy(settings.warehouse, settings.working_copy)
        write_run(con, run)
        warehouse.close(con)
        warehouse.publish(settings.working_copy, settings.warehouse)
    except Exception as exc:  # the original error matters more; say why the record is missing
        get_run_logger().warning("Could not record the failed run in %s: %s", settings.warehouse, exc)


def _ingest_locked(settings: Settings, full_refresh: bool, run: RunRecord) -> dict:
    logger = get_run_logger()
    clock = pipeline.StageClock(run.stats.seconds, run.spans)
    first_build = not settings.warehouse.exists()  # nothing published yet: dbt creates every mart
    with clock.stage("discover"):
        run.inventory = inventory = discover(settings, full_refresh)

    rebuild = full_refresh or warehouse.needs_migration(settings.warehouse)
    project = transform.project_digest(settings.dbt_project_dir, warehouse.schema_sql())
    built_with = transform.built_with(settings.dbt_target_dir, settings.warehouse)
    con = None
    try:
        with ExitStack() as stack:
            dbt: transform.DbtSession | None = None

            def start_dbt(batches: int = 1) -> transform.DbtSession | None:
                """A run of one batch starts dbt as the batch begins: its imports and parse (~2.5 s)
                then overlap the articles. A larger run starts it once its last batch is extracted
                and the extraction workers are gone, so that it holds no memory beside them (peak
                memory, BENCHMARKS.md): then they overlap the last load and the working copy's
                checkpoint."""
                nonlocal dbt
                if dbt is None and batches == 1:
                    dbt = stack.enter_context(
                        transform.DbtSession(
                            settings.dbt_project_dir, settings.working_copy, settings.dbt_target_dir
                        )
                    )
                return dbt

            dbt_due = rebuild or not inventory.is_noop
            if dbt_due and extracts_here(inventory.to_process):  # one small batch: the parse outlasts it
                start_dbt()
            con = warehouse.open_working_copy(settings.warehouse, settings.working_copy, settings.load_memory)
            files = pipeline.queue_files(con, inventory, run.started_at)
            _load_files(settings, con, files, run, clock, start_dbt)
            warehouse.close(con)
            con = None
            if not dbt_due:
                logger.info("Nothing new in %s: marts left as they are", settings.raw_dir)
            else:
                with clock.stage("dbt"):
                    session = quote(start_dbt())
                    dbt_build(
                        settings,
                        rebuild,
                        new_data_only=built_with == project,
                        first_build=first_build,
                        session=session,
                    )
                built_with = project
                with clock.stage("docs"):
                    dbt_docs(settings, project, session=session)
                with clock.stage("dbt"):
                    dbt.close()  # DuckDB closes the working copy as dbt's process exits
        _raise_if_stopped()  # a stop whose exception Python dropped (a hook, a __del__)
        _publish(settings, run, built_with)
    finally:
        if con is not None:
            con.close()
    logger.info("Published %s: %s", settings.warehouse, run.message)
    return {
        "run_id": run.run_id,
        "summary": run.message,
        "seconds": dict(run.stats.seconds),
        "spans": run.spans,
    }


def _load_files(
    settings: Settings, con, files: list, run: RunRecord, clock: pipeline.StageClock, start_dbt=None
) -> None:
    """Clean, extract and load the queued files in batches on the worker pool (or the Dask cluster).

    ``start_dbt`` (the flow's) hears the number of batches before the first, and is called again
    once the last is extracted."""
    logger = get_run_logger()

    def progress(number: int, batches: int, stats: pipeline.BatchStats) -> None:
        logger.info(
            "Batch %d/%d (%d%% of files): %d files -> %d articles (%d duplicates, %d files refused), "
            "%d quotes, %d events",
            number,
            batches,
            100 * run.stats.files // len(files),
            stats.files,
            stats.articles,
            stats.duplicates,
            stats.files_rejected,
            stats.quotes,
            stats.events,
        )

    now = run.started_at
    with WorkerPool(settings.workers) as pool:

        def extracted() -> None:
            """The workers have nothing left to do: they go now, not after the last load, and
            dbt's process takes their place."""
            pool.close()
            if start_dbt is not None:
                start_dbt()

        def start_cleaning(parts: list, number: int) -> Callable[[], list[pipeline.FileOutcome]]:
            """Behind the extraction the pool is about to start (on Dask, the pool only cleans)."""
            cleaning = pool.start_clean(
                settings.raw_dir,
                parts,
                now,
                settings.max_article_chars,
                behind_next=not settings.dask_address,
            )
            return lambda: clean(quote(cleaning), number)

        pipeline.process_batch(
            con,
            settings.raw_dir,
            files,
            _extract_on_dask if settings.dask_address else pool.extract,
            now,
            settings.batch_size,
            settings.batch_chars,
            settings.max_article_chars,
            cleaner=start_cleaning,
            loader=lambda loader, outcomes, number: load(quote(loader), quote(outcomes), number),
            stats=run.stats,
            clock=clock,
            progress=progress,
            planned=start_dbt,
            extracted=extracted,
        )


def _publish(settings: Settings, run: RunRecord, built_with: str | None) -> None:
    """Record the run in the working copy, publish it, then note the dbt project it was built with."""
    run.status = "completed"
    run.finished_at = datetime.now(UTC).replace(tzinfo=None)
    run.message = run.summary()
    with warehouse.connect(settings.working_copy) as con:  # closed on an error too
        write_run(con, run)
        warehouse.close(con)
    warehouse.publish(settings.working_copy, settings.warehouse)
    if built_with is not None:
        try:
            transform.note_built(settings.dbt_target_dir, settings.warehouse, built_with)
        except OSError as exc:  # published already; the next run then builds and tests everything
            get_run_logger().warning("Could not record the dbt project the warehouse was built with: %s", exc)
