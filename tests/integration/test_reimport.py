"""Editing an adopted plan mid-year and importing it again loses nothing (issue: goals).

Goals are matched by `id`; a changed target changes the status; a goal removed from the
file is archived with its entries, not deleted, and comes back when the file brings it back;
the same file imported twice changes nothing, not even the data version.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlmodel import Session

from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.store.meta import data_version
from goals.store.plans import archived_goals
from tests.factories import REIMPORT_ENTRIES as ENTRIES
from tests.factories import REIMPORT_PLAN as PLAN

AS_OF = date(2021, 6, 30)


def load(engine, body: str, name: str = "p.yaml"):
    result = import_bytes(engine, body.encode(), name, is_plan=True)
    assert result.ok, [p.render() for p in result.problems]
    return result.plan_change


def statuses(engine) -> dict[str, str]:
    with Session(engine) as session:
        return {g.goal.id: g.status for g in plan_status(session, "p", AS_OF).goals}


def version(engine) -> int:
    with Session(engine) as session:
        return data_version(session)


def test_a_changed_target_changes_the_status(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok
    assert statuses(engine)["fond"] == "on_track"   # 0.5 of 181/365
    change = load(engine, PLAN.replace("TARGET", "25000"))
    assert change.changed == ["fond"]
    assert statuses(engine)["fond"] == "at_risk"    # 0.2 of 181/365 = 0.40


def test_the_same_file_twice_changes_nothing(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    before = version(engine)
    change = load(engine, PLAN.replace("TARGET", "10000"))
    assert change.unchanged
    assert version(engine) == before


def test_the_same_entries_file_twice_adds_nothing(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    first = import_bytes(engine, ENTRIES, "e.csv", is_plan=False).entries_change
    second = import_bytes(engine, ENTRIES, "e.csv", is_plan=False).entries_change
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)


def test_appended_rows_are_the_only_rows_added(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    import_bytes(engine, ENTRIES, "e.csv", is_plan=False)
    longer = ENTRIES + b"2021-05-01,p,kronor,5000,,,,,\n"
    change = import_bytes(engine, longer, "e.csv", is_plan=False).entries_change
    assert (change.added, change.unchanged) == (1, 2)


def test_two_identical_rows_in_one_file_are_two_entries(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    twice = ENTRIES + b"2021-03-01,p,kronor,5000,,,,,\n"
    assert import_bytes(engine, twice, "e.csv", is_plan=False).entries_change.added == 3


def test_a_removed_goal_is_archived_with_its_entries_and_restored_when_it_returns(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    import_bytes(engine, ENTRIES, "e.csv", is_plan=False)
    without_meeting = PLAN.replace("TARGET", "10000").split("      - {id: mote")[0]
    change = load(engine, without_meeting)
    assert change.archived == ["mote"]
    assert list(statuses(engine)) == ["fond"]
    with Session(engine) as session:
        assert [g["id"] for g in archived_goals(session, "p")] == ["mote"]
        kept = session.execute(text("SELECT count(*) FROM entry WHERE milestone = 'mote'"))
        assert kept.scalar() == 1
    change = load(engine, PLAN.replace("TARGET", "10000"))
    assert change.restored == ["mote"]
    assert statuses(engine)["mote"] == "done"


def test_a_bad_reimport_keeps_the_old_plan(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    before = version(engine)
    result = import_bytes(engine, PLAN.replace("TARGET", "tiotusen").encode(), "p.yaml",
                          is_plan=True)
    assert not result.ok
    assert version(engine) == before
    assert statuses(engine)["fond"] == "at_risk"   # no entries: still the old 10000 target


def test_a_dry_run_says_what_would_change_and_writes_nothing(engine):
    load(engine, PLAN.replace("TARGET", "10000"))
    before = version(engine)
    preview = import_bytes(engine, PLAN.replace("TARGET", "20000").encode(), "p.yaml",
                           is_plan=True, dry_run=True)
    assert preview.plan_change.changed == ["fond"]
    entries = import_bytes(engine, ENTRIES, "e.csv", is_plan=False, dry_run=True)
    assert entries.entries_change.added == 2
    assert version(engine) == before
    with Session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM entry")).scalar() == 0
