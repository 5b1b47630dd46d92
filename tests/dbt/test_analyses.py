"""The ready analyst queries in dbt/analyses/: compiled by the flow's dbt run (``dbt docs generate``
compiles every node, analyses included, into <warehouse>.dbt/compiled/newsroom/analyses/)
and run read-only against the published sample warehouse, as an analyst would paste them into a
BI tool. Shares the session's one flow run on the samples (``sample_warehouse``)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

ROOT = Path(__file__).resolve().parents[2]
ANALYSES = ROOT / "dbt" / "analyses"

# Columns each analysis promises (prefix: the analysis may add more columns after these).
EXPECTED = {
    "top_speakers": [
        "speaker_actor_id",
        "speaker_name",
        "actor_type",
        "country_code",
        "quotes",
        "direct_quotes",
        "partial_quotes",
        "indirect_quotes",
        "articles",
        "outlets",
        "first_quoted_at",
        "last_quoted_at",
    ],
    "quotes_by_actor": [
        "published_at",
        "outlet",
        "title",
        "speaker_name",
        "quote_kind",
        "cue",
        "quote_text",
        "in_headline",
        "article_id",
        "quote_id",
    ],
    "event_counts_by_root_and_month": [
        "event_month",
        "cameo_root_code",
        "root_event_name",
        "quad_class",
        "events",
        "articles",
        "avg_goldstein_scale",
        "dated_by_publication",
    ],
    "actor_cooccurrence": [
        "actor_a",
        "actor_a_type",
        "actor_b",
        "actor_b_type",
        "shared_articles",
        "actor_a_articles",
        "actor_b_articles",
        "jaccard",
        "actor_a_id",
        "actor_b_id",
    ],
}


@pytest.fixture(scope="module")
def compiled(sample_warehouse) -> Path:
    return sample_warehouse.with_name(sample_warehouse.name + ".dbt") / "compiled" / "newsroom" / "analyses"


def test_every_analysis_is_compiled(compiled):
    sources = sorted(p.stem for p in ANALYSES.glob("*.sql"))
    assert set(EXPECTED) <= set(sources), (
        f"expected analyses missing from dbt/analyses: {set(EXPECTED) - set(sources)}"
    )
    assert sorted(p.stem for p in compiled.glob("*.sql")) == sources
    for path in compiled.glob("*.sql"):
        assert "{{" not in path.read_text(encoding="utf-8"), f"{path.name} still holds Jinja"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_analysis_returns_rows_with_expected_columns(con, compiled, name):
    relation = con.sql((compiled / f"{name}.sql").read_text(encoding="utf-8"))
    rows = relation.fetchall()
    assert relation.columns[: len(EXPECTED[name])] == EXPECTED[name]
    assert rows, f"{name} returned no rows on the sample warehouse"


def test_every_other_analysis_runs(con, compiled):
    """Analyses added later (e.g. pipeline_health) must at least run on the published file."""
    for path in sorted(compiled.glob("*.sql")):
        if path.stem not in EXPECTED:
            con.sql(path.read_text(encoding="utf-8")).fetchall()


def test_quotes_by_actor_is_about_one_speaker(con, compiled):
    rows = con.sql((compiled / "quotes_by_actor.sql").read_text(encoding="utf-8")).fetchall()
    top = con.execute(
        "select speaker_actor_id from quotes where speaker_actor_id is not null "
        "group by 1 order by count(*) desc, 1 limit 1"
    ).fetchall()[0][0]
    expected = con.execute("select count(*) from quotes where speaker_actor_id = ?", [top]).fetchall()[0][0]
    assert len(rows) == expected


def test_top_speakers_counts_add_up(con, compiled):
    for row in con.sql((compiled / "top_speakers.sql").read_text(encoding="utf-8")).fetchall():
        quotes, direct, partial, indirect = row[4:8]
        assert quotes >= direct + partial + indirect and quotes > 0
