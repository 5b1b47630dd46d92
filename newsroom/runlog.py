"""One row per run in landing.run_log, so pipeline health can be charted from BI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from newsroom.discover import Inventory
from newsroom.pipeline import BatchStats


@dataclass
class RunRecord:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "running"
    inventory: Inventory | None = None
    stats: BatchStats = field(default_factory=BatchStats)
    message: str | None = None
    # (stage, start, end) in time.perf_counter() seconds, one clock for every process on Linux:
    # lets a profiler (bench/run.py) line its own readings up with the stages.
    spans: list[tuple[str, float, float]] = field(default_factory=list)

    def summary(self) -> str:
        inv = self.inventory
        files = (
            f"{inv.seen} files seen: {len(inv.new)} new, {len(inv.changed)} changed, "
            f"{len(inv.unchanged)} unchanged, {len(inv.removed)} removed; "
            if inv
            else ""
        )
        rejected = self.stats.files_rejected + (len(inv.rejected) if inv else 0)
        refused = self.stats.records_refused
        records = f" ({refused:,} more record(s) refused in loaded files)" if refused else ""
        return (
            f"{files}{rejected} rejected{records}; {self.stats.articles} articles loaded "
            f"({self.stats.duplicates} duplicates), {self.stats.quotes} quotes, {self.stats.events} events"
        )


def write_run(con: duckdb.DuckDBPyConnection, run: RunRecord) -> None:
    inv = run.inventory or Inventory()
    con.execute(
        """
        insert or replace into landing.run_log values
            (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            run.run_id,
            run.started_at,
            run.finished_at,
            run.status,
            inv.seen,
            len(inv.new),
            len(inv.changed),
            len(inv.unchanged),
            len(inv.removed),
            len(inv.rejected) + run.stats.files_rejected,
            run.stats.articles,
            run.stats.duplicates,
            run.stats.quotes,
            run.stats.events,
            json.dumps({k: round(v, 3) for k, v in run.stats.seconds.items()}),
            run.message,
        ],
    )
