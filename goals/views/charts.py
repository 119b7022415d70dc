"""Plotly figures for a goal, built from goals.domain.timeline series. Pure: data in, figure out,
so each builder is tested without a browser. Large fonts and few lines: they are read on a
projector at a board meeting and on a phone."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from goals.domain.progress import GoalStatus
from goals.domain.timeline import Point

ACTUAL = "#b0153e"
EXPECTED = "#7f7f7f"
TARGET = "#1f77b4"
LEVEL_STYLES = {"target": dict(color=TARGET, width=2),
                "commit": dict(color="#2ca02c", width=2, dash="dash"),
                "stretch": dict(color="#9467bd", width=2, dash="dot")}
LAYOUT = dict(template="plotly_white", font=dict(size=15), height=360,
              margin=dict(l=10, r=10, t=30, b=10), hovermode="x unified",
              legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))


def chart_levels(status: GoalStatus) -> dict[str, float] | None:
    """The horizontal lines of a goal with `commit:` or `stretch:`, in the chart's units:
    per unit for a rate, a share for a share, the level or sum otherwise. None without."""
    goal, levels = status.goal, status.levels
    if levels is None:
        return None
    if goal.kind in ("rate", "share"):
        figures = {"target": goal.target,
                   "commit": goal.commit.value if goal.commit else None,
                   "stretch": goal.stretch.value if goal.stretch else None}
    else:
        figures = {"target": levels.target, "commit": levels.commit, "stretch": levels.stretch}
    return {name: float(value) for name, value in figures.items() if value is not None}


def _level_lines(figure: go.Figure, target: float, levels: dict[str, float] | None,
                 labels: dict[str, str]) -> None:
    """The target line, and the commit and stretch lines where the goal has them."""
    for name, value in ({"target": target} | (levels or {})).items():
        figure.add_hline(y=value, line=LEVEL_STYLES[name],
                         annotation_text=labels.get(name, name),
                         annotation_position="top left" if name != "commit" else "bottom left")


def progress_figure(actual: list[Point], expected: list[Point], target: float,
                    labels: dict[str, str], forecast_end: Point | None = None,
                    checkpoints: list[Point] | None = None,
                    levels: dict[str, float] | None = None) -> go.Figure:
    """Cumulative (or snapshot) actual against the expected pace and the target."""
    figure = go.Figure()
    figure.add_scatter(x=[p.day for p in expected], y=[p.value for p in expected],
                       name=labels["expected"], mode="lines",
                       line=dict(color=EXPECTED, dash="dash", width=2))
    figure.add_scatter(x=[p.day for p in actual], y=[p.value for p in actual],
                       name=labels["actual"], mode="lines+markers", line_shape="hv",
                       line=dict(color=ACTUAL, width=3))
    if forecast_end is not None and actual:
        figure.add_scatter(x=[actual[-1].day, forecast_end.day],
                           y=[actual[-1].value, forecast_end.value], name=labels["forecast"],
                           mode="lines", line=dict(color=ACTUAL, dash="dot", width=2))
    if checkpoints:
        figure.add_scatter(x=[p.day for p in checkpoints], y=[p.value for p in checkpoints],
                           name=labels["checkpoints"], mode="markers",
                           marker=dict(color=EXPECTED, size=11, symbol="diamond"))
    _level_lines(figure, target, levels, labels)
    figure.update_layout(**LAYOUT)
    return figure


def rate_figure(units: list[tuple[date, float]], target: float,
                labels: dict[str, str], levels: dict[str, float] | None = None) -> go.Figure:
    """A bar per week/month/... with the target line; reached units in the goal colour."""
    colours = [ACTUAL if value >= target else "#e8b4c2" for _, value in units]
    figure = go.Figure(go.Bar(x=[day for day, _ in units], y=[value for _, value in units],
                              marker_color=colours, name=labels["actual"]))
    _level_lines(figure, target, levels, labels)
    figure.update_layout(**LAYOUT, showlegend=False)
    return figure


def share_figure(points: list[Point], target: float, labels: dict[str, str],
                 levels: dict[str, float] | None = None) -> go.Figure:
    """The share of tagged values over time against the target share."""
    figure = go.Figure(go.Scatter(x=[p.day for p in points], y=[p.value for p in points],
                                  mode="lines+markers", line=dict(color=ACTUAL, width=3),
                                  name=labels["actual"]))
    _level_lines(figure, target, levels, labels)
    figure.update_layout(**LAYOUT, showlegend=False)
    figure.update_yaxes(tickformat=".0%", rangemode="tozero")
    return figure


def steps_figure(steps: list[tuple[str, date | None]], start: date, deadline: date,
                 labels: dict[str, str]) -> go.Figure:
    """Milestone steps on a time line: done steps at their day, open ones at the deadline."""
    done = [(name, day) for name, day in steps if day is not None]
    open_ = [name for name, day in steps if day is None]
    figure = go.Figure()
    figure.add_scatter(x=[day for _, day in done], y=[name for name, _ in done],
                       mode="markers", marker=dict(color=ACTUAL, size=16, symbol="circle"),
                       name=labels["done"])
    figure.add_scatter(x=[deadline] * len(open_), y=open_, mode="markers",
                       marker=dict(color=EXPECTED, size=16, symbol="circle-open"),
                       name=labels["open"])
    figure.update_layout(**LAYOUT)
    figure.update_xaxes(range=[start, deadline])
    figure.update_yaxes(autorange="reversed")
    return figure


def heatmap_figure(rows: list[str], columns: list[str],
                   values: list[list[float | None]]) -> go.Figure:
    """Föreningar × common goals, coloured by progress (0 to 100 %, more is clipped)."""
    clipped = [[None if v is None else min(v, 1.2) for v in row] for row in values]
    text = [["–" if v is None else f"{v:.0%}" for v in row] for row in values]
    figure = go.Figure(go.Heatmap(z=clipped, x=columns, y=rows, text=text,
                                  texttemplate="%{text}", zmin=0, zmax=1.2,
                                  colorscale=[[0, "#c0392b"], [0.5, "#f1c40f"],
                                              [0.83, "#27ae60"], [1, "#1e8449"]],
                                  showscale=False, hoverongaps=False))
    figure.update_layout(**{**LAYOUT, "height": max(300, 28 * len(rows) + 80)})
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(side="top")
    return figure


def ranking_figure(names: list[str], values: list[float], total_label: str,
                   furthest_behind_first: bool = False) -> go.Figure:
    """Föreningar ranked on one common goal: by actual, largest first; or, given progress
    (0–1), furthest behind first, so size does not decide who is on top."""
    order = sorted(zip(values, names, strict=True), reverse=not furthest_behind_first)
    figure = go.Figure(go.Bar(x=[v for v, _ in order], y=[n for _, n in order],
                              orientation="h", marker_color=ACTUAL))
    figure.update_layout(**{**LAYOUT, "height": max(300, 24 * len(names) + 80)},
                         title=total_label, showlegend=False)
    figure.update_yaxes(autorange="reversed")
    if furthest_behind_first:
        figure.update_xaxes(tickformat=".0%")
    return figure


def campaign_figure(by_day: dict[date, dict[str, dict[str, float]]], metric: str,
                    names: dict[str, str]) -> go.Figure:
    """A campaign's daily sums of one metric, stacked per förening."""
    units = sorted({unit for per_unit in by_day.values() for unit in per_unit})
    days = list(by_day)
    figure = go.Figure([
        go.Bar(x=days, y=[by_day[d].get(unit, {}).get(metric, 0.0) for d in days],
               name=names.get(unit, unit)) for unit in units])
    figure.update_layout(**{**LAYOUT, "height": 420}, barmode="stack")
    return figure


def localised(figure: go.Figure, lang: str) -> go.Figure:
    """Month ticks in the chosen language ('maj 2021', 'mai 2021', 'May 2021') written by
    Babel, since Streamlit's plotly carries only English month names; hover dates as ISO
    days, which read the same in every language. A figure without dates is left alone."""
    days = sorted({x for trace in figure.data for x in (getattr(trace, "x", None) or ())
                   if isinstance(x, date)})
    if not days:
        return figure
    ticks = month_ticks(days[0], days[-1])
    figure.update_xaxes(tickvals=ticks, ticktext=[month_label(day, lang) for day in ticks],
                        hoverformat="%Y-%m-%d")
    return figure


def month_ticks(first: date, last: date, most: int = 7) -> list[date]:
    """First days of months from `first` to `last`, every n-th so that at most `most`."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    step = max(1, -(-len(months) // most))
    return months[::step]


def month_label(day: date, lang: str) -> str:
    from babel.dates import format_date

    from goals.views.formatting import locale

    return format_date(day, "LLL yyyy", locale=locale(lang))
