"""Single writes the app makes (a member's report), each in its own transaction.

Every write bumps the data version (goals.store.meta), so every app server's cache sees it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session

from goals.entries import Entry
from goals.store import entries as store_entries
from goals.store.entries import add_entry
from goals.store.meetings import add_meeting
from goals.store.plans import get_plan_row


def record_entry(engine: Engine, entry: Entry, source: str = "app") -> str:
    """Save one entry for its plan and return the entry's id."""
    with Session(engine) as session, session.begin():
        row = get_plan_row(session, entry.plan)
        if row is None:
            raise LookupError(entry.plan)
        return add_entry(session, plan_pk=row.pk, entry=entry, source=source)


def record_meeting(engine: Engine, organisation_id: str, day: date) -> bool:
    """Record a board meeting date; False when it was already there."""
    with Session(engine) as session, session.begin():
        return add_meeting(session, organisation_id=organisation_id, day=day)


def delete_entries(engine: Engine, uids: list[str]) -> int:
    """Delete entries (kept for undo); returns how many."""
    with Session(engine) as session, session.begin():
        return store_entries.delete_entries(session, uids)


def restore_entries(engine: Engine, uids: list[str]) -> int:
    """Undo a deletion."""
    with Session(engine) as session, session.begin():
        return store_entries.restore_entries(session, uids)


def correct_entry(engine: Engine, uid: str, *, day: date, value: float | None,
                  note: str | None) -> bool:
    """A board's correction of one entry."""
    with Session(engine) as session, session.begin():
        return store_entries.correct_entry(session, uid, day=day, value=value, note=note)
