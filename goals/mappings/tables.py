"""Any spreadsheet -> a `Table` of text cells: CSV (any delimiter, UTF-8 with or without
BOM, or Windows-1252) or Excel `.xlsx` (any sheet).

Every cell becomes text (Excel dates become ISO dates, whole numbers lose their `.0`) so
the mappings read one kind of cell whatever the file was. Header cells left empty by a
merged header (Excel keeps the text in the first cell only) take the name of the cell to
their left, numbered, so every column has a name a saved mapping can refer to.
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, time

from goals.domain.problems import InputError, Problem
from goals.io.archives import check_archive

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
MAX_ROWS = 500_000       # a district's register is far smaller; more is a runaway file
_SNIFF_CHARS = 8 * 1024   # the first lines say the delimiter; the Sniffer is slow on more


@dataclass
class Table:
    """A header and rows of text; `first_line` is the file row of `rows[0]` (for messages).

    `dropped` names the columns taken out as personal identifiers (pii.py)."""

    header: list[str]
    rows: list[list[str]]
    first_line: int = 2
    sheet: str | None = None
    dropped: list[str] = field(default_factory=list)
    raw_header: list[str] = field(default_factory=list)   # the first row as it was
    # the file's own column (0-based) of each kept column: messages name the column as the
    # board sees it in its spreadsheet, not as it is after identifying columns are dropped
    positions: list[int] = field(default_factory=list)

    # rows that were empty in the file itself (None: judge by the kept cells); a row whose
    # only filled cells were dropped identifiers is not empty: it is a member to count
    blank_rows: frozenset[int] | None = None
    # what reading skipped and says so (a totals row): Problems used as notes, not refusals
    notes: list = field(default_factory=list)

    def is_blank(self, offset: int, row: list[str]) -> bool:
        """True when row `offset` was empty in the file (skipped without a word)."""
        if self.blank_rows is not None:
            return offset in self.blank_rows
        return not any(row)

    def position(self, index: int) -> int:
        """The 1-based column number in the original file of kept column `index`."""
        return (self.positions[index] if index < len(self.positions) else index) + 1

    def column(self, name: str) -> int | None:
        """The index of the column called `name` (case and spaces ignored), or None."""
        wanted = normalise_header(name)
        for index, header in enumerate(self.header):
            if normalise_header(header) == wanted:
                return index
        return None


def normalise_header(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def is_xlsx(name: str) -> bool:
    return name.lower().endswith(XLSX_SUFFIXES)


def read_table(data: bytes, name: str, sheet: str | None = None,
               header_row: int | None = None) -> Table:
    """The table in the file `name` (its suffix says CSV or Excel); raises `InputError`.

    `header_row` (1-based) says which row holds the column names when a title sits above
    them; by default the first non-empty row does."""
    if is_xlsx(name):
        table = read_xlsx(data, name, sheet)
    elif not name.lower().endswith(CSV_SUFFIXES):
        suffix = "." + name.rsplit(".", 1)[-1] if "." in name else name
        raise InputError([Problem("mappings.unknown_type", {"suffix": suffix}, file=name)])
    else:
        table = read_csv(data, name)
    return table if header_row is None else with_header_row(table, header_row, name)


def with_header_row(table: Table, header_row: int, name: str) -> Table:
    """The same records with row `header_row` of the file as the header."""
    records = [[""]] * (table.first_line - 2) + [table.raw_header or table.header,
                                                  *table.rows]
    if not 1 <= header_row <= len(records) or not any(records[header_row - 1]):
        raise InputError([Problem("imports.bad_header_row", {
            "row": header_row, "rows": len(records)}, file=name)])
    return _table(records, name, table.sheet, start=header_row - 1)


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252: what Excel on Windows saves as CSV."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x00", "")   # no one typed it; PostgreSQL cannot store it


def read_csv(data: bytes, name: str) -> Table:
    text = decode(data)
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [[cell.strip() for cell in record]
                   for record in itertools.islice(reader, MAX_ROWS + 1)]
        if len(records) > MAX_ROWS:
            raise InputError([Problem("imports.too_many_rows", {"limit": MAX_ROWS},
                                      file=name)])
    except csv.Error as error:
        raise InputError([Problem("csv.syntax", {"problem": str(error)}, reader.line_num,
                                  file=name)]) from None
    return _table(records, name, None)


def sheet_names(data: bytes) -> list[str]:
    """The sheets of a workbook, in order (for the sheet picker)."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_xlsx(data: bytes, name: str, sheet: str | None = None) -> Table:
    """One sheet (the first when `sheet` is None): by the fast reader, else by openpyxl in
    read-only mode (which also says what is wrong with a broken file)."""
    from goals.mappings.xlsx_fast import sheet_rows

    check_archive(data, name)
    try:
        found, values = sheet_rows(data, sheet)
    except Exception:   # noqa: BLE001  (anything odd or damaged: openpyxl decides)
        return _read_xlsx_openpyxl(data, name, sheet)
    return _table([[_cell_text(v) for v in row] for row in values], name, found)


def _read_xlsx_openpyxl(data: bytes, name: str, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:   # openpyxl raises zipfile, KeyError, InvalidFileException ...
        raise InputError([Problem("mappings.not_xlsx", file=name)]) from None
    try:
        if sheet is None:
            sheet = book.sheetnames[0]
        if sheet not in book.sheetnames:
            raise InputError([Problem("mappings.no_such_sheet", {
                "sheet": sheet, "sheets": ", ".join(book.sheetnames)}, file=name)])
        records = [[_cell_text(v) for v in row]
                   for row in book[sheet].iter_rows(values_only=True)]
        records = _with_formulas(data, sheet, records)
    except InputError:
        raise
    except Exception:   # a damaged part (zlib, XML, a bad cell reference): not readable
        raise InputError([Problem("mappings.not_xlsx", file=name)]) from None
    finally:
        book.close()
    return _table(records, name, sheet)


def _with_formulas(data: bytes, sheet: str, records: list[list[str]]) -> list[list[str]]:
    """The records with each empty cell that holds a formula without a saved result shown
    as its formula (`=SUM(B2:B9)`), as the fast reader gives it: such a cell is reported
    as a formula, never read as empty."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        for row, raw in zip(records, book[sheet].iter_rows(values_only=True), strict=False):
            for index, value in enumerate(raw[:len(row)]):
                if not row[index] and isinstance(value, str) and value.startswith("="):
                    row[index] = value
    finally:
        book.close()
    return records


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (value.date().isoformat() if value.time() == time(0)
                else value.isoformat(sep=" ", timespec="minutes"))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


def _table(records: list[list[str]], name: str, sheet: str | None,
           start: int | None = None) -> Table:
    """The first non-empty record (or record `start`) is the header."""
    if start is None:
        start = next((i for i, r in enumerate(records) if any(r)), None)
    if start is None:
        where = {"sheet": sheet} if sheet else {}
        key = "mappings.empty_sheet" if sheet else "mappings.empty_file"
        raise InputError([Problem(key, where, file=name)])
    header = _named_header(records[start])
    width = len(header)
    rows = []
    for record in records[start + 1:]:
        if len(record) < width:
            record = record + [""] * (width - len(record))
        rows.append(record[:width] if len(record) > width and not any(record[width:])
                    else record)
    return Table(header, rows, first_line=start + 2, sheet=sheet,
                 raw_header=list(records[start]), positions=list(range(width)))


def _named_header(cells: list[str]) -> list[str]:
    """Trailing empty cells go; an empty cell inside takes its left neighbour's name
    (a merged header cell), numbered; duplicates are numbered too."""
    cells = list(cells)
    while cells and not cells[-1]:
        cells.pop()
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells):
        base = cell or (names[index - 1].split(" (")[0] if index else f"{index + 1}")
        key = normalise_header(base)
        seen[key] = seen.get(key, 0) + 1
        names.append(base if seen[key] == 1 else f"{base} ({seen[key]})")
    return names
