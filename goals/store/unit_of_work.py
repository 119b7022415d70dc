"""The one way the services open the database: a read, or a unit of work that writes.

Every write goes through `writing()`: on SQLite the threads of one server queue here for
the one writer (in order, instead of in SQLite's busy handler, whose sleeps grow to 100 ms);
the transaction commits when the block ends, rolls back on any error, and rolls back on
purpose for a dry run, so the preview a page shows comes from the very code that writes.
Other processes still meet SQLite's own lock: correctness never depends on this lock, only
the waiting time does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlmodel import Session

__all__ = ["Engine", "Session", "reading", "writing"]

_writer_locks: dict[int, threading.RLock] = {}
_locks_guard = threading.Lock()


def _writer_lock(engine: Engine) -> threading.RLock | None:
    if engine.dialect.name != "sqlite":
        return None
    with _locks_guard:
        return _writer_locks.setdefault(id(engine), threading.RLock())


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session for reads; objects stay usable after the block."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@contextmanager
def writing(engine: Engine, *, dry_run: bool = False) -> Iterator[Session]:
    """A session in one write transaction: committed when the block ends (rolled back for
    `dry_run`), rolled back when it raises."""
    lock = _writer_lock(engine)
    if lock is not None:
        lock.acquire()
    session = Session(engine, expire_on_commit=False)
    transaction = session.begin()
    try:
        yield session
    except BaseException:
        transaction.rollback()
        raise
    else:
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    finally:
        session.close()
        if lock is not None:
            lock.release()
