"""The database as the pages and the command line see it: open it, read it, and the one
error type a storage failure arrives as. Everything else they need is a use case in a
sibling service module; none of them speaks SQL."""

from __future__ import annotations

from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.services.parsed_plans import parsed
from goals.store import entries as _entries
from goals.store import meetings as _meetings
from goals.store import meta as _meta
from goals.store import plans as _plans
from goals.store.engine import (
    DatabaseError,
    database_missing,
    discard_database,
    display_url,
    engine_for,
    existing_session,
    missing_folders,
)
from goals.store.unit_of_work import Engine, Session, reading, writing

__all__ = ["DatabaseError", "Engine", "Session", "data_version", "database_missing",
           "discard_database", "display_url", "engine_for", "entries", "existing_session",
           "missing_folders", "meeting_days", "open_session", "plan", "plan_ids", "plans",
           "reading", "writing"]


def open_session(url: str) -> Session:
    """A session on the database at `url` (schema brought up to date); the caller closes it."""
    return Session(engine_for(url), expire_on_commit=False)


def data_version(session: Session) -> int:
    """The number every write bumps: the key of every cache, on every server."""
    return _meta.data_version(session)


def plans(session: Session, plan_ids: list[str] | None = None) -> dict[str, Plan]:
    """Plans by id (all when None), in id order; each definition parsed once per process."""
    return parsed(session, _plans.definition_hashes(session, plan_ids))


def plan(session: Session, plan_id: str) -> Plan | None:
    return _plans.load_plan(session, plan_id)


def plan_ids(session: Session) -> list[str]:
    return _plans.plan_ids(session)


def entries(session: Session, plan_id: str, until: date | None = None) -> list[Entry]:
    return _entries.list_entries(session, plan_id, until)


def meeting_days(session: Session, organisation_id: str) -> list[date]:
    return _meetings.meeting_days(session, organisation_id)
