"""A cell that holds a formula with no saved result (a sheet written by a program, never
opened in Excel) is reported as a formula, with its row and column, not as an empty cell
or a confusing date or metric message."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from goals.domain.problems import InputError
from goals.mappings.layouts import to_entries
from goals.mappings.mapping import Mapping
from goals.mappings.tables import read_table
from tests.mapping_plans import YEAR


def _book() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Antal"])
    sheet.append([datetime(2021, 3, 1), 2])
    sheet.append(["=TODAY()", "=1+1"])     # openpyxl saves formulas without results
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_formula_without_a_saved_result_is_named_as_a_formula():
    metric = next(m for m, d in YEAR.metrics.items() if d.type == "flow")
    mapping = Mapping(kind="rows", date="Datum", value="Antal", fixed_metric=metric)
    with pytest.raises(InputError) as error:
        to_entries(read_table(_book(), "ark.xlsx"), mapping, YEAR, YEAR.period_end, "ark.xlsx")
    found = [(p.line, p.column, p.key) for p in error.value.problems]
    assert found == [(3, 1, "imports.formula_cell"), (3, 2, "imports.formula_cell")]
    assert "formel" in error.value.problems[0].render("sv")
