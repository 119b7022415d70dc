"""The board's overview (Översikt) as data: the counts, the goals that need attention with
their figure against the expected pace, the goals in urgency or plan order, and one chart
of every goal's progress against that pace, coloured by status.

Pure (no Streamlit): the page only lays these out, so the order and the words are tested
without a browser, and the first screen answers "what is behind?" the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import plotly.graph_objects as go

from goals.domain.plan import Plan
from goals.domain.plan_status import PlanStatus
from goals.domain.progress import GoalStatus
from goals.i18n import translate
from goals.views import formatting
from goals.views.charts import LAYOUT

URGENCY = ("at_risk", "behind", "missed", "no_data", "on_track", "done")
ATTENTION = ("at_risk", "behind", "missed")
HEADLINE = ("done", "on_track", "behind", "at_risk")
ORDERS = ("urgency", "plan")
STATUS_HEX = {"done": "#1f6fb4", "on_track": "#2e9e44", "behind": "#f08c00",
              "at_risk": "#d62728", "missed": "#6c6c6c", "no_data": "#b8b8b8"}
LABEL_CHARS = 28
BAR_PX = 20


@dataclass(frozen=True)
class AttentionLine:
    """A goal behind or at risk, as the board reads it: its words and its figure."""

    goal_id: str
    text: str
    status: str
    figure: str


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    headline: tuple[tuple[str, int], ...]
    attention: tuple[AttentionLine, ...]
    goals: tuple[GoalStatus, ...]


def pace_ratio(status: GoalStatus) -> Fraction:
    """Progress as a share of the progress expected by now (0 when nothing is known)."""
    progress = status.progress or Fraction(0)
    return progress / status.expected if status.expected else progress


def urgency_key(status: GoalStatus) -> tuple[int, Fraction]:
    """Worst status first; within a status, furthest behind the pace first."""
    return URGENCY.index(status.status), pace_ratio(status)


def ordered(goals: tuple[GoalStatus, ...] | list[GoalStatus],
            order: str = "urgency") -> tuple[GoalStatus, ...]:
    """The goals in urgency order (a stable sort: ties keep the plan's order) or as planned."""
    if order == "plan":
        return tuple(goals)
    return tuple(sorted(goals, key=urgency_key))


def figure_line(plan: Plan, status: GoalStatus, lang: str) -> str:
    """'2 av 6 steg · 33 % av väntat 75 %': the goal's figure against the expected pace."""
    progress = None if status.progress is None else float(status.progress)
    return translate("overview.figure_line", lang,
                     standing=formatting.standing(plan, status, lang),
                     progress=formatting.percent(progress, lang),
                     expected=formatting.percent(float(status.expected), lang))


def overview(status: PlanStatus, lang: str, order: str = "urgency") -> Overview:
    """Everything the overview's first screen says, and the cards' order."""
    counts = status.counts()
    shown = [s for s in HEADLINE] + [s for s in ("missed", "no_data") if counts[s]]
    attention = tuple(
        AttentionLine(g.goal.id, g.goal.text, g.status, figure_line(status.plan, g, lang))
        for g in ordered(status.goals) if g.status in ATTENTION)
    return Overview(counts, tuple((s, counts[s]) for s in shown), attention,
                    ordered(status.goals, order))


def short_label(number: int, text: str, limit: int = LABEL_CHARS) -> str:
    """'3. Öka vårt medlemsantal med 20%': numbered (so labels stay unique), cut with '…'."""
    text = " ".join(text.split())
    cut = text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return f"{number}. {cut}"


def progress_chart(status: PlanStatus, lang: str) -> go.Figure:
    """One bar per goal (progress, 0–120 %), coloured by status, worst at the top, with a
    black tick where the pace expects it to be now. Large type: read across a table. No
    legend: the counts above it name the statuses in the same colours, and the axis title
    says what the tick is."""
    plan_order = {g.goal.id: n for n, g in enumerate(status.goals, start=1)}
    goals = ordered(status.goals)
    labels = {g.goal.id: short_label(plan_order[g.goal.id], g.goal.text) for g in goals}
    figure = go.Figure()
    for state in URGENCY:
        members = [g for g in goals if g.status == state]
        if not members:
            continue
        figure.add_bar(
            x=[_clip(g.progress) for g in members], y=[labels[g.goal.id] for g in members],
            orientation="h", name=translate(f"status.{state}", lang),
            marker_color=STATUS_HEX[state], textposition="outside", cliponaxis=False,
            text=[formatting.percent(_float(g.progress), lang) for g in members],
            customdata=[[g.goal.text, formatting.percent(_float(g.progress), lang),
                         formatting.percent(float(g.expected), lang)] for g in members],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]} / %{customdata[2]}"
                          "<extra></extra>")
    figure.add_scatter(
        x=[_clip(g.expected) for g in goals], y=[labels[g.goal.id] for g in goals],
        mode="markers", name=translate("overview.chart_expected", lang),
        marker=dict(symbol="line-ns-open", size=BAR_PX - 4, color="#111111",
                    line=dict(width=3)), hoverinfo="skip")
    ticks = [0, 50, 100]
    figure.update_layout(**{**LAYOUT, "height": BAR_PX * len(goals) + 70,
                            "hovermode": "closest", "barmode": "overlay", "showlegend": False,
                            "margin": dict(l=10, r=10, t=10, b=10)})
    figure.update_xaxes(range=[0, 145], tickangle=0, tickvals=ticks,
                        ticktext=[formatting.percent(t / 100, lang) for t in ticks],
                        title=translate("overview.chart_axis", lang))
    figure.update_yaxes(categoryorder="array", categoryarray=[labels[g.goal.id] for g in goals],
                        autorange="reversed", tickfont=dict(size=13))
    return figure


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _clip(value: Fraction | None) -> float:
    return 0.0 if value is None else max(0.0, min(float(value) * 100, 125.0))
