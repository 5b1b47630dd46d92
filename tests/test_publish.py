"""The published file always opens: publishing copes with WAL files left by other writers."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import duckdb

from newsroom import warehouse

# Writes a row and dies without checkpointing, leaving its changes only in ``<file>.wal``.
DIE_WITH_WAL = """
import duckdb, os, sys
con = duckdb.connect(sys.argv[1])
con.execute("pragma disable_checkpoint_on_shutdown")
con.execute("create table if not exists t (x integer)")
con.execute("insert into t values (%s)" % sys.argv[2])
os._exit(0)
"""


def write_and_die(path, value: int) -> None:
    subprocess.run([sys.executable, "-c", DIE_WITH_WAL, str(path), str(value)], check=True, timeout=60)


def rows(path) -> list:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("select x from t order by x").fetchall()
    finally:
        con.close()


def test_stale_wal_beside_the_published_file_does_not_break_the_new_one(tmp_path):
    published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
    con = duckdb.connect(str(published))
    con.execute("create table t (x integer)")
    con.close()
    write_and_die(published, 1)  # e.g. a BI tool that opened the published file read-write
    assert (tmp_path / "news.duckdb.wal").exists()

    con = warehouse.open_working_copy(published, working)
    con.execute("create table if not exists t (x integer)")
    con.execute("insert into t values (2)")
    warehouse.close(con)
    warehouse.publish(working, published)
    assert rows(published) == [(2,)]


def test_pending_wal_of_the_working_copy_is_folded_in_before_publishing(tmp_path):
    published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
    write_and_die(working, 3)  # e.g. a dbt process that exited without a checkpoint
    assert (tmp_path / "news.duckdb.building.wal").exists()
    warehouse.publish(working, published)
    assert rows(published) == [(3,)]
    assert not (tmp_path / "news.duckdb.building.wal").exists()


def test_the_loader_caps_duckdb_memory(tmp_path):
    con = warehouse.open_working_copy(tmp_path / "news.duckdb", tmp_path / "news.duckdb.building", "256MB")
    try:
        limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
    finally:
        con.close()
    assert limit.endswith("MiB") and float(limit.split()[0]) <= 256


def test_a_warehouse_with_keyed_detail_tables_is_rebuilt_without_the_keys_and_keeps_its_rows(tmp_path):
    published = tmp_path / "news.duckdb"
    con = duckdb.connect(str(published))
    con.execute("create schema landing")
    con.execute(
        "create table landing.mentions (article_id varchar not null, entity_index integer not null,"
        " mention_text varchar not null, start_char integer not null, end_char integer not null,"
        " sentence_index integer not null, mention_kind varchar not null, primary key (article_id, start_char, end_char))"
    )
    con.execute("insert into landing.mentions values ('a1', 0, 'Ada', 0, 3, 0, 'name')")
    con.close()
    con = warehouse.open_working_copy(published, tmp_path / "news.duckdb.building")
    try:
        keys = con.execute(
            "select count(*) from duckdb_constraints() where table_name = 'mentions' and constraint_type = 'PRIMARY KEY'"
        ).fetchone()[0]
        rows = con.execute("select article_id, mention_text, end_char from landing.mentions").fetchall()
        not_null = con.execute(
            "select count(*) from duckdb_constraints() where table_name = 'mentions' and constraint_type = 'NOT NULL'"
        ).fetchone()[0]
    finally:
        con.close()
    assert keys == 0 and rows == [("a1", "Ada", 3)] and not_null == 7


def test_discovery_reads_a_warehouse_from_before_the_mtime_column(tmp_path):
    published = tmp_path / "news.duckdb"
    con = warehouse.open_working_copy(published, tmp_path / "news.duckdb.building")
    con.execute("alter table landing.raw_files drop column mtime")
    con.execute(
        "insert into landing.raw_files values ('a.txt', 5, 'abc', 'txt', 'loaded', now(), now(), now())"
    )
    warehouse.close(con)
    warehouse.publish(tmp_path / "news.duckdb.building", published)
    con = warehouse.connect(published, read_only=True)
    try:
        known = warehouse.known_files(con)
    finally:
        con.close()
    assert dict(known) == {"a.txt": ("abc", "loaded")} and known.stamps == {}


def test_a_warehouse_with_naive_publication_times_gets_them_as_utc_instants(tmp_path):
    """Before TIMESTAMPTZ, ``published_at`` held UTC as a naive TIMESTAMP: the same instants after."""
    published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
    con = warehouse.open_working_copy(published, working)
    con.execute("alter table landing.extracted_articles alter column published_at set data type timestamp")
    con.execute(
        "insert into landing.extracted_articles (article_id, source_file, record_index, source_format, published_at,"
        " body, content_hash, text_hash, ingested_at) values"
        " ('a1', 'a.html', 0, 'html', '2022-11-03 05:00:00', 'Body.', 'h', 't', now()),"
        " ('a2', 'b.txt', 0, 'txt', null, 'Body.', 'h', 't', now())"
    )
    # the incremental mart dbt built from it then: dbt does not change a column's type
    con.execute("create table main.articles (article_id varchar primary key, published_at timestamp)")
    con.execute("insert into main.articles select article_id, published_at from landing.extracted_articles")
    assert not warehouse.schema_is_current(con)
    warehouse.close(con)
    warehouse.publish(working, published)
    con = warehouse.open_working_copy(published, working)
    try:
        con.execute(
            "set TimeZone = 'Asia/Karachi'"
        )  # the session's zone changes how it is shown, not the instant
        kinds = con.execute(
            "select distinct data_type from information_schema.columns where column_name = 'published_at'"
        ).fetchall()
        instants = con.execute(
            "select article_id, epoch(published_at) from landing.extracted_articles order by article_id"
        ).fetchall()
        mart = con.execute(
            "select article_id, epoch(published_at) from main.articles order by article_id"
        ).fetchall()
        current = warehouse.schema_is_current(con)
    finally:
        con.close()
    assert kinds == [("TIMESTAMP WITH TIME ZONE",)] and current
    assert instants == mart == [("a1", datetime(2022, 11, 3, 5, tzinfo=UTC).timestamp()), ("a2", None)]
