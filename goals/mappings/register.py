"""A member register (one row per member) -> member counts, in memory; never a member list.

Counted for each month of the plan's period up to `as_of`:
* members at the month's end: joined on or before that day and not ended by it (a
  member whose end date is that very day has left);
* new members in the month: joined inside it;
* active members: those marked active and still members, once, on `as_of` (the register
  only knows who is active now).
A month not yet over is counted up to `as_of` and dated `as_of`; next month's import moves
that entry to the month's end (each count has a stable id per plan, metric and month), so
a flow of new members is never counted twice.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.problems import InputError, Problem
from goals.io.entries_csv import ParsedRow
from goals.mappings.cell_values import keyed_id, parse_day, parse_mark, shown
from goals.mappings.mapping import Mapping, Problems, bad_cell_key, check_metrics, locate
from goals.mappings.tables import Table


@dataclass(frozen=True)
class Member:
    """What the counts need of one member, and nothing else: two days and a mark."""

    joined: date
    ended: date | None = None
    active: bool = False


@dataclass(frozen=True)
class MonthCount:
    day: date          # the month's last day, or `as_of` in a month not yet over
    members: int
    new: int


def month_ends(start: date, end: date) -> list[date]:
    """Every month's last day from `start`'s month to `end`'s month; the last one is
    `end` itself when that month is not over."""
    days, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        last = date(year, month, calendar.monthrange(year, month)[1])
        days.append(min(last, end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days


def count_members(members: list[Member], start: date, end: date) -> list[MonthCount]:
    """Members at each month end and new members per month, for the months of
    [start, end]: sorted join and end days, one binary search per month."""
    joins = sorted(m.joined for m in members)
    ends = sorted(m.ended for m in members if m.ended is not None)
    counts = []
    for day in month_ends(start, end):
        first = day.replace(day=1)
        joined = bisect_right(joins, day)
        left = bisect_right(ends, day)   # ended on or before `day`
        before = bisect_right(joins, first - timedelta(days=1))
        counts.append(MonthCount(day, joined - left, joined - before))
    return counts


def count_active(members: list[Member], day: date) -> int:
    """Members marked active who have joined by `day` and not left by it."""
    return sum(1 for m in members if m.active and m.joined <= day
               and (m.ended is None or m.ended > day))


def read_members(table: Table, mapping: Mapping, file: str) -> list[Member]:
    """The register's rows as `Member`s (two days and a mark each); raises `InputError`
    naming the row and column of every bad cell, never quoting an identifier."""
    problems = Problems(file, table)
    where = locate(table, mapping, problems, ("joined",))
    problems.raise_any()
    joined_at, ended_at, active_at = (where.get("joined"), where.get("ended"),
                                      where.get("active"))
    days: dict[str, date | None] = {}
    members = []
    for offset, row in enumerate(table.rows):
        if problems.full():
            break
        if table.is_blank(offset, row):
            continue
        line = table.first_line + offset
        text = row[joined_at] if joined_at < len(row) else ""
        joined = parse_day(text, days)
        if joined is None:
            problems.add(bad_cell_key(text, "mappings.bad_date"), line, joined_at,
                         value=shown(text))
        ended = None
        if ended_at is not None and ended_at < len(row) and row[ended_at]:
            ended = parse_day(row[ended_at], days)
            if ended is None:
                problems.add("mappings.bad_date", line, ended_at, value=shown(row[ended_at]))
            elif joined is not None and ended < joined:
                problems.add("mappings.ended_before_joined", line, ended_at)
        active = False
        if active_at is not None and active_at < len(row):
            mark = parse_mark(row[active_at])
            if mark is None:
                problems.add("mappings.bad_mark", line, active_at, value=shown(row[active_at]))
            active = bool(mark)
        if joined is not None:
            members.append(Member(joined, ended, active))
    problems.raise_any()
    if not members:
        raise InputError([Problem("mappings.no_rows", file=file)])
    return members


def register_entries(table: Table, mapping: Mapping, plan: Plan, as_of: date,
                     file: str) -> list[ParsedRow]:
    """The counts as entries of the plan's member metrics (months of the plan's period up
    to `as_of`)."""
    problems = Problems(file, table)
    if not mapping.metrics():
        problems.add("mappings.metric_needed")
    check_metrics(plan, mapping, problems, {"members_metric": "level", "new_metric": "flow",
                                            "active_metric": "level"})
    problems.raise_any()
    members = read_members(table, mapping, file)
    end = min(as_of, plan.period_end)
    rows: list[ParsedRow] = []
    if end < plan.period_start:
        raise InputError([Problem("mappings.before_period", {"plan": plan.id}, file=file)])

    def add(metric: str | None, day: date, value: int) -> None:
        if metric:
            uid = keyed_id(plan.id, "register", metric, f"{day:%Y-%m}")
            rows.append(ParsedRow(0, Entry(day, plan.id, metric, float(value), id=uid)))

    for count in count_members(members, plan.period_start, end):
        add(mapping.members_metric, count.day, count.members)
        add(mapping.new_metric, count.day, count.new)
    if mapping.active_metric:
        add(mapping.active_metric, end, count_active(members, end))
    return rows
