"""Entries summed per plan, metric and month (`entry_month`), kept current by every write.

Every function in goals.store.entries that writes entries calls `refresh` with the
(plan, day) pairs it touched, old and new, in the same transaction: the months those days
fall in are summed again from `entry`. Summing again (instead of adding deltas) cannot drift:
whatever the write did, the touched months end up equal to a fresh aggregation, which a test
checks for every write path.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, case, delete, func, insert, literal_column, select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from goals.store.tables import EntryMonthRow, EntryRow

E, M = EntryRow, EntryMonthRow


def _dialect(executor: Session | Connection) -> str:
    if isinstance(executor, Session):
        return executor.connection().dialect.name
    return executor.dialect.name


def _month_of_day(dialect: str):
    """'YYYY-MM' of an entry's day, in the database."""
    if dialect == "postgresql":
        return func.to_char(E.day, literal_column("'YYYY-MM'"))
    return func.substr(E.day, 1, 7)


def _sums(dialect: str, condition):
    month = _month_of_day(dialect)
    metric = func.coalesce(E.metric, literal_column("''"))
    return (select(E.plan_pk, metric, month,
                   func.coalesce(func.sum(E.value), literal_column("0.0")), func.count(),
                   func.max(E.day))
            .where(condition)
            .group_by(E.plan_pk, metric, month))


_COLUMNS = ["plan_pk", "metric", "month", "total", "entries", "last_day"]


def _month_bounds(days: Iterable[date]) -> tuple[date, date]:
    days = list(days)
    first = min(days).replace(day=1)
    last = max(days).replace(day=28) + timedelta(days=4)
    return first, last - timedelta(days=last.day)


def refresh(executor: Session | Connection, touched: Iterable[tuple[int, date]]) -> None:
    """Sum again the months of these (plan pk, day) pairs: for the plans touched, every
    month from the first to the last touched day, in one DELETE and one INSERT ... SELECT
    (summing a month again that did not change is harmless: it comes out the same)."""
    plans: set[int] = set()
    days: list[date] = []
    for plan_pk, day in touched:
        plans.add(plan_pk)
        days.append(day)
    if not plans:
        return
    first, last = _month_bounds(days)
    pks = sorted(plans)
    dialect = _dialect(executor)
    if dialect == "postgresql":
        _lock_plans(executor, pks)
    executor.execute(delete(M).where(
        M.plan_pk.in_(pks), M.month >= first.strftime("%Y-%m"),
        M.month <= last.strftime("%Y-%m")))
    executor.execute(insert(M).from_select(_COLUMNS, _sums(
        dialect, and_(E.plan_pk.in_(pks), E.day >= first, E.day <= last))))


LOCK_SPACE = 0x6d6f6e   # "mon": this module's advisory locks, by plan pk


def _lock_plans(executor: Session | Connection, plan_pks: list[int]) -> None:
    """PostgreSQL: one writer at a time refreshes a plan's months (until its commit).

    Without it two reports saved at once both delete the month (nothing to delete yet) and
    both insert it: a duplicate key. With it the second waits, then (read committed) sees
    the first one's entry and sums both. SQLite has one writer anyway. Locks are taken in
    plan order, so two writes of several plans cannot deadlock."""
    for plan_pk in plan_pks:
        executor.execute(select(func.pg_advisory_xact_lock(LOCK_SPACE, plan_pk)))


def add_one(executor: Session | Connection, plan_pk: int, metric: str | None, day: date,
            value: float | None) -> None:
    """One new entry: its month's row gains it, in one INSERT ... ON CONFLICT DO UPDATE.

    A member's report is the common write and many arrive at once; adding to the month
    (atomic on both databases) makes no writer wait for another's plan lock, where summing
    the month again would."""
    dialect = _dialect(executor)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert

        # Shared: adds never wait for each other, but a refresh of the plan (which holds
        # the lock exclusively) is never interleaved with an add.
        executor.execute(select(func.pg_advisory_xact_lock_shared(LOCK_SPACE, plan_pk)))
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    statement = upsert(M).values(plan_pk=plan_pk, metric=metric or "",
                                 month=day.strftime("%Y-%m"), total=float(value or 0.0),
                                 entries=1, last_day=day)
    excluded = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[M.plan_pk, M.metric, M.month],
        set_={"total": M.total + excluded.total, "entries": M.entries + 1,
              "last_day": case((excluded.last_day > M.last_day, excluded.last_day),
                               else_=M.last_day)})
    executor.execute(statement)


def refresh_all(executor: Session | Connection) -> None:
    """Sum every entry again (a new table, or a bulk load that bypassed `refresh`)."""
    executor.execute(delete(M))
    executor.execute(insert(M).from_select(_COLUMNS, _sums(_dialect(executor), True)))


def fresh_sums(executor: Session | Connection) -> set[tuple]:
    """What the table must hold: every entry summed now (the tests compare with this)."""
    rows = executor.execute(_sums(_dialect(executor), True))
    return {(p, m, mo, round(float(t), 6), int(n), _as_date(d)) for p, m, mo, t, n, d in rows}


def stored_sums(executor: Session | Connection) -> set[tuple]:
    rows = executor.execute(select(M.plan_pk, M.metric, M.month, M.total, M.entries,
                                   M.last_day))
    return {(p, m, mo, round(float(t), 6), int(n), _as_date(d)) for p, m, mo, t, n, d in rows}


def _as_date(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value
