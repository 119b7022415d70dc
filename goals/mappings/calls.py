"""A calling or canvassing tool's export (one row per call) -> daily counts per förening:
calls made, conversations held, members recruited.

A row is one call. It was a conversation when its outcome is one of the mapping's
conversation outcomes or recruited outcomes (someone recruited was talked to); it recruited
a member when its outcome is a recruited outcome or its yes/no "recruited" column says so.
Each (day, förening, metric) count gets a stable id, so the full export imported again
next week updates its days instead of adding to them.

Ready layouts (`LAYOUTS`) name the columns of the exports we can document; the generic
layout's column names are what the page and the CLI guess from, and any file can be mapped
column by column instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.problems import Hint, InputError, Problem
from goals.io.entries_csv import ParsedRow
from goals.io.plan_yaml import SLUG
from goals.mappings.cell_values import keyed_id, parse_day, parse_mark, shown, slug
from goals.mappings.mapping import Mapping, Problems, bad_cell_key, check_metrics, locate
from goals.mappings.tables import Table

_CALLS, _TALKS, _RECRUITED = 0, 1, 2


@dataclass
class CallCounts:
    """(day, unit) -> [calls, conversations, recruited]; `recruits_known` says whether the
    file carries recruitment at all (a recruited column, or an outcome meaning it)."""

    by_day: dict[tuple[date, str | None], list[int]]
    recruits_known: bool


def count_calls(table: Table, mapping: Mapping, file: str) -> CallCounts:
    """The daily counts; raises `InputError` naming the row and column of every bad cell,
    and every outcome that fits none of the mapping's categories with how often it occurs
    (never guessed: a board that sees 29 conversations instead of 265 stops trusting)."""
    problems = Problems(file, table)
    where = locate(table, mapping, problems, ("date", "outcome"))
    problems.raise_any()
    day_at, outcome_at = where["date"], where["outcome"]
    unit_at, recruited_at = where.get("unit"), where.get("recruited")
    recruited_outcomes = _folded(mapping.recruited_outcomes)
    talk_outcomes = _folded(mapping.conversation_outcomes) | recruited_outcomes
    known = talk_outcomes | _folded(mapping.other_outcomes)
    month_first = (mapping.date_format or "").upper().startswith("MM")
    days: dict[str, date | None] = {}
    units: dict[str, str | None] = {}
    counts: dict[tuple[date, str | None], list[int]] = {}
    unknown: Counter[str] = Counter()
    recruits_known = recruited_at is not None
    for offset, row in enumerate(table.rows):
        if problems.full():
            break
        if table.is_blank(offset, row):
            continue
        line = table.first_line + offset
        text = row[day_at] if day_at < len(row) else ""
        day = parse_day(text, days, month_first)
        if day is None:
            problems.add(bad_cell_key(text, "mappings.bad_date"), line, day_at,
                         value=shown(text))
            continue
        unit = None
        if unit_at is not None and unit_at < len(row) and row[unit_at]:
            unit = _unit(row[unit_at], units)
            if unit is None:
                problems.add("csv.bad_unit", line, unit_at, value=shown(row[unit_at]))
                continue
        raw = row[outcome_at] if outcome_at < len(row) else ""
        outcome = " ".join(raw.split()).casefold()
        if outcome not in known:
            unknown[raw] += 1
            continue
        recruited = outcome in recruited_outcomes
        recruits_known |= recruited
        if recruited_at is not None and recruited_at < len(row):
            mark = parse_mark(row[recruited_at])
            if mark is None:
                problems.add("mappings.bad_mark", line, recruited_at,
                             value=shown(row[recruited_at]))
                continue
            recruited = recruited or mark
        count = counts.get((day, unit))
        if count is None:
            count = counts[(day, unit)] = [0, 0, 0]
        count[_CALLS] += 1
        count[_TALKS] += outcome in talk_outcomes or recruited
        count[_RECRUITED] += recruited
    if unknown:
        problems.add("imports.unknown_outcomes", None, outcome_at, values=_listed(unknown))
    problems.raise_any()
    if not counts:
        raise InputError([Problem("mappings.no_rows", file=file)])
    return CallCounts(counts, recruits_known)


def _folded(words: list[str]) -> set[str]:
    return {" ".join(w.split()).casefold() for w in words}


def _listed(unknown: Counter[str]) -> Hint:
    """"'Nådd' (265 rader), 'Upptaget' (13 rader)": each value with how often it occurs,
    the commonest first; a value that looks like an identifier is not quoted."""
    parts = [Hint("imports.rows", {"value": shown(value), "count": count})
             for value, count in unknown.most_common(20)]
    return _Joined(parts)


class _Joined(Hint):
    """Several hints, each in the reader's language, joined by commas."""

    def __init__(self, parts: list[Hint]):
        super().__init__("", {})
        self.parts = parts

    def message(self, lang: str | None = None) -> str:
        return ", ".join(part.message(lang) for part in self.parts)


def _unit(text: str, cache: dict[str, str | None]) -> str | None:
    if text not in cache:
        unit = slug(text)
        cache[text] = unit if SLUG.match(unit) else None
    return cache[text]


def call_entries(table: Table, mapping: Mapping, plan: Plan, file: str) -> list[ParsedRow]:
    """The daily counts as entries of the campaign plan (one per day, förening and metric;
    zero counts too, so a corrected export can bring a count down)."""
    problems = Problems(file, table)
    if not mapping.metrics():
        problems.add("mappings.metric_needed")
    check_metrics(plan, mapping, problems, {"calls_metric": "flow",
                                            "conversations_metric": "flow",
                                            "recruited_metric": "flow"})
    problems.raise_any()
    counts = count_calls(table, mapping, file)
    recruited_metric = mapping.recruited_metric if counts.recruits_known else None
    targets = [(index, metric) for index, metric in (
        (_CALLS, mapping.calls_metric), (_TALKS, mapping.conversations_metric),
        (_RECRUITED, recruited_metric)) if metric]
    rows = []
    for (day, unit), count in sorted(counts.by_day.items(), key=lambda item: (item[0][0],
                                                                       item[0][1] or "")):
        for index, metric in targets:
            uid = keyed_id(plan.id, "calls", metric, day.isoformat(), unit or "")
            rows.append(ParsedRow(0, Entry(day, plan.id, metric, float(count[index]),
                                           id=uid, unit=unit)))
    return rows
