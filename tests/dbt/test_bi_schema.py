"""The warehouse as a BI tool sees it: keys on the marts, no landing table that could be mistaken
for a mart, and a file that DuckDB 1.4 (the LTS line in many BI drivers) opens. Checked on the
session's one flow run on the samples (``sample_warehouse``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from newsroom import transform, warehouse
from tests.dbt.conftest import MARTS, mart_models

ROOT = Path(__file__).resolve().parents[2]
# `.ci/run` installs DuckDB 1.4 here (pip install --target), outside the project's environment.
DUCKDB_LTS = Path(os.environ.get("NEWS_TEST_DUCKDB_LTS", ROOT / ".ci" / "duckdb-1.4"))


def _declared_keys() -> dict[str, list[str]]:
    """mart -> primary-key columns, as the dbt model contracts declare them."""
    keys = {}
    for model in mart_models():
        columns = [
            c["name"]
            for c in model.get("columns", [])
            if any(k.get("type") == "primary_key" for k in c.get("constraints", []))
        ]
        for constraint in model.get("constraints", []):
            if constraint.get("type") == "primary_key":
                columns += constraint["columns"]
        if columns:
            keys[model["name"]] = columns
    return keys


DECLARED_KEYS = _declared_keys()


@pytest.mark.parametrize(
    "mart", ["articles", "actors", "actor_mentions", "quotes", "events", "boilerplate_lines", "dyads"]
)
def test_the_table_marts_declare_a_primary_key(mart):
    assert mart in DECLARED_KEYS


@pytest.mark.e2e
@pytest.mark.xdist_group("prefect")
def test_every_mart_table_has_its_primary_key_in_the_database(con):
    tables = {
        t
        for (t,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'"
        ).fetchall()
    }
    keys = dict(
        con.execute(
            """select table_name, constraint_column_names from duckdb_constraints()
               where schema_name = 'main' and constraint_type = 'PRIMARY KEY'"""
        ).fetchall()
    )
    assert tables, "no mart tables"
    assert keys == {t: DECLARED_KEYS[t] for t in tables}


def _constraint_checks(model: dict) -> set[tuple[str, tuple[str, ...]]]:
    """(check, columns) pairs the model's enforced contract makes DuckDB apply to every row written."""
    if not model.get("config", {}).get("contract", {}).get("enforced"):
        return set()
    checks = set()
    for column in model.get("columns", []):
        kinds = {c["type"] for c in column.get("constraints", [])}
        if kinds & {"not_null", "primary_key"}:
            checks.add(("not_null", (column["name"],)))
        if kinds & {"unique", "primary_key"}:
            checks.add(("unique", (column["name"],)))
    for constraint in model.get("constraints", []):
        if constraint["type"] in ("primary_key", "unique"):
            checks.add(("unique", tuple(constraint["columns"])))
        if constraint["type"] == "primary_key":  # a key's columns are NOT NULL in DuckDB
            checks.update(("not_null", (name,)) for name in constraint["columns"])
    return checks


def _tagged_tests(model: dict) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(test, columns) of each data test of the model tagged ``enforced_by_contract``."""

    def tagged(test: dict | str) -> tuple[str, dict] | None:
        if isinstance(test, str):
            return None
        ((name, spec),) = test.items()
        return (
            (name, spec) if transform.ENFORCED_TAG in (spec or {}).get("config", {}).get("tags", []) else None
        )

    for column in model.get("columns", []):
        for test in column.get("data_tests", []):
            if found := tagged(test):
                yield found[0], (column["name"],)
    for test in model.get("data_tests", []):
        if found := tagged(test):
            name, spec = found
            assert name == "unique_combination_of_columns", name
            yield "unique", tuple(spec["arguments"]["combination_of_columns"])


def test_every_test_left_to_the_contracts_is_a_check_a_constraint_makes():
    """A first build or a full refresh leaves out the tests tagged ``enforced_by_contract``
    (``transform.build``): each must be a not-null or uniqueness check that a constraint of its
    mart's enforced contract makes on every row written, else nothing would check it there."""
    tagged = 0
    for model in mart_models():
        for check in _tagged_tests(model):
            tagged += 1
            assert check in _constraint_checks(model), (model["name"], check)
    assert tagged >= 50


def _landing_tables() -> set[str]:
    return set(re.findall(r"create table if not exists landing\.(\w+)", warehouse.schema_sql()))


def test_no_landing_table_has_a_marts_name():
    marts = {path.stem for path in MARTS.glob("*.sql")}
    assert marts >= {"articles", "quotes", "events"}
    assert not _landing_tables() & marts


@pytest.mark.e2e
@pytest.mark.xdist_group("prefect")
def test_no_relation_outside_main_has_a_marts_name(con):
    relations = con.execute(
        """select schema_name, table_name from duckdb_tables()
           union all select schema_name, view_name from duckdb_views() where not internal"""
    ).fetchall()
    in_main = {name for schema, name in relations if schema == "main"}
    elsewhere = {f"{schema}.{name}" for schema, name in relations if schema != "main" and name in in_main}
    assert in_main >= {"articles", "quotes", "events", "rejected_files", "pipeline_runs"}
    assert not elsewhere


# Every table and view of the file: row count and a digest of its rows, column types, primary keys.
READ_EVERYTHING = """
import duckdb, json, sys
con = duckdb.connect(sys.argv[1], read_only=True)
relations = con.execute(
    "select schema_name, table_name from duckdb_tables() "
    "union all select schema_name, view_name from duckdb_views() where not internal order by all"
).fetchall()
out = {"version": duckdb.__version__, "relations": {}}
for schema, name in relations:
    out["relations"][f"{schema}.{name}"] = con.execute(
        f'select count(*), md5(coalesce(string_agg(r::varchar, chr(10) order by r::varchar), \\'\\')) '
        f'from (select * from "{schema}"."{name}") r'
    ).fetchone()
out["columns"] = con.execute(
    "select schema_name || '.' || table_name || '.' || column_name, data_type, comment from duckdb_columns() "
    "where not internal order by all"
).fetchall()
out["keys"] = con.execute(
    "select table_name, constraint_column_names from duckdb_constraints() "
    "where schema_name = 'main' and constraint_type = 'PRIMARY KEY' order by all"
).fetchall()
print(json.dumps(out, default=str))
"""


def _read_everything(python_path: str | None, warehouse_file: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if python_path:
        env["PYTHONPATH"] = python_path
    completed = subprocess.run(
        [sys.executable, "-c", READ_EVERYTHING, str(warehouse_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd="/",
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.mark.e2e
@pytest.mark.xdist_group("prefect")
def test_the_published_file_is_written_for_duckdb_1_4(con):
    assert warehouse.storage_version(con) == "v1.4.0+"


@pytest.mark.e2e
@pytest.mark.xdist_group("prefect")
def test_duckdb_1_4_reads_every_relation_as_duckdb_2_does(sample_warehouse):
    if not (DUCKDB_LTS / "duckdb").is_dir():
        pytest.skip(
            f"DuckDB 1.4 is not installed in {DUCKDB_LTS} (.ci/run installs it: "
            f"pip install --target {DUCKDB_LTS} 'duckdb==1.4.*')"
        )
    lts = _read_everything(str(DUCKDB_LTS), sample_warehouse)
    current = _read_everything(None, sample_warehouse)
    assert re.match(r"1\.4\.", lts["version"]), lts["version"]
    assert current["version"] == duckdb.__version__
    assert "main.articles" in lts["relations"] and lts["relations"]["main.events"][0] > 0
    assert lts["relations"] == current["relations"]
    assert lts["columns"] == current["columns"]
    assert lts["keys"] == current["keys"] and lts["keys"]


def _as_written_before_this_schema(published: Path, old: Path) -> None:
    """``published`` as an earlier version wrote it: storage v1.5.0, landing tables under the
    marts' names, and marts built before they had keys (``articles`` without its key)."""
    con = duckdb.connect()
    try:
        con.execute(f"attach '{published}' as current_version (read_only)")
        con.execute(f"attach '{old}' as old_version (storage_version 'v1.5.0')")
        con.execute("copy from database current_version to old_version")
        for former, current in warehouse.LANDING_RENAMES.items():
            con.execute(f"alter table old_version.landing.{current} rename to {former}")
        con.execute("create table old_version.main.unkeyed as select * from old_version.main.articles")
        con.execute("drop table old_version.main.articles")
        con.execute("alter table old_version.main.unkeyed rename to articles")
    finally:
        con.close()


@pytest.mark.e2e
@pytest.mark.xdist_group("prefect")
def test_a_warehouse_from_before_is_migrated_by_a_run_with_nothing_new(sample_warehouse, tmp_path):
    from flows.ingest import ingest
    from newsroom.config import load_settings
    from newsroom.noop import outlook
    from tests.warehouse_fingerprints import fingerprints

    raw = sample_warehouse.parent.parent / "raw"
    old = tmp_path / "wh" / "news.duckdb"
    old.parent.mkdir()
    _as_written_before_this_schema(sample_warehouse, old)
    assert warehouse.needs_migration(old)

    result = ingest(raw_dir=str(raw), warehouse_path=str(old))
    assert "5 unchanged" in result["summary"] and "dbt" in result["seconds"], result

    con = duckdb.connect(str(old), read_only=True)
    try:
        assert warehouse.storage_version(con) == "v1.4.0+"
        keyed = con.execute(
            "select table_name from duckdb_constraints() where schema_name = 'main' and constraint_type = 'PRIMARY KEY'"
        ).fetchall()
        assert {t for (t,) in keyed} == set(DECLARED_KEYS)
        # The marts that are views read the renamed landing tables.
        assert con.execute("select count(*) from main.pipeline_runs").fetchone()[0] == 2
        assert con.execute("select count(*) from main.rejected_files").fetchone()[0] == 0
    finally:
        con.close()
    assert fingerprints(old) == fingerprints(sample_warehouse)
    assert not warehouse.needs_migration(old)
    assert outlook(load_settings(raw_dir=str(raw), warehouse=str(old))).nothing_new
