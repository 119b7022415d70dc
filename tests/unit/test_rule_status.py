"""PLAN_FORMAT §3.4: the status is the first of done, no_data, missed, on_track, behind,
at_risk that holds; a plan may set its own thresholds.

The goal: 1000 kr over 1–10 March (money: no whole-thing rounding). On 5 March half the
window has passed, so the expected progress is exactly ½."""

from tests.helpers import HEADER, flow, one_goal_plan, status_of

GOAL = """
    id: insamling
    text: Samla in 1000 kr i mars.
    kind: total
    metric: kronor
    target: 1000
    start: 2021-03-01
    deadline: 2021-03-10
"""


def on_march_5th(amount: float, plan_extra: str = "") -> str:
    plan = one_goal_plan(GOAL, extra=plan_extra)
    return status_of(plan, [flow("2021-03-02", amount, "kronor")], "2021-03-05").status


def test_reaching_the_target_is_done_even_early():
    assert on_march_5th(1000) == "done"


def test_exactly_ninety_percent_of_the_expected_pace_is_on_track():
    assert on_march_5th(450) == "on_track"   # 0.45 / 0.5 = 0.9


def test_exactly_sixty_percent_of_the_expected_pace_is_behind():
    assert on_march_5th(300) == "behind"     # 0.30 / 0.5 = 0.6


def test_below_sixty_percent_is_at_risk():
    assert on_march_5th(290) == "at_risk"    # 0.29 / 0.5 = 0.58


def test_after_the_deadline_an_unfinished_goal_is_missed():
    plan = one_goal_plan(GOAL)
    assert status_of(plan, [flow("2021-03-02", 999, "kronor")], "2021-03-11").status == "missed"


def test_done_wins_over_missed():
    plan = one_goal_plan(GOAL)
    assert status_of(plan, [flow("2021-03-02", 1000, "kronor")], "2021-04-01").status == "done"


def test_nothing_expected_yet_is_on_track():
    plan = one_goal_plan(GOAL)
    assert status_of(plan, [], "2021-02-20").status == "on_track"


def test_a_plan_may_set_its_own_thresholds():
    extra = "status: {on_track: 0.8, behind: 0.5}\n"
    assert on_march_5th(400, extra) == "on_track"   # 0.8
    assert on_march_5th(250, extra) == "behind"     # 0.5
    assert on_march_5th(240, extra) == "at_risk"    # 0.48


SHARE = """
    id: nyhetskrok
    text: Minst 10 % nyhetskrokar.
    kind: share
    metric: poster
    tag: nyhet
    target: 10%
"""


def test_a_share_above_target_is_done_only_from_the_deadline():
    plan = one_goal_plan(SHARE)
    entries = [flow("2021-02-01", 1, tags=("nyhet",)), flow("2021-02-02", 1)]
    assert status_of(plan, entries, "2021-06-30").status == "on_track"
    assert status_of(plan, entries, "2021-12-31").status == "done"


def test_a_share_without_any_values_is_no_data():
    result = status_of(one_goal_plan(SHARE), [], "2021-06-30")
    assert (result.status, result.actual, result.progress) == ("no_data", 0, None)


def test_a_share_below_target_is_at_risk_then_missed():
    plan = one_goal_plan(SHARE)
    entries = [flow("2021-02-01", 1, tags=("nyhet",)), flow("2021-02-02", 19)]  # 5 %
    assert status_of(plan, entries, "2021-06-30").status == "at_risk"  # 0.5 of 1
    assert status_of(plan, entries, "2022-01-10").status == "missed"


def test_no_data_comes_before_missed():
    plan = one_goal_plan(SHARE)
    assert status_of(plan, [], "2022-02-01").status == "no_data"


def test_the_header_used_by_these_tests_is_a_valid_plan_start():
    assert HEADER.startswith("id: p")


def test_a_running_goal_nobody_reported_on_for_45_days_is_flagged():
    from goals.domain.progress import is_stale

    plan = one_goal_plan(GOAL.replace("2021-03-10", "2021-12-31"))
    as_of = "2021-05-01"
    quiet = status_of(plan, [flow("2021-03-16", 10, "kronor")], as_of)
    recent = status_of(plan, [flow("2021-03-18", 10, "kronor")], as_of)
    from tests.helpers import d

    assert is_stale(quiet, d(as_of))          # 16 March -> 1 May: 46 days
    assert not is_stale(recent, d(as_of))     # 18 March -> 1 May: 44 days
