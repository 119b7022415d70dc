"""PLAN_FORMAT §2 and §3.3 for `increase`: baselines, goal levels as written, reductions."""

from fractions import Fraction

from tests.helpers import flow, level, one_goal_plan, status_of


def increase(target: str, baseline: str = "baseline: 110", metric: str = "medlemmar",
             extra: str = "") -> str:
    return f"""
        id: okning
        text: Öka.
        kind: increase
        metric: {metric}
        {baseline}
        target: '{target}'
        {extra}
    """


def test_the_latest_snapshot_is_the_actual_and_the_baseline_is_given():
    plan = one_goal_plan(increase("+20%"))
    result = status_of(plan, [level("2021-03-01", 115), level("2021-05-01", 118)], "2021-06-30")
    # The example of PLAN_FORMAT §5: 110 -> 132, at 118: 8/22 of the way.
    assert (result.baseline, result.target, result.actual) == (110, 132, 118)
    assert result.progress == Fraction(8, 22)
    assert result.status == "behind"   # 8/22 over 10/22 = 0.8


def test_without_a_baseline_the_last_snapshot_on_or_before_the_start_is_used():
    plan = one_goal_plan(increase("+25%", baseline="", extra="start: 2021-04-01"))
    entries = [level("2021-03-15", 100), level("2021-03-31", 104), level("2021-04-20", 110)]
    result = status_of(plan, entries, "2021-06-30")
    assert result.baseline == 104 and result.target == 130 and result.actual == 110
    assert result.progress == Fraction(6, 26)


def test_without_earlier_snapshots_the_first_one_in_the_window_is_the_baseline():
    plan = one_goal_plan(increase("x2", baseline=""))
    result = status_of(plan, [level("2021-02-01", 50), level("2021-03-01", 60)], "2021-06-30")
    assert (result.baseline, result.target, result.actual) == (50, 100, 60)
    assert result.progress == Fraction(10, 50)


def test_no_snapshot_and_no_baseline_is_no_data_with_nulls():
    result = status_of(one_goal_plan(increase("+20%", baseline="")), [], "2021-06-30")
    assert result.status == "no_data"
    assert (result.target, result.actual, result.progress) == (None, None, None)


def test_a_baseline_without_any_snapshot_is_no_data_but_keeps_its_target():
    result = status_of(one_goal_plan(increase("+20%")), [], "2021-06-30")
    assert result.status == "no_data"
    assert (result.target, result.actual, result.progress) == (132, None, None)


def test_plus_fifty_means_fifty_more_not_the_level_fifty():
    plan = one_goal_plan(increase("+50").replace("'+50'", "+50"))
    result = status_of(plan, [level("2021-05-01", 135)], "2021-06-30")
    assert result.target == 160
    assert result.progress == Fraction(25, 50)


def test_a_plain_number_is_the_level_to_reach():
    result = status_of(one_goal_plan(increase("150")), [level("2021-05-01", 130)], "2021-06-30")
    assert (result.target, result.progress) == (150, Fraction(20, 40))


def test_an_unsigned_percentage_means_an_increase():
    plan = one_goal_plan(increase("20%"))
    assert status_of(plan, [level("2021-05-01", 121)], "2021-06-30").target == 132


def test_a_reduction_by_percent_is_measured_by_the_same_formula():
    plan = one_goal_plan(increase("-10%", baseline="baseline: 200"))
    result = status_of(plan, [level("2021-05-01", 190)], "2021-06-30")
    # 200 -> 180; at 190: (190 − 200) / (180 − 200) = ½.
    assert (result.target, result.progress) == (180, Fraction(1, 2))


def test_a_reduction_by_a_number_is_measured_by_the_same_formula():
    plan = one_goal_plan(increase("-5", baseline="baseline: 200"))
    result = status_of(plan, [level("2021-05-01", 197)], "2021-06-30")
    assert (result.target, result.progress) == (195, Fraction(3, 5))


def test_a_reduction_expects_whole_things_too():
    plan = one_goal_plan(increase("-10", baseline="baseline: 200"))
    # |amount| = 10; 10 × 181/365 = 4.96 -> 4: 4/10 expected.
    assert status_of(plan, [level("2021-05-01", 196)], "2021-06-30").expected == Fraction(4, 10)


def test_losing_members_gives_negative_progress_and_at_risk():
    result = status_of(one_goal_plan(increase("+20%")), [level("2021-05-01", 104)], "2021-06-30")
    assert result.progress == Fraction(-6, 22)
    assert result.status == "at_risk"


def test_an_increase_on_a_flow_metric_compares_the_sum_with_the_goal_level():
    plan = one_goal_plan(increase("+25%", baseline="baseline: 40", metric="poster"))
    entries = [flow("2021-02-01", 12), flow("2021-05-01", 8)]
    result = status_of(plan, entries, "2021-06-30")
    # 40 last year -> 50 this year; 20 so far: 0.4. Expected floor(50 × 181/365)/50 = 24/50.
    assert (result.baseline, result.target, result.actual) == (40, 50, 20)
    assert result.progress == Fraction(2, 5)
    assert result.expected == Fraction(24, 50)
    assert result.status == "behind"


def test_two_snapshots_on_the_same_day_the_later_report_wins():
    plan = one_goal_plan(increase("+20%"))
    result = status_of(plan, [level("2021-05-01", 118), level("2021-05-01", 121)], "2021-06-30")
    assert result.actual == 121
