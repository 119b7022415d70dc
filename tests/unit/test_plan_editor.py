"""The plan editor's model: a plan as editable rows and back, and the loader's problems
shown beside the goal and field they concern (issue 8: edit a plan in a form)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from goals.editor.plan_rows import (
    EditablePlan,
    GoalFormRow,
    PlanHeader,
    from_plan_dict,
    to_plan_dict,
    to_yaml,
    validate,
    validate_goal,
)
from goals.io.plan_yaml import load_plan_bytes, load_plan_file

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "plans").glob("*.yaml"))


def messages(problems) -> list[str]:
    return [p.message("en") for p in problems]


def row_index(plan: EditablePlan, goal_id: str) -> int:
    return next(i for i, row in enumerate(plan.rows) if row.id == goal_id)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_plan_goes_to_rows_and_back_unchanged(path):
    data = load_plan_file(path).to_dict()
    editable = from_plan_dict(data)
    assert len(editable.rows) == sum(len(s["goals"]) for s in data["sections"])
    assert to_plan_dict(editable) == data
    again = load_plan_bytes(to_yaml(editable).encode(), "again.yaml")
    assert again.to_dict() == data, "the YAML the editor writes loads to the same plan"
    assert validate(editable).ok


def vallentuna() -> EditablePlan:
    return from_plan_dict(load_plan_file(ROOT / "plans" / "v-vallentuna-2021.yaml").to_dict())


def test_a_bad_target_is_shown_beside_that_goals_target():
    plan = vallentuna()
    index = row_index(plan, "valfond")
    plan = plan.with_row(index, replace(plan.rows[index], target="25 000"))
    validation = validate(plan)
    assert list(validation.goals) == [index]
    assert list(validation.for_goal(index)) == ["target"]
    assert "25000" in messages(validation.for_goal(index)["target"])[0], "the number meant"
    assert not validation.header and not validation.other


def test_a_required_field_left_empty_is_missing_beside_that_field():
    plan = vallentuna()
    index = row_index(plan, "hemsida")          # a rate: needs per
    plan = plan.with_row(index, replace(plan.rows[index], per=""))
    assert messages(validate(plan).for_goal(index)["per"]) == ["kind 'rate' needs the key 'per'"]


def test_changing_the_kind_drops_the_fields_the_new_kind_does_not_use():
    plan = vallentuna()
    index = row_index(plan, "hemsida")
    plan = plan.with_row(index, replace(plan.rows[index], kind="total"))
    goal = to_plan_dict(plan)["sections"][-1]["goals"][0]
    assert goal["id"] == "hemsida" and "per" not in goal
    assert validate(plan).ok


def test_an_unknown_metric_is_shown_beside_the_metric_and_a_catalogue_metric_is_added():
    plan = vallentuna()
    index = row_index(plan, "valfond")
    wrong = plan.with_row(index, replace(plan.rows[index], metric="valfnd"))
    assert "did you mean 'valfond'" in messages(validate(wrong).for_goal(index)["metric"])[0]
    reused = plan.with_row(index, replace(plan.rows[index], metric="samtal"))
    assert to_plan_dict(reused)["metrics"]["samtal"] == {"label": "Samtal", "type": "flow"}
    assert validate(reused).ok


def test_header_problems_are_shown_beside_the_header_field():
    plan = vallentuna().with_header(id="", start="2021-02-30")
    validation = validate(plan)
    assert messages(validation.header["id"]) == ["the key 'id' is missing"]
    assert "2021-02-30" in messages(validation.header["start"])[0]


def test_one_goal_is_checked_on_its_own_while_the_header_is_unfinished():
    plan = EditablePlan(PlanHeader(), {}, (
        GoalFormRow(id="moten", text="Två medlemsmöten", kind="total", metric="medlemsmoten",
                target="två", section="Möten"),
        GoalFormRow(id="Möten 2", text="Ett möte", kind="milestone", section="Möten"),
    ))
    assert messages(validate_goal(plan, 0)["target"])[0].startswith("'två' is not a number")
    assert "moten-2" in messages(validate_goal(plan, 1)["id"])[0], "the ASCII id suggested"
    fixed = plan.with_row(0, replace(plan.rows[0], target="2"))
    assert validate_goal(fixed, 0) == {}


def test_a_deadline_outside_the_period_is_beside_the_deadline():
    plan = vallentuna()
    index = row_index(plan, "valprogram")
    plan = plan.with_row(index, replace(plan.rows[index], deadline="2022-03-01"))
    assert "2022-03-01" in messages(validate_goal(plan, index)["deadline"])[0]


def test_two_goals_with_one_id_are_both_found():
    plan = vallentuna()
    plan = plan.with_row(1, replace(plan.rows[1], id=plan.rows[0].id))
    assert "id" in validate(plan).for_goal(1)


def test_left_out_and_undecided_rows_are_not_written():
    plan = vallentuna()
    plan = plan.with_row(0, replace(plan.rows[0], included=False))
    plan = plan.with_row(1, replace(plan.rows[1], included=None))
    ids = [g["id"] for s in to_plan_dict(plan)["sections"] for g in s["goals"]]
    assert len(ids) == len(plan.rows) - 2
    assert plan.rows[0].id not in ids and plan.rows[1].id not in ids


def test_a_new_section_and_goal_are_written_in_order_of_appearance():
    plan = vallentuna()
    plan = plan.added(GoalFormRow(id=plan.unique_goal_id("hemsida"), text="Fler inlägg",
                              kind="rate", metric="webbinlagg", target="3", per="week",
                              section="Nytt"))
    data = to_plan_dict(plan)
    assert data["sections"][-1] == {"title": "Nytt", "goals": [{
        "id": "hemsida-2", "text": "Fler inlägg", "kind": "rate", "metric": "webbinlagg",
        "target": 3, "per": "week"}]}
    assert validate(plan).ok


def test_an_increase_target_is_written_as_typed():
    plan = vallentuna()
    index = row_index(plan, "medlemsokning")
    plan = plan.with_row(index, replace(plan.rows[index], target="+50", baseline="110"))
    loaded = load_plan_bytes(to_yaml(plan).encode(), "p.yaml")
    assert loaded.goal("medlemsokning").target_text == "+50", "fifty more, not the level 50"
    assert loaded.goal("medlemsokning").baseline == 110


def test_a_share_tag_is_listed_on_its_metric():
    plan = vallentuna()
    index = row_index(plan, "nyhetskrok")
    plan = plan.with_row(index, replace(plan.rows[index], tag="valet"))
    assert "valet" in to_plan_dict(plan)["metrics"]["sociala"]["tags"]
    assert validate(plan).ok


def test_archived_goals_come_last_and_left_out():
    data = load_plan_file(ROOT / "plans" / "v-vallentuna-2021.yaml").to_dict()
    gone = {"id": "gammalt", "text": "Ett gammalt mål", "kind": "milestone"}
    plan = from_plan_dict(data, archived=[gone])
    assert plan.rows[-1].id == "gammalt" and plan.rows[-1].included is False
    assert to_plan_dict(plan) == data


def test_a_stored_plans_metrics_are_all_kept_even_when_no_goal_uses_them():
    plan = vallentuna()
    plan = plan.with_row(row_index(plan, "valfond"),
                         replace(plan.rows[row_index(plan, "valfond")], included=False))
    assert "valfond" in to_plan_dict(plan)["metrics"], "its entries still refer to it"


def test_owners_commit_and_stretch_go_to_rows_and_back_unchanged():
    """The plan form edits the follow-up keys (issue 18): owners as one line of text
    (`Name <e-mail>` a person who gave an address, a bare e-mail an account, a name alone),
    the committed and stretch levels like the target."""
    plan = vallentuna()
    index = next(i for i, row in enumerate(plan.rows) if row.kind == "total")
    row = replace(plan.rows[index], commit="2", stretch="5",
                  owners="Anna Andersson <anna@example.org>; kassor@example.org; Per")
    edited = replace(plan, rows=plan.rows[:index] + (row,) + plan.rows[index + 1:])
    edited = replace(edited, rows=tuple(
        replace(r, target="3") if i == index else r for i, r in enumerate(edited.rows)))
    loaded = load_plan_bytes(to_yaml(edited).encode(), "owners.yaml")
    goal = next(g for g in loaded.goals if g.id == row.id)
    assert [(o.name, o.email, o.account) for o in goal.owners] == [
        ("Anna Andersson", "anna@example.org", False), ("", "kassor@example.org", True),
        ("Per", None, False)]
    assert (goal.commit is not None, goal.stretch is not None) == (True, True)
    again = from_plan_dict(loaded.to_dict()).rows[index]
    assert again.owners == "Anna Andersson <anna@example.org>; kassor@example.org; Per"
    assert (again.commit, again.stretch) == ("2", "5")


def test_an_owner_address_the_loader_refuses_is_shown_beside_the_owners_field():
    plan = vallentuna()
    index = next(i for i, row in enumerate(plan.rows) if row.kind == "total")
    rows = list(plan.rows)
    rows[index] = replace(rows[index], owners="Anna <inte-en-adress@>")
    problems = validate(replace(plan, rows=tuple(rows))).goals.get(index, {})
    assert "owners" in problems, problems
