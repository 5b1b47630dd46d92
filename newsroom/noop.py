"""Is there anything for ``newsroom run`` to do? Answered before Prefect starts or heavy modules load.

The published warehouse is opened read-only and the raw folder is compared with it exactly as the
flow's discovery does (``take_inventory``). Only a clean "nothing new, changed, removed or newly
refused, and the warehouse needs no migration" skips the run; anything else, including any error
while checking, means a real run, which decides for itself. The files the check saw queued tell
the run whether it is small enough to extract in its own process (``worker_pool.extracts_here``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.config import Settings
from newsroom.models import RawFile


@dataclass(frozen=True)
class Outlook:
    """What the check saw: ``nothing_new``, the line to print when a run would change nothing;
    otherwise ``to_read``, the files a run would read, or None when the check could not tell."""

    nothing_new: str | None = None
    to_read: list[RawFile] | None = None


def last_run_completed(con) -> bool:
    row = con.execute(
        "select status from landing.run_log order by started_at desc nulls last limit 1"
    ).fetchone()
    return row is not None and row[0] == "completed"


def outlook(settings: Settings) -> Outlook:
    """Never raises: a check that fails for any reason means a real run of unknown size."""
    try:
        return _outlook(settings)
    except Exception:
        return Outlook()


def _outlook(settings: Settings) -> Outlook:
    from newsroom import warehouse
    from newsroom.discover import take_inventory

    if not settings.warehouse.is_file() or not settings.raw_dir.is_dir():
        return Outlook()
    con = warehouse.connect(settings.warehouse, read_only=True)
    try:
        if not (warehouse.has_landing(con) and warehouse.schema_is_current(con) and last_run_completed(con)):
            return Outlook()
        known = warehouse.known_files(con)
    finally:
        con.close()
    inventory = take_inventory(settings.raw_dir, known)
    # Restamped (touched but identical) files go through a real run too, which records their new
    # size and mtime: otherwise every later check would hash them again.
    if not inventory.is_noop or inventory.restamped:
        return Outlook(to_read=inventory.to_process)
    return Outlook(
        nothing_new=f"nothing new in {settings.raw_dir} since the last run ({inventory.seen} files); "
        f"warehouse {settings.warehouse} unchanged"
    )
