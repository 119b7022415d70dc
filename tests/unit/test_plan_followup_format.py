"""docs/plan-format-extensions.md: owners, commit and stretch levels and the plan's
reminders. Old plans read as before; the new keys are checked like the others (file, line,
column, path) and survive the store's round trip (`to_dict` -> `plan_from_dict`)."""

from __future__ import annotations

import textwrap
from fractions import Fraction

import pytest

from goals.domain.plan import Owner, Reminders
from goals.domain.plan_dict import plan_from_dict
from goals.domain.problems import InputError
from goals.i18n import translate
from goals.io.plan_yaml import load_plan_bytes
from goals.reports.content import level_sentence
from goals.views.charts import chart_levels, progress_figure
from tests.helpers import HEADER, flow, one_goal_plan, status_of

GOAL = """
    id: insamling
    text: Samla in 1000 kr i mars.
    kind: total
    metric: kronor
    target: 1000
    commit: 800
    stretch: 1200
    start: 2021-03-01
    deadline: 2021-03-10
    owners:
      - kassor@example.org
      - {name: Anna Berg, email: anna@example.org}
      - {name: Bo}
"""


def _problems(text: str) -> list[str]:
    try:
        load_plan_bytes(textwrap.dedent(text).encode(), "plan.yaml")
    except InputError as error:
        return [f"{p.line}:{p.column}: {p.path}: {p.message('en')}" for p in error.problems]
    return []


def test_owners_are_accounts_by_address_or_names_with_an_optional_address():
    goal = one_goal_plan(GOAL).goals[0]
    assert goal.owners == (Owner(email="kassor@example.org", account=True),
                           Owner(name="Anna Berg", email="anna@example.org"),
                           Owner(name="Bo"))


def test_commit_and_stretch_are_read_like_the_target():
    goal = one_goal_plan(GOAL).goals[0]
    assert (goal.commit.value, goal.target, goal.stretch.value) == (800, 1000, 1200)


def test_a_plan_without_reminders_has_none_and_the_defaults_apply():
    plan = one_goal_plan(GOAL)
    assert plan.reminders is None
    assert Reminders().silent_days == 30 and Reminders().member_nudge is False


def test_reminders_are_read_with_board_addresses_and_members_who_asked():
    extra = ("reminders: {silent_days: 14, member_nudge: true, board: [styrelsen@example.org],"
             " members: [{name: Eva, email: eva@example.org}]}\n")
    reminders = one_goal_plan(GOAL, extra=extra).reminders
    assert reminders == Reminders(14, True, ("styrelsen@example.org",),
                                  (Owner(name="Eva", email="eva@example.org"),))


def test_the_extension_survives_the_stores_round_trip():
    extra = "reminders: {silent_days: 14, member_nudge: true}\n"
    plan = one_goal_plan(GOAL, extra=extra)
    assert plan_from_dict(plan.to_dict()) == plan


def test_a_plan_without_the_new_keys_writes_none_of_them():
    plan = one_goal_plan(GOAL.split("    commit")[0])
    data = plan.to_dict()
    assert "reminders" not in data
    assert not {"owners", "commit", "stretch"} & data["sections"][0]["goals"][0].keys()


BAD = HEADER + """\
reminders: {silent_days: 0, member_nudge: maybe, board: [styrelsen]}
sections:
  - title: S
    goals:
      - id: insamling
        text: x
        kind: total
        metric: kronor
        target: 1000
        commit: 1100
        stretch: 900
        owners: [anna, {name: Anna, mail: a@example.org}]
      - id: mote
        text: y
        kind: milestone
        commit: 1
"""


def test_each_bad_value_is_named_by_line_column_and_path():
    assert _problems(BAD) == [
        "10:26: reminders.silent_days: '0' is not a whole number of days from 1 to 365",
        "10:43: reminders.member_nudge: 'maybe': write true or false",
        "10:58: reminders.board[0]: 'styrelsen' is not an e-mail address (name@example.org)",
        "21:18: sections[0].goals[0] (id='insamling').owners[0]: 'anna' is not an e-mail "
        "address (name@example.org)",
        "21:37: sections[0].goals[0] (id='insamling').owners[1].mail: unknown key 'mail' (did "
        "you mean 'email'?); allowed here: name, email",
        "19:17: sections[0].goals[0] (id='insamling').commit: the committed level 1100 is more "
        "than the target 1000; commit must be at or below the target",
        "20:18: sections[0].goals[0] (id='insamling').stretch: the stretch level 900 is less "
        "than the target 1000; stretch must be at or above the target",
        "25:9: sections[0].goals[1] (id='mote').commit: the key 'commit' is not used by kind "
        "'milestone'; allowed: id, text, kind, start, deadline, responsible, checkpoints, "
        "notes, owners, steps",
    ]


def test_an_increase_commit_is_ordered_by_its_level_from_the_baseline():
    goal = """
        id: fler
        text: Fler medlemmar.
        kind: increase
        metric: medlemmar
        baseline: 100
        target: +20%
        commit: +25
    """
    with pytest.raises(InputError) as raised:   # 125 members committed > 120 targeted
        one_goal_plan(goal)
    assert raised.value.problems[0].key == "plan.commit_order"


# --- the status is judged against the committed level ----------------------------------


def _on_march_5th(amount: float):
    return status_of(one_goal_plan(GOAL), [flow("2021-03-02", amount, "kronor")], "2021-03-05")


def test_the_status_is_judged_against_the_committed_level():
    # Expected on 5 March: 1/2. Against the commit of 800, 360 kr is 0.45 -> 0.9 of the pace:
    # on track; against the target of 1000 it would be 0.36 / 0.5 = 0.72, behind.
    status = _on_march_5th(360)
    assert (status.status, status.target, status.progress) == ("on_track", 800,
                                                               Fraction(9, 20))


def test_reaching_the_commit_is_done_and_the_levels_say_how_far():
    status = _on_march_5th(1000)
    assert status.status == "done"
    assert (status.levels.commit, status.levels.target, status.levels.stretch,
            status.levels.reached) == (800, 1000, 1200, "target")


def test_a_goal_without_commit_or_stretch_has_no_levels():
    plan = one_goal_plan(GOAL.split("    commit")[0])
    assert status_of(plan, [flow("2021-03-02", 100, "kronor")], "2021-03-05").levels is None


def test_the_report_says_which_level_was_reached():
    plan = one_goal_plan(GOAL)
    status = status_of(plan, [flow("2021-03-02", 1250, "kronor")], "2021-03-05")
    assert level_sentence(plan, status, "en") == "The stretch level (1,200 kr) is reached."
    status = _on_march_5th(850)
    assert level_sentence(plan, status, "sv") == ("Den åtagna nivån (800 kr) är nådd, men "
                                                  "inte målet (1\xa0000 kr).")


def test_the_report_is_silent_on_levels_for_a_goal_without_them():
    plan = one_goal_plan(GOAL.split("    commit")[0])
    status = status_of(plan, [flow("2021-03-02", 1250, "kronor")], "2021-03-05")
    assert level_sentence(plan, status, "en") is None


def test_the_chart_draws_the_target_commit_and_stretch_lines():
    levels = chart_levels(_on_march_5th(360))
    assert levels == {"target": 1000.0, "commit": 800.0, "stretch": 1200.0}
    labels = {"expected": "e", "actual": "a", "target": "T", "commit": "C", "stretch": "S"}
    figure = progress_figure([], [], 800.0, labels, levels=levels)
    lines = {shape.y0 for shape in figure.layout.shapes}
    assert lines == {1000.0, 800.0, 1200.0}
    assert translate("goal.level.commit", "sv") == "Åtagande"


def test_the_plan_editor_keeps_owners_levels_and_reminders_it_does_not_edit():
    from goals.editor.plan_rows import dict_to_yaml, from_plan_dict, to_plan_dict

    extra = "reminders: {silent_days: 14, member_nudge: true}\n"
    plan = one_goal_plan(GOAL, extra=extra)
    data = to_plan_dict(from_plan_dict(plan.to_dict()))
    assert load_plan_bytes(dict_to_yaml(data).encode()) == plan
