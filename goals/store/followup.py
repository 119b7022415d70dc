"""SQL of the follow-up between meetings: confidence marks, mails sent, unsubscribes, runs,
the board's addresses, and erasing an owner's name and address from the stored plans.

Addresses are never stored here: a mail is recorded by the SHA-256 of its recipient's
address, and so is an unsubscribe. The addresses themselves live only where people gave
them (their account, or the plan's `owners`/`reminders`), so forgetting a person is one
rewrite of the plans.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from goals.access.roles import Role
from goals.domain.confidence import Mark
from goals.store.meta import bump_data_version
from goals.store.plans import canonical_json
from goals.store.tables import (
    AccountRow,
    AuditRow,
    ConfidenceRow,
    GoalRow,
    MailRecipientRow,
    MailRunRow,
    PlanRow,
    RoleGrantRow,
    SentMailRow,
)


def address_digest(address: str) -> str:
    """The address as the database knows it: SHA-256 of its trimmed, lower-case form."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


# --- confidence -------------------------------------------------------------------------


def add_confidence(session: Session, *, plan_pk: int, goal_id: str, day: date, mark: int,
                   recorded_by: str, now: datetime, entry_uid: str | None = None) -> None:
    session.add(ConfidenceRow(plan_pk=plan_pk, goal_id=goal_id, day=day, mark=mark,
                              entry_uid=entry_uid, recorded_by=recorded_by, recorded_at=now))
    bump_data_version(session)
    session.flush()


def confidence_marks(session: Session, plan_ids: list[str] | None = None,
                     until: date | None = None) -> dict[str, list[Mark]]:
    """Every mark of the given plans (all when None), by plan id, oldest first."""
    query = (select(PlanRow.id, ConfidenceRow.goal_id, ConfidenceRow.day, ConfidenceRow.mark,
                    ConfidenceRow.recorded_by)
             .join(PlanRow, PlanRow.pk == ConfidenceRow.plan_pk)
             .order_by(ConfidenceRow.day, ConfidenceRow.pk))
    if plan_ids is not None:
        query = query.where(PlanRow.id.in_(plan_ids))
    if until is not None:
        query = query.where(ConfidenceRow.day <= until)
    marks: dict[str, list[Mark]] = {}
    for plan_id, goal_id, day, mark, by in session.execute(query):
        marks.setdefault(plan_id, []).append(Mark(goal_id, day, mark, by))
    return marks


def goal_exists(session: Session, plan_pk: int, goal_id: str) -> bool:
    query = select(GoalRow.pk).where(GoalRow.plan_pk == plan_pk, GoalRow.goal_id == goal_id,
                                     GoalRow.archived.is_(False))
    return session.execute(query).first() is not None


# --- mails sent, runs, recipients ---------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    kind: str
    plan_id: str
    recipient_digest: str
    day: date
    goals: tuple[str, ...]


def sent_since(session: Session, since: date) -> list[Sent]:
    """Every mail sent on or after `since` (the rules look back a month at most)."""
    query = select(SentMailRow).where(SentMailRow.day >= since)
    return [Sent(r.kind, r.plan_id, r.recipient_digest, r.day,
                 tuple(g for g in r.goals.split("|") if g))
            for r in session.execute(query).scalars()]


def record_sent(session: Session, *, kind: str, plan_id: str, recipient_digest: str, day: date,
                goals: tuple[str, ...], now: datetime) -> None:
    goal_text = f"|{'|'.join(goals)}|" if goals else ""
    session.add(SentMailRow(kind=kind, plan_id=plan_id, recipient_digest=recipient_digest,
                            day=day, goals=goal_text, sent_at=now))
    session.flush()


def last_run_before(session: Session, day: date) -> date | None:
    query = select(func.max(MailRunRow.day)).where(MailRunRow.day < day)
    return session.execute(query).scalar()


def record_run(session: Session, day: date, now: datetime) -> None:
    if session.get(MailRunRow, day) is None:
        session.add(MailRunRow(day=day, finished_at=now))
        session.flush()


def unsubscribe_tokens(session: Session, digests: set[str]) -> dict[str, str]:
    """The unsubscribe token of each address digest, made on first use."""
    rows = session.execute(select(MailRecipientRow.address_digest, MailRecipientRow.token)
                           .where(MailRecipientRow.address_digest.in_(digests))).all()
    tokens = dict(rows)
    for digest in digests - tokens.keys():
        tokens[digest] = secrets.token_urlsafe(24)
        session.add(MailRecipientRow(address_digest=digest, token=tokens[digest]))
    session.flush()
    return tokens


def known_tokens(session: Session, digests: set[str]) -> dict[str, str]:
    """The tokens that exist already (a dry run makes none)."""
    rows = session.execute(select(MailRecipientRow.address_digest, MailRecipientRow.token)
                           .where(MailRecipientRow.address_digest.in_(digests))).all()
    return dict(rows)


def unsubscribed(session: Session) -> set[str]:
    query = select(MailRecipientRow.address_digest).where(
        MailRecipientRow.unsubscribed_at.is_not(None))
    return set(session.execute(query).scalars())


def unsubscribe(session: Session, token: str, now: datetime) -> bool:
    """Mark the token's address as unsubscribed; False for an unknown token."""
    row = session.execute(select(MailRecipientRow).where(MailRecipientRow.token == token)
                          ).scalar_one_or_none()
    if row is None:
        return False
    if row.unsubscribed_at is None:
        row.unsubscribed_at = now
        session.add(row)
        session.flush()
    return True


def board_addresses(session: Session) -> dict[str, list[str]]:
    """The e-mail addresses of the accounts holding the board role, by organisation."""
    query = (select(RoleGrantRow.organisation_id, AccountRow.email)
             .join(AccountRow, AccountRow.pk == RoleGrantRow.account_pk)
             .where(RoleGrantRow.role == Role.BOARD.value).order_by(AccountRow.email))
    found: dict[str, list[str]] = {}
    for organisation_id, email in session.execute(query):
        found.setdefault(organisation_id, []).append(email)
    return found


# --- forgetting a person --------------------------------------------------------------------


def forget_owner(session: Session, name: str) -> int:
    """Remove every owner and nudge subscriber called `name` (and so the address they gave)
    from the stored plans and from the audit's copies; returns how many were removed."""
    removed = 0
    addresses: set[str] = set()
    for row in session.execute(select(PlanRow)).scalars():
        data = json.loads(row.definition)
        count = _drop_person(data, name, addresses)
        if not count:
            continue
        removed += count
        row.definition = canonical_json(data)
        row.source_sha = hashlib.sha256(row.definition.encode()).hexdigest()
        session.add(row)
        goals = {g["id"]: g for s in data["sections"] for g in s["goals"]}
        for goal_row in session.execute(select(GoalRow).where(GoalRow.plan_pk == row.pk)
                                        ).scalars():
            if goal_row.goal_id in goals:
                goal_row.definition = canonical_json(goals[goal_row.goal_id])
                session.add(goal_row)
    if removed:
        _forget_in_audit(session, addresses)
        bump_data_version(session)
    session.flush()
    return removed


def _drop_person(data: dict, name: str, addresses: set[str]) -> int:
    lists = [goal.get("owners") for section in data.get("sections", [])
             for goal in section["goals"]]
    lists.append((data.get("reminders") or {}).get("members"))
    removed = 0
    for people in lists:
        if not people:
            continue
        keep = [p for p in people if not (isinstance(p, dict) and p.get("name") == name)]
        for person in people:
            if isinstance(person, dict) and person.get("name") == name and person.get("email"):
                addresses.add(person["email"])
        removed += len(people) - len(keep)
        people[:] = keep
    for section in data.get("sections", []):
        for goal in section["goals"]:
            if "owners" in goal and not goal["owners"]:
                del goal["owners"]
    reminders = data.get("reminders") or {}
    if "members" in reminders and not reminders["members"]:
        del reminders["members"]
    return removed


def _forget_in_audit(session: Session, addresses: set[str]) -> None:
    """A plan's import is audited with its definition: its copies of the address go too."""
    for address in addresses:
        quoted = json.dumps(address, ensure_ascii=False)
        rows = session.execute(select(AuditRow).where(
            AuditRow.before.contains(quoted) | AuditRow.after.contains(quoted))).scalars()
        for row in rows:
            row.before = row.before.replace(quoted, "null") if row.before else row.before
            row.after = row.after.replace(quoted, "null") if row.after else row.after
            session.add(row)


def meetings_by_organisation(session: Session) -> dict[str, list[date]]:
    """Every recorded board meeting, by organisation, in order."""
    from goals.store.tables import MeetingRow

    query = select(MeetingRow.organisation_id, MeetingRow.day).order_by(MeetingRow.day)
    found: dict[str, list[date]] = {}
    for organisation_id, day in session.execute(query):
        found.setdefault(organisation_id, []).append(day)
    return found
