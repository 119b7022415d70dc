"""Time in the progress rules: calendar units, elapsed time and the expected pace.

Pure functions of dates (PLAN_FORMAT §3.1, §3.2). Results are `Fraction`s because
`floor(amount × pace)` must not be thrown off by 0.49999...: a plan for two member
meetings is exactly half-way on the middle day of an odd-length year, or it is not.

A calendar unit has an integer key, so the store can group entries by the same key in SQL
that these functions compute in Python: weeks count from Monday 0001-01-01, months as
year × 12 + month − 1, and quarters, half-years (terms) and years divide the month key.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

ONE_DAY = timedelta(days=1)
_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}


def week_key(day: date) -> int:
    """Calendar weeks run Monday–Sunday; 0001-01-01 was a Monday."""
    return (day.toordinal() - 1) // 7


def month_key(day: date) -> int:
    return day.year * 12 + day.month - 1


def unit_key(day: date, per: str) -> int:
    """The key of the calendar `per` (week, month, quarter, half-year, year) holding `day`."""
    if per == "week":
        return week_key(day)
    return month_key(day) // _MONTHS_PER_UNIT[per]


def unit_first_day(key: int, per: str) -> date:
    """The first day of the unit `key` of kind `per` (the inverse of `unit_key`)."""
    if per == "week":
        return date.fromordinal(key * 7 + 1)
    year, month = divmod(key * _MONTHS_PER_UNIT[per], 12)
    return date(year, month + 1, 1)


def unit_last_day(key: int, per: str) -> date:
    """The last day of the unit `key` of kind `per`."""
    return _unit_last_day(key, per)


def _unit_last_day(key: int, per: str) -> date:
    if per == "week":
        return date.fromordinal(key * 7 + 7)
    months = _MONTHS_PER_UNIT[per]
    first_month_after = (key + 1) * months
    year, month = divmod(first_month_after, 12)
    return date(year, month + 1, 1) - ONE_DAY


@lru_cache(maxsize=4096)
def units_in_window(start: date, end: date, per: str) -> tuple[tuple[int, date], ...]:
    """Every unit overlapping [start, end], with its last day *inside* the window."""
    first, last = unit_key(start, per), unit_key(end, per)
    return tuple((key, min(_unit_last_day(key, per), end)) for key in range(first, last + 1))


def elapsed(start: date, end: date, as_of: date) -> Fraction:
    """Share of the window's days that have begun by `as_of`, clamped to [0, 1] (§3.1)."""
    days = (end - start).days + 1
    passed = (as_of - start).days + 1
    return min(max(Fraction(passed, days), Fraction(0)), Fraction(1))


def pace(start: date, end: date, as_of: date,
         checkpoints: tuple[tuple[date, Fraction], ...] = ()) -> Fraction:
    """Expected fraction by `as_of`: linear, or piecewise linear through the checkpoints.

    The line runs through (the day before start, 0), each checkpoint, and (end, 1), so
    without checkpoints it is exactly `elapsed`.
    """
    if not checkpoints:
        return elapsed(start, end, as_of)
    points = [(start - ONE_DAY, Fraction(0)), *checkpoints]
    if points[-1][0] < end:
        points.append((end, Fraction(1)))
    if as_of <= points[0][0]:
        return Fraction(0)
    if as_of >= end:
        return Fraction(1)
    for (day0, frac0), (day1, frac1) in zip(points, points[1:], strict=False):
        if day0 <= as_of <= day1:
            span = (day1 - day0).days
            if span == 0:
                return frac1
            return frac0 + (frac1 - frac0) * Fraction((as_of - day0).days, span)
    return Fraction(1)
