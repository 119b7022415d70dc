"""Wide sheets: one row per activity, one column per month or ISO week, as boards keep their
year overview ("Aktivitet; jan; feb; … dec; Summa") or a campaign sheet ("Vad; v.36; v.37 …").

Each filled period cell becomes one entry of the row's metric, dated the month's last day or
the week's Sunday (clamped into the plan's period), with a stable id per plan, metric and
period so the same sheet imported again next month updates its cells instead of adding to
them. An empty cell reports nothing. Totals (a "Summa"/"Totalt" row or column) are skipped
with a note saying which: they would count everything twice.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.problems import InputError, Problem, did_you_mean
from goals.io.entries_csv import ParsedRow
from goals.mappings.cell_values import keyed_id, parse_amount, shown
from goals.mappings.mapping import Mapping, Problems, bad_cell_key, locate, totals_label
from goals.mappings.tables import Table, normalise_header

_MONTHS = {
    1: ("jan", "januari", "januar", "january"),
    2: ("feb", "februari", "februar", "february"),
    3: ("mar", "mars", "march", "mrs"),
    4: ("apr", "april"),
    5: ("maj", "mai", "may"),
    6: ("jun", "juni", "june"),
    7: ("jul", "juli", "july"),
    8: ("aug", "augusti", "august"),
    9: ("sep", "sept", "september"),
    10: ("okt", "oct", "oktober", "october"),
    11: ("nov", "november"),
    12: ("dec", "des", "december", "desember"),
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names}
_WEEK = re.compile(r"^(?:v|vecka|veckan|uke|u|week|wk|w)\.?\s*(\d{1,2})$")


def period_of(header: str, wide: str) -> int | None:
    """The month (1-12) or ISO week (1-53) a column header names, else None."""
    text = normalise_header(header).rstrip(".")
    if wide == "months":
        return _MONTH_OF.get(text)
    match = _WEEK.match(text)
    week = int(match.group(1)) if match else None
    return week if week is not None and 1 <= week <= 53 else None


def period_day(wide: str, year: int, number: int, plan: Plan) -> date:
    """The month's last day or the ISO week's Sunday, inside the plan's period."""
    if wide == "months":
        day = date(year, number, calendar.monthrange(year, number)[1])
    else:
        day = date.fromisocalendar(year, min(number, _weeks_in(year)), 7)
    return min(max(day, plan.period_start), plan.period_end)


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def wide_entries(table: Table, mapping: Mapping, plan: Plan, file: str) -> list[ParsedRow]:
    """The filled period cells as entries; raises `InputError` naming every bad cell."""
    problems = Problems(file, table)
    where = locate(table, mapping, problems, ("metric",))
    problems.raise_any()
    label_at = where["metric"]
    periods = {i: period_of(h, mapping.wide or "months") for i, h in enumerate(table.header)}
    periods = {i: n for i, n in periods.items() if n is not None}
    if not periods:
        raise InputError([Problem("imports.no_period_columns", file=file)])
    for index, header in enumerate(table.header):
        if totals_label([header]):
            table.notes.append(Problem("imports.totals_column", {"label": header}, None,
                                       table.position(index), header, file))
    year = mapping.year or plan.period_start.year
    amounts: dict[str, float | None] = {}
    rows: list[ParsedRow] = []
    for offset, row in enumerate(table.rows):
        if table.is_blank(offset, row):
            continue
        line = table.first_line + offset
        label = row[label_at].strip() if label_at < len(row) else ""
        total = totals_label(row)
        if total:
            table.notes.append(Problem("imports.totals_row", {"line": line, "label": total},
                                       line, file=file))
            continue
        metric = _metric(label, mapping, plan)
        if metric is None:
            problems.add("imports.unknown_label", line, label_at, value=shown(label),
                         hint=did_you_mean(label, list(plan.metrics)),
                         allowed=", ".join(plan.metrics) or "–")
            continue
        for index, number in periods.items():
            text = row[index] if index < len(row) else ""
            if not text:
                continue
            value = parse_amount(text, amounts)
            if value is None:
                problems.add(bad_cell_key(text, "imports.not_a_number_in_period"), line,
                             index, period=table.header[index], value=shown(text))
                continue
            day = period_day(mapping.wide or "months", year, number, plan)
            uid = keyed_id(plan.id, "wide", metric, mapping.wide or "months", str(year),
                           str(number))
            rows.append(ParsedRow(line, Entry(day, plan.id, metric, value, id=uid)))
    problems.raise_any()
    if not rows:
        raise InputError([Problem("mappings.no_rows", file=file)])
    return rows


def _metric(label: str, mapping: Mapping, plan: Plan) -> str | None:
    """The plan metric a row label names: through the board's labels, the metric's id or
    its label in the plan."""
    wanted = normalise_header(label)
    for text, metric_id in mapping.metric_labels.items():
        if normalise_header(text) == wanted and metric_id in plan.metrics:
            return metric_id
    for metric_id, metric in plan.metrics.items():
        if wanted in (metric_id, normalise_header(metric.label or "")):
            return metric_id
    return None
