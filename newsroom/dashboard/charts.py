"""Plotly figures from the rows ``queries`` returns (graph objects only: no pandas needed)."""

from __future__ import annotations

import math
from collections import defaultdict

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from newsroom.dashboard.queries import QUAD_CLASSES

QUAD_COLOURS = {1: "#4c9be8", 2: "#1a7f37", 3: "#f0a030", 4: "#cf222e"}
KIND_COLOURS = {"direct": "#0969da", "partial": "#8250df", "indirect": "#9a6700"}
TONE_COLOURS = {-1: "rgba(207,34,46,0.6)", 0: "rgba(110,119,129,0.6)", 1: "rgba(26,127,55,0.6)"}
STAGES = ("discover", "clean", "extract", "load", "dbt", "docs")


def _layout(figure: go.Figure, title: str, height: int = 420) -> go.Figure:
    figure.update_layout(
        title=title,
        height=height,
        margin=dict(l=10, r=10, t=50, b=10),
        template="plotly_white",
        barmode="stack",
    )
    return figure


def empty(title: str, message: str = "Nothing for these filters.") -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return _layout(figure, title, 260)


def top_actors(rows: list[dict]) -> go.Figure:
    title = "Most mentioned actors"
    if not rows:
        return empty(title)
    figure = go.Figure()
    by_type = defaultdict(list)
    for row in reversed(rows):  # the busiest on top
        by_type[row["actor_type"] or "unknown"].append(row)
    for actor_type, group in by_type.items():
        figure.add_bar(
            name=actor_type,
            orientation="h",
            x=[r["mentions"] for r in group],
            y=[r["name"] for r in group],
            customdata=[r["articles"] for r in group],
            hovertemplate="%{y}: %{x} mentions in %{customdata} articles<extra></extra>",
        )
    figure.update_yaxes(categoryorder="array", categoryarray=[r["name"] for r in reversed(rows)])
    return _layout(figure, title, 120 + 24 * len(rows))


def actors_together(rows: list[dict]) -> go.Figure:
    title = "Actors named in the same articles"
    if not rows:
        return empty(title)
    labels = [f"{r['name_a']} + {r['name_b']}" for r in reversed(rows)]
    figure = go.Figure(
        go.Bar(orientation="h", x=[r["articles"] for r in reversed(rows)], y=labels, marker_color="#6e7781")
    )
    figure.update_xaxes(title="articles")
    return _layout(figure, title, 120 + 24 * len(rows))


def event_trends(rows: list[dict]) -> go.Figure:
    title = "Events by CAMEO root"
    if not rows:
        return empty(title)
    figure = go.Figure()
    by_root = defaultdict(list)
    for row in rows:
        by_root[(row["root_code"], row["root_name"])].append(row)
    for (code, name), group in sorted(by_root.items()):
        figure.add_bar(
            name=f"{code} {name}",
            x=[str(r["period"]) for r in group],
            y=[r["events"] for r in group],
            customdata=[round(r["mean_goldstein"], 2) for r in group],
            hovertemplate=f"{code} {name}<br>%{{x}}: %{{y}} events, mean Goldstein %{{customdata}}<extra></extra>",
        )
    figure.update_yaxes(title="events")
    figure.update_xaxes(type="category", categoryorder="category ascending", title="period starting")
    return _layout(figure, title)


def event_timeline(rows: list[dict], subject: str) -> go.Figure:
    """Stacked counts per quad class, and the period's mean Goldstein score on a second axis."""
    title = f"Event timeline: {subject}"
    if not rows:
        return empty(title)
    figure = make_subplots(specs=[[{"secondary_y": True}]])
    for quad, name in QUAD_CLASSES.items():
        group = [r for r in rows if r["quad_class"] == quad]
        if group:
            figure.add_bar(
                name=name,
                x=[str(r["period"]) for r in group],
                y=[r["events"] for r in group],
                marker_color=QUAD_COLOURS[quad],
                secondary_y=False,
            )
    totals, weighted = defaultdict(int), defaultdict(float)
    for row in rows:
        if row["mean_goldstein"] is not None:
            totals[row["period"]] += row["events"]
            weighted[row["period"]] += row["events"] * row["mean_goldstein"]
    periods = sorted(totals)
    figure.add_scatter(
        name="mean Goldstein",
        x=[str(p) for p in periods],
        y=[weighted[p] / totals[p] for p in periods],
        mode="lines+markers",
        line_color="#24292f",
        secondary_y=True,
    )
    figure.update_yaxes(title_text="events", secondary_y=False)
    figure.update_yaxes(
        title_text="mean Goldstein (-10 conflict … +10 cooperation)",
        range=[-10.5, 10.5],
        dtick=5,
        showgrid=False,
        secondary_y=True,
    )
    figure.update_xaxes(type="category", categoryorder="category ascending", title="period starting")
    return _layout(figure, title)


def actor_network(rows: list[dict]) -> go.Figure:
    """Who acts on whom: actors on a circle, an arrow per directed pair (width: events; colour:
    mean Goldstein: red below 0, green above)."""
    title = "Actor network (who acts on whom)"
    if not rows:
        return empty(title)
    names, degree = {}, defaultdict(int)
    for row in rows:
        for side in ("actor1", "actor2"):
            names[row[f"{side}_id"]] = row[f"{side}_name"]
            degree[row[f"{side}_id"]] += row["events"]
    order = sorted(names, key=lambda actor: (-degree[actor], names[actor]))
    position = {
        actor: (math.cos(2 * math.pi * i / len(order)), math.sin(2 * math.pi * i / len(order)))
        for i, actor in enumerate(order)
    }
    figure = go.Figure()
    busiest = max(r["events"] for r in rows)
    middles = []
    for row in rows:
        (x0, y0), (x1, y1) = position[row["actor1_id"]], position[row["actor2_id"]]
        tone = row["mean_goldstein"] or 0.0
        figure.add_annotation(
            x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y", text="",
            showarrow=True, arrowhead=2, arrowsize=1, standoff=8, startstandoff=8,
            arrowwidth=1 + 3 * row["events"] / busiest,
            arrowcolor=TONE_COLOURS[(tone > 0) - (tone < 0)],
        )  # fmt: skip
        middles.append(((x0 + x1) / 2, (y0 + y1) / 2, row))
    figure.add_scatter(
        x=[m[0] for m in middles],
        y=[m[1] for m in middles],
        mode="markers",
        marker=dict(size=6, color="rgba(0,0,0,0.15)"),
        hovertext=[
            f"{r['actor1_name']} → {r['actor2_name']}: {r['events']} events, mean Goldstein {r['mean_goldstein']:.1f}"
            for _, _, r in middles
        ],
        hoverinfo="text",
        name="pairs",
    )
    figure.add_scatter(
        x=[position[a][0] for a in order],
        y=[position[a][1] for a in order],
        mode="markers+text",
        text=[names[a] for a in order],
        textposition="top center",
        marker=dict(size=[10 + 20 * degree[a] / max(degree.values()) for a in order], color="#0969da"),
        hovertext=[f"{names[a]}: {degree[a]} events" for a in order],
        hoverinfo="text",
        name="actors",
    )
    figure.update_xaxes(visible=False, range=[-1.4, 1.4])
    figure.update_yaxes(visible=False, range=[-1.25, 1.25], scaleanchor="x")
    figure.update_layout(showlegend=False)
    return _layout(figure, title, 640)


def top_speakers(rows: list[dict]) -> go.Figure:
    title = "Quotes by speaker"
    if not rows:
        return empty(title)
    figure = go.Figure()
    speakers = [r["speaker"] for r in reversed(rows)]
    for kind, colour in KIND_COLOURS.items():
        figure.add_bar(
            name=kind, orientation="h", x=[r[kind] for r in reversed(rows)], y=speakers, marker_color=colour
        )
    return _layout(figure, title, 120 + 24 * len(rows))


def run_stages(rows: list[dict]) -> go.Figure:
    """Seconds per stage for each run, oldest on the left."""
    title = "Runs: seconds per stage"
    if not rows:
        return empty(title, "No runs recorded.")
    runs = list(reversed(rows))
    labels = [f"{r['started_at']:%Y-%m-%d %H:%M:%S} ({r['status']})" for r in runs]
    figure = go.Figure()
    for stage in STAGES:
        figure.add_bar(name=stage, x=labels, y=[r[f"{stage}_seconds"] or 0 for r in runs])
    figure.update_yaxes(title="seconds")
    return _layout(figure, title)
