"""DuckDB side of the pipeline: landing-table DDL, transactional loads, atomic publish.

Readers (BI tools, the docs site) only ever open the published file. A run copies it to a
working file, writes there, and publishes with ``os.replace``, so readers see the old or the
new complete state and a crashed run leaves the published file untouched.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable, Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsroom.models import RawFile

# DuckDB 1.4 readers (the LTS line, in many BI drivers) refuse newer storage versions.
STORAGE_COMPATIBILITY = "v1.4.0"

# Landing tables once named like the marts (a BI tool lists every schema: two `articles` to pick
# from). Old name -> new name; warehouses written before are renamed once (open_working_copy).
LANDING_RENAMES = {
    "articles": "extracted_articles",
    "boilerplate_lines": "extracted_boilerplate_lines",
    "quotes": "extracted_quotes",
    "events": "extracted_events",
    "rejected_files": "file_rejections",
    "pipeline_runs": "run_log",
}

ARTICLE_TABLES = (
    "extracted_boilerplate_lines",
    "article_actors",
    "mentions",
    "extracted_quotes",
    "extracted_events",
    "article_signatures",
    "signature_bands",
)


def connect(
    path: Path, *, read_only: bool = False, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    config = {"storage_compatibility_version": STORAGE_COMPATIBILITY}
    if memory_limit:
        config["memory_limit"] = memory_limit
    return duckdb.connect(str(path), config=config)


def schema_sql() -> str:
    return resources.files("newsroom").joinpath("warehouse_schema.sql").read_text(encoding="utf-8")


def open_working_copy(
    published: Path, working: Path, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    """Start a run from the last published state, discarding whatever a crashed run left."""
    for leftover in (working, working.with_name(working.name + ".wal")):
        leftover.unlink(missing_ok=True)
    working.parent.mkdir(parents=True, exist_ok=True)
    if published.exists():
        shutil.copyfile(published, working)
        _rewrite_in_storage_version(working, memory_limit)
    con = connect(working, memory_limit=memory_limit)
    _rename_landing_tables(con)
    con.execute(schema_sql())
    _drop_detail_table_keys(con)
    _band_stored_signatures(con)
    _published_at_in_utc(con)
    return con


def storage_version(con: duckdb.DuckDBPyConnection) -> str:
    """What ``duckdb_databases()`` says of the file, e.g. ``v1.4.0+`` (readable by DuckDB 1.4 and later)."""
    query = "select tags['storage_version'] from duckdb_databases() where database_name = current_database()"
    return con.execute(query).fetchone()[0]


def _rewrite_in_storage_version(path: Path, memory_limit: str | None) -> None:
    """A file of another storage version (written before STORAGE_COMPATIBILITY was lowered) is
    copied whole, tables, views, keys and comments, into a new file of that version: DuckDB keeps
    a file's storage version for good."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        if storage_version(con) == f"{STORAGE_COMPATIBILITY}+":
            return
    finally:
        con.close()
    rewritten = path.with_name(path.name + ".rewrite")
    for leftover in (rewritten, _wal(rewritten)):  # of a run that died while rewriting
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(config={"memory_limit": memory_limit} if memory_limit else {})
    try:
        con.execute(f"attach {_quoted(path)} as old_version (read_only)")
        con.execute(f"attach {_quoted(rewritten)} as new_version (storage_version '{STORAGE_COMPATIBILITY}')")
        con.execute("copy from database old_version to new_version")
    finally:
        con.close()
    os.replace(rewritten, path)


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _landing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    query = "select table_name from duckdb_tables() where schema_name = 'landing'"
    return {name for (name,) in con.execute(query).fetchall()}


def _rename_landing_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written before LANDING_RENAMES get the new names; the dbt views reading them
    follow in the same run, which rebuilds the marts (``needs_migration``)."""
    existing = _landing_tables(con)
    pending = [(old, new) for old, new in LANDING_RENAMES.items() if old in existing and new not in existing]
    if not pending:
        return
    con.begin()
    for old, new in pending:
        con.execute(f"alter table landing.{old} rename to {new}")
    con.commit()


def _landing_name(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """``table``, or its name before LANDING_RENAMES in a published file not yet migrated (read by discovery)."""
    existing = _landing_tables(con)
    old = next((old for old, new in LANDING_RENAMES.items() if new == table), table)
    return old if table not in existing and old in existing else table


def _drop_detail_table_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written before the per-article tables lost their primary keys are rebuilt once
    without them (DuckDB cannot drop a constraint): the keys' indexes stay in memory, and past
    ~25,000 articles they filled the loader's memory cap."""
    keyed = _keyed_detail_tables(con)
    if not keyed:
        return
    con.begin()
    for table in keyed:
        con.execute(f"alter table landing.{table} rename to {table}_keyed")
    con.execute(schema_sql())
    for table in keyed:
        con.execute(f"insert into landing.{table} by name select * from landing.{table}_keyed")
        con.execute(f"drop table landing.{table}_keyed")
    con.commit()


def _band_stored_signatures(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written before band keys were stored get them once, so old originals stay findable."""
    from newsroom.dedupe import band_keys  # datasketch imports scipy: ~1.5 s a no-op check need not pay

    rows = con.execute(f"select s.article_id, s.minhash {_UNBANDED_SIGNATURES}").fetchall()
    bands = [
        {"article_id": article_id, "band_key": key}
        for article_id, signature in rows
        for key in band_keys(signature)
    ]
    insert_rows(con, "signature_bands", bands)


def _published_at_in_utc(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written when ``published_at`` was a naive TIMESTAMP (holding UTC) get TIMESTAMPTZ,
    so that BI tools show an instant rather than a time in no zone. The incremental ``articles``
    mart too: dbt would otherwise keep its old type and append new rows cast in its session's zone."""
    for schema, table in _naive_published_at(con):
        con.execute(
            f'alter table "{schema}"."{table}" alter column published_at'
            " set data type timestamptz using timezone('UTC', published_at)"
        )


def _naive_published_at(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(schema, table) of the tables (not views) of this file with a naive ``published_at``."""
    return con.execute(
        """
        select c.table_schema, c.table_name
        from information_schema.columns c
        join information_schema.tables t using (table_catalog, table_schema, table_name)
        where c.table_catalog = current_database() and t.table_type = 'BASE TABLE'
          and c.column_name = 'published_at' and c.data_type = 'TIMESTAMP'
        order by all
        """
    ).fetchall()


_UNBANDED_SIGNATURES = """
    from landing.article_signatures s
    where not exists (select 1 from landing.signature_bands b where b.article_id = s.article_id)
"""
_CREATED_TABLE = re.compile(r"create table if not exists (\w+)\.(\w+)", re.IGNORECASE)
_ADDED_COLUMN = re.compile(r"alter table (\w+)\.(\w+) add column if not exists (\w+)", re.IGNORECASE)


def _keyed_detail_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        table
        for (table,) in con.execute(
            """
            select table_name from duckdb_constraints()
            where schema_name = 'landing' and constraint_type = 'PRIMARY KEY' and list_contains(?, table_name)
            """,
            [list(ARTICLE_TABLES)],
        ).fetchall()
    ]


def schema_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Nothing for ``open_working_copy`` to do: every landing table and column of the schema exists
    and no one-off migration is pending."""
    sql = schema_sql()
    columns = set(
        con.execute("select table_schema, table_name, column_name from information_schema.columns").fetchall()
    )
    tables = {(schema, table) for schema, table, _ in columns}
    return (
        all(key in tables for key in _CREATED_TABLE.findall(sql))
        and all(key in columns for key in _ADDED_COLUMN.findall(sql))
        and not _keyed_detail_tables(con)
        and not _naive_published_at(con)
        and con.execute(f"select count(*) {_UNBANDED_SIGNATURES}").fetchone()[0] == 0
        and storage_version(con) == f"{STORAGE_COMPATIBILITY}+"
        and not _marts_without_constraints(con)
    )


def _marts_without_constraints(con: duckdb.DuckDBPyConnection) -> bool:
    """Marts built before their contracts had their primary keys or NOT NULL constraints (dbt model
    contracts): only a full rebuild adds them to an incremental mart, and a run of new data skips the
    tests they replace (dbt/selectors.yml). ``articles`` (its key and ``body``) stands for all of
    them, built in the same runs."""
    query = """
        select count(*) from duckdb_tables()
        where schema_name = 'main' and table_name = 'articles'
            and (
                not has_primary_key
                or exists (
                    select 1 from duckdb_columns() as c
                    where c.schema_name = 'main' and c.table_name = 'articles' and c.column_name = 'body' and c.is_nullable
                )
            )
    """
    return con.execute(query).fetchone()[0] > 0


def needs_migration(published: Path) -> bool:
    """The published warehouse predates the current schema: the run migrates it (open_working_copy)
    and rebuilds every mart (``dbt build --full-refresh``), so that the marts get their keys and the
    dbt views read the renamed landing tables, even when no file is new."""
    if not published.exists():
        return False
    con = connect(published, read_only=True)
    try:
        return has_landing(con) and not schema_is_current(con)
    finally:
        con.close()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def publish(working: Path, published: Path) -> None:
    """Atomically make the working copy the file readers open.

    Only the database file moves, so it must hold everything: a WAL the working copy still has
    (a writer that exited without checkpointing) is folded in first. A WAL beside the published
    file belongs to the old file (someone opened it read-write); next to the new file DuckDB
    would refuse to open it ("WAL does not match database file"), so it goes before the swap.
    """
    if _wal(working).exists():
        con = connect(working)
        close(con)
    _wal(published).unlink(missing_ok=True)
    os.replace(working, published)


def close(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("checkpoint")
    con.close()


def has_landing(con: duckdb.DuckDBPyConnection) -> bool:
    """False for a file written by something else (or before the landing schema existed)."""
    query = "select count(*) from information_schema.tables where table_schema = 'landing' and table_name = 'raw_files'"
    return con.execute(query).fetchone()[0] > 0


class KnownFiles(dict):
    """{path: (content_hash, status)}, plus which files hold duplicates of which.

    ``dependents[path]``: other files with articles marked as duplicates of this file's
    articles. When ``path`` changes or goes away they must be re-read too (they may now be
    originals, and need their own quotes and events). ``dependents[None]``: files whose
    duplicates point at an article that no longer exists (left by an older version).
    """

    def __init__(
        self,
        *args,
        dependents: dict[str | None, set[str]] | None = None,
        stamps: dict[str, tuple[int, float]] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.dependents: dict[str | None, set[str]] = dependents or {}
        self.stamps: dict[str, tuple[int, float]] = stamps or {}  # {path: (size, mtime)} when last hashed


def known_files(con: duckdb.DuckDBPyConnection) -> KnownFiles:
    """{path: (content_hash, status)} for every file the warehouse has a record of."""
    # A warehouse from before the mtime column, opened read-only by discovery, has not been migrated.
    has_mtime = con.execute(
        "select count(*) from information_schema.columns"
        " where table_schema = 'landing' and table_name = 'raw_files' and column_name = 'mtime'"
    ).fetchone()[0]
    rejections, articles = _landing_name(con, "file_rejections"), _landing_name(con, "extracted_articles")
    rows = con.execute(
        f"""
        select path, content_hash, status, size_bytes, {"mtime" if has_mtime else "null::double"} from landing.raw_files
        union all
        select path, coalesce(content_hash, ''), 'rejected', null, null from landing.{rejections}
        where path not in (select path from landing.raw_files)
        """
    ).fetchall()
    links = con.execute(
        f"""
        select distinct original.source_file, copy.source_file
        from landing.{articles} copy left join landing.{articles} original on copy.duplicate_of = original.article_id
        where copy.duplicate_of is not null and original.source_file is distinct from copy.source_file
        """
    ).fetchall()
    dependents: dict[str | None, set[str]] = {}
    for original_file, copy_file in links:
        dependents.setdefault(original_file, set()).add(copy_file)
    return KnownFiles(
        {path: (content_hash, status) for path, content_hash, status, _, _ in rows},
        dependents=dependents,
        stamps={path: (size, mtime) for path, _, _, size, mtime in rows if mtime is not None},
    )


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert through Arrow; column names must match the table's."""
    if not rows:
        return
    batch = pa.Table.from_pylist(list(rows))  # noqa: F841 - read by DuckDB's replacement scan
    con.execute(f"insert into landing.{table} by name select * from batch")


def delete_articles_of_files(con: duckdb.DuckDBPyConnection, paths: Iterable[str]) -> None:
    paths = list(paths)
    if not paths:
        return
    con.execute("create or replace temp table _paths as select unnest(?::varchar[]) as path", [paths])
    ids = "select article_id from landing.extracted_articles where source_file in (select path from _paths)"
    for table in ARTICLE_TABLES:
        con.execute(f"delete from landing.{table} where article_id in ({ids})")
    con.execute("delete from landing.extracted_articles where source_file in (select path from _paths)")


def forget_files(con: duckdb.DuckDBPyConnection, paths: Sequence[str]) -> list[RawFile]:
    """Remove every trace of files that left the raw folder.

    Returns the files still present whose articles were duplicates of a removed article: they
    must be processed again so that one of them becomes the original.
    """
    if not paths:
        return []
    con.execute("create or replace temp table _gone as select unnest(?::varchar[]) as path", [list(paths)])
    orphans = con.execute(
        """
        select distinct f.path, f.size_bytes, f.content_hash, f.file_format, f.mtime
        from landing.extracted_articles copy
        join landing.extracted_articles original on copy.duplicate_of = original.article_id
        join landing.raw_files f on f.path = copy.source_file
        where original.source_file in (select path from _gone)
          and copy.source_file not in (select path from _gone)
        order by f.path
        """
    ).fetchall()
    delete_articles_of_files(con, paths)
    con.execute("delete from landing.raw_files where path in (select path from _gone)")
    con.execute("delete from landing.file_rejections where path in (select path from _gone)")
    return [RawFile(*orphan) for orphan in orphans]


def restamp_files(con: duckdb.DuckDBPyConnection, files: Sequence[RawFile]) -> None:
    """Store the size and mtime of files whose bytes were found unchanged (touched, copied back,
    or recorded before mtimes were kept): without it they would be read again on every run."""
    if not files:
        return
    stamps = pa.table(
        {
            "path": [f.path for f in files],
            "size_bytes": [f.size_bytes for f in files],
            "mtime": [f.mtime for f in files],
        }
    )
    con.register("restamped", stamps)
    try:
        con.execute(
            "update landing.raw_files set size_bytes = restamped.size_bytes, mtime = restamped.mtime"
            " from restamped where raw_files.path = restamped.path"
        )
    finally:
        con.unregister("restamped")


def forget_raw_files(con: duckdb.DuckDBPyConnection, paths: Sequence[str]) -> None:
    if paths:
        con.execute(
            "delete from landing.raw_files where path in (select unnest(?::varchar[]))", [list(paths)]
        )


def record_rejection(
    con: duckdb.DuckDBPyConnection, path: str, content_hash: str | None, reason: str, now: datetime
) -> None:
    con.execute(
        """
        insert into landing.file_rejections (path, content_hash, reason, first_seen_at, last_seen_at)
        values (?, ?, ?, ?, ?)
        on conflict (path) do update set
            content_hash = excluded.content_hash, reason = excluded.reason, last_seen_at = excluded.last_seen_at
        """,
        [path, content_hash, reason, now, now],
    )


def record_files(con: duckdb.DuckDBPyConnection, files: Sequence[dict[str, Any]], now: datetime) -> None:
    """Upsert a batch's files in one statement (a single-row upsert cost ~3 ms each).

    ``files``: dicts with path, size_bytes, content_hash, file_format, status, mtime; paths unique.
    """
    if not files:
        return
    batch = pa.Table.from_pylist(  # noqa: F841 - read by DuckDB's replacement scan
        [{**f, "first_seen_at": now, "last_seen_at": now, "processed_at": now} for f in files],
        schema=pa.schema(
            [
                ("path", pa.string()),
                ("size_bytes", pa.int64()),
                ("content_hash", pa.string()),
                ("file_format", pa.string()),
                ("status", pa.string()),
                ("mtime", pa.float64()),
                ("first_seen_at", pa.timestamp("us")),
                ("last_seen_at", pa.timestamp("us")),
                ("processed_at", pa.timestamp("us")),
            ]
        ),
    )
    con.execute(
        """
        insert into landing.raw_files
            (path, size_bytes, content_hash, file_format, status, mtime, first_seen_at, last_seen_at, processed_at)
        select path, size_bytes, content_hash, file_format, status, mtime, first_seen_at, last_seen_at, processed_at
        from batch
        on conflict (path) do update set
            size_bytes = excluded.size_bytes, content_hash = excluded.content_hash,
            file_format = excluded.file_format, status = excluded.status, mtime = excluded.mtime,
            last_seen_at = excluded.last_seen_at, processed_at = excluded.processed_at
        """
    )


def record_rejections(
    con: duckdb.DuckDBPyConnection, rejections: Sequence[tuple[str, str | None, str]], now: datetime
) -> None:
    """``record_rejection`` for many (path, content_hash, reason) at once; paths unique."""
    if not rejections:
        return
    batch = pa.Table.from_pydict(  # noqa: F841 - read by DuckDB's replacement scan
        {
            "path": [r[0] for r in rejections],
            "content_hash": [r[1] for r in rejections],
            "reason": [r[2] for r in rejections],
            "seen_at": [now] * len(rejections),
        },
        schema=pa.schema(
            [
                ("path", pa.string()),
                ("content_hash", pa.string()),
                ("reason", pa.string()),
                ("seen_at", pa.timestamp("us")),
            ]
        ),
    )
    con.execute(
        """
        insert into landing.file_rejections (path, content_hash, reason, first_seen_at, last_seen_at)
        select path, content_hash, reason, seen_at, seen_at from batch
        on conflict (path) do update set
            content_hash = excluded.content_hash, reason = excluded.reason, last_seen_at = excluded.last_seen_at
        """
    )


def clear_rejections(con: duckdb.DuckDBPyConnection, paths: Sequence[str]) -> None:
    if paths:
        con.execute(
            "delete from landing.file_rejections where path in (select unnest(?::varchar[]))", [list(paths)]
        )
