"""A goal over time (goals.domain.timeline) and its charts (goals.views.charts), figures by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from goals.domain import timeline
from goals.views import charts
from tests.factories import VALFOND_PLAN as VALFOND
from tests.helpers import d, flow, one_goal_plan, status_of, step

ENTRIES = [flow("2021-03-01", 5000, "kronor"), flow("2021-03-01", 1000, "kronor"),
           flow("2021-05-10", -1000, "kronor"), flow("2021-08-01", 7000, "kronor")]
LABELS = {k: k for k in ("actual", "expected", "target", "forecast", "checkpoints", "done",
                         "open")}


def test_the_cumulative_series_steps_on_each_day_with_entries():
    points = timeline.cumulative(VALFOND.goals[0], ENTRIES, d("2021-06-30"))
    assert [(p.day.isoformat(), p.value) for p in points] == [
        ("2020-12-31", 0.0), ("2021-03-01", 6000.0), ("2021-05-10", 5000.0)]


def test_the_forecast_follows_the_trend_to_the_deadline():
    status = status_of(VALFOND, ENTRIES, "2021-06-30")          # 5 000 of 25 000: 0.2
    forecast = timeline.forecast(VALFOND, status, d("2021-06-30"))
    assert forecast.at_deadline == pytest.approx(0.2 * 365 / 181)   # 181 of 365 days gone
    # 20 000 kr remain over the 184 days to 31 Dec: 184 / 30.4375 = 6.045 months.
    assert forecast.needed_per_month == pytest.approx(20000 / (184 / 30.4375))
    assert not forecast.reaches_target


def test_there_is_no_forecast_once_the_deadline_has_come():
    status = status_of(VALFOND, ENTRIES, "2021-12-31")
    assert timeline.forecast(VALFOND, status, d("2021-12-31")) is None


def test_rate_units_are_listed_with_their_sums_including_empty_ones():
    plan = one_goal_plan("""
        id: hemsida
        text: Två inlägg per månad.
        kind: rate
        metric: poster
        target: 2
        per: month
        start: 2021-01-15
        deadline: 2021-04-30
    """)
    units = timeline.unit_sums(plan.goals[0], [flow("2021-01-20", 2), flow("2021-03-03", 1)],
                               d("2021-06-30"))
    assert [(day.isoformat(), value) for day, value in units] == [
        ("2021-01-15", 2.0), ("2021-02-01", 0.0), ("2021-03-01", 1.0), ("2021-04-01", 0.0)]


def test_the_share_over_time_is_the_running_tagged_part():
    plan = one_goal_plan("""
        id: nyhetskrok
        text: Tio procent nyhetskrokar.
        kind: share
        metric: poster
        tag: nyhet
        target: 10%
    """)
    entries = [flow("2021-02-01", 1, tags=("nyhet",)), flow("2021-02-02", 3)]
    points = timeline.share_over_time(plan.goals[0], entries, d("2021-06-30"))
    assert [p.value for p in points] == [1.0, 0.25]


def test_milestone_steps_carry_the_day_they_were_done():
    plan = one_goal_plan("""
        id: valprogram
        text: Valprogram.
        kind: milestone
        steps: [Utkast, Antaget]
    """)
    steps = timeline.milestone_steps(plan.goals[0], [step("2021-04-02", "valprogram", "Utkast")],
                                     d("2021-06-30"))
    assert steps == [("Utkast", d("2021-04-02")), ("Antaget", None)]


def test_the_expected_line_runs_from_zero_to_the_target_through_checkpoints():
    plan = one_goal_plan("""
        id: fond
        text: Fond.
        kind: total
        metric: kronor
        target: 1000
        checkpoints: {2021-06-30: 30%}
    """)
    line = timeline.expected_line(plan.goals[0], 0.0, 1000.0)
    assert [(p.day.isoformat(), round(p.value, 6)) for p in line] == [
        ("2020-12-31", 0.0), ("2021-06-30", 300.0), ("2021-12-31", 1000.0)]


def test_the_progress_chart_draws_actual_expected_forecast_and_target():
    status = status_of(VALFOND, ENTRIES, "2021-06-30")
    actual = timeline.cumulative(VALFOND.goals[0], ENTRIES, d("2021-06-30"))
    expected = timeline.expected_line(VALFOND.goals[0], 0.0, 25000.0)
    end = timeline.Point(d("2021-12-31"), 25000 * 0.4)
    figure = charts.progress_figure(actual, expected, 25000.0, LABELS, end)
    assert [trace.name for trace in figure.data] == ["expected", "actual", "forecast"]
    assert figure.layout.shapes[0].y0 == 25000.0
    assert status.progress == Fraction(1, 5)


def test_reached_rate_units_are_drawn_in_the_goal_colour():
    figure = charts.rate_figure([(d("2021-01-01"), 2.0), (d("2021-02-01"), 1.0)], 2.0, LABELS)
    assert list(figure.data[0].marker.color) == [charts.ACTUAL, "#e8b4c2"]


def test_checkpoints_and_the_forecast_end_are_drawn_on_the_scale_of_the_actual():
    plan = one_goal_plan("""
        id: fond
        text: Fond.
        kind: total
        metric: kronor
        target: 1000
        checkpoints: {2021-06-30: 30%}
    """)
    goal = plan.goals[0]
    assert timeline.checkpoint_points(goal, 0.0, 1000.0) == [
        timeline.Point(d("2021-06-30"), 300.0)]
    outlook = timeline.Forecast(at_deadline=0.4, needed_per_month=0.0, reaches_target=False)
    assert timeline.forecast_point(goal, 100.0, 1100.0, outlook) == timeline.Point(
        d("2021-12-31"), 500.0)
