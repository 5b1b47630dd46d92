"""The shapes analysts ask for: the ``dyads`` mart agrees with ``events``, and ``gdelt_events`` has the
GDELT 2.0 event table's columns in the codebook's order and answers GDELT queries as ``events`` does.
Checked on the session's one flow run on the samples (``sample_warehouse``)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

# The GDELT 2.0 event table (codebook, and BigQuery `gdelt-bq.gdeltv2.events`), in order.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
    )],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{geo}_{field}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )],
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
ALWAYS_NULL = [
    c for c in GDELT_COLUMNS if "Geo_" in c or c == "AvgTone" or c.endswith(("KnownGroupCode", "EthnicCode"))
] + [c for c in GDELT_COLUMNS if "Religion" in c]


def _one(con, sql: str):
    return con.execute(sql).fetchone()


def test_dyads_count_every_event_with_both_actors(con):
    dyads = _one(con, "select count(*), sum(event_count), sum(confident_event_count) from dyads")
    events = _one(con, "select count(*) from events where actor1_id is not null and actor2_id is not null")
    confident = _one(
        con, "select count(*) from events_confident where actor1_id is not null and actor2_id is not null"
    )
    assert dyads[0] > 0
    assert (dyads[1], dyads[2]) == (events[0], confident[0])
    assert dyads[2] < dyads[1]  # the samples have events on both sides of the threshold


def test_each_dyad_row_summarises_its_events(con):
    mismatches = con.execute(
        """select d.actor1_id, d.actor2_id, d.quad_class
           from dyads d
           join events e using (actor1_id, actor2_id, quad_class)
           group by all
           having any_value(d.event_count) != count(*)
               or any_value(d.article_count) != count(distinct e.article_id)
               or any_value(d.first_event_date) != min(e.event_date)
               or any_value(d.last_event_date) != max(e.event_date)
               or abs(any_value(d.mean_goldstein_scale) - avg(e.goldstein_scale)) > 1e-9"""
    ).fetchall()
    assert not mismatches


def test_dyads_carry_the_actors_names(con):
    rows = con.execute(
        """select d.actor1_name = a1.name and d.actor2_name = a2.name
           from dyads d join actors a1 on a1.actor_id = d.actor1_id join actors a2 on a2.actor_id = d.actor2_id"""
    ).fetchall()
    assert rows and all(ok for (ok,) in rows)


def test_gdelt_events_has_the_gdelt_columns_in_order_then_ours(con):
    columns = [d[0] for d in con.execute("select * from gdelt_events limit 0").description]
    assert len(GDELT_COLUMNS) == 61
    assert columns == [*GDELT_COLUMNS, "event_id", "confidence"]


def test_gdelt_events_is_events_one_to_one(con):
    assert (
        _one(con, "select count(*), count(distinct GLOBALEVENTID) from gdelt_events")
        == (_one(con, "select count(*) from events")[0],) * 2
    )
    assert not con.execute(
        """select 1 from gdelt_events g join events e using (event_id)
           where g.SQLDATE != cast(strftime(e.event_date, '%Y%m%d') as integer)
              or g.EventCode != e.cameo_code or g.EventRootCode != e.cameo_root_code
              or not starts_with(g.EventCode, g.EventBaseCode) or g.QuadClass != e.quad_class
              or upper(e.actor1_name) is distinct from g.Actor1Name"""
    ).fetchall()


def test_a_gdelt_query_runs_unchanged_and_agrees_with_events(con):
    gdelt = con.execute(
        """SELECT MonthYear, EventRootCode, QuadClass, COUNT(*) AS n, AVG(GoldsteinScale) AS g
           FROM gdelt_events WHERE SQLDATE >= 19790101 AND IsRootEvent IN (0, 1)
           GROUP BY MonthYear, EventRootCode, QuadClass ORDER BY ALL"""
    ).fetchall()
    ours = con.execute(
        """select cast(strftime(event_date, '%Y%m') as integer), cameo_root_code, quad_class, count(*),
                  avg(goldstein_scale)
           from events group by all order by all"""
    ).fetchall()
    assert gdelt and gdelt == ours


def test_the_documented_always_null_columns_are_null(con):
    nulls = _one(con, "select " + ", ".join(f"count({c})" for c in ALWAYS_NULL) + " from gdelt_events")
    assert set(nulls) == {0}
    filled = _one(con, "select count(DATEADDED), count(Actor1Name), count(Actor1Type1Code) from gdelt_events")
    assert all(filled)
