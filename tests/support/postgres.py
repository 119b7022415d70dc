"""A real PostgreSQL 16 for the tests, started on demand with ``pgserver``.

One server per test process (so one per pytest-xdist worker), in its own temporary
directory, talking over a unix socket only (no TCP port, so parallel workers never clash).
It is started the first time a test asks for a database and stopped (and its directory
removed) when the process exits.

Use it through the fixtures (register them in ``tests/conftest.py`` with
``pytest_plugins = ["tests.support.postgres"]``):

* ``postgres_url`` -- a SQLAlchemy URL (``postgresql+psycopg://...``) of a new, empty database
  (tests using it are marked ``postgres`` automatically);
* ``database_url`` -- parametrized: a SQLite file URL, then a PostgreSQL URL (marked ``postgres``),
  so one test body covers both storage back ends.

or call ``fresh_database_url()`` directly. Each call creates ``t_<uuid hex>``; nothing is
dropped, the whole server goes away at the end.

If PostgreSQL cannot be started, the test is skipped -- unless ``GOALS_REQUIRE_POSTGRES=1``
(set by ``.ci/run``), then it errors, so CI never passes with the PostgreSQL variant skipped.

Measured on the development container (2 vCPU VM, root, pgserver 0.1.4 / PostgreSQL 16.2),
eight runs of 20-30 databases each:

* server start in a fresh directory (initdb + pg_ctl start + settings + ``select 1``):
  0.7-3.0 s, typically 1.3-1.9 s; stop at exit 0.4 s;
* ``fresh_database_url()`` (``CREATE DATABASE`` + URL): 14-360 ms, run medians from 20 ms to
  260 ms. CREATE DATABASE creates ~300 files and creating a file cost up to ~1 ms on this VM's
  disk, which is what the spread tracks; defaults (fsync on, WAL_LOG) were no faster.
  So: a new database per test is fine for dozens of tests, not for thousands -- share one per
  module (``scope="module"``) where tests do not need an empty one.

The server runs with ``fsync``, ``synchronous_commit``, ``full_page_writes`` and
``wal_init_zero`` off: these are throw-away databases, durability buys nothing and costs time.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url

REQUIRE_ENV = "GOALS_REQUIRE_POSTGRES"

# Settings for a disposable server; all of them can be changed with a reload, no restart.
_FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_init_zero": "off",
}


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be started although the run requires it."""


def postgres_required() -> bool:
    """True when the environment demands the PostgreSQL tests run (CI)."""
    return os.environ.get(REQUIRE_ENV, "").strip().lower() in {"1", "true", "yes"}


def to_sqlalchemy_url(uri: str, database: str | None = None) -> URL:
    """Turn a libpq URI as ``pgserver`` gives it into a SQLAlchemy URL for psycopg 3.

    ``pgserver`` answers ``postgresql://postgres:@/postgres?host=/path/to/socketdir``: an empty
    password and the unix-socket directory in the ``host`` query parameter. SQLAlchemy's psycopg
    dialect passes ``host`` through to libpq, so only the driver name changes, and the empty
    password is dropped (``postgres:@`` would be sent as an empty password, ``postgres@`` sends
    none; with trust authentication both work, the latter is the honest one).
    """
    parsed = make_url(uri)
    return URL.create(
        "postgresql+psycopg",
        username=parsed.username,
        password=parsed.password or None,
        host=parsed.host,
        port=parsed.port,
        database=database if database is not None else parsed.database,
        query=parsed.query,
    )


class _Server:
    """The per-process server; created lazily, stopped at exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server = None
        self._base_dir: Path | None = None
        self._admin_url: URL | None = None
        self._admin_engine: Engine | None = None
        self._error: str | None = None

    def admin_engine(self) -> Engine:
        with self._lock:
            if self._admin_engine is None and self._error is None:
                try:
                    self._start()
                except Exception as exc:  # pgserver raises all kinds of things
                    self._error = f"PostgreSQL (pgserver) could not be started: {exc!r}"
                    self.stop()
            if self._error is not None:
                _unavailable(self._error)
            assert self._admin_engine is not None
            return self._admin_engine

    @property
    def admin_url(self) -> URL:
        self.admin_engine()
        assert self._admin_url is not None
        return self._admin_url

    def _start(self) -> None:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); harmless.
            warnings.simplefilter("ignore")
            import pgserver

        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self._base_dir = Path(tempfile.mkdtemp(prefix=f"goals-pg-{worker}-"))
        # Stop before pgserver's own atexit handler runs (atexit is last-in, first-out).
        atexit.register(self.stop)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._server = pgserver.get_server(self._base_dir / "pgdata", cleanup_mode="stop")
        self._admin_url = to_sqlalchemy_url(self._server.get_uri())
        engine = sa.create_engine(self._admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            for name, value in _FAST_SETTINGS.items():
                conn.exec_driver_sql(f"ALTER SYSTEM SET {name} = '{value}'")
            conn.exec_driver_sql("SELECT pg_reload_conf()")
            one = conn.execute(sa.text("select 1")).scalar_one()
        if one != 1:
            raise RuntimeError(f"select 1 returned {one!r}")
        self._admin_engine = engine

    def stop(self) -> None:
        if self._admin_engine is not None:
            self._admin_engine.dispose()
            self._admin_engine = None
        if self._server is not None:
            try:
                self._server.cleanup()
            finally:
                self._server = None
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
            self._base_dir = None


_SERVER = _Server()


def _unavailable(reason: str) -> None:
    if postgres_required():
        raise PostgresUnavailable(f"{reason} ({REQUIRE_ENV}=1, so this is an error, not a skip)")
    pytest.skip(reason)


def fresh_database_url() -> str:
    """Create a new, empty database on the session's server; return its SQLAlchemy URL.

    The URL uses the psycopg (3) driver and the server's unix socket, for example
    ``postgresql+psycopg://postgres@/t_3f2a...?host=/tmp/goals-pg-gw0-xxxx/pgdata``.
    Skips the calling test if PostgreSQL is unavailable (errors under GOALS_REQUIRE_POSTGRES=1).
    """
    engine = _SERVER.admin_engine()
    name = f"t_{uuid.uuid4().hex}"
    with engine.connect() as conn:
        # FILE_COPY: with fsync off it is a plain directory copy, faster than WAL-logging it.
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" STRATEGY = FILE_COPY')
    return _SERVER.admin_url.set(database=name).render_as_string(hide_password=False)


def stop_server() -> None:
    """Stop this process's server now (also happens automatically at exit)."""
    _SERVER.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses ``postgres_url`` as ``postgres`` (so ``-m "not postgres"`` works).

    ``database_url``'s PostgreSQL case carries the mark through its ``pytest.param``.
    """
    for item in items:
        if "postgres_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def postgres_url() -> str:
    """URL of a new, empty PostgreSQL database (``postgresql+psycopg://...``)."""
    return fresh_database_url()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database on each storage back end: SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'goals.db'}"
    else:
        yield fresh_database_url()
