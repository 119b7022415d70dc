"""What a member can report for a plan, in the plan's own words, and the entry it becomes.

Pure domain: the Rapportera page lists `report_choices(plan)` (every metric, and every
milestone step not yet named elsewhere) and turns the member's answers into an `Entry`
with `make_entry`, which applies the same rules as a CSV row (PLAN_FORMAT §4) and says
what is wrong in the member's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Goal, Plan
from goals.domain.problems import InputError, Problem
from goals.io.plan_yaml import MAX_TEXT


@dataclass(frozen=True)
class ReportChoice:
    """One thing a member can say they did: a metric, a milestone, or one of its steps."""

    key: str
    label: str
    metric: str | None = None
    milestone: str | None = None
    step: str | None = None
    is_level: bool = False
    unit: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def needs_number(self) -> bool:
        return self.metric is not None


def report_choices(plan: Plan) -> list[ReportChoice]:
    """Metrics first (what is reported most often), then milestones and their steps."""
    choices = [
        ReportChoice(key=f"metric:{m.id}", label=m.label, metric=m.id,
                     is_level=m.type == "level", unit=m.unit, tags=m.tags)
        for m in plan.metrics.values()
    ]
    for goal in plan.goals:
        if goal.kind != "milestone":
            continue
        if not goal.steps:
            choices.append(ReportChoice(key=f"milestone:{goal.id}", label=goal.text,
                                        milestone=goal.id))
        for step in goal.steps:
            choices.append(ReportChoice(key=f"step:{goal.id}:{step}",
                                        label=f"{goal.text} – {step}", milestone=goal.id,
                                        step=step))
    return choices


def make_entry(plan: Plan, choice: ReportChoice, *, day: date, value: float | None = None,
               tags: tuple[str, ...] = (), note: str = "", reported_by: str = "") -> Entry:
    """The entry for the member's answers; raises `InputError` naming each problem."""
    problems: list[Problem] = []
    note, reported_by = note.strip(), reported_by.strip()
    for column, text in (("note", note), ("reported_by", reported_by)):
        if len(text) > MAX_TEXT:
            problems.append(Problem("csv.too_long", {"column": column, "length": len(text),
                                                     "limit": MAX_TEXT}))
    if choice.metric is not None:
        if value is None or not math.isfinite(value):
            problems.append(Problem("report.number_needed"))
        elif choice.is_level and value < 0:
            problems.append(Problem("csv.negative_level", {"value": value,
                                                           "metric": choice.metric}))
        unknown = [t for t in tags if t not in choice.tags]
        if unknown:
            problems.append(Problem("csv.unknown_tag", {
                "metric": choice.metric, "value": unknown[0], "hint": "",
                "allowed": ", ".join(choice.tags) or "–"}))
    if problems:
        raise InputError(problems)
    if choice.metric is not None:
        return Entry(date=day, plan=plan.id, metric=choice.metric, value=float(value or 0),
                     tags=tuple(dict.fromkeys(tags)), note=note or None,
                     reported_by=reported_by or None)
    return Entry(date=day, plan=plan.id, milestone=choice.milestone, step=choice.step,
                 note=note or None, reported_by=reported_by or None)


def goals_moved_by(plan: Plan, entry: Entry) -> list[Goal]:
    """The goals an entry counts for (by metric or milestone), to show after saving."""
    if entry.milestone is not None:
        return [g for g in plan.goals if g.id == entry.milestone]
    return [g for g in plan.goals if g.metric == entry.metric]


def first_choices(plan: Plan) -> list[ReportChoice]:
    """The first question, kept short on a phone: every metric, then every milestone goal
    (its steps are asked next, by `step_choices`, instead of 27 pills whose step names a
    phone cuts to the same text)."""
    choices = [c for c in report_choices(plan) if c.metric is not None]
    choices += [ReportChoice(key=f"milestone:{goal.id}", label=goal.text, milestone=goal.id)
                for goal in plan.goals if goal.kind == "milestone"]
    return choices


def step_choices(plan: Plan, goal_id: str) -> list[ReportChoice]:
    """The steps of a milestone goal, labelled by the step alone; empty without steps."""
    goal = plan.goal(goal_id)
    return [ReportChoice(key=f"step:{goal.id}:{step}", label=step, milestone=goal.id,
                         step=step) for step in goal.steps]


def entry_summary(entry: Entry, choice_label: str, day_text: str,
                  number_text: str | None) -> str:
    """What is about to be (or was) saved, in one line: 'Inlägg på hemsidan: 2 · 30 dec.
    2021'. The member sees it beside the button and after saving."""
    parts = [choice_label if number_text is None else f"{choice_label}: {number_text}"]
    if entry.tags:
        parts.append(", ".join(entry.tags))
    parts.append(day_text)
    return " · ".join(parts)


def same_report(first: Entry | None, second: Entry) -> bool:
    """Two reports say the same thing (everything but the id): a second tap, most likely."""
    if first is None:
        return False
    keep = ("date", "plan", "metric", "value", "tags", "milestone", "step", "note",
            "reported_by")
    return all(getattr(first, k) == getattr(second, k) for k in keep)
