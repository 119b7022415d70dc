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
