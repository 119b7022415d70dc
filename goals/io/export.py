"""Store -> files: a plan as YAML and its entries as CSV, in the same shape import reads.

Export then import into an empty database gives the same statuses: the YAML is the plan as
loaded, and each CSV row carries its entry's `id`, so re-importing an edited export updates
rows instead of duplicating them. Text cells that a spreadsheet would run as a formula
(`=`, `+`, `-`, `@`, tab, CR) are prefixed with `'`; import removes that prefix again.
"""

from __future__ import annotations

import csv
import io

from goals.domain.entries import EXPORT_COLUMNS, TAG_SEPARATOR, Entry
from goals.domain.plan import Plan
from goals.io.formula_guard import neutralise
from goals.io.plan_writer import plan_dict_to_yaml, plan_to_yaml

_TEXT_COLUMNS = ("tags", "step", "note", "reported_by")   # guarded alike in CSV and XLSX
__all__ = ["entries_to_csv", "entries_to_xlsx", "plan_dict_to_yaml", "plan_to_yaml"]


def _value_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def entry_cells(entry: Entry) -> list[str]:
    cells = {
        "date": entry.date.isoformat(), "plan": entry.plan, "metric": entry.metric or "",
        "value": _value_text(entry.value), "tags": TAG_SEPARATOR.join(entry.tags),
        "milestone": entry.milestone or "", "step": entry.step or "", "note": entry.note or "",
        "reported_by": entry.reported_by or "", "unit": entry.unit or "", "id": entry.id or "",
    }
    for column in _TEXT_COLUMNS:
        cells[column] = neutralise(cells[column])
    return [cells[column] for column in EXPORT_COLUMNS]


def entries_to_csv(entries: list[Entry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(entry_cells(e) for e in entries)
    return buffer.getvalue()


def entries_to_xlsx(plan: Plan, entries: list[Entry]) -> bytes:
    """The entries as an Excel workbook in the CSV's columns (sheet 1) and the plan's goals
    (sheet 2). Every text cell goes through the formula guard: Excel would otherwise run a
    note that starts with `=`."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "entries"
    sheet.append(list(EXPORT_COLUMNS))
    for entry in entries:
        cells = entry_cells(entry)
        value_at = EXPORT_COLUMNS.index("value")
        row: list = [c if column in _TEXT_COLUMNS else neutralise(c)   # those are done
                     for column, c in zip(EXPORT_COLUMNS, cells, strict=True)]
        row[value_at] = entry.value
        sheet.append(row)
    goals = book.create_sheet("goals")
    goals.append(["id", "section", "kind", "text", "metric", "target", "per", "start",
                  "deadline", "responsible"])
    for goal in plan.goals:
        target = goal.target_text or ""
        goals.append([neutralise(str(v)) for v in (
            goal.id, goal.section, goal.kind, goal.text, goal.metric or "", target,
            goal.per or "", goal.window_start.isoformat(), goal.window_end.isoformat(),
            goal.responsible or "")])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_to_csv(rows: list[dict]) -> str:
    """Any table (the district comparison) as CSV, text cells through the formula guard."""
    if not rows:
        return ""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(rows[0]))
    writer.writerows([_safe(v) for v in row.values()] for row in rows)
    return buffer.getvalue()


def table_to_xlsx(rows: list[dict], sheet: str = "data") -> bytes:
    """Any table as an Excel workbook; numbers stay numbers, text cannot run."""
    from openpyxl import Workbook

    book = Workbook()
    table = book.active
    table.title = sheet
    if rows:
        table.append([neutralise(str(c)) for c in rows[0]])
        for row in rows:
            table.append([_safe(v) for v in row.values()])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _safe(value):
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))
