"""What the district page reads beside the statuses: who is a district, recent activity,
and campaign sums per förening and day (grouped queries, never a query per förening)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from goals.store.tables import EntryRow, PlanRow


def district_names(session: Session) -> dict[str, str]:
    """Every organisation some plan names as its parent, or that runs a campaign reported on
    by its föreningar: id -> name (its own plan's name when it has one, else the id)."""
    parents = set(session.execute(select(PlanRow.parent_id).where(
        PlanRow.parent_id.is_not(None))).scalars())
    campaign = (select(EntryRow.pk).where(EntryRow.plan_pk == PlanRow.pk,
                                          EntryRow.unit.is_not(None)).exists())
    parents |= set(session.execute(
        select(PlanRow.organisation_id).where(campaign).distinct()).scalars())
    names = dict(session.execute(select(PlanRow.organisation_id, PlanRow.organisation_name)
                                 .where(PlanRow.organisation_id.in_(parents))).all())
    return {pid: names.get(pid, pid) for pid in parents}


def entries_per_plan(session: Session, plan_pks: list[int], since: date,
                     until: date) -> dict[int, int]:
    """plan pk -> entries dated within [since, until] (plans without any are left out)."""
    return dict(session.execute(
        select(EntryRow.plan_pk, func.count()).where(
            EntryRow.plan_pk.in_(plan_pks), EntryRow.day >= since, EntryRow.day <= until)
        .group_by(EntryRow.plan_pk)).all())


def campaign_sums(session: Session, plan_ids: list[str],
                  as_of: date) -> list[tuple[str, str, date, str, float]]:
    """(plan id, unit, day, metric, sum) over the plans' unit-tagged entries up to as_of."""
    query = (select(PlanRow.id, EntryRow.unit, EntryRow.day, EntryRow.metric,
                    func.sum(EntryRow.value))
             .join(PlanRow, PlanRow.pk == EntryRow.plan_pk)
             .where(PlanRow.id.in_(plan_ids), EntryRow.unit.is_not(None),
                    EntryRow.metric.is_not(None), EntryRow.day <= as_of)
             .group_by(PlanRow.id, EntryRow.unit, EntryRow.day, EntryRow.metric))
    return [tuple(row) for row in session.execute(query)]
