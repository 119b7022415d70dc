"""A goal's standing in the board's words and the plan's language (goals.views.formatting)."""

from __future__ import annotations

from goals.views.formatting import amount, number, percent, standing
from tests.helpers import flow, level, one_goal_plan, status_of, step


def test_numbers_and_money_in_swedish_norwegian_and_english():
    assert number(18500, "sv") == "18\u00a0500"
    assert number(2.5, "sv") == "2,5" and number(2.5, "en") == "2.5"
    assert amount(25000, "SEK", "sv") == "25\u00a0000 kr"
    assert amount(25000, "NOK", "nb") == "25\u00a0000 kr"
    assert percent(0.13, "sv", signed=True) == "+13\u00a0%"


def test_a_total_in_money_reads_kronor_of_kronor():
    plan = one_goal_plan("""
        id: valfond
        text: Valfond
        kind: total
        metric: kronor
        target: 25000
    """)
    status = status_of(plan, [flow("2021-03-01", 18500, "kronor")], "2021-06-30")
    assert standing(plan, status) == "18\u00a0500 kr av 25\u00a0000 kr"


def test_a_rate_reads_months_of_months():
    plan = one_goal_plan("""
        id: hemsida
        text: Två inlägg per månad
        kind: rate
        metric: poster
        target: 2
        per: month
    """)
    status = status_of(plan, [flow("2021-01-05", 2), flow("2021-02-05", 2)], "2021-06-30")
    assert standing(plan, status) == "2 av 12 månader"


def test_a_percentage_increase_reads_percent_of_percent():
    plan = one_goal_plan("""
        id: medlemmar
        text: Öka med 20 %
        kind: increase
        metric: medlemmar
        baseline: 110
        target: +20%
    """)
    status = status_of(plan, [level("2021-10-01", 124)], "2021-12-31")
    assert standing(plan, status) == "+13\u00a0% av +20\u00a0%"     # 124/110 − 1 = 12.7 %


def test_a_milestone_reads_steps_and_a_stepless_one_done_or_not():
    plan = one_goal_plan("""
        id: valprogram
        text: Valprogram
        kind: milestone
        steps: [Utkast, Remiss, Antaget]
    """)
    status = status_of(plan, [step("2021-04-02", "valprogram", "Utkast")], "2021-06-30")
    assert standing(plan, status, "en") == "1 of 3 steps"
