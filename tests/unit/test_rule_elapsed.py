"""PLAN_FORMAT §3.1: elapsed = clamp((as_of − start + 1) / (deadline − start + 1), 0, 1)."""

from fractions import Fraction

from goals.domain.calendar import elapsed
from tests.helpers import d

YEAR = (d("2021-01-01"), d("2021-12-31"))  # 365 days


def test_the_first_day_of_the_window_counts_as_one_day_elapsed():
    assert elapsed(*YEAR, d("2021-01-01")) == Fraction(1, 365)


def test_mid_year_counts_the_days_begun_so_far():
    # January–June are 181 days; 2 July is the 183rd day.
    assert elapsed(*YEAR, d("2021-07-02")) == Fraction(183, 365)


def test_before_the_window_nothing_has_elapsed():
    assert elapsed(*YEAR, d("2020-12-31")) == 0
    assert elapsed(*YEAR, d("2020-06-01")) == 0


def test_from_the_deadline_on_everything_has_elapsed():
    assert elapsed(*YEAR, d("2021-12-31")) == 1
    assert elapsed(*YEAR, d("2022-05-01")) == 1


def test_a_goal_window_inside_the_period_is_its_own_time_line():
    # 11 April – 20 June: 20 + 31 + 20 = 71 days; by 10 May, 20 + 10 = 30 have begun.
    assert elapsed(d("2021-04-11"), d("2021-06-20"), d("2021-05-10")) == Fraction(30, 71)


def test_a_one_day_window_is_all_or_nothing():
    day = d("2021-06-10")
    assert elapsed(day, day, d("2021-06-09")) == 0
    assert elapsed(day, day, day) == 1
