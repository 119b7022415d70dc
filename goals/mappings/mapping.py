"""A `Mapping`: which columns of a spreadsheet say what, saved under a name so next month's
file of the same shape imports in one step.

Three kinds: `rows` (each row an entry: date, metric or a fixed metric, value or "each row
counts as one", tags, note, unit), `register` (one row per member, reduced to counts:
register.py) and `calls` (one row per call, reduced to daily counts: calls.py). Columns are
named by their header text, so a mapping survives columns moving about.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.problems import InputError, Problem, did_you_mean
from goals.io.entries_csv import ParsedRow
from goals.io.formula_guard import restore
from goals.io.plan_yaml import MAX_TEXT, SLUG
from goals.mappings.cell_values import is_formula, parse_amount, parse_day, shown, slug
from goals.mappings.pii import mask_identifiers
from goals.mappings.tables import Table

KINDS = ("rows", "register", "calls")
_TAG_SPLIT = (";", ",")
MAX_PROBLEMS = 500


@dataclass
class Mapping:
    """Column names (headers) and the plan metrics they feed; None = not used."""

    kind: str = "rows"
    plan: str | None = None
    sheet: str | None = None
    header_row: int | None = None      # 1-based; None: the first non-empty row
    date_format: str | None = None     # "MM/DD/YYYY" for US exports; None: day first
    # rows
    date: str | None = None
    metric: str | None = None          # a column holding metric ids ...
    fixed_metric: str | None = None    # ... or one metric for every row
    value: str | None = None           # None: each row counts as one
    tags: str | None = None
    note: str | None = None
    unit: str | None = None            # rows and calls: the förening
    # rows, wide: one row per metric, one column per month or week
    wide: str | None = None            # "months" | "weeks"
    year: int | None = None
    metric_labels: dict[str, str] = field(default_factory=dict)   # row label -> metric
    # register
    joined: str | None = None
    ended: str | None = None
    active: str | None = None
    members_metric: str | None = None
    new_metric: str | None = None
    active_metric: str | None = None
    # calls
    outcome: str | None = None
    conversation_outcomes: list[str] = field(default_factory=list)
    recruited_outcomes: list[str] = field(default_factory=list)
    other_outcomes: list[str] = field(default_factory=list)   # a call, no conversation
    recruited: str | None = None       # a yes/no column, where the tool has one
    calls_metric: str | None = None
    conversations_metric: str | None = None
    recruited_metric: str | None = None

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v not in (None, [], {})},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        mapping = cls(**{k: v for k, v in data.items() if k in known})
        if mapping.kind not in KINDS:
            raise ValueError(mapping.kind)
        return mapping

    def columns(self) -> list[tuple[str, str]]:
        """(field, header) of every column this mapping reads."""
        names = {"rows": ("date", "metric", "value", "tags", "note", "unit"),
                 "register": ("joined", "ended", "active"),
                 "calls": ("date", "outcome", "unit", "recruited")}[self.kind]
        return [(name, getattr(self, name)) for name in names if getattr(self, name)]

    def metrics(self) -> list[tuple[str, str]]:
        """(field, metric id) of every plan metric this mapping feeds."""
        names = {"rows": ("fixed_metric",),
                 "register": ("members_metric", "new_metric", "active_metric"),
                 "calls": ("calls_metric", "conversations_metric", "recruited_metric")
                 }[self.kind]
        return [(name, getattr(self, name)) for name in names if getattr(self, name)]


class Problems:
    """Collects a file's problems with the row and column, up to a limit."""

    def __init__(self, file: str, table: Table):
        self.file, self.table, self.items = file, table, []

    def add(self, key: str, line: int | None = None, column: int | None = None,
            **params: object) -> None:
        if len(self.items) < MAX_PROBLEMS:
            path = self.table.header[column] if column is not None else ""
            self.items.append(Problem(key, params, line,
                                      None if column is None else
                                      self.table.position(column), path, self.file))

    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS

    def raise_any(self) -> None:
        if self.items:
            raise InputError(self.items)


def locate(table: Table, mapping: Mapping, problems: Problems,
           required: tuple[str, ...]) -> dict[str, int]:
    """Field -> column index for the mapping's columns; a missing or dropped one is a
    problem (a dropped column holds personal identifiers and can never be used)."""
    where: dict[str, int] = {}
    for name, header in mapping.columns():
        index = table.column(header)
        if index is not None:
            where[name] = index
        elif header in table.dropped:
            problems.add("mappings.dropped_column", column_name=header)
        else:
            problems.add("mappings.missing_column", column_name=header,
                         hint=did_you_mean(header, table.header),
                         allowed=", ".join(table.header))
    for name in required:
        if not getattr(mapping, name):
            problems.add("mappings.column_needed", field=name)
    return where


def check_metrics(plan: Plan, mapping: Mapping, problems: Problems,
                  types: dict[str, str] | None = None) -> None:
    """Every metric the mapping feeds exists in the plan, with the right type."""
    for name, metric_id in mapping.metrics():
        metric = plan.metrics.get(metric_id)
        if metric is None:
            problems.add("csv.unknown_metric", plan=plan.id, value=metric_id,
                         hint=did_you_mean(metric_id, list(plan.metrics)),
                         allowed=", ".join(plan.metrics) or "–")
        elif types and types.get(name) and metric.type != types[name]:
            problems.add("mappings.metric_type", metric=metric_id, expected=types[name])


TOTAL_WORDS = frozenset({"summa", "totalt", "total", "totals", "sum", "totalsumma",
                         "summa totalt", "i alt", "totalsum", "sum totalt", "grand total"})


def totals_label(row: list[str]) -> str | None:
    """The word of a totals row ("Summa", "Totalt", "Sum", "I alt") when the row's first
    filled cell is one, else None: such a row repeats the others' figures."""
    first = next((cell for cell in row if cell.strip()), "")
    word = " ".join(first.split()).rstrip(":").casefold()
    return first.strip() if word in TOTAL_WORDS else None


def bad_cell_key(text: str, key: str) -> str:
    """The message for a cell that could not be read: empty, a formula, or `key`."""
    if not text:
        return "mappings.missing_value"
    return "imports.formula_cell" if is_formula(text) else key


def rows_to_entries(table: Table, mapping: Mapping, plan: Plan,
                    file: str) -> list[ParsedRow]:
    """Each filled row an entry; raises `InputError` with every problem by row and column."""
    problems = Problems(file, table)
    where = locate(table, mapping, problems, ("date",))
    if not mapping.metric and not mapping.fixed_metric:
        problems.add("mappings.metric_needed")
    check_metrics(plan, mapping, problems)
    problems.raise_any()
    days: dict[str, date | None] = {}
    amounts: dict[str, float | None] = {}
    result: list[ParsedRow] = []
    get = {name: where.get(name) for name in ("date", "metric", "value", "tags", "note",
                                              "unit")}
    for offset, row in enumerate(table.rows):
        if problems.full():
            break
        if table.is_blank(offset, row):
            continue
        line = table.first_line + offset
        total = totals_label(row)
        if total:
            table.notes.append(Problem("imports.totals_row", {"line": line, "label": total},
                                       line, file=file))
            continue
        entry = _row_entry(row, line, get, mapping, plan, days, amounts, problems)
        if entry is not None:
            fingerprint = "\x1f".join((entry.date.isoformat(), entry.metric or "",
                                       repr(entry.value), ";".join(entry.tags),
                                       entry.note or "", entry.unit or ""))
            result.append(ParsedRow(line, entry, fingerprint))
    problems.raise_any()
    if not result:
        raise InputError([Problem("mappings.no_rows", file=file)])
    return result


def _row_entry(row: list[str], line: int, get: dict[str, int | None], mapping: Mapping,
               plan: Plan, days: dict, amounts: dict, problems: Problems) -> Entry | None:
    def cell(name: str) -> str:
        index = get[name]
        return row[index] if index is not None and index < len(row) else ""

    before = len(problems.items)
    text = cell("date")
    day = parse_day(text, days)
    if day is None:
        problems.add(bad_cell_key(text, "mappings.bad_date"), line, get["date"],
                     value=shown(text))
    metric_id = mapping.fixed_metric or cell("metric")
    metric = plan.metrics.get(metric_id)
    if metric is None:
        problems.add("csv.unknown_metric", line, get["metric"], plan=plan.id,
                     value=shown(metric_id), hint=did_you_mean(metric_id, list(plan.metrics)),
                     allowed=", ".join(plan.metrics) or "–")
    value = 1.0
    if mapping.value:
        text = cell("value")
        value = parse_amount(text, amounts)
        if value is None:
            problems.add(bad_cell_key(text, "mappings.bad_number"), line, get["value"],
                         value=shown(text))
        elif metric is not None and metric.type == "level" and value < 0:
            problems.add("csv.negative_level", line, get["value"], value=shown(text),
                         metric=metric.id)
    tags: tuple[str, ...] = ()
    text = restore(cell("tags"))
    if text and metric is not None:
        for separator in _TAG_SPLIT:
            text = text.replace(separator, ";")
        tags = tuple(dict.fromkeys(t.strip() for t in text.split(";") if t.strip()))
        for tag in tags:
            if tag not in metric.tags:
                problems.add("csv.unknown_tag", line, get["tags"], metric=metric.id,
                             value=shown(tag), hint=did_you_mean(tag, metric.tags),
                             allowed=", ".join(metric.tags) or "–")
    note = mask_identifiers(restore(cell("note")))
    if len(note) > MAX_TEXT:
        problems.add("csv.too_long", line, get["note"], column="note", length=len(note),
                     limit=MAX_TEXT)
    unit = slug(cell("unit")) if cell("unit") else ""
    if cell("unit") and not SLUG.match(unit):
        problems.add("csv.bad_unit", line, get["unit"], value=shown(cell("unit")))
    if len(problems.items) > before or day is None or metric is None or value is None:
        return None
    return Entry(day, plan.id, metric.id, value, tags, note=note or None, unit=unit or None)
