"""AppTest of Redigera plan: a stored plan opens in the form (`?plan=ID`); a wrong target
is shown beside that goal's target and blocks saving; a corrected target is previewed as a
changed goal and saved through the import, the goal's reports kept; a goal archived in the
form is archived in the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]
PLAN = "v-vallentuna-2021"


@pytest.fixture
def app(fresh_app) -> tuple[AppTest, str]:
    at, url = fresh_app("app.py")   # links need the router
    at.run()
    at.query_params["plan"] = PLAN
    return at.switch_page("app_pages/edit_plan.py").run(), url


def widget(widgets, suffix: str):
    """The one widget whose key ends with `suffix` (keys carry a generation number)."""
    found = [w for w in widgets if w.key and w.key.endswith(suffix)]
    assert len(found) == 1, [w.key for w in widgets]
    return found[0]


def goal_index(at: AppTest, goal_id: str) -> int:
    box = next(w for w in at.text_input if w.key.endswith("_id") and w.value == goal_id
               and "_h_" not in w.key)
    return int(box.key.split("_")[-2])


def stored_goal(url: str, goal_id: str) -> tuple[dict, bool]:
    with Session(engine_for(url)) as session:
        definition, archived = session.execute(text(
            "SELECT g.definition, g.archived FROM goal g JOIN plan p ON p.pk = g.plan_pk "
            "WHERE p.id = :plan AND g.goal_id = :goal"), {"plan": PLAN, "goal": goal_id}).one()
    return json.loads(definition), bool(archived)


def entry_count(url: str) -> int:
    with Session(engine_for(url)) as session:
        return session.execute(text("SELECT count(*) FROM entry")).scalar()


def red_lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(":red[")]


def test_the_plan_opens_in_the_form(app):
    at, _ = app
    assert not at.exception
    assert widget(at.text_input, "_h_id").value == PLAN
    index = goal_index(at, "valfond")
    assert widget(at.text_input, f"_{index}_target").value == "25000"
    assert any("Ingenting ändras" in m.value for m in at.markdown), "unchanged preview"
    assert not red_lines(at)


def test_a_wrong_target_is_shown_beside_it_and_cannot_be_saved(app):
    at, url = app
    index = goal_index(at, "valfond")
    widget(at.text_input, f"_{index}_target").input("30 000").run()
    assert not at.exception
    assert any("menade du 30000" in line for line in red_lines(at))
    assert not [b for b in at.button if b.key == "edit_save"], "nothing to save"
    assert stored_goal(url, "valfond")[0]["target"] == 25000


def test_a_target_changed_mid_year_is_previewed_then_saved_with_its_reports(app):
    at, url = app
    entries = entry_count(url)
    index = goal_index(at, "valfond")
    widget(at.text_input, f"_{index}_target").input("30000").run()
    assert any("Ändrade mål" in m.value and "valfond" in m.value for m in at.markdown)
    assert stored_goal(url, "valfond")[0]["target"] == 25000, "the preview writes nothing"
    at.button(key="edit_save").click().run()
    assert not at.exception
    assert at.success and PLAN in at.success[0].value.replace("\\", "")
    assert stored_goal(url, "valfond")[0]["target"] == 30000
    assert entry_count(url) == entries
    widget(at.text_input, f"_{index}_target").input("31000").run()
    at.button(key="edit_save").click().run()
    assert stored_goal(url, "valfond")[0]["target"] == 31000, "a second save in a row works"


def test_a_goal_archived_in_the_form_is_archived_and_comes_back_as_archived(app):
    at, url = app
    index = goal_index(at, "studiecirkel")
    widget(at.radio, f"_{index}_decision").set_value("out").run()
    assert any("Arkiveras" in m.value and "studiecirkel" in m.value for m in at.markdown)
    at.button(key="edit_save").click().run()
    assert stored_goal(url, "studiecirkel")[1] is True
    at.button(key="edit_reload").click().run()
    index = goal_index(at, "studiecirkel")
    assert widget(at.radio, f"_{index}_decision").value == "out"


def test_a_new_goal_on_a_metric_of_the_plans_own_is_added_and_saved(app):
    at, url = app
    at.text_input(key="edit_metric_id").input("debattartiklar")
    at.text_input(key="edit_metric_label").input("Debattartiklar i lokalpressen")
    at.button(key="edit_add_metric").click().run()
    at.button(key="edit_add_goal").click().run()
    new = max(int(w.key.split("_")[-2]) for w in at.text_input if w.key.endswith("_id")
              and w.key.split("_")[-2].isdigit())
    assert widget(at.text_input, f"_{new}_id").value == "nytt-mal"
    assert any("kräver nyckeln 'text'" in line for line in red_lines(at)), "it needs words"
    widget(at.text_area, f"_{new}_text").input("Minst tre debattartiklar.").run()
    widget(at.selectbox, f"_{new}_kind").set_value("total").run()
    widget(at.selectbox, f"_{new}_metric").set_value("debattartiklar").run()
    widget(at.text_input, f"_{new}_target").input("3").run()
    assert not red_lines(at), red_lines(at)
    assert any("Nya mål" in m.value and "nytt\\-mal" in m.value for m in at.markdown)
    at.button(key="edit_save").click().run()
    goal, archived = stored_goal(url, "nytt-mal")
    assert goal == {"id": "nytt-mal", "text": "Minst tre debattartiklar.", "kind": "total",
                    "metric": "debattartiklar", "target": 3} and not archived


def test_every_label_the_form_builds_from_a_name_is_in_the_catalogue():
    from goals.domain.plan import KINDS, PERIOD_UNITS
    from goals.i18n.messages import MESSAGES
    from goals.ui.editor import FORM_ORDER, HEADER_TEXT_FIELDS

    keys = ([f"editor.kind_{k}" for k in (*KINDS, "none")]
            + [f"editor.per_{u}" for u in (*PERIOD_UNITS, "none")]
            + [f"editor.field_{f}" for f in (*FORM_ORDER, "id", "text", "kind", "section")]
            + [f"editor.header_{f}" for f in (*HEADER_TEXT_FIELDS, "language")]
            + [f"editor.decision_{d}" for d in ("open", "accepted", "rejected", "kept",
                                                 "archived")]
            + [f"editor.language_{c}" for c in ("auto", "sv", "nb", "en")]
            + [f"editor.metric_{t}" for t in ("flow", "level")]
            + [f"editor.hint_{f}" for f in ("target", "deadline")])
    assert [key for key in keys if key not in MESSAGES] == []


def test_the_editor_in_english_on_a_norwegian_plan(app):
    at, _ = app
    at.session_state["ui_lang"] = "en"
    at.selectbox(key="plan").set_value("sv-innlandet-2023").run()
    assert not at.exception
    assert widget(at.text_input, "_h_id").value == "sv-innlandet-2023"
    assert at.header[0].value == "Edit a plan"


def test_owners_and_a_committed_level_set_in_the_form_are_saved_with_the_goal(app):
    """Issue 18: who is reminded about a goal, and its committed level, are set in the
    plan form as well as in YAML."""
    at, url = app
    index = goal_index(at, "valfond")
    widget(at.text_input, f"_{index}_owners").input(
        "Kassören <kassor@example.org>; ordforande@example.org").run()
    widget(at.text_input, f"_{index}_commit").input("20000").run()
    assert not at.exception
    assert not red_lines(at)
    at.button(key="edit_save").click().run()
    assert not at.exception
    definition = stored_goal(url, "valfond")[0]
    assert definition["owners"] == [{"name": "Kassören", "email": "kassor@example.org"},
                                    "ordforande@example.org"]
    assert definition["commit"] == 20000
