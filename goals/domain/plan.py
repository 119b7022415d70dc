"""The plan as the domain sees it: a verksamhetsplan with metrics, sections and goals.

Pure Python (no YAML, no SQL, no Streamlit). The loader builds these objects from a
validated file; the store keeps them as `to_dict()` JSON and rebuilds them with
`plan_from_dict()` without validating again. Quantities that the rules compare (targets,
baselines, checkpoint fractions) are `Fraction`s so `+20 %` of 110 is exactly 132 and a
status never flips on a rounding error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from typing import Literal

Kind = Literal["milestone", "total", "rate", "increase", "share", "coverage"]
KINDS: tuple[str, ...] = ("milestone", "total", "rate", "increase", "share", "coverage")
PERIOD_UNITS: tuple[str, ...] = ("week", "month", "quarter", "half-year", "year")
METRIC_TYPES: tuple[str, ...] = ("level", "flow")
LANGUAGES: tuple[str, ...] = ("sv", "nb", "en")
STATUSES: tuple[str, ...] = ("done", "no_data", "missed", "on_track", "behind", "at_risk")

DEFAULT_ON_TRACK = Fraction(9, 10)
DEFAULT_BEHIND = Fraction(6, 10)


@dataclass(frozen=True)
class Organisation:
    """The unit that owns a plan; `parent` links a förening to its distrikt."""

    id: str
    name: str
    level: str = ""
    parent: str | None = None


@dataclass(frozen=True)
class Metric:
    """What members report. `level` metrics are snapshots; `flow` metrics add up."""

    id: str
    label: str
    type: str
    unit: str | None = None
    tags: tuple[str, ...] = ()
    one: str | None = None   # the label for exactly one: docs/report_sentences.md

    @property
    def counts_whole_things(self) -> bool:
        """A metric without a unit counts posts, meetings, members: never half of one."""
        return self.unit is None


@dataclass(frozen=True)
class IncreaseTarget:
    """An `increase` target as written: `+20%`, `-10%`, `x2`, `+50`, `-5` or a level."""

    text: str
    operator: Literal["+%", "-%", "x", "+", "-", "="]
    amount: Fraction

    def goal_level(self, baseline: Fraction) -> Fraction:
        """The level the goal asks to reach from `baseline` (PLAN_FORMAT §3.3)."""
        if self.operator == "+%":
            return baseline * (1 + self.amount / 100)
        if self.operator == "-%":
            return baseline * (1 - self.amount / 100)
        if self.operator == "x":
            return baseline * self.amount
        if self.operator == "+":
            return baseline + self.amount
        if self.operator == "-":
            return baseline - self.amount
        return self.amount


@dataclass(frozen=True)
class Level:
    """A `commit:` or `stretch:` level as written, read like the goal's own target: a
    number (total, rate), a fraction (share, coverage) or an increase (`+10%`)."""

    text: str
    value: Fraction | None = None
    increase: IncreaseTarget | None = None


@dataclass(frozen=True)
class Owner:
    """Someone responsible for a goal: a board member's account (`account` true, `email` the
    account's address) or a display name with the address that person gave for reminders."""

    name: str = ""
    email: str | None = None
    account: bool = False

    def to_yaml(self) -> str | dict:
        if self.account:
            return self.email or ""
        data: dict = {"name": self.name}
        if self.email:
            data["email"] = self.email
        return data


DEFAULT_SILENT_DAYS = 30


@dataclass(frozen=True)
class Reminders:
    """Per plan: after how many silent days an owner is reminded, whether members who gave
    an address get a monthly nudge, and the board's own addresses (a förening without
    accounts)."""

    silent_days: int = DEFAULT_SILENT_DAYS
    member_nudge: bool = False
    board: tuple[str, ...] = ()
    members: tuple[Owner, ...] = ()

    def to_dict(self) -> dict:
        data: dict = {"silent_days": self.silent_days, "member_nudge": self.member_nudge}
        if self.board:
            data["board"] = list(self.board)
        if self.members:
            data["members"] = [m.to_yaml() for m in self.members]
        return data


@dataclass(frozen=True)
class Goal:
    """One measurable (or at least checkable) commitment of the plan."""

    id: str
    text: str
    kind: str
    section: str
    window_start: date
    window_end: date
    metric: str | None = None
    target: Fraction | None = None
    increase: IncreaseTarget | None = None
    target_text: str | None = None
    per: str | None = None
    tag: str | None = None
    baseline: Fraction | None = None
    goal: str | None = None
    steps: tuple[str, ...] = ()
    start: date | None = None
    deadline: date | None = None
    responsible: str | None = None
    checkpoints: tuple[tuple[date, Fraction], ...] = ()
    notes: str | None = None
    owners: tuple[Owner, ...] = ()
    commit: Level | None = None
    stretch: Level | None = None

    def at_level(self, level: Level) -> Goal:
        """This goal asking for `level` instead of its target (commit and stretch are
        measured by the same rules as the target)."""
        return replace(self, target=level.value, increase=level.increase,
                       target_text=level.text, commit=None, stretch=None)


@dataclass(frozen=True)
class Section:
    title: str
    goals: tuple[Goal, ...]


@dataclass(frozen=True)
class Plan:
    """A förening's plan for a period: what it measures and what it wants to reach."""

    id: str
    title: str
    organisation: Organisation
    period_start: date
    period_end: date
    language: str = "sv"
    adopted: date | None = None
    metrics: dict[str, Metric] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    on_track: Fraction = DEFAULT_ON_TRACK
    behind: Fraction = DEFAULT_BEHIND
    reminders: Reminders | None = None

    @property
    def goals(self) -> tuple[Goal, ...]:
        """Every goal in document order."""
        return tuple(goal for section in self.sections for goal in section.goals)

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def overlaps(self, start: date, end: date) -> bool:
        """True when this plan's period shares at least one day with [start, end]."""
        return self.period_start <= end and start <= self.period_end

    def to_dict(self) -> dict:
        """The plan in the shape of the YAML format (what `export` writes)."""
        return plan_to_dict(self)


# --- (de)serialisation: the YAML shape, used by the store and by export -----------------


def format_number(value: Fraction | float | int) -> int | float:
    """A Fraction as the plain YAML/JSON number a person would write (25000, 1.5)."""
    value = Fraction(value)
    return int(value) if value.denominator == 1 else float(value)


def format_percent(value: Fraction) -> str:
    """0.1 -> '10%'; 1/3 -> '33.333333333333336%' is avoided by keeping exact decimals."""
    percent = value * 100
    number = format_number(percent)
    return f"{number}%"


def _goal_to_dict(goal: Goal) -> dict:
    data: dict = {"id": goal.id, "text": goal.text, "kind": goal.kind}
    if goal.metric is not None:
        data["metric"] = goal.metric
    if goal.goal is not None:
        data["goal"] = goal.goal
    if goal.tag is not None:
        data["tag"] = goal.tag
    if goal.baseline is not None:
        data["baseline"] = format_number(goal.baseline)
    if goal.target_text is not None:
        data["target"] = _target_for_export(goal)
    if goal.per is not None:
        data["per"] = goal.per
    if goal.steps:
        data["steps"] = list(goal.steps)
    if goal.start is not None:
        data["start"] = goal.start.isoformat()
    if goal.deadline is not None:
        data["deadline"] = goal.deadline.isoformat()
    if goal.checkpoints:
        data["checkpoints"] = {d.isoformat(): format_percent(f) for d, f in goal.checkpoints}
    if goal.responsible is not None:
        data["responsible"] = goal.responsible
    if goal.notes is not None:
        data["notes"] = goal.notes
    if goal.owners:
        data["owners"] = [owner.to_yaml() for owner in goal.owners]
    for key, level in (("commit", goal.commit), ("stretch", goal.stretch)):
        if level is not None:
            data[key] = _level_for_export(goal.kind, level)
    return data


def _level_for_export(kind: str, level: Level) -> str | int | float:
    if kind == "increase" or level.value is None:
        return level.text
    if kind in ("share", "coverage"):
        return format_percent(level.value)
    return format_number(level.value)


def _target_for_export(goal: Goal) -> str | int | float:
    """Totals and rates as numbers; shares and coverage as percentages; increases as written."""
    if goal.kind == "increase":
        return goal.target_text or ""
    if goal.kind in ("share", "coverage"):
        return format_percent(goal.target or Fraction(0))
    return format_number(goal.target or Fraction(0))


def plan_to_dict(plan: Plan) -> dict:
    org = {"id": plan.organisation.id, "name": plan.organisation.name}
    if plan.organisation.level:
        org["level"] = plan.organisation.level
    if plan.organisation.parent:
        org["parent"] = plan.organisation.parent
    data: dict = {
        "id": plan.id,
        "title": plan.title,
        "organisation": org,
        "period": {"start": plan.period_start.isoformat(), "end": plan.period_end.isoformat()},
    }
    if plan.adopted is not None:
        data["adopted"] = plan.adopted.isoformat()
    data["language"] = plan.language
    if (plan.on_track, plan.behind) != (DEFAULT_ON_TRACK, DEFAULT_BEHIND):
        data["status"] = {
            "on_track": format_number(plan.on_track),
            "behind": format_number(plan.behind),
        }
    if plan.reminders is not None:
        data["reminders"] = plan.reminders.to_dict()
    data["metrics"] = {m.id: _metric_to_dict(m) for m in plan.metrics.values()}
    data["sections"] = [
        {"title": s.title, "goals": [_goal_to_dict(g) for g in s.goals]} for s in plan.sections
    ]
    return data


def _metric_to_dict(metric: Metric) -> dict:
    data: dict = {"label": metric.label, "type": metric.type}
    if metric.unit is not None:
        data["unit"] = metric.unit
    if metric.tags:
        data["tags"] = list(metric.tags)
    if metric.one:
        data["one"] = metric.one
    return data
