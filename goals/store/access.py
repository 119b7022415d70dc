"""Accounts, role grants and report links in the database (the caller commits).

Grants are read fresh on every request, so a revoked role or link stops working on every
app server at once; nothing about who may do what is kept in one process.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlmodel import Session

from goals.access.roles import Role, organisation_tree
from goals.store.tables import AccountRow, PlanRow, ReportLinkRow, RoleGrantRow


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; they were written in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def normalise_email(email: str) -> str:
    return email.strip().lower()


def account_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AccountRow)).scalar() or 0)


def find_account(session: Session, email: str) -> AccountRow | None:
    return session.execute(select(AccountRow).where(
        AccountRow.email == normalise_email(email))).scalar_one_or_none()


def get_account(session: Session, pk: int) -> AccountRow | None:
    return session.get(AccountRow, pk)


def list_accounts(session: Session) -> list[AccountRow]:
    return list(session.execute(select(AccountRow).order_by(AccountRow.email)).scalars())


def add_account(session: Session, *, email: str, display_name: str, password_hash: str | None,
                now: datetime) -> AccountRow:
    row = AccountRow(email=normalise_email(email), display_name=display_name.strip(),
                     password_hash=password_hash, created_at=now)
    session.add(row)
    session.flush()
    return row


def record_sign_in_failure(session: Session, account: AccountRow,
                           locked_until: datetime | None) -> None:
    account.failed_sign_ins += 1
    account.locked_until = locked_until
    session.add(account)


def record_sign_in_success(session: Session, account: AccountRow,
                           new_hash: str | None = None) -> None:
    account.failed_sign_ins = 0
    account.locked_until = None
    if new_hash:
        account.password_hash = new_hash
    session.add(account)


def grants_of(session: Session, account_pk: int) -> frozenset[tuple[str, Role]]:
    rows = session.execute(select(RoleGrantRow.organisation_id, RoleGrantRow.role)
                           .where(RoleGrantRow.account_pk == account_pk)).all()
    return frozenset((org, Role.parse(role)) for org, role in rows)


def all_grants(session: Session) -> list[tuple[str, str, str]]:
    """(e-mail, organisation, role) of every grant, for the admin's table."""
    rows = session.execute(select(AccountRow.email, RoleGrantRow.organisation_id,
                                  RoleGrantRow.role)
                           .join(AccountRow, AccountRow.pk == RoleGrantRow.account_pk)
                           .order_by(AccountRow.email, RoleGrantRow.organisation_id)).all()
    return [tuple(row) for row in rows]


def add_grant(session: Session, account_pk: int, organisation_id: str, role: Role) -> bool:
    exists = session.execute(select(RoleGrantRow.pk).where(
        RoleGrantRow.account_pk == account_pk, RoleGrantRow.organisation_id == organisation_id,
        RoleGrantRow.role == role.value)).first()
    if exists:
        return False
    session.add(RoleGrantRow(account_pk=account_pk, organisation_id=organisation_id,
                             role=role.value))
    session.flush()
    return True


def remove_grant(session: Session, account_pk: int, organisation_id: str, role: Role) -> bool:
    result = session.execute(delete(RoleGrantRow).where(
        RoleGrantRow.account_pk == account_pk, RoleGrantRow.organisation_id == organisation_id,
        RoleGrantRow.role == role.value))
    return bool(result.rowcount)


def organisation_parents(session: Session) -> dict[str, str | None]:
    """Each organisation's parent, as the plans name it (the tree the district role reads)."""
    return organisation_tree(session.execute(select(PlanRow.organisation_id,
                                                     PlanRow.parent_id)))


def add_link(session: Session, *, digest: str, organisation_id: str, label: str,
             created_by: str, now: datetime, expires_at: datetime) -> ReportLinkRow:
    row = ReportLinkRow(token_digest=digest, organisation_id=organisation_id, label=label,
                        created_by=created_by, created_at=now, expires_at=expires_at)
    session.add(row)
    session.flush()
    return row


def link_by_digest(session: Session, digest: str) -> ReportLinkRow | None:
    return session.execute(select(ReportLinkRow).where(
        ReportLinkRow.token_digest == digest)).scalar_one_or_none()


def links_of(session: Session, organisation_id: str) -> list[ReportLinkRow]:
    return list(session.execute(select(ReportLinkRow).where(
        ReportLinkRow.organisation_id == organisation_id)
        .order_by(ReportLinkRow.created_at.desc())).scalars())


def get_link(session: Session, pk: int) -> ReportLinkRow | None:
    return session.get(ReportLinkRow, pk)


def revoke_link(session: Session, row: ReportLinkRow, now: datetime) -> bool:
    """Revoke a link once; False when it already was."""
    if row.revoked_at is not None:
        return False
    row.revoked_at = now
    session.add(row)
    return True
