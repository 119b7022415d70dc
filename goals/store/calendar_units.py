"""The calendar table: every week, month, quarter, half-year and year from 1900 to 2199.

Filled once when the schema is created, from goals.domain.calendar, so SQL and the pure rules use
the same units. About 22 000 rows; filling it twice (two servers starting together) is
harmless, the second attempt finds it full.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from goals.domain.calendar import unit_first_day, unit_key, unit_last_day
from goals.domain.plan import PERIOD_UNITS
from goals.store.tables import CalendarUnitRow

FIRST_YEAR, LAST_YEAR = 1900, 2199


def _rows() -> list[dict]:
    rows = []
    for per in PERIOD_UNITS:
        first = unit_key(date(FIRST_YEAR, 1, 1), per)
        last = unit_key(date(LAST_YEAR, 12, 31), per)
        rows += [{"per": per, "key": key, "first_day": unit_first_day(key, per),
                  "last_day": unit_last_day(key, per)} for key in range(first, last + 1)]
    return rows


def fill_calendar(engine: Engine) -> None:
    """Insert the calendar units unless they are there already."""
    table = CalendarUnitRow.__table__
    with engine.begin() as connection:
        if connection.execute(select(func.count()).select_from(table)).scalar():
            return
    try:
        with engine.begin() as connection:
            connection.execute(table.insert(), _rows())
    except IntegrityError:
        pass   # another process filled it at the same moment
