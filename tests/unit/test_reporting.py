"""What a member can report, in the plan's words, and the entry it becomes (the rules of
PLAN_FORMAT §4 for one entry)."""

from __future__ import annotations

from datetime import date

import pytest

from goals.domain.problems import InputError
from goals.views.member_report import goals_moved_by, make_entry, report_choices
from tests.helpers import one_goal_plan

PLAN = one_goal_plan("""
    id: valprogram
    text: Utforma ett valprogram.
    kind: milestone
    steps: [Utkast, Antaget]
""")
DAY = date(2021, 5, 1)


def choices():
    return {c.key: c for c in report_choices(PLAN)}


def test_every_metric_and_every_milestone_step_can_be_reported_in_plain_words():
    labels = [c.label for c in report_choices(PLAN)]
    assert labels == ["Medlemmar", "Inlägg", "Kronor", "Vikt",
                      "Utforma ett valprogram. – Utkast", "Utforma ett valprogram. – Antaget"]


def test_a_metric_report_becomes_a_metric_entry_with_its_tags():
    entry = make_entry(PLAN, choices()["metric:poster"], day=DAY, value=2,
                       tags=("klimat", "klimat"), note=" Budget ", reported_by="Anna")
    assert (entry.metric, entry.value, entry.tags, entry.note, entry.reported_by) == (
        "poster", 2.0, ("klimat",), "Budget", "Anna")


def test_a_step_report_becomes_a_milestone_entry():
    entry = make_entry(PLAN, choices()["step:valprogram:Utkast"], day=DAY)
    assert (entry.milestone, entry.step, entry.metric) == ("valprogram", "Utkast", None)


@pytest.mark.parametrize("value, tags, message", [
    (None, (), "Skriv ett tal"),
    (float("nan"), (), "Skriv ett tal"),
    (5, ("okand",), "okand"),
])
def test_a_bad_report_is_refused_with_a_message(value, tags, message):
    with pytest.raises(InputError) as error:
        make_entry(PLAN, choices()["metric:poster"], day=DAY, value=value, tags=tags)
    assert message in error.value.problems[0].message()


def test_a_negative_member_count_is_refused():
    with pytest.raises(InputError):
        make_entry(PLAN, choices()["metric:medlemmar"], day=DAY, value=-1)


def test_a_report_shows_the_goals_it_moves():
    entry = make_entry(PLAN, choices()["step:valprogram:Utkast"], day=DAY)
    assert [g.id for g in goals_moved_by(PLAN, entry)] == ["valprogram"]


def test_the_first_question_lists_each_milestone_once_and_its_steps_come_next():
    from goals.views.member_report import first_choices, step_choices

    first = [c.key for c in first_choices(PLAN)]
    assert not any(key.startswith("step:") for key in first)
    milestones = [g for g in PLAN.goals if g.kind == "milestone"]
    assert [k for k in first if k.startswith("milestone:")] == [
        f"milestone:{g.id}" for g in milestones]
    with_steps = next(g for g in milestones if g.steps)
    steps = step_choices(PLAN, with_steps.id)
    assert [c.label for c in steps] == list(with_steps.steps)
    assert all(c.milestone == with_steps.id for c in steps)


def test_a_second_identical_report_is_recognised_and_another_day_is_not():
    from goals.domain.entries import Entry
    from goals.views.member_report import entry_summary, same_report

    first = Entry(date=date(2021, 3, 1), plan="p", metric="webbinlagg", value=2.0, id="a")
    again = first._replace(id="b")
    assert same_report(first, again)
    assert not same_report(first, first._replace(date=date(2021, 3, 2)))
    assert not same_report(None, again)
    assert entry_summary(first, "Inlägg på hemsidan", "1 mars 2021", "2") == \
        "Inlägg på hemsidan: 2 · 1 mars 2021"
