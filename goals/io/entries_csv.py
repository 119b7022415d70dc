"""CSV file -> entries, or every problem in it by the line its record starts on (§4).

Pure: the plans the rows refer to come in through a lookup function, so this module needs no
database. The whole file is checked before anything is returned: a file with one bad row
imports nothing.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from goals.domain.entries import ENTRY_COLUMNS, EXPORT_COLUMNS, TAG_SEPARATOR, Entry
from goals.domain.plan import Plan
from goals.domain.problems import NO_HINT, Hint, Problem, did_you_mean
from goals.domain.quantities import guess_meant
from goals.io.formula_guard import restore
from goals.io.plan_yaml import ISO_DATE, MAX_TEXT, SLUG, why_unreal

_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_ROW_PROBLEMS = 500
# A figure a förening reports is far below this; a longer number is a pasted account or
# card number, and a 400-digit one would overflow wherever it is turned into an integer.
MAX_VALUE = 1e12
MAX_NUMBER_CHARS = 40


class ParsedRow(NamedTuple):
    """An entry, the line its record starts on (for messages), and its `fingerprint`: the
    row's fields in the canonical column order, from which a stable id is derived for rows
    that come without one."""

    line: int
    entry: Entry
    fingerprint: str = ""


def parse_entries_csv(data: bytes, plans: Callable[[str], Plan | None],
                      file: str = "<entries>") -> tuple[list[ParsedRow], list[Problem]]:
    """The rows of a CSV file of entries, and the problems (empty when the file is clean)."""
    text, excel, problem = decode_entries(data, file)
    if problem is not None:
        return [], [problem]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True,
                        delimiter=";" if excel else ",")
    rows: list[ParsedRow] = []
    problems: list[Problem] = []
    line = 1  # the line the record being read starts on
    try:
        header = next(reader, None)
        columns = _check_header(header, file, problems)
        if columns is None:
            return [], problems
        line = reader.line_num + 1
        layout = _Layout(columns)
        for record in reader:
            if len(problems) >= MAX_ROW_PROBLEMS:
                break
            if excel:
                record = _from_excel(record, layout.value)
            row = plain_metric_row(record, layout, line, plans)
            if row is None and any(field.strip() for field in record):
                row = _row(record, columns, line, plans, file, problems)
            if row is not None:
                rows.append(row)
            line = reader.line_num + 1
    except csv.Error as error:
        problems.append(_syntax_problem(str(error), line, file))
    if not problems:
        problems = _duplicate_ids(rows, columns, file)
    return (rows if not problems else []), problems


def _duplicate_ids(rows: list[ParsedRow], columns: list[str], file: str) -> list[Problem]:
    """One id twice in a file: which row wins would be chance, so the file is refused."""
    first: dict[str, int] = {}
    problems = []
    column = columns.index("id") + 1 if "id" in columns else None
    for row in rows:
        uid = row.entry.id
        if uid is None:
            continue
        if uid in first:
            problems.append(Problem("csv.duplicate_id", {"value": uid, "first": first[uid]},
                                    row.line, column, file=file))
        else:
            first[uid] = row.line
    return problems


def decode_entries(data: bytes, file: str) -> tuple[str, bool, Problem | None]:
    """The file's text, whether it is in the form Excel with Swedish or Norwegian settings
    saves (`;` between fields, Windows-1252 unless saved as "CSV UTF-8", a decimal comma),
    and a problem when it cannot be read. The form is told by the header line: a `;`
    there is the locale's list separator, and then its encoding and decimal comma are
    the locale's too; a `,` file is the product's own form, strictly UTF-8 and points.
    NUL bytes are removed: no editor shows one, no member typed it, and PostgreSQL
    cannot store it (so both engines give the same result)."""
    first = data.split(b"\n", 1)[0]
    excel = first.count(b";") > first.count(b",")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if not excel:
            line = data[: error.start].count(b"\n") + 1
            return "", excel, Problem("file.not_utf8", {"byte": f"{data[error.start]:02X}"},
                                      line, file=file)
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x00", ""), excel, None


_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def _from_excel(record: list[str], value_at: int) -> list[str]:
    """A record of Excel's `;` form with its decimal comma made a point (`1234,5`)."""
    if value_at < len(record) and _DECIMAL_COMMA.match(record[value_at].strip()):
        record = list(record)
        record[value_at] = record[value_at].strip().replace(",", ".")
    return record


def _syntax_problem(text: str, line: int, file: str) -> Problem:
    """The csv module's error, in the user's language where it is a known one."""
    if text == "unexpected end of data":
        return Problem("csv.unclosed_quote", line=line, file=file)
    if "expected after" in text:
        return Problem("csv.text_after_quote", line=line, file=file)
    return Problem("csv.syntax", {"problem": text}, line, file=file)


def _check_header(header: list[str] | None, file: str,
                  problems: list[Problem]) -> list[str] | None:
    if not header or not any(h.strip() for h in header):
        problems.append(Problem("csv.no_header", {"expected": ",".join(ENTRY_COLUMNS)}, 1,
                                file=file))
        return None
    columns = [h.strip().lower() for h in header]
    for index, column in enumerate(columns):
        if column not in EXPORT_COLUMNS:
            problems.append(Problem("csv.unknown_column", {
                "column": header[index], "hint": did_you_mean(column, EXPORT_COLUMNS),
                "allowed": ",".join(EXPORT_COLUMNS)}, 1, index + 1, file=file))
        elif column in columns[:index]:
            problems.append(Problem("csv.duplicate_column", {"column": column}, 1, index + 1,
                                    file=file))
    for required in ("date", "plan"):
        if required not in columns:
            problems.append(Problem("csv.missing_column", {"column": required}, 1, file=file))
    return None if problems else columns


class _Layout:
    """Where each column is in this file's header. A missing column points at one extra
    empty field added to every row, so the fast path never has to ask."""

    def __init__(self, columns: list[str]):
        self.count = len(columns)
        where = {column: index for index, column in enumerate(columns)}
        self.canonical = [where.get(column, self.count) for column in ENTRY_COLUMNS]
        self.fingerprint = itemgetter(*self.canonical)
        (self.date, self.plan, self.metric, self.value, self.tags, _, _, self.note,
         self.reported_by) = self.canonical
        self.rare = [where[c] for c in ("milestone", "step", "id") if c in where]
        self.unit = where.get("unit", self.count)
        self.possible = all(c in where for c in ("date", "plan", "metric", "value"))
        # Values, tags and plans repeat from row to row: each text is checked once a file.
        self.values: dict[str, float | None] = {}
        self.tag_sets: dict[tuple[str, str, str], tuple[str, ...] | None] = {}


def plain_metric_row(record: list[str], layout: _Layout, line: int,
                     plans: Callable[[str], Plan | None]) -> ParsedRow | None:
    """The common row (a metric and a value; no milestone, step or id) when it is plainly
    valid, checked in one pass. None means "not that": the full check (`_row`) then runs
    and says exactly what is wrong. A test runs both on every row of the bad-file corpus."""
    count = layout.count
    if len(record) > count or not layout.possible:
        return None
    values = [field.strip() for field in record]
    values += [""] * (count + 1 - len(values))
    for index in layout.rare:
        if values[index]:
            return None
    day = _DAYS.get(values[layout.date])
    plan = plans(values[layout.plan]) if day is not None else None
    metric = plan.metrics.get(values[layout.metric]) if plan is not None else None
    if metric is None:
        return None
    value = _plain_value(values[layout.value], layout.values)
    if value is None or (value < 0 and metric.type == "level"):
        return None
    tags: tuple[str, ...] | None = ()
    if values[layout.tags]:
        tags = _plain_tags(plan.id, metric, values[layout.tags], layout.tag_sets)
        if tags is None:
            return None
    note, name = values[layout.note], values[layout.reported_by]
    if note[:1] == "'" or name[:1] == "'" or len(note) > MAX_TEXT or len(name) > MAX_TEXT:
        return None
    unit = values[layout.unit]
    if unit and not SLUG.match(unit):
        return None
    fingerprint = "\x1f".join(layout.fingerprint(values))
    if unit:
        fingerprint += f"\x1funit={unit}"
    return ParsedRow(line, Entry(day, plan.id, metric.id, value, tags, None, None,
                                 note or None, name or None, None, unit or None),
                     fingerprint)


def _plain_value(text: str, cache: dict[str, float | None]) -> float | None:
    if text in cache:
        return cache[text]
    value = float(text) if len(text) <= MAX_NUMBER_CHARS and _FLOAT.match(text) else None
    if value is not None and not (math.isfinite(value) and abs(value) <= MAX_VALUE):
        value = None
    cache[text] = value
    return value


def _plain_tags(plan_id: str, metric, text: str,
                cache: dict[tuple[str, str, str], tuple[str, ...] | None]
                ) -> tuple[str, ...] | None:
    key = (plan_id, metric.id, text)
    if key not in cache:
        tags = tuple(dict.fromkeys(t.strip() for t in text.split(TAG_SEPARATOR) if t.strip()))
        cache[key] = tags if all(tag in metric.tags for tag in tags) else None
    return cache[key]


def _row(record: list[str], columns: list[str], line: int,
         plans: Callable[[str], Plan | None], file: str,
         problems: list[Problem]) -> ParsedRow | None:
    if len(record) > len(columns):
        problems.append(Problem("csv.too_many_fields", {"count": len(record),
                                                        "expected": len(columns)}, line,
                                file=file))
        return None
    fields = dict(zip(columns, (f.strip() for f in record), strict=False))
    for column in ("step", "note", "reported_by", "tags"):
        if fields.get(column, "").startswith("'"):
            fields[column] = restore(fields[column])
    before = len(problems)

    def problem(key: str, where: str | None = None, **params: object) -> None:
        """A problem at this record's line and, where known, the field's own column."""
        column = columns.index(where) + 1 if where in columns else None
        problems.append(Problem(key, params, line, column, file=file))

    day = _date(fields.get("date", ""), problem)
    plan_id = fields.get("plan", "")
    plan = plans(plan_id) if plan_id else None
    if not plan_id:
        problem("csv.missing_value", "plan", column="plan")
    elif plan is None:
        problem("csv.unknown_plan", "plan", value=plan_id, hint=NO_HINT)
    for column in ("note", "reported_by", "step"):
        if len(fields.get(column, "")) > MAX_TEXT:
            problem("csv.too_long", column, column=column, length=len(fields[column]),
                    limit=MAX_TEXT)
    entry_id = fields.get("id") or None
    if entry_id is not None and not _ID.match(entry_id):
        problem("csv.bad_value", "id", value=entry_id, hint=NO_HINT)
    unit = fields.get("unit") or None
    if unit is not None and not SLUG.match(unit):
        problem("csv.bad_unit", "unit", value=unit)
    if plan is None or day is None:
        return None
    entry = _entry_fields(fields, plan, problem)
    if entry is None or len(problems) > before:
        return None
    fingerprint = "\x1f".join([fields.get(column, "") for column in ENTRY_COLUMNS])
    if unit:   # only when given, so the ids of files without the column stay as they were
        fingerprint += f"\x1funit={unit}"
    return ParsedRow(line, Entry(date=day, plan=plan.id, id=entry_id, unit=unit,
                                 note=fields.get("note") or None,
                                 reported_by=fields.get("reported_by") or None, **entry),
                     fingerprint)


_DAYS: dict[str, date] = {}


def _date(text: str, problem: Callable[..., None]) -> date | None:
    known = _DAYS.get(text)
    if known is not None:   # a file has many rows per day: parse each day once
        return known
    if not text:
        problem("csv.missing_value", "date", column="date")
        return None
    if not ISO_DATE.match(text):
        problem("csv.bad_date", "date", value=text)
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        problem("csv.unreal_date", "date", value=text, reason=why_unreal(text))
        return None
    if len(_DAYS) < 100_000:
        _DAYS[text] = day
    return day


def _entry_fields(fields: dict[str, str], plan: Plan,
                  problem: Callable[..., None]) -> dict | None:
    metric_id, value_text = fields.get("metric", ""), fields.get("value", "")
    milestone_id, step = fields.get("milestone", ""), fields.get("step", "")
    if milestone_id and not metric_id and not value_text and not fields.get("tags"):
        return _milestone_fields(plan, milestone_id, step, problem)
    if metric_id and value_text and not milestone_id and not step:
        return _metric_fields(plan, metric_id, value_text, fields.get("tags", ""), problem)
    given = [c for c in ("metric", "value", "milestone", "step") if fields.get(c)]
    if given:
        problem("csv.metric_or_milestone", got=" + ".join(given))
    else:
        problem("csv.metric_nor_milestone")
    return None


def _milestone_fields(plan: Plan, milestone_id: str, step: str,
                      problem: Callable[..., None]) -> dict | None:
    milestones = [g for g in plan.goals if g.kind == "milestone"]
    goal = next((g for g in milestones if g.id == milestone_id), None)
    if goal is None:
        ids = [g.id for g in milestones]
        problem("csv.unknown_milestone", "milestone", plan=plan.id, value=milestone_id,
                hint=did_you_mean(milestone_id, ids), allowed=", ".join(ids) or "–")
        return None
    if step and step not in goal.steps:
        problem("csv.unknown_step", "step", milestone=goal.id, value=step,
                hint=did_you_mean(step, goal.steps), allowed=", ".join(goal.steps) or "–")
        return None
    return {"milestone": goal.id, "step": step or None}


def _metric_fields(plan: Plan, metric_id: str, value_text: str, tags_text: str,
                   problem: Callable[..., None]) -> dict | None:
    metric = plan.metrics.get(metric_id)
    if metric is None:
        problem("csv.unknown_metric", "metric", plan=plan.id, value=metric_id,
                hint=did_you_mean(metric_id, list(plan.metrics)),
                allowed=", ".join(plan.metrics) or "–")
        return None
    value = _value(value_text, problem)
    if value is None:
        return None
    if metric.type == "level" and value < 0:
        problem("csv.negative_level", "value", value=value_text, metric=metric.id)
        return None
    tags = tuple(dict.fromkeys(t.strip() for t in tags_text.split(TAG_SEPARATOR)
                               if t.strip())) if tags_text else ()
    for tag in tags:
        if tag not in metric.tags:
            problem("csv.unknown_tag", "tags", metric=metric.id, value=tag,
                    hint=did_you_mean(tag, metric.tags), allowed=", ".join(metric.tags) or "–")
            return None
    return {"metric": metric.id, "value": value, "tags": tags}


def _value(text: str, problem: Callable[..., None]) -> float | None:
    if not _FLOAT.match(text):
        meant = guess_meant(text)
        hint = Hint("plan.number_hint", {"suggestion": meant}) if meant else NO_HINT
        problem("csv.bad_value", "value", value=text, hint=hint)
        return None
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        problem("csv.value_too_large", "value", value=text[:20], limit=f"{MAX_VALUE:.0e}")
        return None
    return value
