"""What changed between two days (the last board meeting and now): statuses that moved and
the reports that came in. Pure: two PlanStatus values and the plan's entries in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan_status import PlanStatus
from goals.domain.progress import GoalStatus

RANK = {"missed": 0, "at_risk": 1, "behind": 2, "no_data": 2, "on_track": 3, "done": 4}


@dataclass(frozen=True)
class StatusChange:
    goal_id: str
    text: str
    before: str
    after: str

    @property
    def improved(self) -> bool:
        return RANK[self.after] > RANK[self.before]


def status_changes(before: PlanStatus, after: PlanStatus) -> list[StatusChange]:
    """Goals whose status differs between the two days, in plan order."""
    earlier: dict[str, GoalStatus] = {g.goal.id: g for g in before.goals}
    return [StatusChange(g.goal.id, g.goal.text, earlier[g.goal.id].status, g.status)
            for g in after.goals
            if g.goal.id in earlier and earlier[g.goal.id].status != g.status]


def entries_between(entries: list[Entry], after_day: date, until: date) -> list[Entry]:
    """Reports dated after `after_day` up to and including `until`."""
    return [e for e in entries if after_day < e.date <= until]


def previous_meeting(meetings: list[date], as_of: date) -> date | None:
    """The last meeting before `as_of` (a meeting on `as_of` itself is the current one)."""
    earlier = [day for day in meetings if day < as_of]
    return max(earlier) if earlier else None
