"""A board corrects or deletes an entry, and can undo the deletion: nothing is lost."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from goals.access.roles import Actor
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.services.writes import correct_entry, delete_entries, restore_entries
from goals.store.entries import list_entries
from tests.factories import REIMPORT_ENTRIES as ENTRIES
from tests.factories import REIMPORT_PLAN as PLAN

BOARD = Actor.local()


def setup(engine) -> list:
    assert import_bytes(engine, PLAN.replace("TARGET", "10000").encode(), "p.yaml",
                        is_plan=True).ok
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok
    with Session(engine) as session:
        return list_entries(session, "p")


def fund_actual(engine) -> float:
    with Session(engine) as session:
        goals = plan_status(session, "p", date(2021, 6, 30)).goals
    return float(next(g for g in goals if g.goal.id == "fond").actual)


def test_a_deleted_entry_stops_counting_and_comes_back_exactly_on_undo(engine):
    entries = setup(engine)
    fund = next(e for e in entries if e.metric == "kronor")
    assert fund_actual(engine) == 5000
    assert delete_entries(engine, [fund.id], actor=BOARD) == 1
    assert fund_actual(engine) == 0
    assert restore_entries(engine, [fund.id], actor=BOARD) == 1
    assert fund_actual(engine) == 5000
    with Session(engine) as session:
        assert list_entries(session, "p") == entries


def test_a_corrected_value_changes_the_actual(engine):
    fund = next(e for e in setup(engine) if e.metric == "kronor")
    assert correct_entry(engine, fund.id, day=fund.date, value=7500.0, note="rättat", actor=BOARD)
    assert fund_actual(engine) == 7500
