"""Clients of the published warehouse inside one long-lived process: ``newsroom.connect()`` and
SQLAlchemy (duckdb-engine, what Superset uses), on a real published file and real publishes.

DuckDB gives a process ONE database instance per path: while any connection to the warehouse is
open, a new ``duckdb.connect(path)`` joins that instance and keeps reading the file a publish
replaced (and keeps it on disk). These tests measure that, and that the recipes avoid it.
"""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

import newsroom
from newsroom import warehouse

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

QUOTES = "select count(*) from quotes"


@pytest.fixture
def published(sample_warehouse, tmp_path) -> Path:
    """A copy of the sample warehouse that tests may publish over."""
    path = tmp_path / "wh" / "news.duckdb"
    path.parent.mkdir()
    shutil.copyfile(sample_warehouse, path)
    return path


def publish_without_one_articles_quotes(path: Path) -> None:
    """A new state through the pipeline's own publish (working copy, then ``os.replace``)."""
    working = path.with_name(path.name + ".building")
    con = warehouse.open_working_copy(path, working)
    con.execute("delete from main.quotes where article_id = (select min(article_id) from main.quotes)")
    warehouse.close(con)
    warehouse.publish(working, path)


def open_files(path: Path) -> list[str]:
    """What this process holds open of ``path``: the file itself, or a replaced one ("(deleted)")."""
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the directory listing's own descriptor, already closed
            continue
        if target in (str(path), f"{path} (deleted)"):
            held.append(target)
    return held


def count(con, sql: str = QUOTES) -> int:
    return con.execute(sql).fetchone()[0]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files are read from /proc")
def test_connect_sees_each_publish_that_a_pooled_connection_misses(published):
    pooled = duckdb.connect(str(published), read_only=True)  # a BI tool's pool keeps this one open
    with newsroom.connect(published) as before:
        old = count(pooled)
        assert count(before) == old
        publish_without_one_articles_quotes(published)
        new_connection = duckdb.connect(str(published), read_only=True)
        # The pooled connection, and a new one in the same process, read the replaced file ...
        assert count(pooled) == old and count(new_connection) == old
        assert f"{published} (deleted)" in open_files(published)
        # ... newsroom.connect() reads the new one; an open connection keeps the state it opened.
        with newsroom.connect(published) as after:
            new = count(after)
        assert count(before) == old
    assert 0 < new < old
    new_connection.close()
    pooled.close()
    assert open_files(published) == []  # the replaced file's space is freed with its last connection
    reconnected = duckdb.connect(str(published), read_only=True)
    try:
        assert count(reconnected) == new
    finally:
        reconnected.close()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files are read from /proc")
def test_connect_is_read_only_names_the_catalog_after_the_file_and_lets_it_go(published):
    with newsroom.connect(published) as con:
        assert con.execute("select current_database(), current_schema()").fetchone() == ("news", "main")
        assert count(con, "select count(*) from news.main.articles") == 5
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("create table scratch as select 1")
        assert open_files(published) == [str(published)]
    assert open_files(published) == []


def test_connect_reads_news_warehouse_and_says_when_there_is_none(published, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_WAREHOUSE", str(published))
    with newsroom.connect() as con:
        assert count(con, "select count(*) from articles") == 5
    monkeypatch.setenv("NEWS_WAREHOUSE", str(tmp_path / "missing.duckdb"))
    with pytest.raises(FileNotFoundError, match="missing.duckdb"):
        newsroom.connect()


def test_sqlalchemy_inspects_and_queries_as_a_bi_tool_does(sample_warehouse):
    """Superset's first steps: schemas, tables and views of ``main``, every column with its type and
    description, keys and table comment, then a query on a reflected table."""
    engine = sa.create_engine(f"duckdb:///{sample_warehouse}?access_mode=read_only", poolclass=NullPool)
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        tables = {
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main'"
            ).fetchall()
        }
        views = {
            r[0]
            for r in con.execute(
                "select view_name from duckdb_views() where schema_name = 'main' and not internal"
            ).fetchall()
        }
        columns = {}
        for table, column, comment in con.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'main'"
            " order by table_name, column_index"
        ).fetchall():
            columns.setdefault(table, []).append((column, comment))
        articles = count(con, "select count(*) from articles")
    finally:
        con.close()

    inspector = sa.inspect(engine)
    assert "main" in {name.split(".")[-1] for name in inspector.get_schema_names()}
    assert set(inspector.get_table_names(schema="main")) == tables and "events" in tables
    assert set(inspector.get_view_names(schema="main")) == views
    for table in tables | views:
        reflected = inspector.get_columns(table, schema="main")
        assert [(c["name"], c["comment"]) for c in reflected] == columns[table], table
        assert all(isinstance(c["type"], sa.types.TypeEngine) for c in reflected)
        assert set(inspector.get_pk_constraint(table, schema="main")) >= {"constrained_columns"}
        assert isinstance(inspector.get_foreign_keys(table, schema="main"), list)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "duckdb-engine doesn't yet support reflection on indices"
            assert isinstance(inspector.get_indexes(table, schema="main"), list)
    assert inspector.get_table_comment("events", schema="main")["text"]

    reflected = sa.Table("articles", sa.MetaData(), autoload_with=engine, schema="main")
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(reflected)).scalar() == articles
        assert connection.execute(sa.text("select count(*) from articles")).scalar() == articles
    engine.dispose()


def test_sqlalchemy_null_pool_sees_a_publish_that_the_default_pool_misses(published):
    url = f"duckdb:///{published}?access_mode=read_only"
    pooled, unpooled = sa.create_engine(url), sa.create_engine(url, poolclass=NullPool)
    query = sa.text(QUOTES)
    with pooled.connect() as connection:
        old = connection.execute(query).scalar()
    with unpooled.connect() as connection:
        assert connection.execute(query).scalar() == old
    publish_without_one_articles_quotes(published)
    with pooled.connect() as connection:  # the pool's connection stays open: the replaced file
        assert connection.execute(query).scalar() == old
    with unpooled.connect() as connection:  # a new connection joins the instance the pool holds open
        assert connection.execute(query).scalar() == old
    pooled.dispose()
    with unpooled.connect() as connection:  # nothing holds the old file any more
        new = connection.execute(query).scalar()
    assert 0 < new < old
    unpooled.dispose()
