"""Small factories for the rule tests: a one-goal plan from a few YAML lines, entries by day."""

from __future__ import annotations

import textwrap
from datetime import date

from goals.domain.entries import Entry
from goals.domain.facts import facts_from_entries
from goals.domain.plan import Plan
from goals.domain.progress import GoalStatus, goal_status
from goals.io.plan_yaml import load_plan_bytes

HEADER = """\
id: p
title: Testplan
organisation: {id: f, name: Föreningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  medlemmar: {label: Medlemmar, type: level}
  poster: {label: Inlägg, type: flow, tags: [klimat, nyhet]}
  kronor: {label: Kronor, type: flow, unit: SEK}
  vikt: {label: Vikt, type: level, unit: kg}
"""


def one_goal_plan(goal_yaml: str, header: str = HEADER, extra: str = "") -> Plan:
    """A plan with one section holding the goal written in `goal_yaml` (a mapping body)."""
    goal = textwrap.indent(textwrap.dedent(goal_yaml).strip(), " " * 8)
    text = f"{header}{extra}sections:\n  - title: S\n    goals:\n      -\n{goal}\n"
    return load_plan_bytes(text.encode(), "<test>")


def d(text: str) -> date:
    return date.fromisoformat(text)


def flow(day: str, value: float, metric: str = "poster", tags: tuple[str, ...] = ()) -> Entry:
    return Entry(date=d(day), plan="p", metric=metric, value=value, tags=tags)


def level(day: str, value: float, metric: str = "medlemmar") -> Entry:
    return Entry(date=d(day), plan="p", metric=metric, value=value)


def step(day: str, goal: str, name: str | None = None) -> Entry:
    return Entry(date=d(day), plan="p", milestone=goal, step=name)


def status_of(plan: Plan, entries: list[Entry], as_of: str) -> GoalStatus:
    """The status of the plan's only goal on `as_of`, computed from `entries` in Python."""
    goal = plan.goals[0]
    day = d(as_of)
    return goal_status(plan, goal, facts_from_entries(plan, goal, entries, day), day)
