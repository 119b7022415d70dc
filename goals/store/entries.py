"""Entries in the database: bulk upsert by stable id, and reading them back.

Every entry has a `uid`. Rows exported by the product carry it, so importing an edited
export updates those rows instead of adding copies. Rows without one get a uid derived from
their content (and how many identical rows came before in the same file), so importing the
same file twice, or a file with rows appended, adds only the new rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import insert, select, update
from sqlmodel import Session

from goals.calendar import month_key, week_key
from goals.entries import TAG_SEPARATOR, Entry
from goals.store.meta import bump_data_version
from goals.store.tables import EntryRow, PlanRow

_CHUNK = 5000
_COMPARED = ("day", "metric", "value", "tags", "milestone", "step", "note", "reported_by")


@dataclass
class EntriesChange:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def content_uid(entry: Entry, occurrence: int) -> str:
    """A stable id for a row that came without one: its content and its repeat number."""
    parts = [entry.date.isoformat(), entry.plan, entry.metric or "", repr(entry.value),
             TAG_SEPARATOR.join(entry.tags), entry.milestone or "", entry.step or "",
             entry.note or "", entry.reported_by or "", str(occurrence)]
    return "c" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:31]


def encode_tags(tags: Iterable[str]) -> str:
    tags = list(tags)
    return f"|{'|'.join(tags)}|" if tags else ""


def decode_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split("|") if t)


def entry_row_values(entry: Entry, plan_pk: int, uid: str, source: str,
                     now: datetime) -> dict:
    """The column values of `entry` (calendar keys computed here, once, at write time)."""
    return {
        "uid": uid, "plan_pk": plan_pk, "day": entry.date,
        "week_key": week_key(entry.date), "month_key": month_key(entry.date),
        "metric": entry.metric, "value": entry.value, "tags": encode_tags(entry.tags),
        "milestone": entry.milestone, "step": entry.step, "note": entry.note,
        "reported_by": entry.reported_by, "source": source, "created_at": now,
    }


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def existing_uids(session: Session, uids: list[str]) -> dict[str, dict]:
    """The stored rows (plan pk and compared columns) of those `uids` that exist."""
    found: dict[str, dict] = {}
    columns = [EntryRow.uid, EntryRow.pk, EntryRow.plan_pk] + [
        getattr(EntryRow, name) for name in _COMPARED]
    for chunk in _chunks(uids):
        for row in session.execute(select(*columns).where(EntryRow.uid.in_(chunk))):
            found[row.uid] = row._asdict()
    return found


def upsert_entries(session: Session, rows: list[dict],
                   stored: dict[str, dict] | None = None) -> EntriesChange:
    """Insert new rows and update changed ones (matched by uid); the caller commits.

    `stored` is what `existing_uids` returned for these rows, when the caller has it."""
    change = EntriesChange()
    if stored is None:
        stored = existing_uids(session, [r["uid"] for r in rows])
    new_rows, updates = [], []
    for row in rows:
        old = stored.get(row["uid"])
        if old is None:
            new_rows.append(row)
        elif any(old[name] != row[name] for name in _COMPARED):
            updates.append((old["pk"], {name: row[name] for name in _COMPARED}
                            | {"week_key": row["week_key"], "month_key": row["month_key"]}))
        else:
            change.unchanged += 1
    for chunk in _chunks(new_rows):
        session.execute(insert(EntryRow), chunk)
    for pk, values in updates:
        session.execute(update(EntryRow).where(EntryRow.pk == pk).values(**values))
    change.added, change.updated = len(new_rows), len(updates)
    if change.added or change.updated:
        bump_data_version(session)
    return change


def add_entry(session: Session, *, plan_pk: int, entry: Entry, source: str = "app") -> str:
    """Save one entry (a member's report) and return its uid; the caller commits."""
    import uuid

    uid = entry.id or uuid.uuid4().hex
    now = datetime.now(UTC)
    session.execute(insert(EntryRow), [entry_row_values(entry, plan_pk, uid, source, now)])
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
