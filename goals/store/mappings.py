"""Named column mappings in the database: saved once from the app or the command line, used
by name next month. A mapping holds column names and metric ids, never a cell of a file.

Each belongs to an organisation (the förening or district whose board saved it): a name is
unique within it, so one board can never overwrite another's mapping by saving one of the
same name. `organisation_ids=None` in a lookup means every organisation (the command line).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from goals.mappings.mapping import Mapping
from goals.store.tables import MappingRow, PlanRow


def _row(session: Session, name: str, organisation_id: str | None) -> MappingRow | None:
    query = select(MappingRow).where(MappingRow.name == name)
    query = query.where(MappingRow.organisation_id.is_(None) if organisation_id is None
                        else MappingRow.organisation_id == organisation_id)
    return session.execute(query).scalar_one_or_none()


def save_mapping(session: Session, name: str, mapping: Mapping,
                 organisation_id: str | None = None) -> tuple[bool, str | None]:
    """Save (or replace) `organisation_id`'s mapping called `name`: (created, the
    definition it replaced). The caller commits."""
    row = _row(session, name, organisation_id)
    now = datetime.now(UTC)
    if row is None:
        session.add(MappingRow(name=name, kind=mapping.kind, definition=mapping.to_json(),
                               updated_at=now, organisation_id=organisation_id))
        return True, None
    before = row.definition
    row.kind, row.definition, row.updated_at = mapping.kind, mapping.to_json(), now
    return False, before


def get_mapping(session: Session, name: str,
                organisation_ids: Iterable[str] | None = None,
                prefer: str | None = None) -> Mapping | None:
    """The mapping called `name` among those of `organisation_ids` (None: any; then the
    one of `prefer`, else an organisation's, else the command line's)."""
    query = select(MappingRow.organisation_id, MappingRow.definition).where(
        MappingRow.name == name)
    if organisation_ids is not None:
        query = query.where(MappingRow.organisation_id.in_(list(organisation_ids)))
    found = list(session.execute(query))
    if not found:
        return None
    found.sort(key=lambda r: (r[0] != prefer, r[0] is None, r[0] or ""))
    return Mapping.from_json(found[0][1])


def mapping_names(session: Session,
                  organisation_ids: Iterable[str] | None = None) -> list[str]:
    query = select(MappingRow.name).distinct().order_by(MappingRow.name)
    if organisation_ids is not None:
        query = query.where(MappingRow.organisation_id.in_(list(organisation_ids)))
    return list(session.execute(query).scalars())


def delete_mapping(session: Session, name: str, organisation_id: str | None = None) -> bool:
    row = _row(session, name, organisation_id)
    if row is not None:
        session.delete(row)
    return row is not None


def plan_organisation(session: Session, plan_id: str | None) -> str | None:
    """The organisation that holds the plan `plan_id` (None when there is none)."""
    if not plan_id:
        return None
    return session.execute(select(PlanRow.organisation_id)
                           .where(PlanRow.id == plan_id)).scalar_one_or_none()
