"""Wrong first-run setup codes, counted in the database (not in one server's memory), so the
attempt limit holds however many app servers a party runs."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from goals.store.tables import MetaRow

FAILURES = "setup_failures"
BLOCKED_UNTIL = "setup_blocked_until"   # unix seconds


def _get(session: Session, key: str) -> int:
    row = session.execute(select(MetaRow).where(MetaRow.key == key)
                          .with_for_update()).scalar_one_or_none()
    return row.value if row else 0


def _set(session: Session, key: str, value: int) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value
    session.flush()


def blocked_until(session: Session) -> int:
    return _get(session, BLOCKED_UNTIL)


def failures(session: Session) -> int:
    return _get(session, FAILURES)


def record_failure(session: Session, now: int, limit: int, block_seconds: int) -> None:
    """Count a wrong code; the `limit`-th in a row blocks the form for `block_seconds`."""
    count = _get(session, FAILURES) + 1
    if count >= limit:
        _set(session, BLOCKED_UNTIL, now + block_seconds)
        count = 0
    _set(session, FAILURES, count)


def clear_failures(session: Session) -> None:
    _set(session, FAILURES, 0)
