"""Opening the database: SQLite (the embedded default) or PostgreSQL, from one URL.

SQLite gets WAL and a busy timeout so that many members can report at once: readers never
block the writer, and a second writer waits instead of failing with "database is locked".
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from goals.store import tables  # noqa: F401  (registers the tables on the metadata)

SQLITE_BUSY_TIMEOUT_MS = 30_000
# Every storage failure, on either engine, is one of these: callers above the store catch
# this name and never import the database library themselves.
DatabaseError = SQLAlchemyError
_engines: dict[str, Engine] = {}


def make_engine(url: str) -> Engine:
    """A new engine for `url`, with the SQLite pragmas applied on every connection."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False,
                                                  "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 64 MiB of page cache instead of SQLite's 2 MiB: the entry indexes of a district
    # (a million rows) then stay in memory while a large file is imported.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Bring the schema up to date (Alembic) and fill the calendar table (idempotent)."""
    from goals.store.calendar_units import fill_calendar
    from goals.store.migrate import migrate

    migrate(engine)
    fill_calendar(engine)


def engine_for(url: str) -> Engine:
    """One shared engine per URL in this process, with the schema in place."""
    engine = _engines.get(url)
    if engine is None:
        engine = make_engine(url)
        create_schema(engine)
        _engines[url] = engine
    return engine


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL, memory and URI forms)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:"):
        return None
    return Path(database)


def database_missing(url: str) -> bool:
    """True when `url` names a SQLite file that does not exist (a mistyped `--db`, or a
    first import): then nothing may create it unless something is really written."""
    path = sqlite_file(url)
    return path is not None and not path.exists()


def existing_engine(url: str) -> Engine | None:
    """An engine on the database as it is, for read-only commands: None when it does not
    exist, and never a schema change (reading must not migrate a database)."""
    if database_missing(url):
        return None
    return make_engine(url)


def existing_session(url: str) -> Session | None:
    """A session on the database as it is (see `existing_engine`), or None."""
    engine = existing_engine(url)
    return Session(engine, expire_on_commit=False) if engine is not None else None


def missing_folders(url: str) -> list[Path]:
    """The folders above a SQLite file that do not exist yet, deepest first."""
    path = sqlite_file(url)
    folders = []
    folder = path.parent if path is not None else None
    while folder is not None and not folder.exists():
        folders.append(folder)
        folder = folder.parent
    return folders


def discard_database(url: str, folders: list[Path]) -> None:
    """Remove a SQLite database this process created but wrote nothing into (every file
    it was given was refused), with the folders made for it: as if never opened."""
    engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()
    path = sqlite_file(url)
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    for folder in folders:
        if folder.exists() and not any(folder.iterdir()):
            folder.rmdir()


def open_session(url: str) -> Session:
    return Session(engine_for(url), expire_on_commit=False)


def display_url(url: str) -> str:
    """The URL as it may be shown or logged: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)
