"""Named column mappings in the database: saved once from the app or the command line, used
by name next month. A mapping holds column names and metric ids, never a cell of a file."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from goals.mappings.mapping import Mapping
from goals.store.tables import MappingRow


def save_mapping(session: Session, name: str, mapping: Mapping) -> bool:
    """Save (or replace) the mapping called `name`; True when it is new. The caller commits."""
    row = session.execute(select(MappingRow).where(MappingRow.name == name)).scalar_one_or_none()
    now = datetime.now(UTC)
    if row is None:
        session.add(MappingRow(name=name, kind=mapping.kind, definition=mapping.to_json(),
                               updated_at=now))
        return True
    row.kind, row.definition, row.updated_at = mapping.kind, mapping.to_json(), now
    return False


def get_mapping(session: Session, name: str) -> Mapping | None:
    definition = session.execute(select(MappingRow.definition)
                                 .where(MappingRow.name == name)).scalar_one_or_none()
    return None if definition is None else Mapping.from_json(definition)


def mapping_names(session: Session) -> list[str]:
    return list(session.execute(select(MappingRow.name).order_by(MappingRow.name)).scalars())


def delete_mapping(session: Session, name: str) -> bool:
    row = session.execute(select(MappingRow).where(MappingRow.name == name)).scalar_one_or_none()
    if row is not None:
        session.delete(row)
    return row is not None
