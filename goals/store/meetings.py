"""Board meeting dates per organisation (what "since the last meeting" counts from)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlmodel import Session

from goals.store.meta import bump_data_version
from goals.store.tables import MeetingRow


def meeting_days(session: Session, organisation_id: str) -> list[date]:
    query = (select(MeetingRow.day).where(MeetingRow.organisation_id == organisation_id)
             .order_by(MeetingRow.day))
    return list(session.execute(query).scalars())


def add_meeting(session: Session, *, organisation_id: str, day: date) -> bool:
    """Record a meeting; False when that day is already recorded. The caller commits."""
    if day in meeting_days(session, organisation_id):
        return False
    session.add(MeetingRow(organisation_id=organisation_id, day=day))
    bump_data_version(session)
    return True


def remove_meeting(session: Session, *, organisation_id: str, day: date) -> None:
    session.execute(delete(MeetingRow).where(MeetingRow.organisation_id == organisation_id,
                                             MeetingRow.day == day))
    bump_data_version(session)
