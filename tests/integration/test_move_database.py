"""`python -m goals move-database`: a förening's SQLite data moves whole into PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from goals.access.roles import Actor
from goals.cli.main import main
from goals.domain.entries import Entry
from goals.services.database import entries as list_entries
from goals.services.database import reading
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.services.writes import record_entry
from goals.store.engine import create_schema, make_engine
from goals.store.transfer import row_counts
from tests.factories import CLI_ENTRIES, CLI_PLAN

PLAN_ID = "v-vallentuna-2021"


@pytest.fixture
def source_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'forening.db'}"
    engine = make_engine(url)
    create_schema(engine)
    assert import_bytes(engine, CLI_PLAN.encode(), "plan.yaml", is_plan=True).ok
    assert import_bytes(engine, CLI_ENTRIES.encode(), "e.csv", is_plan=False).ok
    engine.dispose()
    return url


def _snapshot(url: str) -> tuple:
    engine = make_engine(url)
    with reading(engine) as session:
        status = plan_status(session, PLAN_ID, date(2021, 6, 30))
        entries = list_entries(session, PLAN_ID)
    counts = row_counts(engine)
    engine.dispose()
    return ([(g.goal.id, g.status, g.actual) for g in status.goals],
            [(e.id, e.date, e.metric, e.value, e.note, e.reported_by) for e in entries],
            counts)


def test_a_moved_database_holds_the_same_rows_entries_and_statuses(source_url, postgres_url,
                                                                   capsys):
    before = _snapshot(source_url)
    assert main(["move-database", "--from", source_url, "--to", postgres_url,
                 "--lang", "en"]) == 0
    assert "Done: 2 entries moved" in capsys.readouterr().out
    after = _snapshot(postgres_url)
    assert after == before
    assert before[2]["entry"] == 2 and before[2]["plan"] == 1 and before[2]["audit"] >= 2


def test_after_a_move_the_app_adds_entries_with_fresh_keys(source_url, postgres_url):
    """The key sequences are set past the copied keys: the first new entry gets key 3."""
    assert main(["move-database", "--from", source_url, "--to", postgres_url]) == 0
    engine = make_engine(postgres_url)
    record_entry(engine, Entry(date=date(2021, 6, 1), plan=PLAN_ID, metric="webbinlagg",
                               value=1), actor=Actor.command_line())
    assert row_counts(engine)["entry"] == 3
    engine.dispose()


def test_a_move_into_a_database_with_data_writes_nothing(source_url, postgres_url, capsys):
    assert main(["move-database", "--from", source_url, "--to", postgres_url]) == 0
    counts = _snapshot(postgres_url)[2]
    assert main(["move-database", "--from", source_url, "--to", postgres_url,
                 "--lang", "en"]) == 1
    assert "already holds data (table" in capsys.readouterr().err
    assert _snapshot(postgres_url)[2] == counts
