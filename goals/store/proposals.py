"""SQL for goals a district sends its föreningar to adopt (goals.services.coverage_adoption)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from goals.store.tables import GoalProposalRow


def add_proposal(session: Session, **fields: object) -> int:
    row = GoalProposalRow(proposed_at=datetime.now(UTC), **fields)
    session.add(row)
    session.flush()
    assert row.pk is not None
    return row.pk


def pending(session: Session, organisation_ids: list[str] | None = None,
            plan_id: str | None = None) -> list[GoalProposalRow]:
    """Proposals not yet adopted or declined (for these organisations / this plan)."""
    query = select(GoalProposalRow).where(GoalProposalRow.resolved_at.is_(None))
    if organisation_ids is not None:
        query = query.where(GoalProposalRow.organisation_id.in_(organisation_ids))
    if plan_id is not None:
        query = query.where(GoalProposalRow.plan_id == plan_id)
    return list(session.execute(query.order_by(GoalProposalRow.pk)).scalars())


def get(session: Session, pk: int) -> GoalProposalRow | None:
    return session.get(GoalProposalRow, pk)


def resolve(session: Session, pk: int, resolution: str) -> None:
    row = session.get(GoalProposalRow, pk)
    if row is not None and row.resolved_at is None:
        row.resolved_at, row.resolution = datetime.now(UTC), resolution
        session.add(row)
