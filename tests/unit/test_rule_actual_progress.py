"""PLAN_FORMAT §3.3: each kind's actual and progress, with figures worked out by hand."""

from fractions import Fraction

from tests.helpers import flow, one_goal_plan, status_of, step

VALFOND = """
    id: valfond
    text: Förstärka valfonden med 25000 kr.
    kind: total
    metric: kronor
    target: 25000
"""


def test_a_total_sums_the_values_and_divides_by_the_target():
    entries = [flow("2021-03-01", 5000, "kronor"), flow("2021-05-01", 3000, "kronor")]
    result = status_of(one_goal_plan(VALFOND), entries, "2021-06-30")
    assert result.actual == 8000
    assert result.target == 25000
    assert result.progress == Fraction(8000, 25000)


def test_a_negative_flow_value_corrects_a_total():
    entries = [flow("2021-03-01", 5000, "kronor"), flow("2021-03-02", -500, "kronor")]
    assert status_of(one_goal_plan(VALFOND), entries, "2021-06-30").actual == 4500


def test_a_total_with_a_tag_counts_only_tagged_values():
    plan = one_goal_plan("""
        id: klimat
        text: Tio klimatinlägg.
        kind: total
        metric: poster
        tag: klimat
        target: 10
    """)
    entries = [flow("2021-02-01", 1, tags=("klimat",)), flow("2021-02-02", 1),
               flow("2021-02-03", 2, tags=("nyhet", "klimat"))]
    result = status_of(plan, entries, "2021-06-30")
    assert result.actual == 3
    assert result.progress == Fraction(3, 10)


MONTHLY = """
    id: hemsida
    text: Minst två inlägg per månad på hemsidan.
    kind: rate
    metric: poster
    target: 2
    per: month
"""
RATE_ENTRIES = [
    flow("2021-01-05", 1), flow("2021-01-20", 1),  # January: 2, reached
    flow("2021-02-10", 1),                         # February: 1, not reached
    flow("2021-03-03", 3),                         # March: 3 in one entry, reached
    flow("2021-04-30", 2),                         # April: reached on its last day
]


def test_a_rate_counts_the_units_whose_sum_reached_the_target():
    result = status_of(one_goal_plan(MONTHLY), RATE_ENTRIES, "2021-04-15")
    assert result.actual == 2          # January and March; April's entry is still ahead
    assert result.target == 12         # months in the window
    assert result.progress == Fraction(2, 12)


def test_a_running_unit_counts_once_it_has_reached_the_target():
    result = status_of(one_goal_plan(MONTHLY), RATE_ENTRIES, "2021-04-30")
    assert result.actual == 3
    assert result.progress == Fraction(3, 12)


def test_a_share_is_the_tagged_sum_over_the_sum():
    plan = one_goal_plan("""
        id: nyhetskrok
        text: Minst 10 % av inläggen ska haka på nyheter.
        kind: share
        metric: poster
        tag: nyhet
        target: 10%
    """)
    entries = [flow("2021-02-01", 1, tags=("nyhet",)), flow("2021-02-02", 1, tags=("klimat",)),
               flow("2021-02-03", 1), flow("2021-02-04", 1, tags=("nyhet", "klimat"))]
    result = status_of(plan, entries, "2021-06-30")
    assert result.actual == Fraction(2, 4)
    assert result.target == Fraction(1, 10)
    assert result.progress == 5


STEPS = """
    id: valprogram
    text: Utforma ett lokalt valprogram.
    kind: milestone
    steps: [Arbetsgrupp, Utkast, Antaget]
"""


def test_a_milestone_counts_the_steps_done():
    result = status_of(one_goal_plan(STEPS), [step("2021-04-02", "valprogram", "Utkast")],
                       "2021-06-30")
    assert (result.actual, result.target, result.progress) == (1, 3, Fraction(1, 3))


def test_a_milestone_marked_done_as_a_whole_has_all_its_steps():
    result = status_of(one_goal_plan(STEPS), [step("2021-05-02", "valprogram")], "2021-06-30")
    assert result.actual == 3
    assert result.status == "done"


def test_the_same_step_reported_twice_counts_once():
    entries = [step("2021-04-02", "valprogram", "Utkast"),
               step("2021-04-09", "valprogram", "Utkast")]
    assert status_of(one_goal_plan(STEPS), entries, "2021-06-30").actual == 1


def test_a_milestone_without_steps_is_zero_or_one():
    plan = one_goal_plan("""
        id: kommunplan
        text: Utforma en kommunplan.
        kind: milestone
    """)
    assert status_of(plan, [], "2021-06-30").progress == 0
    done = status_of(plan, [step("2021-06-01", "kommunplan")], "2021-06-30")
    assert (done.actual, done.progress, done.status) == (1, 1, "done")
