"""Entries in the database: bulk upsert by stable id, and reading them back.

Every entry has a `uid`. Rows exported by the product carry it, so importing an edited
export updates those rows instead of adding copies. Rows without one get a uid derived from
their content (and how many identical rows came before in the same file), so importing the
same file twice, or a file with rows appended, adds only the new rows.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

from sqlalchemy import select, update
from sqlmodel import Session

from goals.entries import Entry
from goals.store.meta import bump_data_version
from goals.store.tables import EntryRow, PlanRow

_CHUNK = 5000
_COMPARED = ("day", "metric", "value", "tags", "milestone", "step", "note", "reported_by")


@dataclass
class EntriesChange:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def content_uid(plan_id: str, day: date, fingerprint: str, occurrence: int) -> str:
    """A stable id for a row that came without one: its content and its repeat number.

    It starts with a short hash of the plan and then the day, so the ids of one plan's
    date-ordered file land next to each other in the unique index (random ids would make
    every insert touch a random index page, which is slow once the table is large)."""
    digest = hashlib.sha256(f"{fingerprint}\x1f{occurrence}".encode()).hexdigest()[:17]
    return f"c{_plan_prefix(plan_id)}{day.isoformat().replace('-', '')}{digest}"


@lru_cache(maxsize=4096)
def _plan_prefix(plan_id: str) -> str:
    return hashlib.sha256(plan_id.encode()).hexdigest()[:6]


def new_uid() -> str:
    """A fresh id for an entry made in the app: time-ordered, then random."""
    return f"a{time.time_ns():016x}{secrets.token_hex(8)[:15]}"


def encode_tags(tags: Iterable[str]) -> str:
    tags = list(tags)
    return f"|{'|'.join(tags)}|" if tags else ""


def decode_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split("|") if t)


def entry_row_values(entry: Entry, plan_pk: int, uid: str, source: str,
                     now: datetime) -> dict:
    """The column values of `entry` for the entry table."""
    return {
        "uid": uid, "plan_pk": plan_pk, "day": entry.date, "metric": entry.metric,
        "value": entry.value, "tags": encode_tags(entry.tags),
        "milestone": entry.milestone, "step": entry.step, "note": entry.note,
        "reported_by": entry.reported_by, "source": source, "created_at": now,
    }


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


_STORED = [EntryRow.uid, EntryRow.pk, EntryRow.plan_pk] + [
    getattr(EntryRow, name) for name in _COMPARED]


def existing_uids(session: Session, uids: list[str]) -> dict[str, dict]:
    """The stored rows (plan pk and compared columns) of those `uids` that exist."""
    found: dict[str, dict] = {}
    for chunk in _chunks(uids):
        for row in session.execute(select(*_STORED).where(EntryRow.uid.in_(chunk))):
            found[row.uid] = row._asdict()
    return found


def existing_for_rows(session: Session, rows: list[dict],
                      explicit: set[str] = frozenset()) -> dict[str, dict]:
    """The stored rows that `rows` (about to be upserted) could match, by uid.

    Content ids carry the plan and the day, so they can only match stored rows of the same
    plans inside the file's date range: one range read (nothing at all for a first import)
    instead of a million index probes. Explicit ids (from an export) are looked up by id."""
    if not rows:
        return {}
    found: dict[str, dict] = {}
    plan_pks = sorted({r["plan_pk"] for r in rows})
    first, last = min(r["day"] for r in rows), max(r["day"] for r in rows)
    wanted = {r["uid"] for r in rows}
    query = select(*_STORED).where(EntryRow.plan_pk.in_(plan_pks), EntryRow.day >= first,
                                   EntryRow.day <= last)
    for row in session.execute(query):
        if row.uid in wanted:
            found[row.uid] = row._asdict()
    found.update(existing_uids(session, [uid for uid in explicit if uid not in found]))
    return found


def _insert(session: Session, rows: list[dict]) -> None:
    """Insert with the driver's executemany: one prepared statement, plain tuples.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself at
    100 000 rows; the values here are already of the database's types (dates as ISO text on
    SQLite, where SQLAlchemy would store them the same way)."""
    connection = session.connection()
    dialect = connection.dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO entry ({', '.join(_INSERTED)}) "
           f"VALUES ({', '.join([mark] * len(_INSERTED))})")
    on_sqlite = dialect.name == "sqlite"
    stamps: dict = {}
    for chunk in _chunks(rows):
        connection.exec_driver_sql(sql, [_as_tuple(row, on_sqlite, stamps) for row in chunk])


_INSERTED = ("uid", "plan_pk", "day", "metric", "value", "tags",
             "milestone", "step", "note", "reported_by", "source", "created_at")


def _as_tuple(row: dict, on_sqlite: bool, stamps: dict) -> tuple:
    values = [row[name] for name in _INSERTED]
    if on_sqlite:
        values[2] = row["day"].isoformat()
        created = row["created_at"]
        if created not in stamps:
            stamps[created] = created.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        values[11] = stamps[created]
    return tuple(values)


def upsert_entries(session: Session, rows: list[dict],
                   stored: dict[str, dict] | None = None) -> EntriesChange:
    """Insert new rows and update changed ones (matched by uid); the caller commits.

    `stored` is what `existing_for_rows` returned for these rows, when the caller has it."""
    change = EntriesChange()
    if stored is None:
        stored = existing_for_rows(session, rows)
    new_rows, updates = [], []
    for row in rows:
        old = stored.get(row["uid"])
        if old is None:
            new_rows.append(row)
        elif any(old[name] != row[name] for name in _COMPARED):
            updates.append((old["pk"], {name: row[name] for name in _COMPARED}))
        else:
            change.unchanged += 1
    _insert(session, new_rows)
    for pk, values in updates:
        session.execute(update(EntryRow).where(EntryRow.pk == pk).values(**values))
    change.added, change.updated = len(new_rows), len(updates)
    if change.added or change.updated:
        bump_data_version(session)
    return change


def add_entry(session: Session, *, plan_pk: int, entry: Entry, source: str = "app") -> str:
    """Save one entry (a member's report) and return its uid; the caller commits."""
    uid = entry.id or new_uid()
    now = datetime.now(UTC)
    _insert(session, [entry_row_values(entry, plan_pk, uid, source, now)])
    bump_data_version(session)
    return uid


def list_entries(session: Session, plan_id: str, until: date | None = None) -> list[Entry]:
    """The plan's entries in the order they were reported."""
    query = (select(EntryRow).join(PlanRow, PlanRow.pk == EntryRow.plan_pk)
             .where(PlanRow.id == plan_id).order_by(EntryRow.pk))
    if until is not None:
        query = query.where(EntryRow.day <= until)
    return [_to_entry(row, plan_id) for row in session.execute(query).scalars()]


def _to_entry(row: EntryRow, plan_id: str) -> Entry:
    return Entry(date=row.day, plan=plan_id, metric=row.metric, value=row.value,
                 tags=decode_tags(row.tags), milestone=row.milestone, step=row.step,
                 note=row.note, reported_by=row.reported_by, id=row.uid)
