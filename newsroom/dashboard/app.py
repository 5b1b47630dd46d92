"""The Dash app: a header with the shared filters (date range, actor), one page per view, and one
callback that renders the current page from the warehouse as it is at that moment.

Every render opens its own short-lived read-only connection (``queries.reading``), so a run's
publish shows on the next interaction or reload, without a restart, and nothing is held open
between requests. Dash serves its JavaScript (React, plotly.js) from the installed packages
(``serve_locally``): the browser fetches nothing from the network.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dash
from dash import ALL, Input, Output, State, dcc, html

from newsroom.dashboard import charts, queries
from newsroom.dashboard.queries import Filters, WarehouseUnavailable

# path -> title; the first four are the dbt exposures (dbt/models/exposures.yml links them).
PAGES = {
    "/actors": "Actors in the news",
    "/events": "Event trends by CAMEO root",
    "/quotes": "Quotes by speaker",
    "/pipeline": "Pipeline health",
    "/timeline": "Event timeline",
    "/network": "Actor network",
}
HOME = "/actors"
GRAPH_CONFIG = {"displaylogo": False}


def create_app(warehouse: Path) -> dash.Dash:
    app = dash.Dash(
        __name__,
        title="newsroom dashboard",
        serve_locally=True,
        suppress_callback_exceptions=True,  # each page's controls exist only while it is shown
        update_title=None,
    )
    app.layout = lambda: _layout(warehouse)  # a function: filter choices are read on every page load

    @app.callback(Output("controls", "children"), Input("url", "pathname"))
    def controls(pathname):
        return _controls(warehouse, _page(pathname))

    @app.callback(
        Output("content", "children"),
        Output("totals", "children"),
        Input("url", "pathname"),
        Input("dates", "start_date"),
        Input("dates", "end_date"),
        Input("actor", "value"),
        Input({"control": ALL}, "value"),
        State({"control": ALL}, "id"),
    )
    def content(pathname, start, end, actor, values, ids):
        filters = Filters(start=_date(start), end=_date(end), actor_id=actor or None)
        options = {i["control"]: v for i, v in zip(ids, values, strict=True)}
        try:
            with queries.reading(warehouse) as con:
                return _render(con, _page(pathname), filters, options), _totals(con)
        except WarehouseUnavailable as exc:
            return _notice(str(exc)), ""

    return app


def _page(pathname: str | None) -> str:
    return pathname if pathname in PAGES else HOME


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _notice(message: str) -> html.Div:
    return html.Div(message, className="notice", style={"padding": "1em", "background": "#fff8c5"})


def _layout(warehouse: Path) -> html.Div:
    try:
        with queries.reading(warehouse) as con:
            first, last = queries.date_bounds(con)
            actors = queries.actor_choices(con)
        notice = None
    except WarehouseUnavailable as exc:
        first = last = None
        actors = []
        notice = _notice(str(exc))
    nav = [dcc.Link(title, href=path, style={"marginRight": "1.2em"}) for path, title in PAGES.items()]
    return html.Div(
        [
            dcc.Location(id="url"),
            html.H2("newsroom dashboard", style={"margin": "0.2em 0"}),
            html.Div(id="totals", style={"color": "#57606a", "marginBottom": "0.5em"}),
            html.Nav(nav, style={"marginBottom": "0.8em"}),
            html.Div(
                [
                    dcc.DatePickerRange(
                        id="dates",
                        clearable=True,
                        display_format="YYYY-MM-DD",
                        initial_visible_month=last,
                        start_date_placeholder_text=str(first or "from"),
                        end_date_placeholder_text=str(last or "to"),
                        style={"width": "22em"},
                    ),
                    dcc.Dropdown(
                        id="actor",
                        options=[
                            {
                                "label": f"{a['name']} ({a['actor_type']}, {a['mention_count']})",
                                "value": a["actor_id"],
                            }
                            for a in actors
                        ],
                        placeholder="any actor",
                        style={"width": "28em"},
                    ),
                ],
                style={"display": "flex", "gap": "1em", "alignItems": "center"},
            ),
            notice or html.Div(),
            html.Div(id="controls", style={"margin": "0.8em 0"}),
            dcc.Loading(html.Div(id="content")),
        ],
        style={"fontFamily": "system-ui, sans-serif", "margin": "1em 2em"},
    )


def _totals(con) -> str:
    t = queries.totals(con)
    last = t["last_run"]
    run = f"; last run {last['started_at']:%Y-%m-%d %H:%M} UTC, {last['status']}" if last else ""
    return (
        f"{t['articles']} articles, {t['actors']} actors, {t['quotes']} quotes, {t['events']} events, "
        f"{t['rejected']} rejected files{run}"
    )


def _grain_control() -> html.Div:
    return html.Div(
        [
            html.Label("per ", style={"marginRight": "0.4em"}),
            dcc.RadioItems(id={"control": "grain"}, options=list(queries.GRAINS), value="month", inline=True),
        ],
        style={"display": "flex", "alignItems": "center"},
    )


def _controls(warehouse: Path, page: str) -> list:
    heading = html.H3(PAGES[page], style={"margin": "0.3em 0"})
    if page in ("/events", "/timeline"):
        extra = [_grain_control()]
        if page == "/timeline":
            try:
                with queries.reading(warehouse) as con:
                    countries = queries.country_choices(con)
            except WarehouseUnavailable:
                countries = []
            extra += [
                html.Span("Country pair (instead of the actor filter): "),
                dcc.Dropdown(id={"control": "country1"}, options=countries, placeholder="country", style={"width": "10em"}),
                dcc.Dropdown(id={"control": "country2"}, options=countries, placeholder="country", style={"width": "10em"}),
            ]  # fmt: skip
        return [heading, html.Div(extra, style={"display": "flex", "gap": "1em", "alignItems": "center"})]
    if page == "/quotes":
        search = dict(type="search", debounce=True)  # searched on Enter or leaving the field
        return [
            heading,
            html.Div(
                [
                    dcc.Input(
                        id={"control": "speaker"},
                        placeholder="speaker contains…",
                        style={"width": "16em"},
                        **search,
                    ),
                    dcc.Input(
                        id={"control": "text"},
                        placeholder="quote contains…",
                        style={"width": "28em"},
                        **search,
                    ),
                ],
                style={"display": "flex", "gap": "1em"},
            ),
        ]
    return [heading]


def _graph(name: str, figure) -> dcc.Graph:
    return dcc.Graph(id=f"graph-{name}", figure=figure, config=GRAPH_CONFIG)


def _table(name: str, rows: list[dict], columns: list[str]) -> html.Table:
    """A plain HTML table (the queries already limit the rows)."""
    cell = {"textAlign": "left", "padding": "0.2em 0.6em", "borderBottom": "1px solid #d0d7de"}
    return html.Table(
        [
            html.Thead(html.Tr([html.Th(c.replace("_", " "), style=cell) for c in columns])),
            html.Tbody([html.Tr([html.Td(_cell(r[c]), style=cell) for c in columns]) for r in rows]),
        ],
        id=f"table-{name}",
        style={"borderCollapse": "collapse", "fontSize": "0.9em"},
    )


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return value.isoformat(sep=" ", timespec="seconds") if hasattr(value, "hour") else str(value)


def _render(con, page: str, filters: Filters, options: dict) -> list:
    grain = options.get("grain") or "month"
    if page == "/actors":
        return [
            _graph("top-actors", charts.top_actors(queries.top_actors(con, filters))),
            _graph("actors-together", charts.actors_together(queries.actors_together(con, filters))),
        ]
    if page == "/events":
        dyads = queries.top_dyads(con, filters)
        return [
            _graph("event-trends", charts.event_trends(queries.event_trends(con, filters, grain))),
            html.H4("Most active actor pairs"),
            _table(
                "dyads",
                dyads,
                ["actor1_name", "actor2_name", "events", "mean_goldstein", "first_date", "last_date"],
            ),
        ]
    if page == "/timeline":
        pair = (options.get("country1"), options.get("country2"))
        if all(pair):
            filters = Filters(filters.start, filters.end)  # the pair replaces the actor filter
            subject = f"{pair[0]} and {pair[1]}"
        else:
            pair = None
            subject = queries.actor_name(con, filters.actor_id) if filters.actor_id else "all actors"
        rows = queries.event_timeline(con, filters, pair, grain)
        return [_graph("timeline", charts.event_timeline(rows, subject))]
    if page == "/network":
        return [_graph("network", charts.actor_network(queries.top_dyads(con, filters, limit=40)))]
    if page == "/quotes":
        found = queries.search_quotes(con, filters, options.get("speaker"), options.get("text"))
        return [
            _graph("speakers", charts.top_speakers(queries.top_speakers(con, filters))),
            html.H4(f"{len(found)} quote(s)" + (" (first 200)" if len(found) == 200 else "")),
            _table("quotes", found, ["date", "speaker", "kind", "quote_text", "article"]),
        ]
    runs = queries.run_history(con, filters)
    return [
        _graph("runs", charts.run_stages(runs)),
        html.H4("Run history"),
        _table(
            "runs",
            runs,
            [
                "started_at",
                "status",
                "duration_seconds",
                "files_seen",
                "files_new",
                "files_changed",
                "files_removed",
                "files_rejected",
                "articles_loaded",
                "duplicates",
                "quotes",
                "events",
                "message",
            ],
        ),
        html.H4("Rejected files"),
        _table("rejected", queries.rejected_files(con), ["path", "reason", "first_seen_at", "last_seen_at"]),
    ]
