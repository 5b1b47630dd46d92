"""Shared fixtures. Prefect's test harness starts a temporary API server (~16 s): once per session."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "raw"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def gold_seeds() -> dict:
    return json.loads((FIXTURES / "gold_seeds.json").read_text(encoding="utf-8"))


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
