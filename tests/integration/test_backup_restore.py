"""Backups as docs/deploy.md describes them: `pg_dump -Fc` of the party's database, restored
with `pg_restore` into a fresh PostgreSQL server, gives back every row, the same statuses,
and key sequences that let the app add entries at once. Uses the pg_dump and pg_restore
that come with pgserver (the same PostgreSQL 16 as the test server)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from goals.access.roles import Actor
from goals.domain.entries import Entry
from goals.services.database import reading
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.services.writes import record_entry
from goals.store.engine import create_schema, make_engine
from goals.store.transfer import row_counts
from tests.factories import CLI_ENTRIES, CLI_PLAN
from tests.support.postgres import to_sqlalchemy_url

PLAN_ID = "v-vallentuna-2021"


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _standing(url: str) -> tuple:
    engine = make_engine(url)
    with reading(engine) as session:
        status = plan_status(session, PLAN_ID, date(2021, 6, 30))
    counts = row_counts(engine)
    engine.dispose()
    return [(g.goal.id, g.status, g.actual) for g in status.goals], counts


@pytest.fixture
def fresh_server(tmp_path):
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(tmp_path / "restored", cleanup_mode="stop")
    try:
        yield server
    finally:
        server.cleanup()


def test_a_dump_restored_into_a_fresh_server_is_the_same_database(postgres_url, tmp_path,
                                                                 fresh_server):
    from pgserver._commands import POSTGRES_BIN_PATH

    engine = make_engine(postgres_url)
    create_schema(engine)
    assert import_bytes(engine, CLI_PLAN.encode(), "plan.yaml", is_plan=True).ok
    assert import_bytes(engine, CLI_ENTRIES.encode(), "e.csv", is_plan=False).ok
    engine.dispose()
    before = _standing(postgres_url)

    dump = tmp_path / "goals.dump"
    subprocess.run([str(POSTGRES_BIN_PATH / "pg_dump"), "-Fc", "-f", str(dump),
                    _libpq(postgres_url)], check=True, capture_output=True, timeout=120)
    admin_url = to_sqlalchemy_url(fresh_server.get_uri())
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text('CREATE DATABASE "goals"'))
    admin.dispose()
    restored = admin_url.set(database="goals").render_as_string(hide_password=False)
    subprocess.run([str(POSTGRES_BIN_PATH / "pg_restore"), "--no-owner", "-d",
                    _libpq(restored), str(dump)], check=True, capture_output=True, timeout=120)

    assert _standing(restored) == before
    engine = make_engine(restored)
    create_schema(engine)   # an app server starting on the restored database
    record_entry(engine, Entry(date=date(2021, 6, 1), plan=PLAN_ID, metric="webbinlagg",
                               value=1), actor=Actor.command_line())
    assert row_counts(engine)["entry"] == before[1]["entry"] + 1
    engine.dispose()
