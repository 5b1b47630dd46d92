"""What makes the docs site stale: the dbt project's files and the landing schema, not the data."""

from __future__ import annotations

import shutil

from newsroom.config import PROJECT_ROOT
from newsroom.transform import _docs_inputs
from newsroom.warehouse import schema_sql


def test_docs_inputs_change_with_the_project_and_schema_only(tmp_path):
    project = tmp_path / "dbt"
    shutil.copytree(
        PROJECT_ROOT / "dbt", project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages")
    )
    schema = schema_sql()
    first = _docs_inputs(project, schema)

    (project / "target").mkdir()
    (project / "target" / "run_results.json").write_text("{}")
    (project / "logs").mkdir()
    (project / "logs" / "dbt.log").write_text("a run")
    assert _docs_inputs(project, schema) == first

    model_docs = next((project / "models" / "marts").glob("*.yml"))
    model_docs.write_text(model_docs.read_text() + "\n# a description changed\n")
    edited = _docs_inputs(project, schema)
    assert edited != first
    assert _docs_inputs(project, schema + "\n-- a landing column added\n") != edited
