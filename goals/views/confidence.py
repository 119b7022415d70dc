"""Confidence marks as the pages show them: the latest mark beside a goal's status, the
trend on the goal page, and which goals' confidence fell (for the board's digest). Pure:
marks in (any object with goal_id, day and mark), words and figures out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import plotly.graph_objects as go

from goals.i18n import translate
from goals.views.charts import ACTUAL, LAYOUT


class MarkLike(Protocol):
    goal_id: str
    day: date
    mark: int


@dataclass(frozen=True)
class Latest:
    """A goal's newest mark and the one before it (None when it has only one)."""

    mark: int
    day: date
    previous: int | None

    @property
    def fell(self) -> bool:
        return self.previous is not None and self.mark < self.previous


def latest_by_goal(marks: Iterable[MarkLike]) -> dict[str, Latest]:
    """Each goal's newest mark (marks come oldest first) with the one before it."""
    found: dict[str, Latest] = {}
    for mark in marks:
        before = found.get(mark.goal_id)
        found[mark.goal_id] = Latest(mark.mark, mark.day, before.mark if before else None)
    return found


def fell_since(marks: Iterable[MarkLike], since: date | None) -> dict[str, Latest]:
    """Goals whose newest mark, given after `since`, is lower than the mark before it."""
    return {goal_id: latest for goal_id, latest in latest_by_goal(marks).items()
            if latest.fell and (since is None or latest.day > since)}


def confidence_badge(latest: Latest | None, lang: str) -> str:
    """'förtroende 7/10 ↓' beside a status on Översikt; empty when nobody has marked it."""
    if latest is None:
        return ""
    arrow = "" if latest.previous is None or latest.previous == latest.mark else (
        " ↓" if latest.mark < latest.previous else " ↑")
    return translate("confidence.badge", lang, mark=latest.mark) + arrow


def trend_figure(marks: list[MarkLike], label: str) -> go.Figure:
    """One goal's marks over time on a fixed 1-10 scale."""
    figure = go.Figure(go.Scatter(x=[m.day for m in marks], y=[m.mark for m in marks],
                                  mode="lines+markers", line=dict(color=ACTUAL, width=3),
                                  name=label))
    figure.update_layout(**{**LAYOUT, "height": 220}, showlegend=False)
    figure.update_yaxes(range=[0.5, 10.5], dtick=1, title=label)
    return figure
