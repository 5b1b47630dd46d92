"""What the dashboard shows, as plain functions over a read-only DuckDB connection to the published
warehouse: each returns a list of dicts, so the pages, the tests and a notebook share them.

Only the marts in schema ``main`` are read (what a BI tool sees). Dates: an event's ``event_date``
(always set, see the ``events`` mart); an article's publication date, else the day it was loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

import newsroom

MARTS = ("articles", "actors", "actor_mentions", "quotes", "events", "pipeline_runs", "rejected_files")
GRAINS = ("day", "week", "month")
QUAD_CLASSES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
ARTICLE_DATE = "coalesce(cast(a.published_at as date), cast(a.ingested_at as date))"


class WarehouseUnavailable(RuntimeError):
    """No published warehouse yet, or one without the marts: said on the page, not as a traceback."""


@dataclass(frozen=True)
class Filters:
    """The filters every page shares; None means no limit."""

    start: date | None = None
    end: date | None = None
    actor_id: str | None = None


@contextmanager
def reading(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-only connection to the file at ``path`` as it is now.

    ``newsroom.connect`` attaches the file to a private in-memory database, so a publish
    (``os.replace``) shows in the next connection even while an older one is open. One thread and
    a small memory cap keep the dashboard from slowing a run on the same machine; read-only, it
    never blocks one. Dates are UTC days."""
    try:
        con = newsroom.connect(path)
    except FileNotFoundError:
        raise WarehouseUnavailable(
            f"No warehouse at {path} yet: run `make run` (or `newsroom run`) first."
        ) from None
    except duckdb.Error as exc:
        raise WarehouseUnavailable(f"Cannot read {path}: {exc}") from None
    try:
        con.execute("set threads = 1")
        con.execute("set memory_limit = '256MB'")
        con.execute("set TimeZone = 'UTC'")
        missing = [name for name in MARTS if name not in _relations(con)]
        if missing:
            raise WarehouseUnavailable(
                f"{path} has no {', '.join(missing)} yet: a run that builds the marts must finish first."
            )
        yield con
    finally:
        con.close()


def _relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from information_schema.tables "
        "where table_catalog = current_database() and table_schema = 'main'",
    ).fetchall()
    return {name for (name,) in rows}


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _dates(column: str, filters: Filters) -> tuple[str, list]:
    """SQL conditions (joined with ``and``, starting with ``true``) and their parameters."""
    sql, params = "true", []
    if filters.start:
        sql += f" and {column} >= ?"
        params.append(filters.start)
    if filters.end:
        sql += f" and {column} <= ?"
        params.append(filters.end)
    return sql, params


def _grain(grain: str) -> str:
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}, not {grain!r}")
    return grain


# --- choices for the filters -------------------------------------------------------------


def date_bounds(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """First and last date of any event or article: the date picker's range."""
    return con.execute(
        f"""select min(d), max(d) from (
                select event_date as d from events
                union all select {ARTICLE_DATE} from articles a)"""
    ).fetchone()


def actor_choices(con: duckdb.DuckDBPyConnection, limit: int = 1000) -> list[dict]:
    """Actors for the actor filter, most mentioned first."""
    return _rows(
        con,
        """select actor_id, name, actor_type, country_code, mention_count from actors
           order by mention_count desc, name limit ?""",
        [limit],
    )


def actor_name(con: duckdb.DuckDBPyConnection, actor_id: str) -> str:
    found = con.execute("select name from actors where actor_id = ?", [actor_id]).fetchone()
    return found[0] if found else actor_id


def country_choices(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Country codes that occur on either side of an event."""
    rows = con.execute(
        """select distinct code from (
               select actor1_country_code as code from events union all select actor2_country_code from events)
           where code is not null order by code"""
    ).fetchall()
    return [code for (code,) in rows]


def totals(con: duckdb.DuckDBPyConnection) -> dict:
    """Row counts of the marts and the last run, for the header."""
    counts = con.execute(
        """select (select count(*) from articles where not is_duplicate), (select count(*) from actors),
                  (select count(*) from quotes), (select count(*) from events),
                  (select count(*) from rejected_files)"""
    ).fetchone()
    last = _rows(con, "select started_at, status from pipeline_runs order by started_at desc limit 1")
    return dict(
        zip(("articles", "actors", "quotes", "events", "rejected"), counts, strict=True),
        last_run=last[0] if last else None,
    )


# --- actors in the news --------------------------------------------------------------------


def _articles_with_actor(filters: Filters) -> tuple[str, list]:
    """Article filter for the actor filter: only articles that mention the chosen actor."""
    if not filters.actor_id:
        return "true", []
    return "a.article_id in (select article_id from actor_mentions where actor_id = ?)", [filters.actor_id]


def top_actors(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 20) -> list[dict]:
    """Most mentioned actors (mentions and articles) in the articles the filters select."""
    dates, date_params = _dates(ARTICLE_DATE, filters)
    actor, actor_params = _articles_with_actor(filters)
    return _rows(
        con,
        f"""select x.actor_id, x.name, x.actor_type, x.country_code,
                   count(*) as mentions, count(distinct m.article_id) as articles
            from actor_mentions m join articles a using (article_id) join actors x using (actor_id)
            where {dates} and {actor}
            group by all order by mentions desc, articles desc, x.name limit ?""",
        [*date_params, *actor_params, limit],
    )


def actors_together(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 20) -> list[dict]:
    """Pairs of actors named in the same articles, by the number of articles they share."""
    dates, date_params = _dates(ARTICLE_DATE, filters)
    pair, pair_params = (
        ("(p.actor_a = ? or p.actor_b = ?)", [filters.actor_id] * 2) if filters.actor_id else ("true", [])
    )
    return _rows(
        con,
        f"""with present as (
                select distinct m.article_id, m.actor_id from actor_mentions m
                join articles a using (article_id) where {dates}),
            pairs as (
                select l.actor_id as actor_a, r.actor_id as actor_b, count(*) as articles
                from present l join present r on l.article_id = r.article_id and l.actor_id < r.actor_id
                group by all)
            select p.actor_a, xa.name as name_a, p.actor_b, xb.name as name_b, p.articles
            from pairs p join actors xa on xa.actor_id = p.actor_a join actors xb on xb.actor_id = p.actor_b
            where {pair} order by p.articles desc, name_a, name_b limit ?""",
        [*date_params, *pair_params, limit],
    )


# --- events --------------------------------------------------------------------------------


def _events_where(filters: Filters) -> tuple[str, list]:
    sql, params = _dates("e.event_date", filters)
    if filters.actor_id:
        sql += " and ? in (e.actor1_id, e.actor2_id)"
        params.append(filters.actor_id)
    return sql, params


def cameo_roots(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """CAMEO root code -> its name, from the codebook seed wherever dbt put it (empty if nowhere)."""
    found = con.execute(
        """select table_schema from information_schema.tables
           where table_catalog = current_database() and table_name = 'cameo_event_codes'
           order by table_schema = 'main' desc"""
    ).fetchall()
    if not found:
        return {}
    rows = con.execute(
        f'select root_code, event_name from "{found[0][0]}".cameo_event_codes where is_root order by root_code'
    ).fetchall()
    return {code: name.capitalize() for code, name in rows}


def event_trends(con: duckdb.DuckDBPyConnection, filters: Filters, grain: str = "month") -> list[dict]:
    """Events per period and CAMEO root code, with their mean Goldstein score."""
    where, params = _events_where(filters)
    rows = _rows(
        con,
        f"""select date_trunc(?, e.event_date)::date as period, e.cameo_root_code as root_code,
                   count(*) as events, avg(e.goldstein_scale) as mean_goldstein
            from events e where {where} and e.cameo_root_code is not null
            group by all order by period, root_code""",
        [_grain(grain), *params],
    )
    names = cameo_roots(con)
    for row in rows:
        row["root_name"] = names.get(row["root_code"], row["root_code"])
    return rows


def top_dyads(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 15) -> list[dict]:
    """The most active actor pairs (who acts on whom): events, mean Goldstein, first and last date."""
    where, params = _events_where(filters)
    return _rows(
        con,
        f"""select e.actor1_id, e.actor1_name, e.actor2_id, e.actor2_name, count(*) as events,
                   avg(e.goldstein_scale) as mean_goldstein, min(e.event_date) as first_date,
                   max(e.event_date) as last_date
            from events e where {where} and e.actor1_id is not null and e.actor2_id is not null
                and e.actor1_id <> e.actor2_id
            group by all order by events desc, e.actor1_name, e.actor2_name limit ?""",
        [*params, limit],
    )


def event_timeline(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    countries: tuple[str, str] | None = None,
    grain: str = "month",
) -> list[dict]:
    """Events per period and quad class, with the mean Goldstein score, for the filters' actor or,
    given, a country pair (either acting on the other)."""
    where, params = _events_where(filters)
    if countries:
        where += """ and ((e.actor1_country_code = ? and e.actor2_country_code = ?)
                          or (e.actor1_country_code = ? and e.actor2_country_code = ?))"""
        params += [countries[0], countries[1], countries[1], countries[0]]
    rows = _rows(
        con,
        f"""select date_trunc(?, e.event_date)::date as period, e.quad_class, count(*) as events,
                   avg(e.goldstein_scale) as mean_goldstein
            from events e where {where} and e.quad_class is not null
            group by all order by period, quad_class""",
        [_grain(grain), *params],
    )
    for row in rows:
        row["quad_name"] = QUAD_CLASSES.get(row["quad_class"], str(row["quad_class"]))
    return rows


# --- quotes --------------------------------------------------------------------------------


def _quotes_where(filters: Filters) -> tuple[str, list]:
    sql, params = _dates(ARTICLE_DATE, filters)
    if filters.actor_id:
        sql += " and q.speaker_actor_id = ?"
        params.append(filters.actor_id)
    return sql, params


def top_speakers(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 20) -> list[dict]:
    """Who is quoted and how: counts by quote kind (direct, partial, indirect) per speaker."""
    where, params = _quotes_where(filters)
    return _rows(
        con,
        f"""select coalesce(q.speaker_actor_id, q.speaker_name) as speaker_key, q.speaker_name as speaker,
                   count(*) as quotes,
                   count(*) filter (where q.quote_kind = 'direct') as direct,
                   count(*) filter (where q.quote_kind = 'partial') as partial,
                   count(*) filter (where q.quote_kind = 'indirect') as indirect,
                   count(distinct q.article_id) as articles
            from quotes q join articles a using (article_id)
            where {where} and q.speaker_name is not null
            group by all order by quotes desc, speaker limit ?""",
        [*params, limit],
    )


def search_quotes(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    speaker: str | None = None,
    text: str | None = None,
    limit: int = 200,
) -> list[dict]:
    """Quotes whose speaker and text contain the given words (case-insensitive), newest first."""
    where, params = _quotes_where(filters)
    for column, value in (("q.speaker_name", speaker), ("q.quote_text", text)):
        if value and value.strip():
            where += f" and {column} ilike '%' || ? || '%' escape '\\'"
            params.append(value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
    return _rows(
        con,
        f"""select {ARTICLE_DATE} as date, q.speaker_name as speaker, q.quote_kind as kind, q.quote_text,
                   coalesce(a.title, a.source_file) as article
            from quotes q join articles a using (article_id)
            where {where}
            order by date desc nulls last, article, q.quote_index limit ?""",
        [*params, limit],
    )


# --- pipeline health -----------------------------------------------------------------------


def run_history(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 100) -> list[dict]:
    """Runs, newest first: status, files by outcome, articles, and seconds per stage."""
    dates, params = _dates("cast(started_at as date)", filters)
    return _rows(
        con,
        f"""select run_id, started_at, status, duration_seconds, files_seen, files_new, files_changed,
                   files_removed, files_rejected, articles_loaded, duplicates, quotes, events,
                   discover_seconds, clean_seconds, extract_seconds, load_seconds, dbt_seconds,
                   docs_seconds, message
            from pipeline_runs where {dates} order by started_at desc limit ?""",
        [*params, limit],
    )


def rejected_files(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Files the pipeline refused and why, most recently seen first."""
    return _rows(
        con,
        "select path, reason, first_seen_at, last_seen_at from rejected_files order by last_seen_at desc, path",
    )
