"""Copying a whole database into another, table by table: the SQLite -> PostgreSQL move.

Rows are read in key order in batches and written with the bulk path of the target (COPY on
PostgreSQL, executemany on SQLite), all in one transaction on the target: a move that fails
half-way leaves the target as it was. The target must be empty (its schema made by
`create_schema`); the calendar table is derived data that `create_schema` already filled, so
it is not copied. On PostgreSQL the key sequences are then set past the copied keys, so the
next row the app adds gets a fresh key.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

from goals.store.tables import CalendarUnitRow

_BATCH = 20_000
_DERIVED = {CalendarUnitRow.__tablename__}


class TargetNotEmpty(RuntimeError):
    """The target database already holds data; a move never mixes two databases."""

    def __init__(self, table: str, rows: int):
        super().__init__(table)
        self.table, self.rows = table, rows


def copied_tables() -> list[Table]:
    """The tables a move copies, parents before children (foreign keys hold throughout)."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in _DERIVED]


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per copied table."""
    with engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in copied_tables()}


def copy_database(source: Engine, target: Engine,
                  progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; rows copied per table."""
    copied: dict[str, int] = {}
    with source.connect() as reader, target.begin() as writer:
        for table in copied_tables():
            existing = writer.execute(select(func.count()).select_from(table)).scalar_one()
            if existing:
                raise TargetNotEmpty(table.name, existing)
        for table in copied_tables():
            copied[table.name] = _copy_table(reader, writer, table)
            if progress is not None:
                progress(table.name, copied[table.name])
        if writer.dialect.name == "postgresql":
            _reset_sequences(writer)
    return copied


def _copy_table(reader: Connection, writer: Connection, table: Table) -> int:
    columns = [c.name for c in table.columns]
    query = select(*table.columns).order_by(*table.primary_key.columns)
    result = reader.execution_options(stream_results=True, yield_per=_BATCH).execute(query)
    count = 0
    for rows in result.partitions(_BATCH):
        if writer.dialect.name == "postgresql":
            _copy_rows(writer, table.name, columns, rows)
        else:
            writer.execute(table.insert(), [dict(zip(columns, row, strict=True))
                                            for row in rows])
        count += len(rows)
    return count


def _copy_rows(writer: Connection, name: str, columns: list[str], rows) -> None:
    """PostgreSQL's COPY through psycopg 3, inside the writer's transaction."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    with writer.connection.driver_connection.cursor() as cursor, \
            cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(tuple(row))


def _reset_sequences(writer: Connection) -> None:
    for table in copied_tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (column.autoincrement == "auto"
                                                and column.type.python_type is int
                                                and len(table.primary_key.columns) == 1):
                writer.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', "
                    f"'{column.name}'), COALESCE((SELECT MAX(\"{column.name}\") FROM "
                    f"\"{table.name}\"), 0) + 1, false)"))
