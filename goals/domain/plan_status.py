"""A plan's standing on a day: every goal's status, and how many goals are in each.

A plain value (no storage): the status service builds it, views, reports and the
"what changed" comparison read it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from goals.domain.plan import STATUSES, Plan
from goals.domain.progress import GoalStatus


@dataclass(frozen=True)
class PlanStatus:
    plan: Plan
    as_of: date
    goals: tuple[GoalStatus, ...]

    def counts(self) -> dict[str, int]:
        """How many goals are in each status, every status present (0 when none)."""
        found = Counter(g.status for g in self.goals)
        return {status: found.get(status, 0) for status in STATUSES}

    def as_json(self) -> dict:
        return {"plan": self.plan.id, "as_of": self.as_of.isoformat(),
                "goals": [g.as_json() for g in self.goals]}
