"""Shared fixtures. Prefect's test harness starts a temporary API server (~16 s): once per session."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVALDATA = ROOT / "evaldata"
SAMPLES = ROOT / "raw"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def gold_seeds() -> dict:
    return json.loads((EVALDATA / "gold_seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def sample_raw_dir(tmp_path) -> Path:
    """A fresh raw folder holding the five bundled sample articles."""
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    return raw


@pytest.fixture(scope="session")
def sample_warehouse(prefect_harness, tmp_path_factory) -> Path:
    """ONE real flow run on the bundled samples, shared by every test that only reads its output:
    the published ``news.duckdb`` (returned), ``news.duckdb.docs/`` beside it and ``news.duckdb.dbt/`` (compiled
    analyses). Read-only for the tests: copy it before changing anything. Tests that use it belong
    in ``xdist_group("prefect")``, so that this run and the Prefect harness happen once."""
    from flows.ingest import ingest

    base = tmp_path_factory.mktemp("sample_warehouse")
    raw = base / "raw"
    shutil.copytree(SAMPLES, raw)
    warehouse = base / "wh" / "news.duckdb"  # the file name fixes the catalog name dbt compiles into SQL
    result = ingest(raw_dir=str(raw), warehouse_path=str(warehouse))
    assert "5 new" in result["summary"], result
    return warehouse


@pytest.fixture
def con(tmp_path):
    """A writable working copy of a new warehouse."""
    from newsroom import warehouse

    connection = warehouse.open_working_copy(
        tmp_path / "wh" / "news.duckdb", tmp_path / "wh" / "news.duckdb.building"
    )
    yield connection
    connection.close()


@pytest.fixture
def raw(tmp_path) -> Path:
    """An empty raw folder."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder
