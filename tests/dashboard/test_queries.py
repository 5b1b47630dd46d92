"""The dashboard's queries on a real warehouse built from the samples, checked against the marts
themselves (independent SQL), plus the warehouse states a user can meet: none yet, not ours, and
a publish while the dashboard is reading."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta

import duckdb
import pytest

from newsroom.dashboard import charts, queries
from newsroom.dashboard.app import PAGES, _render, create_app
from newsroom.dashboard.queries import Filters, WarehouseUnavailable
from tests.built_warehouse import REFUSED, build_warehouse

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("dashboard")]

EVERYTHING = Filters()


@pytest.fixture
def con(dashboard_warehouse):
    with queries.reading(dashboard_warehouse) as connection:
        yield connection


def scalar(con, sql: str, *params):
    return con.execute(sql, list(params)).fetchone()[0]


def busiest_actor(con) -> str:
    return queries.actor_choices(con)[0]["actor_id"]


def test_a_missing_warehouse_is_said_plainly(tmp_path):
    with pytest.raises(WarehouseUnavailable, match="No warehouse at .* run `make run`"):
        with queries.reading(tmp_path / "news.duckdb"):
            pass


def test_a_warehouse_without_marts_names_what_is_missing(tmp_path):
    path = tmp_path / "news.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(WarehouseUnavailable, match="has no articles, actors"):
        with queries.reading(path):
            pass


def test_a_file_that_is_not_duckdb_is_said_plainly(tmp_path):
    path = tmp_path / "news.duckdb"
    path.write_text("not a database")
    with pytest.raises(WarehouseUnavailable, match="Cannot read"):
        with queries.reading(path):
            pass


def test_a_publish_shows_at_once_even_while_an_older_reader_is_open(dashboard_warehouse, tmp_path):
    published = tmp_path / "news.duckdb"
    shutil.copyfile(dashboard_warehouse, published)
    working = tmp_path / "news.duckdb.building"
    shutil.copyfile(dashboard_warehouse, working)
    writer = duckdb.connect(str(working))
    writer.execute("delete from main.quotes where quote_index > 0")
    remaining = scalar(writer, "select count(*) from main.quotes")
    writer.close()
    with queries.reading(published) as old:
        before = queries.totals(old)["quotes"]
        os.replace(working, published)  # how the pipeline publishes
        with queries.reading(published) as new:
            assert queries.totals(new)["quotes"] == remaining < before
        assert queries.totals(old)["quotes"] == before  # a reader keeps its snapshot


def test_filter_choices(con):
    first, last = queries.date_bounds(con)
    assert first <= scalar(con, "select min(event_date) from events") <= last
    assert first <= scalar(con, "select max(event_date) from events") <= last
    mentions = [a["mention_count"] for a in queries.actor_choices(con)]
    assert mentions == sorted(mentions, reverse=True) and len(mentions) == scalar(
        con, "select count(*) from actors"
    )
    countries = queries.country_choices(con)
    assert countries == sorted(countries) and countries
    for code in countries:
        assert scalar(
            con, "select count(*) from events where ? in (actor1_country_code, actor2_country_code)", code
        )


def test_totals_match_the_marts(con):
    totals = queries.totals(con)
    assert totals["events"] == scalar(con, "select count(*) from events") > 0
    assert totals["quotes"] == scalar(con, "select count(*) from quotes") > 0
    assert totals["rejected"] == 1 and totals["last_run"]["status"] == "completed"


def test_top_actors_count_every_mention(con):
    rows = queries.top_actors(con, EVERYTHING, limit=10_000)
    assert sum(r["mentions"] for r in rows) == scalar(con, "select count(*) from actor_mentions") > 0
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)


def test_the_actor_filter_keeps_the_articles_that_name_the_actor(con):
    actor = busiest_actor(con)
    rows = queries.top_actors(con, Filters(actor_id=actor), limit=10_000)
    articles = scalar(con, "select count(distinct article_id) from actor_mentions where actor_id = ?", actor)
    assert next(r for r in rows if r["actor_id"] == actor)["articles"] == articles
    assert all(r["articles"] <= articles for r in rows)
    pairs = queries.actors_together(con, Filters(actor_id=actor), limit=10_000)
    assert pairs and all(actor in (p["actor_a"], p["actor_b"]) for p in pairs)


def test_actors_together_share_articles(con):
    for pair in queries.actors_together(con, EVERYTHING):
        shared = scalar(
            con,
            """select count(*) from (select article_id from actor_mentions where actor_id = ?
                                     intersect select article_id from actor_mentions where actor_id = ?)""",
            pair["actor_a"],
            pair["actor_b"],
        )
        assert shared == pair["articles"] > 0


def test_event_trends_cover_every_coded_event_with_codebook_names(con):
    rows = queries.event_trends(con, EVERYTHING, "day")
    assert sum(r["events"] for r in rows) == scalar(
        con, "select count(*) from events where cameo_root_code is not null"
    )
    assert all(r["root_name"] != r["root_code"] for r in rows)  # named from the CAMEO codebook seed


def test_the_date_range_selects_events_by_their_date(con):
    day = scalar(con, "select max(event_date) from events")
    only_that_day = queries.event_trends(con, Filters(start=day, end=day), "month")
    assert sum(r["events"] for r in only_that_day) == scalar(
        con, "select count(*) from events where event_date = ? and cameo_root_code is not null", day
    )
    assert queries.event_trends(con, Filters(start=day + timedelta(days=1)), "month") == []
    assert queries.top_actors(con, Filters(start=day + timedelta(days=3650))) == []
    with pytest.raises(ValueError):
        queries.event_trends(con, EVERYTHING, "fortnight")


def test_dyads_are_directed_pairs_of_two_actors(con):
    rows = queries.top_dyads(con, EVERYTHING, limit=10_000)
    assert rows and all(r["actor1_id"] != r["actor2_id"] for r in rows)
    assert sum(r["events"] for r in rows) == scalar(
        con,
        "select count(*) from events where actor1_id is not null and actor2_id is not null and actor1_id <> actor2_id",
    )
    top = rows[0]
    assert top["events"] == scalar(
        con,
        "select count(*) from events where actor1_id = ? and actor2_id = ?",
        top["actor1_id"],
        top["actor2_id"],
    )


def test_timeline_of_an_actor_and_of_a_country_pair(con):
    actor = busiest_actor(con)
    rows = queries.event_timeline(con, Filters(actor_id=actor), grain="day")
    assert sum(r["events"] for r in rows) == scalar(
        con, "select count(*) from events where ? in (actor1_id, actor2_id) and quad_class is not null", actor
    )
    assert {r["quad_class"] for r in rows} <= set(queries.QUAD_CLASSES)
    a, b = con.execute(
        """select actor1_country_code, actor2_country_code from events
           where actor1_country_code <> actor2_country_code group by all order by count(*) desc limit 1"""
    ).fetchone()
    pair = queries.event_timeline(con, EVERYTHING, (b, a), grain="week")
    assert sum(r["events"] for r in pair) == scalar(
        con,
        """select count(*) from events where quad_class is not null and
           ((actor1_country_code = ? and actor2_country_code = ?) or (actor1_country_code = ? and actor2_country_code = ?))""",
        a, b, b, a,
    )  # fmt: skip


def test_speakers_and_quote_kinds(con):
    rows = queries.top_speakers(con, EVERYTHING, limit=10_000)
    assert sum(r["quotes"] for r in rows) == scalar(
        con, "select count(*) from quotes where speaker_name is not null"
    )
    kinds = {k for (k,) in con.execute("select distinct quote_kind from quotes").fetchall()}
    if kinds <= set(charts.KIND_COLOURS):
        assert all(r["direct"] + r["partial"] + r["indirect"] == r["quotes"] for r in rows)


def test_quote_search_by_speaker_and_text(con):
    speaker, text = con.execute(
        "select speaker_name, quote_text from quotes where speaker_name is not null order by length(quote_text) desc limit 1"
    ).fetchone()
    word = max(text.split(), key=len)
    part = speaker.split()[-1].upper()
    found = queries.search_quotes(con, EVERYTHING, part, word)
    assert any(r["quote_text"] == text for r in found)
    assert all(
        part.lower() in r["speaker"].lower() and word.lower() in r["quote_text"].lower() for r in found
    )
    assert len(queries.search_quotes(con, EVERYTHING, None, None, limit=10_000)) == scalar(
        con, "select count(*) from quotes"
    )
    wildcard = queries.search_quotes(con, EVERYTHING, None, "%_")  # literal characters, not patterns
    assert all("%_" in r["quote_text"] for r in wildcard)


def test_pipeline_health(con):
    runs = queries.run_history(con, EVERYTHING)
    assert len(runs) == scalar(con, "select count(*) from pipeline_runs") >= 1
    assert runs[0]["status"] == "completed" and runs[0]["files_rejected"] == 1
    rejected = queries.rejected_files(con)
    assert [r["path"] for r in rejected] == [REFUSED] and "binary" in rejected[0]["reason"]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_renders_figures_with_data(con, page):
    graphs = [c for c in _render(con, page, EVERYTHING, {}) if hasattr(c, "figure")]
    assert graphs and all(g.figure.data for g in graphs), page


def test_every_chart_says_when_there_is_nothing():
    for draw in (charts.top_actors, charts.actors_together, charts.event_trends, charts.actor_network,
                 charts.top_speakers, charts.run_stages):  # fmt: skip
        figure = draw([])
        assert not figure.data and figure.layout.annotations
    assert not charts.event_timeline([], "x").data


def test_the_page_says_there_is_no_warehouse_yet(tmp_path):
    client = create_app(tmp_path / "news.duckdb").server.test_client()
    response = client.get("/_dash-layout")
    assert response.status_code == 200 and b"No warehouse at" in response.data


def test_an_empty_warehouse_says_so_on_every_page(tmp_path):
    """A first run on an empty folder: marts without rows. Each chart says there is nothing."""
    raw, published = tmp_path / "raw", tmp_path / "wh" / "news.duckdb"
    raw.mkdir()
    published.parent.mkdir()
    build_warehouse(raw, published)
    with queries.reading(published) as con:
        assert queries.date_bounds(con) == (None, None) and queries.actor_choices(con) == []
        for page in PAGES:
            graphs = [c for c in _render(con, page, EVERYTHING, {}) if hasattr(c, "figure")]
            assert graphs, page
            for graph in graphs:
                if page != "/pipeline":  # the run itself is recorded
                    assert not graph.figure.data and graph.figure.layout.annotations, page
