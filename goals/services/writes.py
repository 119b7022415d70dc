"""Single writes the app makes (a report, a correction, a meeting), each in its own
transaction, each checked against the actor's role and recorded in the audit trail.

The check is here, on the server side, not in the pages: a page that forgot to hide a
button, or a crafted query parameter, still meets `require`. Every write bumps the data
version (goals.store.meta), so every app server's cache sees it.
"""

from __future__ import annotations

from datetime import date

from goals.access.roles import Actor, Permission, require
from goals.domain.entries import Entry
from goals.store import audit
from goals.store import entries as store_entries
from goals.store.access import organisation_parents
from goals.store.entries import add_entry, describe_entries
from goals.store.meetings import add_meeting, meeting_days, remove_meeting
from goals.store.plans import get_plan_row
from goals.store.unit_of_work import Engine, Session, writing


def record_entry(engine: Engine, entry: Entry, *, actor: Actor) -> str:
    """Save one entry for its plan and return the entry's id (needs `report`)."""
    with writing(engine) as session:
        row = get_plan_row(session, entry.plan)
        if row is None:
            raise LookupError(entry.plan)
        require(actor, Permission.REPORT, row.organisation_id, organisation_parents(session))
        uid = add_entry(session, plan_pk=row.pk, entry=entry, source=actor.source)
        audit.record(session, actor=actor.label, action="entry.create",
                     organisation_id=row.organisation_id, target=uid,
                     after={k: v for k, v in entry._asdict().items() if k not in ("plan", "id")})
        return uid


def record_meeting(engine: Engine, organisation_id: str, day: date, *, actor: Actor) -> bool:
    """Record a board meeting date; False when it was already there (needs `manage`)."""
    with writing(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, organisation_parents(session))
        added = add_meeting(session, organisation_id=organisation_id, day=day)
        if added:
            audit.record(session, actor=actor.label, action="meeting.create",
                         organisation_id=organisation_id, target=day.isoformat())
        return added


def delete_meeting(engine: Engine, organisation_id: str, day: date, *, actor: Actor) -> bool:
    """Remove a board meeting date (undo: `record_meeting` with the same day); False when
    there was none that day (needs `manage`)."""
    with writing(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, organisation_parents(session))
        if day not in meeting_days(session, organisation_id):
            return False
        remove_meeting(session, organisation_id=organisation_id, day=day)
        audit.record(session, actor=actor.label, action="meeting.delete",
                     organisation_id=organisation_id, target=day.isoformat(),
                     before={"day": day.isoformat()})
        return True


def move_meeting(engine: Engine, organisation_id: str, day: date, new_day: date, *,
                 actor: Actor) -> bool:
    """Correct a meeting's date in one transaction; False (nothing changed) when there was
    no meeting on `day` or there already is one on `new_day` (needs `manage`)."""
    with writing(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, organisation_parents(session))
        days = meeting_days(session, organisation_id)
        if day not in days or new_day in days:
            return False
        remove_meeting(session, organisation_id=organisation_id, day=day)
        add_meeting(session, organisation_id=organisation_id, day=new_day)
        audit.record(session, actor=actor.label, action="meeting.update",
                     organisation_id=organisation_id, target=new_day.isoformat(),
                     before={"day": day.isoformat()}, after={"day": new_day.isoformat()})
        return True


def _require_manage(session: Session, actor: Actor, described: dict) -> None:
    parents = organisation_parents(session)
    for organisation_id in {org for _plan, org, _entry in described.values()}:
        require(actor, Permission.MANAGE, organisation_id, parents)


def delete_entries(engine: Engine, uids: list[str], *, actor: Actor) -> int:
    """Delete entries (kept whole for undo); returns how many (needs `manage`)."""
    with writing(engine) as session:
        described = describe_entries(session, uids)
        _require_manage(session, actor, described)
        for uid, (_plan, organisation_id, before) in described.items():
            audit.record(session, actor=actor.label, action="entry.delete",
                         organisation_id=organisation_id, target=uid, before=before)
        return store_entries.delete_entries(session, list(described))


def restore_entries(engine: Engine, uids: list[str], *, actor: Actor) -> int:
    """Undo a deletion (needs `manage`)."""
    with writing(engine) as session:
        described = describe_entries(session, uids, deleted=True)
        _require_manage(session, actor, described)
        for uid, (_plan, organisation_id, entry) in described.items():
            audit.record(session, actor=actor.label, action="entry.restore",
                         organisation_id=organisation_id, target=uid, after=entry)
        return store_entries.restore_entries(session, list(described))


def correct_entry(engine: Engine, uid: str, *, day: date, value: float | None,
                  note: str | None, actor: Actor) -> bool:
    """A board's correction of one entry (needs `manage`)."""
    with writing(engine) as session:
        described = describe_entries(session, [uid])
        _require_manage(session, actor, described)
        changed = store_entries.correct_entry(session, uid, day=day, value=value, note=note)
        if changed:
            _plan, organisation_id, before = described[uid]
            audit.record(session, actor=actor.label, action="entry.update",
                         organisation_id=organisation_id, target=uid, before=before,
                         after=describe_entries(session, [uid])[uid][2])
        return changed
