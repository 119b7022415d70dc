"""Since the last board meeting: statuses that moved and the reports that came in."""

from __future__ import annotations

from goals.domain.changes import entries_between, previous_meeting, status_changes
from goals.domain.plan_status import PlanStatus
from tests.helpers import d, flow, one_goal_plan, status_of

PLAN = one_goal_plan("""
    id: fond
    text: Samla 1000 kr i mars.
    kind: total
    metric: kronor
    target: 1000
    start: 2021-03-01
    deadline: 2021-03-10
""")
ENTRIES = [flow("2021-03-02", 300, "kronor"), flow("2021-03-06", 700, "kronor")]


def plan_status(as_of: str) -> PlanStatus:
    return PlanStatus(PLAN, d(as_of), (status_of(PLAN, ENTRIES, as_of),))


def test_a_goal_that_moved_from_behind_to_done_is_an_improvement():
    changes = status_changes(plan_status("2021-03-05"), plan_status("2021-03-07"))
    assert [(c.goal_id, c.before, c.after, c.improved) for c in changes] == [
        ("fond", "behind", "done", True)]     # 0.3 of 0.5 expected on 5 March: behind


def test_only_reports_after_the_meeting_up_to_now_are_new():
    assert entries_between(ENTRIES, d("2021-03-02"), d("2021-03-06")) == [ENTRIES[1]]


def test_the_previous_meeting_is_the_last_one_before_the_day():
    meetings = [d("2021-02-01"), d("2021-03-01"), d("2021-04-01")]
    assert previous_meeting(meetings, d("2021-04-01")) == d("2021-03-01")
    assert previous_meeting(meetings, d("2021-01-15")) is None
