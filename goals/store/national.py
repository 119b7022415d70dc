"""What the national roll-up reads: every plan of a period with its monthly sums
(`entry_month`), in one grouped query over a few hundred thousand rows instead of every
entry of the party."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from goals.store.tables import EntryMonthRow, PlanRow

P, M = PlanRow, EntryMonthRow


def plan_month_sums(session: Session, start: date, end: date,
                    as_of: date) -> list[tuple]:
    """(parent id, organisation id, organisation name, plan id, metric, sum, entries, last
    day) for every plan below some organisation overlapping [start, end], summed over the
    months from `start` to `as_of`; a plan without entries comes once with metric None."""
    sums = (select(M.plan_pk, M.metric, func.sum(M.total).label("total"),
                   func.sum(M.entries).label("entries"), func.max(M.last_day).label("last"))
            .where(M.month >= start.strftime("%Y-%m"),
                   M.month <= min(as_of, end).strftime("%Y-%m"))
            .group_by(M.plan_pk, M.metric).subquery())
    # Summed per plan and metric first (the primary key's order: no sort), then joined to
    # the plans: grouping by the plans' text columns as well would cost twice as much.
    query = (select(P.parent_id, P.organisation_id, P.organisation_name, P.id, sums.c.metric,
                    sums.c.total, sums.c.entries, sums.c.last)
             .select_from(P).outerjoin(sums, sums.c.plan_pk == P.pk)
             .where(P.parent_id.is_not(None), P.period_start <= end, P.period_end >= start))
    return [tuple(row) for row in session.connection().execute(query)]


def organisation_names(session: Session, organisation_ids: set[str]) -> dict[str, str]:
    """Organisation id -> the name its own plans give it (for those that have a plan)."""
    query = (select(P.organisation_id, P.organisation_name)
             .where(P.organisation_id.in_(sorted(organisation_ids))))
    return dict(session.execute(query).all())
