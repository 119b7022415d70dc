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

from sqlalchemy import select, text, update
from sqlmodel import Session

from goals.domain.entries import Entry
from goals.store.entry_months import LOCK_SPACE
from goals.store.entry_months import add_one as add_to_month
from goals.store.entry_months import refresh as refresh_months
from goals.store.meta import DATA_VERSION, bump_data_version
from goals.store.tables import DeletedEntryRow, EntryRow, PlanRow

_CHUNK = 5000
_COMPARED = ("day", "metric", "value", "tags", "milestone", "step", "note", "reported_by",
             "unit")


@dataclass
class EntriesChange:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    changed_ids: tuple[str, ...] = ()   # the ids added or updated, as a preview lists them


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


_INSERTED = ("uid", "plan_pk", "day", "metric", "value", "tags",
             "milestone", "step", "note", "reported_by", "unit", "source", "created_at")
_DAY, _COMPARED_SLICE = 2, slice(2, 11)   # row[2:11] is _COMPARED, in that order


class RowMaker:
    """Builds entry rows as plain tuples in the column order of `_INSERTED`, already in
    the driver's form (on SQLite, dates as the ISO text SQLAlchemy itself would store),
    for one write: the same `source` and `created_at` for all, each tag set and day
    converted once."""

    def __init__(self, session: Session, source: str):
        self.as_text = session.connection().dialect.name == "sqlite"
        self.source = source
        created = datetime.now(UTC)
        self.created = (created.strftime("%Y-%m-%d %H:%M:%S.%f") if self.as_text
                        else created)
        self._tags: dict[tuple[str, ...], str] = {}
        self._days: dict[date, str | date] = {}

    def day(self, value: date) -> str | date:
        known = self._days.get(value)
        if known is None:
            known = self._days[value] = value.isoformat() if self.as_text else value
        return known

    def row(self, entry: Entry, plan_pk: int, uid: str) -> tuple:
        tags = self._tags.get(entry.tags)
        if tags is None:
            tags = self._tags[entry.tags] = encode_tags(entry.tags)
        return (uid, plan_pk, self.day(entry.date), entry.metric, entry.value, tags,
                entry.milestone, entry.step, entry.note, entry.reported_by, entry.unit,
                self.source, self.created)


def _as_date(value: str | date) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


_STORED = [EntryRow.uid, EntryRow.pk, EntryRow.plan_pk] + [
    getattr(EntryRow, name) for name in _COMPARED]


def _stored(found: dict[str, tuple], result, maker: RowMaker | None = None) -> None:
    """Stored rows by uid: (pk, plan pk, compared values in the form `maker` writes)."""
    for uid, pk, plan_pk, day, *rest in result:
        found[uid] = (pk, plan_pk, (maker.day(day) if maker else day, *rest))


def existing_uids(session: Session, uids: list[str],
                  maker: RowMaker | None = None) -> dict[str, tuple]:
    """The stored rows of those `uids` that exist: uid -> (pk, plan pk, compared values)."""
    found: dict[str, tuple] = {}
    for chunk in _chunks(uids):
        _stored(found, session.execute(select(*_STORED).where(EntryRow.uid.in_(chunk))),
                maker)
    return found


def existing_for_rows(session: Session, rows: list[tuple], maker: RowMaker,
                      explicit: set[str] = frozenset()) -> dict[str, tuple]:
    """The stored rows that `rows` (about to be upserted) could match, by uid.

    Content ids carry the plan and the day, so they can only match stored rows of the same
    plans inside the file's date range: one range read (nothing at all for a first import)
    instead of a million index probes. `explicit` ids (a file's own `id` column, from an
    export that may since have been edited) are also looked up by id, wherever they are."""
    if not rows:
        return {}
    plan_pks = sorted({r[1] for r in rows})
    first = _as_date(min(r[_DAY] for r in rows))
    last = _as_date(max(r[_DAY] for r in rows))
    wanted = {r[0] for r in rows}
    in_range: dict[str, tuple] = {}
    query = select(*_STORED).where(EntryRow.plan_pk.in_(plan_pks), EntryRow.day >= first,
                                   EntryRow.day <= last)
    _stored(in_range, session.execute(query), maker)
    found = {uid: stored for uid, stored in in_range.items() if uid in wanted}
    found.update(existing_uids(session, [uid for uid in explicit if uid not in found],
                               maker))
    return found


def _insert(session: Session, rows: list[tuple]) -> None:
    """Insert with the driver's executemany: one prepared statement, plain tuples made by
    `RowMaker` (SQLAlchemy's per-row parameter processing costs more than SQLite's insert
    itself at 100 000 rows)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _copy(connection, rows)
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO entry ({', '.join(_INSERTED)}) "
           f"VALUES ({', '.join([mark] * len(_INSERTED))})")
    for chunk in _chunks(rows):
        connection.exec_driver_sql(sql, chunk)


def _copy(connection, rows: list[tuple]) -> None:
    """PostgreSQL's COPY: the bulk path made for this, several times faster than INSERT."""
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(
            f"COPY entry ({', '.join(_INSERTED)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def upsert_entries(session: Session, rows: list[tuple], maker: RowMaker,
                   stored: dict[str, tuple] | None = None) -> EntriesChange:
    """Insert new rows and update changed ones (matched by uid); the caller commits.

    `rows` come from `maker`; `stored` is what `existing_for_rows` returned for them, when
    the caller has it."""
    change = EntriesChange()
    if stored is None:
        stored = existing_for_rows(session, rows, maker)
    new_rows, updates, updated_ids = [], [], []
    for row in rows:
        old = stored.get(row[0])
        if old is None:
            new_rows.append(row)
        elif old[2] != row[_COMPARED_SLICE]:
            values = dict(zip(_COMPARED, row[_COMPARED_SLICE], strict=True))
            updates.append((old[0], values | {"day": _as_date(values["day"]),
                                              "_from": (old[1], old[2][0])}))
            updated_ids.append(row[0])
        else:
            change.unchanged += 1
    # In uid order: content ids start with the plan and the day, so consecutive inserts
    # land on the same pages of the unique index instead of one random page each, which
    # is what makes a large table slow to add to.
    new_rows.sort()
    _insert(session, new_rows)
    for pk, values in updates:
        session.execute(update(EntryRow).where(EntryRow.pk == pk).values(
            **{k: v for k, v in values.items() if k != "_from"}))
    change.added, change.updated = len(new_rows), len(updates)
    change.changed_ids = tuple(row[0] for row in new_rows) + tuple(updated_ids)
    if change.added or change.updated:
        refresh_months(session, _touched(new_rows, updates, stored))
        bump_data_version(session)
    return change


def _touched(new_rows: list[tuple], updates: list[tuple[int, dict]],
              stored: dict[str, tuple]) -> list[tuple[int, date]]:
    """The (plan pk, day) pairs whose months the write changed: per plan only the first and
    the last day (the monthly sums are refreshed for every month between), found in one
    pass over the rows without converting every day."""
    spans: dict[int, list[str]] = {}
    pairs = [(row[1], row[_DAY]) for row in new_rows]
    for _pk, values in updates:
        pairs.append(values["_from"])
        pairs.append((values["_from"][0], values["day"]))
    for plan_pk, day in pairs:
        day = day if isinstance(day, str) else day.isoformat()   # ISO text sorts as dates
        span = spans.get(plan_pk)
        if span is None:
            spans[plan_pk] = [day, day]
        elif day < span[0]:
            span[0] = day
        elif day > span[1]:
            span[1] = day
    return [(plan_pk, _as_date(day)) for plan_pk, span in spans.items() for day in span]


def add_entry(session: Session, *, plan_pk: int, entry: Entry, source: str = "app") -> str:
    """Save one entry (a member's report) and return its uid; the caller commits."""
    uid = entry.id or new_uid()
    row = RowMaker(session, source).row(entry, plan_pk, uid)
    if session.connection().dialect.name == "postgresql":
        bumped = session.execute(_ADD_ONE_POSTGRESQL, dict(zip(_INSERTED, row, strict=True))
                                 | {"lock_space": LOCK_SPACE}).scalar_one()
        if not bumped:   # the very first write: the counter's row does not exist yet
            bump_data_version(session)
        return uid
    _insert(session, [row])
    add_to_month(session, plan_pk, entry.metric, entry.date, entry.value)
    bump_data_version(session)
    return uid


# A member's report on PostgreSQL in one round trip (many arrive at once; the data version
# is one row every write updates, so every round trip after it is time the next writer
# waits): the plan's shared month lock (see goals.store.entry_months), the entry, its month's
# sums gaining it, and the data version bump; returns how many counter rows were bumped.
_ADD_ONE_POSTGRESQL = text(f"""
WITH month_lock AS (SELECT pg_advisory_xact_lock_shared(:lock_space, :plan_pk)),
added AS (
    INSERT INTO entry ({', '.join(_INSERTED)})
    SELECT {', '.join(':' + name for name in _INSERTED)} FROM month_lock
    RETURNING plan_pk, metric, day, value),
summed AS (
    INSERT INTO entry_month (plan_pk, metric, month, total, entries, last_day)
    SELECT plan_pk, COALESCE(metric, ''), to_char(day, 'YYYY-MM'), COALESCE(value, 0), 1,
           day
    FROM added
    ON CONFLICT (plan_pk, metric, month) DO UPDATE SET
        total = entry_month.total + EXCLUDED.total, entries = entry_month.entries + 1,
        last_day = GREATEST(entry_month.last_day, EXCLUDED.last_day)
    RETURNING 1),
bumped AS (
    UPDATE meta SET value = value + 1 WHERE key = '{DATA_VERSION}' RETURNING 1)
SELECT (SELECT count(*) FROM bumped) + 0 * (SELECT count(*) FROM summed)
""")


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
                 note=row.note, reported_by=row.reported_by, id=row.uid, unit=row.unit)


_KEPT = ("uid", "pk", "plan_pk", "day", "metric", "value", "tags", "milestone", "step", "note",
         "reported_by", "unit", "source", "created_at")


def delete_entries(session: Session, uids: list[str]) -> int:
    """Move entries to the deleted table (undo: `restore_entries`); the caller commits."""
    rows = session.execute(select(EntryRow).where(EntryRow.uid.in_(uids))).scalars().all()
    now = datetime.now(UTC)
    for row in rows:
        session.add(DeletedEntryRow(**{name: getattr(row, name) for name in _KEPT},
                                    deleted_at=now))
        session.delete(row)
    if rows:
        session.flush()
        refresh_months(session, [(row.plan_pk, row.day) for row in rows])
        bump_data_version(session)
    return len(rows)


def restore_entries(session: Session, uids: list[str]) -> int:
    """Bring deleted entries back, exactly as they were; the caller commits."""
    rows = session.execute(select(DeletedEntryRow).where(DeletedEntryRow.uid.in_(uids))
                           ).scalars().all()
    for row in rows:
        session.add(EntryRow(**{name: getattr(row, name) for name in _KEPT}))
        session.delete(row)
    if rows:
        session.flush()
        refresh_months(session, [(row.plan_pk, row.day) for row in rows])
        bump_data_version(session)
    return len(rows)


def correct_entry(session: Session, uid: str, *, day: date, value: float | None,
                  note: str | None) -> bool:
    """Change an entry's day, value and note (a board's correction); the caller commits."""
    before = session.execute(select(EntryRow.plan_pk, EntryRow.day)
                             .where(EntryRow.uid == uid)).first()
    result = session.execute(update(EntryRow).where(EntryRow.uid == uid)
                             .values(day=day, value=value, note=note))
    if result.rowcount:
        refresh_months(session, [(before.plan_pk, before.day), (before.plan_pk, day)])
        bump_data_version(session)
    return bool(result.rowcount)


def describe_entries(session: Session, uids: list[str],
                     deleted: bool = False) -> dict[str, tuple[str, str, dict]]:
    """uid -> (plan id, organisation id, the entry as a dict): what the access check and the
    audit trail need to know about entries before they change."""
    table = DeletedEntryRow if deleted else EntryRow
    query = (select(table, PlanRow.id, PlanRow.organisation_id)
             .join(PlanRow, PlanRow.pk == table.plan_pk).where(table.uid.in_(uids)))
    found: dict[str, tuple[str, str, dict]] = {}
    for row, plan_id, organisation_id in session.execute(query):
        found[row.uid] = (plan_id, organisation_id, {
            "date": row.day, "metric": row.metric, "value": row.value,
            "tags": list(decode_tags(row.tags)), "milestone": row.milestone, "step": row.step,
            "note": row.note, "reported_by": row.reported_by, "unit": row.unit,
            "source": row.source})
    return found
