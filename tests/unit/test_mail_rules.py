"""goals.domain.reminders: when an owner, the board and a member hear from the plan.
Dates worked out by hand; the goal runs over the whole of 2021 and is 100 calls."""

from __future__ import annotations

from datetime import date

from goals.domain.reminders import (
    days_silent,
    digest_due,
    meeting_soon,
    nudge_due,
    previous_month,
    reminder_reason,
    turned_worse,
)
from tests.helpers import flow, one_goal_plan, status_of

GOAL = """
    id: samtal
    text: Ringa 100 samtal.
    kind: total
    metric: poster
    target: 100
"""


def _status(as_of: str, last_report: str = "2021-05-01", calls: float = 50):
    return status_of(one_goal_plan(GOAL), [flow(last_report, calls)], as_of)


# --- silent goals ---------------------------------------------------------------------------


def test_a_goal_silent_for_29_days_is_not_reminded_of():
    # 1 May -> 30 May is 29 days.
    status = _status("2021-05-30")
    assert days_silent(status, date(2021, 5, 30)) == 29
    assert reminder_reason(status, "on_track", date(2021, 5, 30), 30, None) is None


def test_a_goal_silent_for_30_days_is_reminded_of():
    # 1 May -> 31 May is 30 days.
    status = _status("2021-05-31")
    assert days_silent(status, date(2021, 5, 31)) == 30
    assert reminder_reason(status, status.status, date(2021, 5, 31), 30, None) == "silent"


def test_a_goal_never_reported_on_counts_from_its_start():
    # 1 Jan -> 31 Jan is 30 days.
    status = status_of(one_goal_plan(GOAL), [], "2021-01-31")
    assert days_silent(status, date(2021, 1, 31)) == 30


def test_a_reminder_comes_again_only_after_the_plans_number_of_days():
    status = _status("2021-06-29")     # silent 59 days
    as_of = date(2021, 6, 29)
    assert reminder_reason(status, status.status, as_of, 30, date(2021, 5, 31)) is None  # 29
    status = _status("2021-06-30")
    assert reminder_reason(status, status.status, date(2021, 6, 30), 30,
                           date(2021, 5, 31)) == "silent"                              # 30


def test_nothing_twice_on_the_same_day():
    status = _status("2021-05-31")
    assert reminder_reason(status, "on_track", date(2021, 5, 31), 30, date(2021, 5, 31)) is None


def test_a_done_goal_needs_no_reports():
    status = _status("2021-08-01", calls=100)
    assert status.status == "done"
    assert days_silent(status, date(2021, 8, 1)) is None


# --- goals that turned worse ----------------------------------------------------------------


def test_a_goal_that_turned_behind_yesterday_is_reminded_of_today():
    # 40 calls by 1 May; on 30 June 181/365 of the year has passed: expected
    # floor(100 x 181/365)/100 = 49/100; 40/49 = 0.82 -> behind (0.6 <= 0.82 < 0.9).
    # Yesterday's run saw it on track; it is not silent (a report on 20 June).
    status = _status("2021-06-30", last_report="2021-06-20", calls=40)
    assert status.status == "behind"
    assert reminder_reason(status, "on_track", date(2021, 6, 30), 30, None) == "turned"


def test_a_goal_already_behind_at_the_last_run_is_no_news():
    status = _status("2021-06-30", last_report="2021-06-20", calls=40)
    assert reminder_reason(status, "behind", date(2021, 6, 30), 30, None) is None


def test_turning_worse_means_behind_or_at_risk_and_not_an_improvement():
    assert turned_worse("at_risk", "on_track")
    assert turned_worse("at_risk", "behind")
    assert not turned_worse("behind", "at_risk")
    assert not turned_worse("on_track", "behind")
    assert not turned_worse("behind", None)


# --- the board's digest -----------------------------------------------------------------------


def test_the_first_run_sends_a_digest():
    assert digest_due(date(2021, 6, 1), None, [])


def test_a_digest_goes_weekly():
    assert not digest_due(date(2021, 6, 7), date(2021, 6, 1), [])   # 6 days
    assert digest_due(date(2021, 6, 8), date(2021, 6, 1), [])       # 7 days
    assert not digest_due(date(2021, 6, 1), date(2021, 6, 1), [])   # the same day


def test_a_meeting_in_6_days_is_within_the_week_and_one_in_8_days_is_not():
    as_of = date(2021, 6, 1)
    assert meeting_soon([date(2021, 6, 7)], as_of) == date(2021, 6, 7)
    assert meeting_soon([date(2021, 6, 9)], as_of) is None
    assert meeting_soon([date(2021, 5, 30)], as_of) is None          # past meetings


def test_a_meeting_in_6_days_brings_a_digest_when_none_went_in_the_week_before_it():
    # Last digest 27 May; meeting 7 June: the week before it starts 31 May, so one is due
    # on 1 June although the weekly digest is not (5 days).
    assert digest_due(date(2021, 6, 1), date(2021, 5, 27), [date(2021, 6, 7)])
    # A meeting in 8 days (9 June) does not: its week starts 2 June.
    assert not digest_due(date(2021, 6, 1), date(2021, 5, 27), [date(2021, 6, 9)])
    # A digest already sent in the meeting's week (31 May) is enough.
    assert not digest_due(date(2021, 6, 1), date(2021, 5, 31), [date(2021, 6, 7)])


# --- members' nudge ---------------------------------------------------------------------------


def test_a_nudge_goes_once_a_calendar_month_and_asks_about_the_month_before():
    assert nudge_due(date(2021, 12, 2), None)
    assert nudge_due(date(2021, 12, 1), date(2021, 11, 30))
    assert not nudge_due(date(2021, 12, 31), date(2021, 12, 1))
    assert previous_month(date(2021, 12, 2)) == date(2021, 11, 1)
    assert previous_month(date(2021, 1, 15)) == date(2020, 12, 1)
