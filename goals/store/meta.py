"""The data version: one number in the database that every write bumps.

Caches in app servers are keyed on it, so an entry saved through one server is seen by all
the others on their next read, without any server keeping state of its own.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlmodel import Session

from goals.store.tables import MetaRow

DATA_VERSION = "data_version"


def data_version(session: Session) -> int:
    value = session.execute(select(MetaRow.value).where(MetaRow.key == DATA_VERSION)).scalar()
    return int(value or 0)


def bump_data_version(session: Session) -> None:
    """Call inside every write transaction (the caller commits)."""
    result = session.execute(
        update(MetaRow).where(MetaRow.key == DATA_VERSION).values(value=MetaRow.value + 1)
    )
    if result.rowcount == 0:
        session.add(MetaRow(key=DATA_VERSION, value=1))
        session.flush()
