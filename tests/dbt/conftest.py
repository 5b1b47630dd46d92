"""What the dbt tests share: the documented marts as dbt's YAML declares them, and the published
sample warehouse opened read-only, as BI tools open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import yaml

MARTS = Path(__file__).resolve().parents[2] / "dbt" / "models" / "marts"


def mart_models() -> Iterator[dict]:
    """Each model entry of dbt/models/marts/*.yml, in file order."""
    for path in sorted(MARTS.glob("*.yml")):
        yield from yaml.safe_load(path.read_text(encoding="utf-8")).get("models", [])


@pytest.fixture(scope="module")
def con(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()
