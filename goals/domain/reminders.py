"""When the product writes to people between meetings (issue 18): pure date rules.

- An owner is reminded of a goal when nobody has reported on it for the plan's
  `silent_days` (counted from the last report, or from the goal's start when none) and no
  reminder named that goal to that person within the same number of days; or when the goal
  turned behind or at risk since the last run.
- The board's digest is due when none went to that address for the plan in the last 7 days
  (so the first run sends one), or when a board meeting is within the next 7 days and none
  went in the week before it; the lägesrapport is attached when the next meeting is within
  7 days.
- A member's nudge is due once a calendar month.
Stdlib only: statuses, days and what was sent in, decisions out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from goals.domain.progress import GoalStatus

DIGEST_EVERY_DAYS = 7
MEETING_WINDOW_DAYS = 7
WORSE = ("behind", "at_risk")


def days_silent(status: GoalStatus, as_of: date) -> int | None:
    """Days since the goal's last report (or its start); None for a goal that needs no
    reports now: done, a coverage goal (counted from the plans below), or outside its
    window."""
    goal = status.goal
    if goal.kind == "coverage" or status.status == "done":
        return None
    if not goal.window_start <= as_of <= goal.window_end:
        return None
    since = status.facts.last_reported or goal.window_start
    return max(0, (as_of - since).days)


def turned_worse(now: str, before: str | None) -> bool:
    """Behind or at risk now and not at the last run (at risk -> behind is no news)."""
    if now not in WORSE or before is None or before == now:
        return False
    return not (before == "at_risk" and now == "behind")


def reminder_reason(status: GoalStatus, before: str | None, as_of: date, silent_after: int,
                    last_reminded: date | None) -> str | None:
    """'turned', 'silent' or None: why an owner should hear about this goal today."""
    if last_reminded == as_of:
        return None
    if turned_worse(status.status, before):
        return "turned"
    silent = days_silent(status, as_of)
    if silent is None or silent < silent_after:
        return None
    if last_reminded is not None and (as_of - last_reminded).days < silent_after:
        return None
    return "silent"


def next_meeting(meetings: Iterable[date], as_of: date) -> date | None:
    """The first meeting after `as_of`."""
    return min((day for day in meetings if day > as_of), default=None)


def meeting_soon(meetings: Iterable[date], as_of: date) -> date | None:
    """The next meeting when it is within 7 days (6 days ahead: yes; 8: no)."""
    upcoming = next_meeting(meetings, as_of)
    if upcoming is None or (upcoming - as_of).days > MEETING_WINDOW_DAYS:
        return None
    return upcoming


def digest_due(as_of: date, last_digest: date | None, meetings: Iterable[date]) -> bool:
    """Weekly, and before each meeting (see the module's docstring)."""
    if last_digest == as_of:
        return False
    if last_digest is None or (as_of - last_digest).days >= DIGEST_EVERY_DAYS:
        return True
    upcoming = meeting_soon(meetings, as_of)
    return upcoming is not None and last_digest < upcoming - timedelta(MEETING_WINDOW_DAYS)


def nudge_due(as_of: date, last_nudge: date | None) -> bool:
    """Once per calendar month."""
    return last_nudge is None or (last_nudge.year, last_nudge.month) < (as_of.year, as_of.month)


def previous_month(as_of: date) -> date:
    """The first day of the month before `as_of`'s: the month a nudge asks about."""
    first = as_of.replace(day=1)
    return (first - timedelta(days=1)).replace(day=1)
