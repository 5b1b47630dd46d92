"""A real warehouse for the dashboard tests, built from the bundled samples by the plain pipeline
without Prefect: the dashboard reads only what that leaves. One file the reader refuses gives the
rejected-files view a row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.built_warehouse import REFUSED, build_warehouse
from tests.conftest import SAMPLES


@pytest.fixture(scope="session")
def dashboard_warehouse(tmp_path_factory) -> Path:
    """The published warehouse (read-only for the tests)."""
    base = tmp_path_factory.mktemp("dashboard")
    raw = base / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / REFUSED).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # binary: refused
    published = base / "wh" / "news.duckdb"
    published.parent.mkdir()
    build_warehouse(raw, published)
    return published
