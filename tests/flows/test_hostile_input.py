"""No content of any single file can fail a run: the real flow (discovery, worker processes,
spaCy, DuckDB, dbt build and tests, publish) on generated hostile folders (tests/hostile.py)
completes, and every file ends up loaded or in rejected_files. Few examples: a run costs ~15 s."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.ingest import ingest
from tests import hostile

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]


@settings(
    max_examples=3,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(st.lists(hostile.entry, min_size=6, max_size=10, unique_by=lambda e: e[1].casefold()))
def test_the_flow_completes_on_a_hostile_folder_and_accounts_for_every_file(prefect_harness, entries):
    with tempfile.TemporaryDirectory() as tmp:
        raw, warehouse = Path(tmp) / "raw", Path(tmp) / "wh" / "news.duckdb"
        hostile.write_folder(raw, entries, Path(tmp) / "outside")
        os.environ["NEWS_MAX_ARTICLE_CHARS"] = (
            "20000"  # the cap itself; and keeps spaCy's share of the test short
        )
        try:
            result = ingest(raw_dir=str(raw), warehouse_path=str(warehouse))
        finally:
            del os.environ["NEWS_MAX_ARTICLE_CHARS"]
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            assert con.execute("select status from pipeline_runs").fetchall() == [("completed",)], result
            loaded = {
                p
                for (p,) in con.execute(
                    "select path from landing.raw_files where status = 'loaded'"
                ).fetchall()
            }
            refused = {p for (p,) in con.execute("select path from rejected_files").fetchall()}
            assert hostile.entries_on_disk(raw) <= loaded | refused, (
                hostile.entries_on_disk(raw) - loaded - refused
            )
            assert "sub/steady.txt" in loaded
            assert (
                con.execute("select count(*) from articles").fetchone()
                == con.execute("select count(*) from landing.extracted_articles").fetchone()
            )
        finally:
            con.close()
