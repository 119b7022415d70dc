"""Editing a stored plan in the form and saving it goes through the normal import: a target
changed mid-year keeps the goal's entries, a goal left out is archived with its entries and
restored when the board brings it back (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import text
from sqlmodel import Session

from goals.services.file_import import import_bytes
from goals.services.plan_editing import as_saved, open_plan, preview_plan, save_plan
from goals.services.status import plan_status

PLAN = b"""\
id: p
title: Plan
organisation: {id: f, name: F\xc3\xb6reningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  kronor: {label: Kronor, type: flow, unit: SEK}
sections:
  - title: Ekonomi
    goals:
      - {id: fond, text: Valfond, kind: total, metric: kronor, target: 10000}
      - {id: mote, text: M\xc3\xb6te, kind: milestone}
"""
ENTRIES = b"""date,plan,metric,value,tags,milestone,step,note,reported_by
2021-03-01,p,kronor,5000,,,,,
2021-04-01,p,,,,mote,,,
"""
AS_OF = date(2021, 6, 30)


def statuses(engine) -> dict[str, str]:
    with Session(engine) as session:
        return {g.goal.id: g.status for g in plan_status(session, "p", AS_OF).goals}


def entry_count(engine) -> int:
    with Session(engine) as session:
        return session.execute(text("SELECT count(*) FROM entry")).scalar()


def test_a_target_changed_mid_year_keeps_the_entries(engine):
    assert import_bytes(engine, PLAN, "p.yaml", is_plan=True).ok
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok
    # 5 000 of 10 000 = 0.5 against 181/365 = 0.496 expected by 30 June: on track
    assert statuses(engine)["fond"] == "on_track"
    plan = open_plan(engine, "p")
    plan = plan.with_row(0, replace(plan.rows[0], target="25000"))
    preview = preview_plan(engine, plan)
    assert preview.ok and preview.plan_change.changed == ["fond"]
    assert statuses(engine)["fond"] == "on_track", "the preview wrote nothing"
    assert save_plan(engine, plan).ok
    # 5 000 of 25 000 = 0.2; 0.2 / 0.496 = 0.40 < 0.6: at risk
    assert statuses(engine)["fond"] == "at_risk"
    assert entry_count(engine) == 2


def test_a_goal_left_out_is_archived_with_its_entries_and_restored(engine):
    assert import_bytes(engine, PLAN, "p.yaml", is_plan=True).ok
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok
    plan = open_plan(engine, "p")
    plan = plan.with_row(1, replace(plan.rows[1], included=False))
    result = save_plan(engine, plan)
    assert result.ok and result.plan_change.archived == ["mote"]
    assert "mote" not in statuses(engine)
    assert entry_count(engine) == 2

    reopened = open_plan(engine, "p")
    assert [(r.id, r.included) for r in reopened.rows] == [("fond", True), ("mote", False)]
    restored = reopened.with_row(1, replace(reopened.rows[1], included=True))
    result = save_plan(engine, restored)
    assert result.ok and result.plan_change.restored == ["mote"]
    assert statuses(engine)["mote"] == "done", "its entry counts again"


def test_an_invalid_edit_saves_nothing(engine):
    assert import_bytes(engine, PLAN, "p.yaml", is_plan=True).ok
    plan = open_plan(engine, "p")
    broken = plan.with_row(0, replace(plan.rows[0], target="tiotusen"))
    result = save_plan(engine, broken)
    assert not result.ok and result.problems[0].path.endswith(".target")
    assert open_plan(engine, "p").rows[0].target == "10000"


def test_a_save_over_someone_elses_save_since_opening_is_refused(engine):
    assert import_bytes(engine, PLAN, "p.yaml", is_plan=True).ok
    mine = open_plan(engine, "p")
    theirs = open_plan(engine, "p")
    theirs = theirs.with_row(0, replace(theirs.rows[0], target="20000"))
    saved = save_plan(engine, theirs)
    assert saved.ok
    mine = mine.with_row(0, replace(mine.rows[0], target="30000"))
    for result in (preview_plan(engine, mine), save_plan(engine, mine)):
        assert [p.key for p in result.problems] == ["editor.changed_meanwhile"]
    assert open_plan(engine, "p").rows[0].target == "20000", "their change is kept"
    theirs = as_saved(engine, theirs)
    again = theirs.with_row(0, replace(theirs.rows[0], target="21000"))
    assert save_plan(engine, again).ok, "after its own save the editor saves again"
