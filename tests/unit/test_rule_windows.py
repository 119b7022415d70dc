"""PLAN_FORMAT §3 preamble: only entries inside a goal's window, and on or before `as_of`,
count for it (the level baseline before the start is the one exception)."""

from tests.helpers import flow, level, one_goal_plan, status_of

SPRING = """
    id: varkampanj
    text: 20 inlägg under våren.
    kind: total
    metric: poster
    target: 20
    start: 2021-03-01
    deadline: 2021-05-31
"""


def test_entries_before_the_window_do_not_count():
    entries = [flow("2021-02-28", 5), flow("2021-03-01", 1)]
    assert status_of(one_goal_plan(SPRING), entries, "2021-04-01").actual == 1


def test_entries_after_the_deadline_do_not_count():
    entries = [flow("2021-05-31", 2), flow("2021-06-01", 30)]
    assert status_of(one_goal_plan(SPRING), entries, "2021-07-01").actual == 2


def test_entries_dated_after_as_of_never_count():
    entries = [flow("2021-03-10", 1), flow("2021-04-10", 4)]
    result = status_of(one_goal_plan(SPRING), entries, "2021-04-09")
    assert result.actual == 1


def test_a_goal_window_sets_its_own_expected_pace():
    # 1 March – 31 May is 92 days; on 16 March 16 have begun: floor(20 × 16/92) = 3 -> 3/20.
    result = status_of(one_goal_plan(SPRING), [], "2021-03-16")
    assert result.expected * 20 == 3


def test_a_snapshot_after_the_deadline_is_not_the_actual():
    plan = one_goal_plan("""
        id: okning
        text: Öka till 150 under våren.
        kind: increase
        metric: medlemmar
        baseline: 110
        target: 150
        deadline: 2021-05-31
    """)
    result = status_of(plan, [level("2021-05-01", 130), level("2021-06-15", 150)], "2021-07-01")
    assert result.actual == 130
    assert result.status == "missed"
