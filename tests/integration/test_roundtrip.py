"""Export in the shape of import: export → import into an empty database gives the same
statuses, and importing is idempotent (property tests over random entries)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from goals.io.export import entries_to_csv, plan_to_yaml
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.store.engine import create_schema, make_engine
from goals.store.entries import list_entries
from goals.store.meta import data_version
from goals.store.plans import load_plan
from tests.factories import ROUNDTRIP_START as START
from tests.factories import RULES_PLAN_YAML as PLAN_YAML
from tests.factories import empty_tables as _reset
from tests.factories import roundtrip_csv_bytes as csv_bytes
from tests.factories import roundtrip_rows as rows


def _statuses(engine, as_of: date) -> list[dict]:
    with Session(engine) as session:
        return plan_status(session, "p", as_of).as_json()["goals"]


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=rows, as_of_day=st.integers(0, 400))
def test_export_then_import_into_an_empty_database_gives_the_same_statuses(
        engine, tmp_path_factory, generated, as_of_day):
    _reset(engine)
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    result = import_bytes(engine, csv_bytes(generated), "e.csv", is_plan=False)
    assert result.ok, [p.render() for p in result.problems]
    as_of = START + timedelta(days=as_of_day)
    with Session(engine) as session:
        plan_text = plan_to_yaml(load_plan(session, "p"))
        entries = list_entries(session, "p")
        entries_text = entries_to_csv(entries)
    fresh = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fresh') / 'g.db'}")
    create_schema(fresh)
    assert import_bytes(fresh, plan_text.encode(), "export.yaml", is_plan=True).ok
    again = import_bytes(fresh, entries_text.encode(), "export.csv", is_plan=False)
    assert again.ok, [p.render() for p in again.problems]
    assert _statuses(fresh, as_of) == _statuses(engine, as_of)
    with Session(fresh) as session:
        assert list_entries(session, "p") == entries   # notes, tags and ids survive
    fresh.dispose()


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=rows)
def test_importing_the_same_files_again_changes_nothing(engine, generated):
    _reset(engine)
    data = csv_bytes(generated)
    import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True)
    import_bytes(engine, data, "e.csv", is_plan=False)
    with Session(engine) as session:
        before = (data_version(session), list_entries(session, "p"))
    import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True)
    import_bytes(engine, data, "e.csv", is_plan=False)
    with Session(engine) as session:
        assert (data_version(session), list_entries(session, "p")) == before


def test_an_exported_entry_file_reimported_after_an_edit_updates_the_row(engine):
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    import_bytes(engine, b"date,plan,metric,value\n2021-03-01,p,kronor,100\n", "e.csv",
                 is_plan=False)
    with Session(engine) as session:
        exported = entries_to_csv(list_entries(session, "p"))
    edited = exported.replace(",kronor,100,", ",kronor,250,")
    change = import_bytes(engine, edited.encode(), "e.csv", is_plan=False).entries_change
    assert (change.added, change.updated) == (0, 1)
    with Session(engine) as session:
        assert [e.value for e in list_entries(session, "p")] == [250.0]


def test_exported_text_cells_cannot_run_as_formulas(engine):
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    rows_in = (b"date,plan,metric,value,note,reported_by\n"
               b"2021-03-01,p,kronor,100,=HYPERLINK(\"http://x\"),@admin\n"
               b"2021-03-02,p,kronor,100,\"+1+1\",-x\n")
    assert import_bytes(engine, rows_in, "e.csv", is_plan=False).ok
    with Session(engine) as session:
        exported = entries_to_csv(list_entries(session, "p"))
    cells = [line.split(",") for line in exported.splitlines()[1:]]
    for cell in (c for row in cells for c in row):
        assert not cell.lstrip('"').startswith(("=", "+", "@")), cell
    assert "'=HYPERLINK" in exported and "'@admin" in exported and "'-x" in exported
