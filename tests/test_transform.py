"""What makes the docs site stale and the whole test suite due: the dbt project's files and the
landing schema, not the data; and which published file a build record belongs to."""

from __future__ import annotations

import shutil

from newsroom.config import PROJECT_ROOT
from newsroom.transform import built_with, note_built, project_digest
from newsroom.warehouse import schema_sql


def test_project_digest_changes_with_the_project_and_schema_only(tmp_path):
    project = tmp_path / "dbt"
    shutil.copytree(
        PROJECT_ROOT / "dbt", project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages")
    )
    schema = schema_sql()
    first = project_digest(project, schema)

    (project / "target").mkdir()
    (project / "target" / "run_results.json").write_text("{}")
    (project / "logs").mkdir()
    (project / "logs" / "dbt.log").write_text("a run")
    assert project_digest(project, schema) == first

    model_docs = next((project / "models" / "marts").glob("*.yml"))
    model_docs.write_text(model_docs.read_text() + "\n# a description changed\n")
    edited = project_digest(project, schema)
    assert edited != first
    assert project_digest(project, schema + "\n-- a landing column added\n") != edited


def test_a_build_record_names_one_published_file(tmp_path):
    published, target = tmp_path / "news.duckdb", tmp_path / "news.duckdb.dbt"
    assert built_with(target, published) is None  # nothing recorded, nothing published
    published.write_bytes(b"built by the run")
    note_built(target, published, "digest-1")
    assert built_with(target, published) == "digest-1"

    # The next publish is an os.replace by a new file: until it is recorded, the digest is unknown.
    working = tmp_path / "news.duckdb.building"
    working.write_bytes(b"published by a failed run")
    working.replace(published)
    assert built_with(target, published) is None
    note_built(target, published, "digest-2")
    assert built_with(target, published) == "digest-2"
    published.unlink()
    assert built_with(target, published) is None


def test_only_a_build_that_creates_every_mart_leaves_the_contracts_tests_out(monkeypatch, tmp_path):
    """A first build and a full refresh create every mart with its constraints: the tests those
    constraints make are left out. A build on marts that already exist runs them (a changed project)
    or its own selection (new data)."""
    from newsroom import transform

    sent = []
    monkeypatch.setattr(
        transform, "_run", lambda session, project, db, target, args, progress: sent.append(args) or ""
    )

    def args_of(**kind) -> list[str]:
        transform.build(tmp_path / "dbt", tmp_path / "news.duckdb", tmp_path / "target", **kind)
        return sent[-1]

    leave_out = ["--exclude", "tag:enforced_by_contract"]
    assert args_of(first_build=True) == ["build", *leave_out]
    assert args_of(full_refresh=True) == ["build", "--full-refresh", *leave_out]
    assert args_of(full_refresh=True, new_data_only=True) == ["build", "--full-refresh", *leave_out]
    assert args_of() == ["build"]
    assert args_of(new_data_only=True) == ["build", "--selector", "new_data"]
