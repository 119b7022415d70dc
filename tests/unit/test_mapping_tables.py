"""Reading any spreadsheet: CSV with any delimiter in UTF-8 (with or without BOM) or
Windows-1252, Swedish decimal commas, and .xlsx on any sheet, with merged header cells
named and an empty sheet refused with a clear message."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from goals.domain.problems import InputError
from goals.mappings.cell_values import parse_amount, parse_day
from goals.mappings.tables import read_table


def test_a_windows_1252_semicolon_file_reads_with_its_swedish_letters():
    data = "Datum;Förening;Belopp\n2021-03-01;Väst;1 234,50\n".encode("cp1252")
    table = read_table(data, "insamling.csv")
    assert table.header == ["Datum", "Förening", "Belopp"]
    assert table.rows == [["2021-03-01", "Väst", "1 234,50"]]


def test_a_utf8_file_with_a_bom_and_tabs_reads_without_the_bom():
    data = "\ufeffdatum\tantal\n2021-03-01\t3\n".encode()
    table = read_table(data, "a.tsv")
    assert table.header == ["datum", "antal"]
    assert table.rows == [["2021-03-01", "3"]]


def test_a_comma_file_with_quoted_decimal_commas_keeps_them_in_one_cell():
    table = read_table(b'date,value\n2021-03-01,"2,5"\n', "a.csv")
    assert table.rows == [["2021-03-01", "2,5"]]


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12.0), ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1.234,5", 1234.5),
    ("0,25", 0.25), ("2.5", 2.5), ("-3", -3.0), ("abc", None), ("", None), ("inf", None)])
def test_numbers_are_read_as_people_write_them(text, value):
    assert parse_amount(text, {}) == value


@pytest.mark.parametrize(("text", "day"), [
    ("2021-10-04", (2021, 10, 4)), ("2021-10-04 18:32", (2021, 10, 4)),
    ("2021-10-04T18:32:00", (2021, 10, 4)), ("4.10.2021", (2021, 10, 4)),
    ("04/10/2021", (2021, 10, 4)), ("20211004", (2021, 10, 4)), ("2021-02-30", None),
    ("okt 4", None)])
def test_dates_are_read_in_the_usual_forms(text, day):
    parsed = parse_day(text, {})
    assert (parsed.timetuple()[:3] if parsed else None) == day


def workbook(*sheets) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows, merges in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for merge in merges:
            sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_merged_header_cells_name_every_column_they_span():
    from datetime import datetime

    data = workbook(("Tomt", [], []), ("Register", [
        ["Medlem", None, "Inträdesdatum", "Belopp"],
        ["a", "b", datetime(2021, 1, 15), 12.0],
        ["c", "d", datetime(2021, 2, 1, 9, 30), 2.5]], ["A1:B1"]))
    table = read_table(data, "reg.xlsx", sheet="Register")
    assert table.header == ["Medlem", "Medlem (2)", "Inträdesdatum", "Belopp"]
    assert table.rows == [["a", "b", "2021-01-15", "12"],
                          ["c", "d", "2021-02-01 09:30", "2.5"]]
    assert table.first_line == 2


def test_an_empty_sheet_is_refused_by_name():
    data = workbook(("Tomt", [], []), ("Register", [["Datum"], ["2021-01-01"]], []))
    with pytest.raises(InputError) as error:
        read_table(data, "reg.xlsx")   # the first sheet
    assert [p.render("sv") for p in error.value.problems] == [
        "reg.xlsx: bladet 'Tomt' är tomt; välj ett annat blad"]


def test_a_missing_sheet_names_the_sheets_there_are():
    data = workbook(("Blad1", [["Datum"], ["2021-01-01"]], []))
    with pytest.raises(InputError) as error:
        read_table(data, "reg.xlsx", sheet="Blad2")
    assert error.value.problems[0].message("en") == (
        "there is no sheet 'Blad2'; the sheets are: Blad1")


def test_a_file_that_is_not_a_workbook_says_so():
    with pytest.raises(InputError) as error:
        read_table(b"not a zip", "reg.xlsx")
    assert error.value.problems[0].key == "mappings.not_xlsx"


def test_a_file_of_another_type_is_refused():
    with pytest.raises(InputError) as error:
        read_table(b"x", "reg.pdf")
    assert error.value.problems[0].message("en") == (
        "unknown file type '.pdf'; expected .csv or .xlsx")
