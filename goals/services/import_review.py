"""What an import would do to a plan's goals, worked out inside the import's own
transaction: every goal it moves, with its figure and status before -> after, and the
stock figures (members, active members, followers) it would bring down by more than half
or to zero, which need the board's confirmation before they are saved.

The preview and the import are the same code (`dry_run` rolls back): what the board saw is
exactly what is saved, or nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from goals.domain.problems import InputError, Problem
from goals.services.status import PlanStatus, UnknownPlan, plan_status
from goals.store.unit_of_work import Session


@dataclass(frozen=True)
class GoalMove:
    """One goal an import moves: its figure and status before and after."""

    plan: str
    goal: str
    text: str
    before: float | None
    after: float | None
    status_before: str
    status_after: str
    stock_drop: bool = False


def statuses(session: Session, plan_ids: list[str], as_of: date | None
             ) -> dict[str, PlanStatus]:
    """Each plan's standing on `as_of` (today when None), taken inside its period."""
    found = {}
    for plan_id in plan_ids:
        try:
            first = plan_status(session, plan_id, as_of or date.today())
        except UnknownPlan:
            continue
        day = min(max(as_of or date.today(), first.plan.period_start), first.plan.period_end)
        found[plan_id] = first if day == first.as_of else plan_status(session, plan_id, day)
    return found


def goal_moves(before: dict[str, PlanStatus], after: dict[str, PlanStatus]
               ) -> list[GoalMove]:
    """The goals whose figure or status differs, in plan order."""
    moves = []
    for plan_id, now in after.items():
        then = {g.goal.id: g for g in before[plan_id].goals} if plan_id in before else {}
        for goal in now.goals:
            old = then.get(goal.goal.id)
            if old is None or (old.actual, old.status) == (goal.actual, goal.status):
                continue
            metric = now.plan.metrics.get(goal.goal.metric or "")
            stock = metric is not None and metric.type == "level"
            moves.append(GoalMove(plan_id, goal.goal.id, goal.goal.text,
                                  _float(old.actual), _float(goal.actual), old.status,
                                  goal.status, stock and _drops(old.actual, goal.actual)))
    return moves


def _drops(before: Fraction | None, after: Fraction | None) -> bool:
    """A stock figure falling to zero, or to less than half of what it was."""
    if before is None or before <= 0:
        return False
    return after is None or after == 0 or after * 2 < before


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def refuse_unconfirmed_drops(moves: list[GoalMove], file: str) -> None:
    """Raise `InputError` naming every stock figure the import would bring down."""
    drops = [m for m in moves if m.stock_drop]
    if drops:
        raise InputError([Problem("imports.stock_drop", {
            "metric": m.goal, "before": _shown(m.before), "after": _shown(m.after)},
            file=file) for m in drops])


def _shown(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
