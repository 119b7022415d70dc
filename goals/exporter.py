"""Store -> files: a plan as YAML and its entries as CSV, in the same shape import reads.

Export then import into an empty database gives the same statuses: the YAML is the plan as
loaded, and each CSV row carries its entry's `id`, so re-importing an edited export updates
rows instead of duplicating them. Text cells that a spreadsheet would run as a formula
(`=`, `+`, `-`, `@`, tab, CR) are prefixed with `'`; import removes that prefix again.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import yaml

from goals.cells import neutralise
from goals.entries import EXPORT_COLUMNS, TAG_SEPARATOR, Entry
from goals.plan import Plan

_TEXT_COLUMNS = ("step", "note", "reported_by")


def plan_to_yaml(plan: Plan) -> str:
    """The plan in the YAML format, dates unquoted as a person writes them."""
    data = _with_dates(plan.to_dict())
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _with_dates(data: dict) -> dict:
    data["period"] = {k: date.fromisoformat(v) for k, v in data["period"].items()}
    if "adopted" in data:
        data["adopted"] = date.fromisoformat(data["adopted"])
    for section in data["sections"]:
        for goal in section["goals"]:
            for key in ("start", "deadline"):
                if key in goal:
                    goal[key] = date.fromisoformat(goal[key])
            if "checkpoints" in goal:
                goal["checkpoints"] = {date.fromisoformat(k): v
                                       for k, v in goal["checkpoints"].items()}
    return data


def _value_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def entry_cells(entry: Entry) -> list[str]:
    cells = {
        "date": entry.date.isoformat(), "plan": entry.plan, "metric": entry.metric or "",
        "value": _value_text(entry.value), "tags": TAG_SEPARATOR.join(entry.tags),
        "milestone": entry.milestone or "", "step": entry.step or "", "note": entry.note or "",
        "reported_by": entry.reported_by or "", "id": entry.id or "",
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
