"""Is there anything for ``newsroom run`` to do? Answered before Prefect starts or heavy modules load.

The published warehouse is opened read-only and the raw folder is compared with it exactly as the
flow's discovery does (``take_inventory``). Only a clean "nothing new, changed, removed or newly
refused, and the warehouse needs no migration" skips the run; anything else, including any error
while checking, means a real run, which decides for itself.
"""

from __future__ import annotations

import re

from newsroom.config import Settings

_TABLE = re.compile(r"create table if not exists (\w+)\.(\w+)", re.IGNORECASE)
_COLUMN = re.compile(r"alter table (\w+)\.(\w+) add column if not exists (\w+)", re.IGNORECASE)


def schema_is_current(con) -> bool:
    """Every landing table and column of the schema exists and no one-off migration is pending
    (what ``warehouse.open_working_copy`` would otherwise do on a real run)."""
    from newsroom import warehouse

    sql = warehouse.schema_sql()
    columns = {
        (schema, table, column)
        for schema, table, column in con.execute(
            "select table_schema, table_name, column_name from information_schema.columns"
        ).fetchall()
    }
    tables = {(schema, table) for schema, table, _ in columns}
    if any((schema, table) not in tables for schema, table in _TABLE.findall(sql)):
        return False
    if any(key not in columns for key in _COLUMN.findall(sql)):
        return False
    keyed = con.execute(
        """
        select count(*) from duckdb_constraints()
        where schema_name = 'landing' and constraint_type = 'PRIMARY KEY' and list_contains(?, table_name)
        """,
        [list(warehouse.ARTICLE_TABLES)],
    ).fetchone()[0]
    unbanded = con.execute(
        """
        select count(*) from landing.article_signatures s
        where not exists (select 1 from landing.signature_bands b where b.article_id = s.article_id)
        """
    ).fetchone()[0]
    return keyed == 0 and unbanded == 0


def last_run_completed(con) -> bool:
    row = con.execute(
        "select status from landing.pipeline_runs order by started_at desc nulls last limit 1"
    ).fetchone()
    return row is not None and row[0] == "completed"


def nothing_new(settings: Settings) -> str | None:
    """The line to print when a run would change nothing; None when a real run is needed,
    including when the check itself fails for any reason."""
    try:
        return _nothing_new(settings)
    except Exception:
        return None


def _nothing_new(settings: Settings) -> str | None:
    from newsroom import warehouse
    from newsroom.discover import take_inventory

    if not settings.warehouse.is_file() or not settings.raw_dir.is_dir():
        return None
    con = warehouse.connect(settings.warehouse, read_only=True)
    try:
        if not (warehouse.has_landing(con) and schema_is_current(con) and last_run_completed(con)):
            return None
        known = warehouse.known_files(con)
    finally:
        con.close()
    inventory = take_inventory(settings.raw_dir, known)
    # Restamped (touched but identical) files go through a real run too, which records their new
    # size and mtime: otherwise every later check would hash them again.
    if not inventory.is_noop or inventory.restamped:
        return None
    return (
        f"nothing new in {settings.raw_dir} since the last run ({inventory.seen} files); "
        f"warehouse {settings.warehouse} unchanged"
    )
