"""Mapped spreadsheets into the store, on SQLite and PostgreSQL: a register's counts, all or
nothing on a bad row, saved mappings by name (app service and command line), and the Excel
round trip (export, edit, import: changed rows update, new rows add, nothing duplicated)."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from sqlalchemy import text
from sqlmodel import Session

from goals.cli.main import main
from goals.io.export import entries_to_xlsx
from goals.mappings.mapping import Mapping
from goals.services.file_import import import_bytes
from goals.services.mapping_import import import_spreadsheet, resolve_mapping, store_mapping
from goals.store.entries import list_entries
from goals.store.meta import data_version
from goals.store.plans import load_plan
from tests.factories import RULES_PLAN_YAML as PLAN_YAML
from tests.factories import empty_tables as _reset
from tests.factories import roundtrip_csv_bytes as csv_bytes
from tests.factories import roundtrip_rows as rows
from tests.mapping_plans import YEAR

YEAR_YAML = PLAN_YAML.replace("id: p\n", "id: lag-2021\n")
REGISTER = (
    "Namn;Personnummer;Inträdesdatum;Utträdesdatum;Aktiv\n"
    "Astrid Lindqvist;19850101-1234;2020-06-01;;ja\n"
    "Bertil Oskarsson;19700202-2345;2021-01-10;2021-02-28;x\n"
    "Cecilia Ek;19900303-3456;1.2.2021;;nej\n"
).encode("cp1252")
MAPPING = Mapping(kind="register", plan="lag-2021", joined="Inträdesdatum",
                  ended="Utträdesdatum", active="Aktiv", members_metric="medlemmar")


def load_year(engine) -> None:
    from goals.io.export import plan_to_yaml

    assert import_bytes(engine, plan_to_yaml(YEAR).encode(), "lag.yaml", is_plan=True).ok


def stored(engine, plan_id: str = "lag-2021") -> list[tuple]:
    with Session(engine) as session:
        return [(e.date, e.metric, e.value) for e in list_entries(session, plan_id)]


def test_a_register_is_stored_as_counts_and_importing_it_again_changes_nothing(engine):
    load_year(engine)
    result = import_spreadsheet(engine, REGISTER, "medlemmar.csv", mapping=MAPPING,
                                as_of=date(2021, 3, 31))
    assert result.ok, [p.render() for p in result.result.problems]
    assert result.dropped == ["Namn", "Personnummer"]
    # Jan 31: Astrid, Bertil = 2; Feb 28: + Cecilia, Bertil left that day = 2; Mar 31: 2.
    assert sorted(stored(engine)) == [(date(2021, 1, 31), "medlemmar", 2.0),
                                      (date(2021, 2, 28), "medlemmar", 2.0),
                                      (date(2021, 3, 31), "medlemmar", 2.0)]
    with Session(engine) as session:
        version = data_version(session)
    again = import_spreadsheet(engine, REGISTER, "medlemmar.csv", mapping=MAPPING,
                               as_of=date(2021, 3, 31))
    assert (again.result.entries_change.added, again.result.entries_change.updated) == (0, 0)
    with Session(engine) as session:
        assert data_version(session) == version


def test_one_bad_row_writes_nothing_and_names_its_row_and_column(engine):
    load_year(engine)
    bad = REGISTER + "Dora Dahl;19800101-1111;2021-02-30;;ja\n".encode("cp1252")
    with Session(engine) as session:
        version = data_version(session)
    result = import_spreadsheet(engine, bad, "medlemmar.csv", mapping=MAPPING,
                                as_of=date(2021, 3, 31))
    # Inträdesdatum is the file's 3rd column (Namn and Personnummer are dropped)
    assert [(p.line, p.column, p.path) for p in result.result.problems] == [
        (5, 3, "Inträdesdatum")]
    assert stored(engine) == []
    with Session(engine) as session:
        assert data_version(session) == version


def test_a_dry_run_previews_the_entries_and_writes_nothing(engine):
    load_year(engine)
    preview = import_spreadsheet(engine, REGISTER, "m.csv", mapping=MAPPING,
                                 as_of=date(2021, 1, 31), dry_run=True)
    assert preview.result.entries_change.added == 1
    assert [(e.date, e.value) for e in preview.entries] == [(date(2021, 1, 31), 2.0)]
    assert stored(engine) == []


def test_a_saved_mapping_imports_next_months_file_in_one_step(engine, tmp_path):
    load_year(engine)
    assert store_mapping(engine, "vårt register", MAPPING) is True
    assert store_mapping(engine, "vårt register", MAPPING) is False   # replaced, not added
    mapping = resolve_mapping(engine, "vårt register", REGISTER, "m.csv", None)
    assert mapping == MAPPING
    path = tmp_path / "medlemmar-mars.csv"
    path.write_bytes(REGISTER)
    url = engine.url.render_as_string(hide_password=False)
    assert main(["import", str(path), "--mapping", "vårt register", "--as-of", "2021-02-28",
                 "--db", url]) == 0
    assert sorted(stored(engine)) == [(date(2021, 1, 31), "medlemmar", 2.0),
                                      (date(2021, 2, 28), "medlemmar", 2.0)]
    assert main(["import", str(path), "--mapping", "inget sådant", "--db", url]) == 1


def test_the_built_in_register_mapping_works_from_the_command_line(engine, tmp_path, capsys):
    load_year(engine)
    path = tmp_path / "register.csv"
    path.write_bytes(REGISTER)
    url = engine.url.render_as_string(hide_password=False)
    assert main(["import", str(path), "--mapping", "register", "--plan", "lag-2021",
                 "--as-of", "2021-01-31", "--db", url, "--lang", "en"]) == 0
    output = capsys.readouterr()
    assert "dropped columns (personal data, never stored): Namn, Personnummer" in output.err
    assert "Astrid" not in output.out + output.err
    # Jan 31: Astrid and Bertil are members (2), Bertil joined in January (1 new), both
    # are marked active (ja, x) and Bertil only leaves on Feb 28 (2 active).
    assert sorted(stored(engine)) == [(date(2021, 1, 31), "aktiva", 2.0),
                                      (date(2021, 1, 31), "medlemmar", 2.0),
                                      (date(2021, 1, 31), "nya-medlemmar", 1.0)]


def xlsx_of(engine, plan_id: str = "p") -> bytes:
    with Session(engine) as session:
        return entries_to_xlsx(load_plan(session, plan_id), list_entries(session, plan_id))


def test_an_edited_excel_export_updates_changed_rows_and_adds_new_ones(engine):
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, b"date,plan,metric,value,note\n2021-03-01,p,kronor,100,=a\n"
                        b"2021-03-02,p,kronor,50,\n", "e.csv", is_plan=False).ok
    book = load_workbook(io.BytesIO(xlsx_of(engine)))
    assert book.sheetnames == ["entries", "goals"]
    sheet = book["entries"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("value") + 1, 250)            # an edit
    sheet.append(["2021-03-03", "p", "kronor", 75])           # a new row, no id
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_spreadsheet(engine, buffer.getvalue(), "p.xlsx")
    assert result.ok, [p.render() for p in result.result.problems]
    change = result.result.entries_change
    assert (change.added, change.updated, change.unchanged) == (1, 1, 1)
    with Session(engine) as session:
        got = [(e.date.day, e.value, e.note) for e in list_entries(session, "p")]
    assert got == [(1, 250.0, "=a"), (2, 50.0, None), (3, 75.0, None)]


def test_a_spreadsheet_of_another_shape_needs_a_mapping(engine):
    result = import_spreadsheet(engine, b"Datum;Antal\n2021-01-01;3\n", "x.csv")
    assert [p.key for p in result.result.problems] == ["mappings.mapping_needed"]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=rows)
def test_import_export_import_of_excel_changes_nothing(engine, generated):
    _reset(engine)
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, csv_bytes(generated), "e.csv", is_plan=False).ok
    with Session(engine) as session:
        before = (data_version(session), list_entries(session, "p"))
    result = import_spreadsheet(engine, xlsx_of(engine), "p.xlsx")
    assert result.ok, [p.render() for p in result.result.problems]
    assert (result.result.entries_change.added, result.result.entries_change.updated) == (0, 0)
    with Session(engine) as session:
        assert (data_version(session), list_entries(session, "p")) == before


def test_saved_mappings_hold_column_names_never_cells(engine):
    load_year(engine)
    store_mapping(engine, "r", MAPPING)
    import_spreadsheet(engine, REGISTER, "m.csv", mapping=MAPPING, as_of=date(2021, 3, 31))
    with Session(engine) as session:
        definition = session.execute(text("SELECT definition FROM column_mapping")).scalar()
    assert "Inträdesdatum" in definition and "Astrid" not in definition


def test_mappings_are_saved_listed_and_shown_from_the_command_line(engine, tmp_path, capsys):
    url = engine.url.render_as_string(hide_password=False)
    path = tmp_path / "mapping.json"
    path.write_text(MAPPING.to_json(), encoding="utf-8")
    assert main(["mapping", "save", "registret", str(path), "--db", url]) == 0
    assert main(["mapping", "list", "--db", url]) == 0
    assert main(["mapping", "show", "registret", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "mappningen 'registret' sparad"
    assert out[1] == "registret\tregister"
    assert Mapping.from_json(out[2]) == MAPPING
    path.write_text('{"kind": "lista"}', encoding="utf-8")
    assert main(["mapping", "save", "trasig", str(path), "--db", url]) == 1
    assert "mappningsfilen går inte att läsa" in capsys.readouterr().err


def test_an_export_keeps_its_display_names_on_the_way_back(engine):
    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, b"date,plan,metric,value,reported_by\n"
                        b"2021-03-01,p,kronor,100,Anna Svensson\n"
                        b"2021-03-02,p,kronor,50,Karin Kvist\n", "e.csv", is_plan=False).ok
    with Session(engine) as session:
        before = list_entries(session, "p")
    result = import_spreadsheet(engine, xlsx_of(engine), "p.xlsx")
    assert result.dropped == []
    assert (result.result.entries_change.added, result.result.entries_change.updated) == (0, 0)
    with Session(engine) as session:
        assert list_entries(session, "p") == before


def test_the_command_line_exports_excel_that_imports_back_unchanged(engine, tmp_path):
    import subprocess
    import sys

    assert import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, b"date,plan,metric,value,note\n2021-03-01,p,kronor,100,=x\n",
                        "e.csv", is_plan=False).ok
    url = engine.url.render_as_string(hide_password=False)
    out = subprocess.run([sys.executable, "-m", "goals", "export", "p", "--format", "xlsx",
                          "--db", url], capture_output=True, check=True).stdout
    assert load_workbook(io.BytesIO(out)).sheetnames == ["entries", "goals"]
    path = tmp_path / "p.xlsx"
    path.write_bytes(out)
    assert main(["import", str(path), "--db", url]) == 0
    with Session(engine) as session:
        assert [(e.value, e.note) for e in list_entries(session, "p")] == [(100.0, "=x")]


def test_an_export_with_an_added_identifying_column_still_has_it_dropped():
    from goals.services.mapping_import import read_clean

    sheet = (b"date;plan;metric;value;Personnummer\n"
             b"2021-01-31;lag-2021;medlemmar;3;19850101-1234\n")
    table = read_clean(sheet, "export.csv")
    assert table.dropped == ["Personnummer"]
    assert "19850101-1234" not in repr(table.rows)
