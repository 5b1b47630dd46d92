"""Publication times end to end: a saved page's ``10:00+05:00`` reaches the ``articles`` mart as
the UTC instant 05:00, in a TIMESTAMPTZ column, whatever the zone of the machine or the session."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime

import pytest

import newsroom
from tests.conftest import ROOT, SAMPLES

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

# Pages whose Open Graph publication time carries a zone offset other than UTC.
HTML_FIXTURES = ROOT / "tests" / "fixtures" / "html"
PAGES = ("br_text.html", "ads_divs.html")
PUBLISHED_TIME = re.compile(r'<meta property="article:published_time" content="([^"]+)">')


def page_instant(name: str) -> datetime:
    """The publication time the page states, as a UTC instant (read here without the pipeline)."""
    stated = PUBLISHED_TIME.search((HTML_FIXTURES / name).read_text(encoding="utf-8")).group(1)
    offset = datetime.fromisoformat(stated)
    assert offset.utcoffset().total_seconds() != 0, stated
    return offset.astimezone(UTC)


@pytest.fixture(scope="module")
def warehouse_with_pages(prefect_harness, tmp_path_factory):
    from flows.ingest import ingest

    base = tmp_path_factory.mktemp("published_times")
    raw = base / "raw"
    shutil.copytree(SAMPLES, raw)
    for name in PAGES:
        shutil.copy(HTML_FIXTURES / name, raw / name)
    warehouse = base / "wh" / "news.duckdb"
    result = ingest(raw_dir=str(raw), warehouse_path=str(warehouse))
    assert f"{len(PAGES) + 5} new" in result["summary"], result
    return warehouse


def test_the_mart_holds_the_pages_utc_instant(warehouse_with_pages):
    with newsroom.connect(warehouse_with_pages) as con:
        con.execute("set TimeZone = 'America/New_York'")  # what a BI session may use: same instants
        stored = dict(
            con.execute(
                "select source_file, published_at from articles where source_format = 'html'"
            ).fetchall()
        )
        utc_text = dict(
            con.execute(
                "select source_file, strftime(timezone('UTC', published_at), '%Y-%m-%d %H:%M:%S')"
                " from articles where source_format = 'html'"
            ).fetchall()
        )
    assert set(stored) == set(PAGES)
    for name in PAGES:
        assert stored[name] == page_instant(name), name
        assert utc_text[name] == f"{page_instant(name):%Y-%m-%d %H:%M:%S}", name


def test_published_at_is_timestamptz_from_landing_to_mart(warehouse_with_pages):
    with newsroom.connect(warehouse_with_pages) as con:
        types = con.execute(
            "select table_schema, data_type from information_schema.columns"
            " where table_name in ('extracted_articles', 'articles', 'stg_landing__articles')"
            " and column_name = 'published_at'"
            " order by table_schema"
        ).fetchall()
    assert types == [
        ("landing", "TIMESTAMP WITH TIME ZONE"),
        ("main", "TIMESTAMP WITH TIME ZONE"),
        ("staging", "TIMESTAMP WITH TIME ZONE"),
    ]
