"""A draft in the editor: its goals undecided until the board looks, the text highlighted
with escaped user text, and the sentences no goal came from offered as new goals."""

from __future__ import annotations

from dataclasses import replace

from goals.drafting import Draft, DraftGoal
from goals.editor.draft_review import (
    HIGHLIGHT,
    add_sentence,
    from_draft,
    header_checks,
    highlighted_html,
    missed_sentences,
)
from goals.editor.plan_rows import to_plan_dict, validate

TEXT = "Mål\n\n\n\nMinst två medlemsmöten. <b>Fest</b> & dans i maj. Vi ska synas."
MEETINGS = (7, 30)           # "Minst två medlemsmöten."
PARTY = (31, 56)             # "<b>Fest</b> & dans i maj."
VISIBLE = (57, 70)           # "Vi ska synas."


def draft() -> Draft:
    assert TEXT[MEETINGS[0]:MEETINGS[1]] == "Minst två medlemsmöten."
    assert TEXT[PARTY[0]:PARTY[1]] == "<b>Fest</b> & dans i maj."
    header = {"id": "f-2022", "title": "Plan 2022", "organisation": {"id": "f", "name": "F"},
              "period": {"start": "2022-01-01", "end": "2022-12-31"}, "language": "sv",
              "metrics": {"medlemsmoten": {"label": "Medlemsmöten", "type": "flow"}}}
    goal = DraftGoal("Mål", MEETINGS, {"id": "medlemsmoten", "text": "Minst två medlemsmöten.",
                                       "kind": "total", "metric": "medlemsmoten",
                                       "target": 2}, ("kontrollera antalet",), ("target",))
    return Draft(TEXT, "sv", header, (goal,), (MEETINGS, PARTY, VISIBLE), ())


def test_drafted_goals_are_undecided_and_keep_their_checks_by_field():
    plan = from_draft(draft())
    row = plan.rows[0]
    assert (row.included, row.source, row.section) == (None, MEETINGS, "Mål")
    assert row.checks_by_field() == {"target": ["kontrollera antalet"]}
    assert plan.header.id == "f-2022" and "medlemsmoten" in plan.metrics


def test_the_text_is_escaped_and_each_goal_sentence_marked_by_its_decision():
    plan = from_draft(draft())
    page = highlighted_html(draft(), plan)
    assert "&lt;b&gt;Fest&lt;/b&gt; &amp; dans" in page and "<b>" not in page
    assert f"background:{HIGHLIGHT[None]}" in page
    assert page.count("<mark") == 1
    assert "Mål\n<mark" in page, "blank lines shown as one break"
    accepted = plan.with_row(0, replace(plan.rows[0], included=True))
    assert f"background:{HIGHLIGHT[True]}" in highlighted_html(draft(), accepted)


def test_a_missed_sentence_becomes_an_accepted_goal_in_the_section_before_it():
    plan = from_draft(draft())
    assert missed_sentences(draft(), plan) == [PARTY, VISIBLE]
    plan = add_sentence(draft(), plan, PARTY)
    row = plan.rows[-1]
    assert (row.included, row.source, row.section) == (True, PARTY, "Mål")
    assert row.text and row.id != "medlemsmoten"
    assert missed_sentences(draft(), plan) == [VISIBLE]


def test_an_accepted_draft_validates_as_a_plan():
    plan = from_draft(draft())
    plan = plan.with_row(0, replace(plan.rows[0], included=True))
    assert validate(plan).ok


def test_a_sentence_with_a_metric_of_its_own_gets_that_metric_defined():
    text = "Mål\n\nMinst tre debattartiklar i lokalpressen."
    span = (5, len(text))
    base = draft()
    own = Draft(text, "sv", base.header, (), (span,), ())
    plan = add_sentence(own, from_draft(own), span)
    row = plan.rows[-1]
    assert row.kind == "total" and row.target == "3"
    assert plan.metrics[row.metric]["type"] == "flow"
    assert validate(plan).ok, validate(plan)


def test_a_metric_proposed_only_for_a_rejected_goal_is_not_written():
    plan = from_draft(draft())
    rejected = plan.with_row(0, replace(plan.rows[0], included=False))
    assert to_plan_dict(rejected)["metrics"] == {}, "members would be asked to report it"
    accepted = plan.with_row(0, replace(plan.rows[0], included=True))
    assert list(to_plan_dict(accepted)["metrics"]) == ["medlemsmoten"]


def test_header_checks_are_shown_beside_the_field_they_are_about():
    checked = replace(draft(), header_checks=("gissad period", "kolla namnet", "allmänt"),
                      header_check_fields=("period", "organisation", "annat"))
    assert header_checks(checked) == {"start": ["gissad period"], "org_name": ["kolla namnet"],
                                      "": ["allmänt"]}


GROUPED = ("Verksamhetsplan 2023\n\nAktiviteter\n\n- Julfest i december.\n"
           "- Vårresa till Gotland i maj.\n\nMedlemmar\n\n- Värva 25 nya medlemmar.\n")


def test_rows_are_grouped_by_heading_in_the_documents_order():
    from goals.drafting import draft_plan
    from goals.editor.draft_review import from_draft, groups

    plan = from_draft(draft_plan(GROUPED))
    assert groups(plan) == [("Aktiviteter", (0, 1)), ("Medlemmar", (2,))]


def test_deciding_a_group_changes_only_the_rows_under_that_heading():
    from goals.drafting import draft_plan
    from goals.editor.draft_review import decide_group, from_draft

    plan = decide_group(from_draft(draft_plan(GROUPED)), "Aktiviteter", False)
    assert [row.included for row in plan.rows] == [False, False, None]
    plan = decide_group(plan, "Medlemmar", True)
    assert [row.included for row in plan.rows] == [False, False, True]
