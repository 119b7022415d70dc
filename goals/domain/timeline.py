"""A goal over time: the series its chart draws, the forecast and what it takes from now.

Pure domain, from the goal's entries (the store hands them over). Each function follows the
progress rules (goals.domain.progress), so the last point of a series is the goal's actual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from goals.domain.calendar import ONE_DAY, pace, unit_key, units_in_window
from goals.domain.entries import Entry
from goals.domain.plan import Goal, Plan
from goals.domain.progress import GoalStatus


@dataclass(frozen=True)
class Point:
    day: date
    value: float


@dataclass(frozen=True)
class Forecast:
    """Where the trend so far ends at the deadline, and what the rest of the window needs."""

    at_deadline: float
    needed_per_month: float
    reaches_target: bool


def counted(goal: Goal, entries: list[Entry], as_of: date) -> list[Entry]:
    """The goal's own entries inside its window, on or before `as_of`, in date order."""
    own = [e for e in entries if goal.window_start <= e.date <= goal.window_end
           and e.date <= as_of and _belongs(goal, e)]
    return sorted(own, key=lambda e: e.date)


def _belongs(goal: Goal, entry: Entry) -> bool:
    if goal.kind == "milestone":
        return entry.milestone == goal.id
    if entry.metric != goal.metric or entry.value is None:
        return False
    return goal.kind == "share" or goal.tag is None or goal.tag in entry.tags


def cumulative(goal: Goal, entries: list[Entry], as_of: date) -> list[Point]:
    """Running sum by day (totals, flow increases), starting at 0 the day before start."""
    points = [Point(goal.window_start - ONE_DAY, 0.0)]
    total = 0.0
    for entry in counted(goal, entries, as_of):
        total += entry.value or 0.0
        if points[-1].day == entry.date:
            points[-1] = Point(entry.date, total)
        else:
            points.append(Point(entry.date, total))
    return points


def snapshots(goal: Goal, entries: list[Entry], as_of: date) -> list[Point]:
    """The level snapshots in the window (the last report of a day counts)."""
    by_day: dict[date, float] = {}
    for entry in counted(goal, entries, as_of):
        by_day[entry.date] = entry.value or 0.0
    return [Point(day, value) for day, value in sorted(by_day.items())]


def expected_line(goal: Goal, start_value: float, end_value: float) -> list[Point]:
    """The expected pace from the day before start to the deadline, through checkpoints."""
    days = [goal.window_start - ONE_DAY, *(d for d, _ in goal.checkpoints), goal.window_end]
    if not goal.checkpoints:
        days.insert(1, goal.window_start - ONE_DAY + (goal.window_end - goal.window_start) / 2)
    return [Point(day, start_value + (end_value - start_value)
                  * float(pace(goal.window_start, goal.window_end, day, goal.checkpoints)))
            for day in sorted(set(days))]


def checkpoint_points(goal: Goal, start_value: float, end_value: float) -> list[Point]:
    """The goal's checkpoints as points on the same scale as the actual."""
    return [Point(day, start_value + (end_value - start_value) * float(fraction))
            for day, fraction in goal.checkpoints]


def forecast_point(goal: Goal, start_value: float, end_value: float,
                   outlook: Forecast) -> Point:
    """Where the trend ends at the deadline, on the same scale as the actual."""
    return Point(goal.window_end, start_value + (end_value - start_value) * outlook.at_deadline)


def unit_sums(goal: Goal, entries: list[Entry], as_of: date) -> list[tuple[date, float]]:
    """Rate goals: each calendar unit of the window (by its first day inside it) and its sum."""
    sums: dict[int, float] = {}
    for entry in counted(goal, entries, as_of):
        key = unit_key(entry.date, goal.per or "month")
        sums[key] = sums.get(key, 0.0) + (entry.value or 0.0)
    units = units_in_window(goal.window_start, goal.window_end, goal.per or "month")
    result = []
    for index, (key, _) in enumerate(units):
        first = goal.window_start if index == 0 else units[index - 1][1] + ONE_DAY
        result.append((first, sums.get(key, 0.0)))
    return result


def share_over_time(goal: Goal, entries: list[Entry], as_of: date) -> list[Point]:
    """Share goals: the tagged part of the running sum, after each day with entries."""
    points: list[Point] = []
    total = tagged = 0.0
    for entry in counted(goal, entries, as_of):
        total += entry.value or 0.0
        if goal.tag in entry.tags:
            tagged += entry.value or 0.0
        point = Point(entry.date, tagged / total if total else 0.0)
        points = points[:-1] if points and points[-1].day == entry.date else points
        points.append(point)
    return points


def milestone_steps(goal: Goal, entries: list[Entry], as_of: date) -> list[tuple[str, date | None]]:
    """Each step (or the milestone itself) with the day it was first reported done."""
    done: dict[str | None, date] = {}
    for entry in counted(goal, entries, as_of):
        done.setdefault(entry.step, entry.date)
    whole = done.get(None)
    names = list(goal.steps) or [goal.text]
    return [(name, done.get(name if goal.steps else None) or whole) for name in names]


def forecast(plan: Plan, status: GoalStatus, as_of: date) -> Forecast | None:
    """Linear trend of the progress so far, projected to the deadline (totals, increases).

    None where a trend means nothing: other kinds, no data, nothing elapsed, or after the
    deadline."""
    goal = status.goal
    if goal.kind not in ("total", "increase") or status.progress is None:
        return None
    if not goal.window_start <= as_of < goal.window_end or status.target is None:
        return None
    elapsed_days = (as_of - goal.window_start).days + 1
    total_days = (goal.window_end - goal.window_start).days + 1
    progress = float(status.progress)
    at_deadline = progress * total_days / elapsed_days
    amount = float(_amount(plan, status))
    remaining = max(0.0, 1.0 - progress) * amount
    months_left = max((goal.window_end - as_of).days / (365.25 / 12), 1 / 30)
    return Forecast(at_deadline=at_deadline, needed_per_month=remaining / months_left,
                    reaches_target=at_deadline >= 1)


def _amount(plan: Plan, status: GoalStatus) -> Fraction:
    """What the goal asks to add: the target of a total or a flow increase, goal level −
    baseline for an increase of a level metric."""
    target = status.target or Fraction(0)
    metric = plan.metrics.get(status.goal.metric or "")
    if status.goal.kind == "increase" and metric is not None and metric.type == "level":
        return target - (status.baseline or Fraction(0))
    return target
