"""A warehouse written before the landing tables were renamed and the storage version lowered to
DuckDB 1.4's is migrated by the next run's working copy, with nothing lost."""

from __future__ import annotations

from pathlib import Path

import duckdb

from newsroom import warehouse


def _old_warehouse(path, storage_version: str = "v1.5.0"):
    """The landing schema under its former names, in a file of a newer storage version."""
    con = duckdb.connect(str(path), config={"storage_compatibility_version": storage_version})
    con.execute(warehouse.schema_sql())
    for old, new in warehouse.LANDING_RENAMES.items():
        con.execute(f"alter table landing.{new} rename to {old}")
    con.execute(
        """insert into landing.articles (article_id, source_file, record_index, source_format, body,
                                         content_hash, text_hash, ingested_at)
           values ('a1', 'a.txt', 0, 'txt', 'Body.', 'h', 't', '2026-01-01')"""
    )
    con.execute(
        "insert into landing.rejected_files values ('b.txt', null, 'binary file', '2026-01-01', '2026-01-01')"
    )
    # A dbt view over a landing table, as the staging models are: it does not stop the rename.
    con.execute("create schema staging")
    con.execute("create view staging.stg_articles as select article_id from landing.articles")
    con.execute("comment on table landing.raw_files is 'kept'")
    con.close()


def test_an_old_warehouse_is_renamed_and_rewritten_for_duckdb_1_4(tmp_path):
    published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
    _old_warehouse(published)
    assert warehouse.needs_migration(published)

    con = warehouse.open_working_copy(published, working)
    assert warehouse.storage_version(con) == f"{warehouse.STORAGE_COMPATIBILITY}+" == "v1.4.0+"
    landing = {
        t
        for (t,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'landing'"
        ).fetchall()
    }
    assert set(warehouse.LANDING_RENAMES.values()) <= landing
    assert not set(warehouse.LANDING_RENAMES) & landing
    assert con.execute("select article_id, source_file from landing.extracted_articles").fetchall() == [
        ("a1", "a.txt")
    ]
    assert con.execute("select path, reason from landing.file_rejections").fetchall() == [
        ("b.txt", "binary file")
    ]
    assert con.execute("select comment from duckdb_tables() where table_name = 'raw_files'").fetchone() == (
        "kept",
    )
    keys = con.execute(
        "select table_name from duckdb_constraints() where schema_name = 'landing' and constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    assert {"extracted_articles", "file_rejections", "raw_files", "run_log"} <= {t for (t,) in keys}
    assert warehouse.schema_is_current(con)
    warehouse.close(con)
    warehouse.publish(working, published)
    assert not warehouse.needs_migration(published)


def test_discovery_reads_a_warehouse_not_yet_migrated(tmp_path):
    published = tmp_path / "news.duckdb"
    _old_warehouse(published)
    con = warehouse.connect(published, read_only=True)
    try:
        known = warehouse.known_files(con)
    finally:
        con.close()
    assert known == {"b.txt": ("", "rejected")}


def test_marts_built_before_their_keys_and_not_null_constraints_need_a_rebuild(tmp_path):
    published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"

    def published_after(*statements: str) -> Path:
        con = warehouse.open_working_copy(published, working)
        for statement in statements:
            con.execute(statement)
        warehouse.close(con)
        warehouse.publish(working, published)
        return published

    assert warehouse.needs_migration(published_after("create table main.articles (article_id varchar)"))
    keyed = "create table main.articles (article_id varchar primary key)"
    assert not warehouse.needs_migration(published_after("drop table main.articles", keyed))
    # built before the contract's NOT NULL constraints, which let a run of new data skip their tests
    assert warehouse.needs_migration(published_after("alter table main.articles add column body varchar"))
    constrained = "create table main.articles (article_id varchar primary key, body varchar not null)"
    assert not warehouse.needs_migration(published_after("drop table main.articles", constrained))
