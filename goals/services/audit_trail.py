"""The audit trail as the board sees it: what was written, by whom, before and after, and
undo for a deletion. Removing a person's name from everything is also here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from goals.access.roles import Actor, Permission, require
from goals.services.writes import restore_entries
from goals.store import audit
from goals.store.access import as_utc, organisation_parents
from goals.store.followup import forget_owner
from goals.store.tables import AuditRow
from goals.store.unit_of_work import Engine, reading, writing


@dataclass(frozen=True)
class AuditEvent:
    pk: int
    at: datetime
    actor: str
    organisation_id: str | None
    action: str
    target: str
    before: dict | None
    after: dict | None

    @property
    def undoable(self) -> bool:
        return self.action == "entry.delete"


def events_for(engine: Engine, actor: Actor, organisation_id: str,
               limit: int = 200) -> list[AuditEvent]:
    """The trail of one organisation, newest first (needs `manage` there)."""
    with reading(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, organisation_parents(session))
        return [_event(row) for row in audit.trail(session, [organisation_id], limit)]


def undo_deletion(engine: Engine, actor: Actor, event_pk: int) -> int:
    """Bring back the entry a logged deletion removed; the restore is checked and logged
    like any write (0 when it was already restored)."""
    with reading(engine) as session:
        row = audit.event(session, event_pk)
        if row is None or row.action != "entry.delete":
            return 0
        uid = row.target
    return restore_entries(engine, [uid], actor=actor)


def forget_name(engine: Engine, actor: Actor, name: str) -> int:
    """Remove a display name from every entry and from the trail, and the person (name and
    the address they gave) from every plan's owners and nudge list (an admin's task when a
    person asks to be forgotten). Returns how many entries carried it."""
    with writing(engine) as session:
        require(actor, Permission.ADMIN, None, {})
        changed = audit.forget_name(session, name)
        owners = forget_owner(session, name)
        audit.record(session, actor=actor.label, action="name.forget", organisation_id=None,
                     target="", after={"entries": changed, "owners": owners})
        return changed


def _event(row: AuditRow) -> AuditEvent:
    return AuditEvent(row.pk, as_utc(row.at), row.actor, row.organisation_id, row.action,
                      row.target, json.loads(row.before) if row.before else None,
                      json.loads(row.after) if row.after else None)
