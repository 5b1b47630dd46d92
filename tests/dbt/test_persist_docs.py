"""Descriptions reach the database: the marts are built with dbt's ``persist_docs`` (relation and
columns, ``dbt/dbt_project.yml``), so BI tools reading ``duckdb_tables()`` / ``duckdb_views()`` /
``duckdb_columns()`` (or ``information_schema``) see the dbt descriptions. Checked on the session's
one flow run on the samples (``sample_warehouse``)."""

from __future__ import annotations

import pytest

from tests.dbt.conftest import mart_models

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]


def _documented_marts() -> dict[str, tuple[str, dict[str, str]]]:
    """model name -> (description, {column: description}) for every mart documented in YAML."""
    marts = {}
    for model in mart_models():
        columns = {c["name"]: (c.get("description") or "").strip() for c in model.get("columns", [])}
        marts[model["name"]] = ((model.get("description") or "").strip(), columns)
    return marts


DOCUMENTED = _documented_marts()


def test_marts_are_documented():
    assert {"articles", "actors", "quotes", "events"} <= set(DOCUMENTED)


@pytest.mark.parametrize("model", sorted(DOCUMENTED))
def test_mart_and_column_descriptions_are_comments(con, model):
    description, columns = DOCUMENTED[model]
    relation_comment = con.execute(
        """select comment from duckdb_tables() where schema_name = 'main' and table_name = $name
           union all
           select comment from duckdb_views() where schema_name = 'main' and view_name = $name""",
        {"name": model},
    ).fetchall()
    assert relation_comment, f"{model} is not in the warehouse"
    if description:
        assert (relation_comment[0][0] or "").strip(), f"{model} has no table comment"
    comments = dict(
        con.execute(
            "select column_name, comment from duckdb_columns() where schema_name = 'main' and table_name = ?",
            [model],
        ).fetchall()
    )
    for column, text in columns.items():
        if not text:
            continue
        assert column in comments, f"{model}.{column} is documented but not built"
        comment = (comments[column] or "").strip()
        assert comment, f"{model}.{column} is documented in YAML but has no comment in the warehouse"
        assert "{{" not in comment, f"{model}.{column}: the comment holds unrendered Jinja"


def test_information_schema_shows_column_comments(con):
    rows = con.execute(
        """select column_name, column_comment from information_schema.columns
           where table_schema = 'main' and table_name = 'events' and column_name = 'event_id'"""
    ).fetchall()
    assert rows and rows[0][1], rows
