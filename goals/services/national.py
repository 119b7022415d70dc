"""The national office's roll-up: every district side by side, each with its föreningar.

Read from the monthly sums (goals.store.entry_months), which every write keeps current, so
the roll-up of a party of 3 000 plans and 10 million entries reads a few hundred thousand
rows, never the entries themselves. Month resolution is what a national overview needs:
how many föreningar report, how much, and which have gone silent.
"""

from __future__ import annotations

from datetime import date

from goals.store.national import organisation_names, plan_month_sums
from goals.store.unit_of_work import Session
from goals.views.national import NationalRow, NationalView, build_national_view


def national_view(session: Session, start: date, end: date, as_of: date) -> NationalView:
    """Every district with plans below it in [start, end], as of `as_of`."""
    rows = [NationalRow(*row) for row in plan_month_sums(session, start, end, as_of)]
    names = organisation_names(session, {row.parent_id for row in rows})
    return build_national_view(rows, names, start, end, as_of)
