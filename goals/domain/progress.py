"""The progress rules of PLAN_FORMAT §3: where a goal stands on `as_of`, and its status.

Pure: a goal, its plan, its `GoalFacts` and a day in, a `GoalStatus` out. Arithmetic is
exact (`Fraction`) until the very end, so `floor(2 × ½)` is 1 and a progress of exactly
90 % of the expected pace is on track, as the rules say.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import lru_cache

from goals.domain.calendar import pace, units_in_window
from goals.domain.facts import GoalFacts
from goals.domain.plan import Goal, Plan


@dataclass(frozen=True)
class LevelStanding:
    """A goal with `commit:` or `stretch:`: each level's figure (in the units of `target`)
    and the highest level reached ("stretch", "target", "commit" or None)."""

    commit: Fraction | None
    target: Fraction | None
    stretch: Fraction | None
    reached: str | None


@dataclass(frozen=True)
class GoalStatus:
    """One goal's standing: the numbers of `status --json` and a few the pages need."""

    goal: Goal
    status: str
    expected: Fraction
    progress: Fraction | None
    actual: Fraction | None
    target: Fraction | None
    baseline: Fraction | None
    facts: GoalFacts
    levels: LevelStanding | None = None

    @property
    def is_behind(self) -> bool:
        return self.status in ("behind", "at_risk", "missed")

    def as_json(self) -> dict:
        """The object of PLAN_FORMAT §5: plain, unrounded JSON numbers."""
        return {
            "id": self.goal.id,
            "section": self.goal.section,
            "kind": self.goal.kind,
            "target": _float(self.target),
            "actual": _float(self.actual),
            "baseline": _float(self.baseline),
            "progress": _float(self.progress),
            "expected": float(self.expected),
            "status": self.status,
            "text": self.goal.text,
            "last_reported": (self.facts.last_reported.isoformat()
                              if self.facts.last_reported else None),
        }


STALE_AFTER_DAYS = 45


def is_stale(status: GoalStatus, as_of: date, after_days: int = STALE_AFTER_DAYS) -> bool:
    """Nobody has reported on this running goal for `after_days` (milestones excepted:
    they are reported once, when done). The board page flags it."""
    goal = status.goal
    if goal.kind in ("milestone", "coverage") or status.status == "done":
        return False
    if not goal.window_start <= as_of <= goal.window_end:
        return False
    since = status.facts.last_reported or goal.window_start
    return (as_of - since).days >= after_days


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


@lru_cache(maxsize=65536)
def exact(value: float) -> Fraction:
    """A stored float as the decimal a person wrote (0.1 -> 1/10, not 3602879701896397/2**55)."""
    return Fraction(repr(float(value)))


@dataclass(frozen=True)
class _Measure:
    actual: Fraction | None
    target: Fraction | None
    progress: Fraction | None
    expected: Fraction
    baseline: Fraction | None = None
    no_data: bool = False


def goal_status(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> GoalStatus:
    """Where `goal` stands on `as_of`, given the facts of its counted entries."""
    judged = goal.at_level(goal.commit) if goal.commit is not None else goal
    measure = _MEASURES[goal.kind](plan, judged, facts, as_of)
    status = _status(plan, judged, measure, as_of)
    progress = None if status == "no_data" else measure.progress
    levels = None
    if goal.commit is not None or goal.stretch is not None:
        levels = _level_standing(plan, goal, facts, as_of)
    return GoalStatus(goal, status, measure.expected, progress, measure.actual, measure.target,
                      measure.baseline, facts, levels)


def _level_standing(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> LevelStanding:
    """Each level measured by the goal's own rules: the status is judged against the
    committed level; the reports say which of commit, target and stretch was reached."""
    figures: dict[str, Fraction | None] = {}
    reached = None
    for name, level in (("commit", goal.commit), ("target", None), ("stretch", goal.stretch)):
        if name != "target" and level is None:
            figures[name] = None
            continue
        asked = goal if level is None else goal.at_level(level)
        measure = _MEASURES[goal.kind](plan, asked, facts, as_of)
        figures[name] = measure.target
        if not measure.no_data and measure.progress is not None and measure.progress >= 1:
            reached = name
    return LevelStanding(figures["commit"], figures["target"], figures["stretch"], reached)


def _status(plan: Plan, goal: Goal, m: _Measure, as_of: date) -> str:
    """§3.4: the first of done, no_data, missed, on_track, behind, at_risk that holds."""
    share_may_finish = goal.kind != "share" or as_of >= goal.window_end
    if not m.no_data and m.progress is not None and m.progress >= 1 and share_may_finish:
        return "done"
    if m.no_data or m.progress is None:
        return "no_data"
    if as_of > goal.window_end:
        return "missed"
    if m.expected == 0:
        return "on_track"
    ratio = m.progress / m.expected
    if ratio >= plan.on_track:
        return "on_track"
    if ratio >= plan.behind:
        return "behind"
    return "at_risk"


def _pace(goal: Goal, as_of: date) -> Fraction:
    return pace(goal.window_start, goal.window_end, as_of, goal.checkpoints)


def _whole_things_pace(plan: Plan, goal: Goal, amount: Fraction, as_of: date) -> Fraction:
    """§3.2: a metric without a unit counts whole things, so expect whole steps of `amount`."""
    line = _pace(goal, as_of)
    metric = plan.metrics.get(goal.metric or "")
    if metric is None or not metric.counts_whole_things or amount == 0:
        return line
    size = abs(amount)
    return Fraction(math.floor(size * line)) / size


def _milestone(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    if not goal.steps:
        actual = Fraction(1 if facts.whole_done or facts.steps_done else 0)
        expected = Fraction(1 if as_of >= goal.window_end else 0)
        return _Measure(actual, Fraction(1), actual, expected)
    count = len(goal.steps)
    done = count if facts.whole_done else len(facts.steps_done & set(goal.steps))
    actual = Fraction(done)
    return _Measure(actual, Fraction(count), actual / count, _pace(goal, as_of))


def _total(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    target = goal.target or Fraction(1)
    actual = exact(facts.total)
    return _Measure(actual, target, actual / target,
                    _whole_things_pace(plan, goal, target, as_of))


def _rate(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    units = units_in_window(goal.window_start, goal.window_end, goal.per or "month")
    needed = goal.target or Fraction(1)
    reached = sum(1 for key, _ in units if exact(facts.unit_sums.get(key, 0.0)) >= needed)
    ended = sum(1 for _, last_day in units if last_day <= as_of)
    count = len(units)
    return _Measure(Fraction(reached), Fraction(count), Fraction(reached, count),
                    Fraction(ended, count))


def _increase(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    metric = plan.metrics.get(goal.metric or "")
    if metric is not None and metric.type == "flow":
        return _increase_flow(plan, goal, facts, as_of)
    return _increase_level(plan, goal, facts, as_of)


def _increase_level(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    baseline = goal.baseline
    if baseline is None:
        found = facts.before_start if facts.before_start is not None else facts.first_in_window
        baseline = None if found is None else exact(found)
    actual = None if facts.latest is None else exact(facts.latest)
    if baseline is None or goal.increase is None:
        return _Measure(actual, None, None, _pace(goal, as_of), None, no_data=True)
    level = goal.increase.goal_level(baseline)
    amount = level - baseline
    expected = _whole_things_pace(plan, goal, amount, as_of)
    if actual is None:
        return _Measure(None, level, None, expected, baseline, no_data=True)
    if amount == 0:
        progress = Fraction(1 if actual == level else 0)
    else:
        progress = (actual - baseline) / amount
    return _Measure(actual, level, progress, expected, baseline)


def _increase_flow(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    baseline = goal.baseline if goal.baseline is not None else Fraction(0)
    level = goal.increase.goal_level(baseline) if goal.increase else Fraction(0)
    actual = exact(facts.total)
    progress = actual / level if level else Fraction(1 if actual >= level else 0)
    return _Measure(actual, level, progress, _whole_things_pace(plan, goal, level, as_of),
                    baseline)


def _share(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    target = goal.target or Fraction(1)
    if facts.total == 0:
        return _Measure(Fraction(0), target, Fraction(0), Fraction(1), no_data=True)
    actual = exact(facts.tagged) / exact(facts.total)
    return _Measure(actual, target, actual / target, Fraction(1))


def _coverage(plan: Plan, goal: Goal, facts: GoalFacts, as_of: date) -> _Measure:
    target = goal.target or Fraction(1)
    actual = Fraction(facts.units_done, facts.units_below) if facts.units_below else Fraction(0)
    return _Measure(actual, target, actual / target, _pace(goal, as_of))


_MEASURES = {
    "milestone": _milestone,
    "total": _total,
    "rate": _rate,
    "increase": _increase,
    "share": _share,
    "coverage": _coverage,
}
