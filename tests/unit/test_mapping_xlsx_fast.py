"""The fast .xlsx reader gives exactly what openpyxl gives, cell for cell: strings, numbers,
booleans, dates and date-times by their format, gaps, merged headers, any sheet, the 1904
date system; and a sheet it cannot find falls back to openpyxl's answer."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from goals.mappings.tables import _read_xlsx_openpyxl, read_xlsx
from goals.mappings.xlsx_fast import sheet_rows


def book_bytes(epoch_1904: bool = False, write_only: bool = False) -> bytes:
    book = Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    if epoch_1904:
        book.epoch = datetime(1904, 1, 1)
    first = book.create_sheet("Medlemmar")
    rows = [["Inträdesdatum", "Antal", None, "Aktiv", "Anteckning", "Tid"],
            [date(2021, 1, 15), 3, None, True, "å ä ö", datetime(2021, 10, 4, 18, 30)],
            [None, 2.5, "mitt", False, "=inte en formel", None],
            [],
            [datetime(2020, 2, 29), -1, None, None, "sista", datetime(2021, 1, 1)]]
    for row in rows:
        first.append(row)
    if not write_only:
        first.merge_cells("B1:C1")
        first["A1"].number_format = "General"
    second = book.create_sheet("Samtal")
    second.append(["Datum", "Utfall"])
    second.append(["2021-10-04", 1])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("epoch_1904", "write_only"), [(False, False), (True, False),
                                                         (False, True)])
@pytest.mark.parametrize("sheet", [None, "Medlemmar", "Samtal"])
def test_the_fast_reader_agrees_with_openpyxl(epoch_1904, write_only, sheet):
    data = book_bytes(epoch_1904, write_only)
    sheet_rows(data, sheet)   # the fast path handles it (raises if it would fall back)
    fast = read_xlsx(data, "f.xlsx", sheet)
    slow = _read_xlsx_openpyxl(data, "f.xlsx", sheet)
    assert (fast.header, fast.rows, fast.sheet, fast.first_line) == (
        slow.header, slow.rows, slow.sheet, slow.first_line)


def test_dates_and_numbers_come_out_as_people_read_them():
    table = read_xlsx(book_bytes(), "f.xlsx")
    assert table.header == ["Inträdesdatum", "Antal", "Antal (2)", "Aktiv", "Anteckning", "Tid"]
    assert table.rows[0] == ["2021-01-15", "3", "", "1", "å ä ö", "2021-10-04 18:30"]
    # openpyxl saved "=inte en formel" as a formula with no computed value: both readers
    # give the formula (never read as empty), so a mapping can say "the cell holds a
    # formula"; a formula with a computed value gives that value.
    assert table.rows[1] == ["", "2.5", "mitt", "0", "=inte en formel", ""]


@pytest.mark.parametrize("write_only", [False, True])
def test_the_pattern_reader_and_the_xml_parser_agree_on_every_sheet(write_only):
    import zipfile

    from goals.mappings.xlsx_fast import _rows, _rows_by_pattern

    with zipfile.ZipFile(io.BytesIO(book_bytes(write_only=write_only))) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        for name in sheets:
            xml = archive.read(name)
            by_pattern = _rows_by_pattern(xml, ["s0", "s1", "s2", "s3", "s4", "s5", "s6"],
                                          set(), lambda v: v)
            assert by_pattern == _rows(io.BytesIO(xml), ["s0", "s1", "s2", "s3", "s4", "s5",
                                                         "s6"], set(), lambda v: v)


def test_a_sheet_written_with_a_namespace_prefix_is_left_to_the_xml_parser():
    from goals.mappings.xlsx_fast import Unsupported, _rows, _rows_by_pattern

    xml = (b'<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
           b'<x:is><x:t>Datum &amp; tid</x:t></x:is></x:c><x:c r="C1"><x:v>2</x:v></x:c>'
           b'</x:row></x:sheetData></x:worksheet>')
    with pytest.raises(Unsupported):
        _rows_by_pattern(xml, [], set(), None)
    assert _rows(io.BytesIO(xml), [], set(), None) == [["Datum & tid", None, 2]]
