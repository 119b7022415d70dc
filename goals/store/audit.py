"""The audit trail: one row per write, in the same transaction as the write itself.

Either both the change and its record are committed, or neither is; so the trail cannot
miss a write that happened, nor show one that was rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlmodel import Session

from goals.store.tables import AuditRow, DeletedEntryRow, EntryRow


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def record(session: Session, *, actor: str, action: str, organisation_id: str | None,
           target: str = "", before: Any = None, after: Any = None) -> None:
    session.add(AuditRow(at=datetime.now(UTC), actor=actor, organisation_id=organisation_id,
                         action=action, target=target[:200], before=_json(before),
                         after=_json(after)))


def trail(session: Session, organisation_ids: Iterable[str] | None,
          limit: int = 200) -> list[AuditRow]:
    """Newest first; None means every organisation (admins)."""
    query = select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit)
    if organisation_ids is not None:
        query = query.where(AuditRow.organisation_id.in_(list(organisation_ids)))
    return list(session.execute(query).scalars())


def forget_name(session: Session, name: str) -> int:
    """Remove a display name from every entry, deleted entry and audit record.

    Entries keep their counts; the name becomes empty. Audit JSON that carries the name has
    it replaced, so the trail keeps what was done without keeping who it was."""
    changed = 0
    for table in (EntryRow, DeletedEntryRow):
        result = session.execute(update(table).where(table.reported_by == name)
                                 .values(reported_by=None))
        changed += result.rowcount or 0
    inner = json.dumps(name, ensure_ascii=False)[1:-1]   # as it stands inside JSON text
    rows = session.execute(select(AuditRow).where(or_(
        AuditRow.before.contains(inner), AuditRow.after.contains(inner),
        AuditRow.actor == name))).scalars().all()
    for row in rows:
        row.before = _scrubbed(row.before, name)
        row.after = _scrubbed(row.after, name)
        if row.actor == name:
            row.actor = "—"
        session.add(row)
    return changed


def event(session: Session, event_pk: int) -> AuditRow | None:
    """One logged write by its key (None when there is none)."""
    return session.get(AuditRow, event_pk)


def _scrubbed(image: str | None, name: str) -> str | None:
    """An audit image without `name`: a value that is the name becomes null, and the name
    inside a text (a note: "Kalle Kula sa hej") becomes "—"."""
    if not image:
        return image

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return None if value == name else value.replace(name, "—")
        if isinstance(value, dict):
            return {key: clean(item) for key, item in value.items()}
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value

    return _json(clean(json.loads(image)))
