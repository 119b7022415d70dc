"""PLAN_FORMAT §3.2: the expected fraction by `as_of` — pace, checkpoints, whole things,
rate units, shares and milestones without steps."""

from fractions import Fraction

from goals.domain.calendar import pace
from tests.helpers import d, one_goal_plan, status_of

YEAR = (d("2021-01-01"), d("2021-12-31"))
CHECKPOINTS = ((d("2021-06-30"), Fraction(3, 10)), (d("2021-09-30"), Fraction(6, 10)))


def test_without_checkpoints_the_pace_is_elapsed():
    assert pace(*YEAR, d("2021-07-02")) == Fraction(183, 365)


def test_on_a_checkpoint_the_pace_is_the_checkpoint():
    assert pace(*YEAR, d("2021-06-30"), CHECKPOINTS) == Fraction(3, 10)


def test_before_the_first_checkpoint_the_line_starts_the_day_before_start():
    # 31 Mar is 90 days after 31 Dec; 31 Dec -> 30 Jun is 181 days: 0.3 × 90/181.
    assert pace(*YEAR, d("2021-03-31"), CHECKPOINTS) == Fraction(3, 10) * Fraction(90, 181)


def test_between_checkpoints_the_line_is_straight():
    # 15 Aug is 46 of the 92 days from 30 Jun to 30 Sep: 0.3 + 0.3 × ½ = 0.45.
    assert pace(*YEAR, d("2021-08-15"), CHECKPOINTS) == Fraction(45, 100)


def test_after_the_last_checkpoint_the_line_runs_to_the_deadline_at_100_percent():
    # 15 Nov is 46 of the 92 days from 30 Sep to 31 Dec: 0.6 + 0.4 × ½ = 0.8.
    assert pace(*YEAR, d("2021-11-15"), CHECKPOINTS) == Fraction(8, 10)
    assert pace(*YEAR, d("2021-12-31"), CHECKPOINTS) == 1


def test_checkpoints_set_the_expected_progress_of_a_total_in_money():
    plan = one_goal_plan("""
        id: fond
        text: Samla 1000 kr.
        kind: total
        metric: kronor
        target: 1000
        checkpoints: {2021-06-30: 30%, 2021-09-30: 60%}
    """)
    assert status_of(plan, [], "2021-08-15").expected == Fraction(45, 100)


TWO_MEETINGS = """
    id: moten
    text: Två medlemsmöten.
    kind: total
    metric: poster
    target: 2
"""


def test_two_meetings_are_not_behind_in_february():
    # 2 × 46/365 = 0.25 -> floor 0: nothing is expected yet, so no meeting is not behind.
    result = status_of(one_goal_plan(TWO_MEETINGS), [], "2021-02-15")
    assert result.expected == 0
    assert result.status == "on_track"


def test_the_first_of_two_meetings_is_expected_once_half_the_year_has_passed():
    plan = one_goal_plan(TWO_MEETINGS)
    # 1 July: 2 × 182/365 = 0.997 -> 0; 2 July: 2 × 183/365 = 1.003 -> 1, so ½.
    assert status_of(plan, [], "2021-07-01").expected == 0
    assert status_of(plan, [], "2021-07-02").expected == Fraction(1, 2)


def test_money_is_not_counted_in_whole_things():
    plan = one_goal_plan("""
        id: fond
        text: Samla 25000 kr.
        kind: total
        metric: kronor
        target: 25000
    """)
    assert status_of(plan, [], "2021-07-02").expected == Fraction(183, 365)


def test_an_increase_in_members_expects_whole_members():
    plan = one_goal_plan("""
        id: medlemsokning
        text: Öka med 20 %.
        kind: increase
        metric: medlemmar
        baseline: 110
        target: +20%
    """)
    # amount 132 − 110 = 22; 22 × 181/365 = 10.9 -> 10 members expected: 10/22.
    assert status_of(plan, [], "2021-06-30").expected == Fraction(10, 22)


def test_an_increase_of_a_measure_with_a_unit_follows_the_line():
    plan = one_goal_plan("""
        id: vikt
        text: Öka vikten.
        kind: increase
        metric: vikt
        baseline: 110
        target: +20%
    """)
    assert status_of(plan, [], "2021-06-30").expected == Fraction(181, 365)


MONTHLY = """
    id: hemsida
    text: Två inlägg per månad.
    kind: rate
    metric: poster
    target: 2
    per: month
"""


def test_a_monthly_rate_expects_the_months_that_have_ended():
    plan = one_goal_plan(MONTHLY)
    assert status_of(plan, [], "2021-06-29").expected == Fraction(5, 12)
    assert status_of(plan, [], "2021-06-30").expected == Fraction(6, 12)


def test_a_weekly_rate_counts_calendar_weeks_overlapping_the_window():
    plan = one_goal_plan("""
        id: tirsdag
        text: Ukentlige møter.
        kind: rate
        metric: poster
        target: 1
        per: week
        start: 2021-04-11
        deadline: 2021-06-20
    """)
    # 11 Apr 2021 is a Sunday, 20 Jun a Sunday: weeks Mon 5 Apr … Sun 20 Jun = 11 weeks.
    # The first week's last day inside the window is 11 Apr itself, so it has ended then.
    result = status_of(plan, [], "2021-04-11")
    assert result.target == 11
    assert result.expected == Fraction(1, 11)
    assert status_of(plan, [], "2021-04-17").expected == Fraction(1, 11)
    assert status_of(plan, [], "2021-04-18").expected == Fraction(2, 11)


def test_quarters_half_years_and_years_are_calendar_units():
    for per, units, as_of, ended in (("quarter", 4, "2021-09-30", 3),
                                     ("half-year", 2, "2021-06-30", 1),
                                     ("year", 1, "2021-12-30", 0)):
        plan = one_goal_plan(MONTHLY.replace("month", per))
        result = status_of(plan, [], as_of)
        assert (result.target, result.expected) == (units, Fraction(ended, units)), per


def test_a_share_is_not_paced():
    plan = one_goal_plan("""
        id: nyhetskrok
        text: Minst 10 % nyhetskrokar.
        kind: share
        metric: poster
        tag: nyhet
        target: 10%
    """)
    assert status_of(plan, [], "2021-02-01").expected == 1


def test_a_milestone_without_steps_is_expected_only_from_its_deadline():
    plan = one_goal_plan("""
        id: valprogram
        text: Anta ett valprogram.
        kind: milestone
        deadline: 2021-10-31
    """)
    assert status_of(plan, [], "2021-10-30").expected == 0
    assert status_of(plan, [], "2021-10-31").expected == 1
