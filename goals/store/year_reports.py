"""SQL for the year report of an organisation (goals.services.reports)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from goals.store.tables import PlanRow


def organisation_plan_ids(session: Session, organisation_id: str, start: date,
                          end: date) -> list[str]:
    """The ids of the organisation's plans whose period overlaps [start, end]."""
    query = (select(PlanRow.id).where(PlanRow.organisation_id == organisation_id)
             .where(PlanRow.period_start <= end).where(PlanRow.period_end >= start)
             .order_by(PlanRow.period_start, PlanRow.id))
    return list(session.execute(query).scalars())


def organisation_name(session: Session, organisation_id: str) -> str | None:
    """The name the organisation's plans give it (None when it has no plan)."""
    row = session.execute(select(PlanRow.organisation_name)
                          .where(PlanRow.organisation_id == organisation_id)
                          .limit(1)).first()
    return row[0] if row else None
