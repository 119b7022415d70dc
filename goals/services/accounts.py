"""Signing in and managing people: built-in accounts, OpenID Connect e-mails, roles.

Roles always come from the database, keyed by e-mail, whoever vouches for the e-mail (our
own argon2 check or the identity provider). Every change of a role is in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from goals.access import passwords
from goals.access.roles import EVERYWHERE, Actor, ActorKind, Permission, Role, require
from goals.store import access as store
from goals.store import audit
from goals.store.unit_of_work import Engine, Session, reading, writing


class AccountProblem(ValueError):
    """A sign-in or account change that cannot be done; `key` is a catalogue message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class SignedIn:
    account_pk: int
    actor: Actor


def _now() -> datetime:
    return datetime.now(UTC)


def needs_first_admin(engine: Engine) -> bool:
    with reading(engine) as session:
        return store.account_count(session) == 0


def create_first_admin(engine: Engine, email: str, password: str,
                       display_name: str = "") -> SignedIn:
    """The first-run step: only while no account exists at all."""
    _check_new_account(email, password)
    with writing(engine) as session:
        if store.account_count(session):
            raise AccountProblem("access.admin_exists")
        row = store.add_account(session, email=email, display_name=display_name,
                                password_hash=passwords.hash_password(password), now=_now())
        store.add_grant(session, row.pk, EVERYWHERE, Role.ADMIN)
        audit.record(session, actor=row.email, action="account.first_admin",
                     organisation_id=None, target=row.email)
        return SignedIn(row.pk, _actor(session, row.pk, row.email))


def _check_new_account(email: str, password: str | None) -> None:
    if "@" not in email or len(email.strip()) < 3:
        raise AccountProblem("access.email_invalid")
    if password is not None and (key := passwords.password_problem(password)):
        raise AccountProblem(key, length=passwords.MIN_LENGTH)


def sign_in(engine: Engine, email: str, password: str, now: datetime | None = None) -> SignedIn:
    """Check a built-in account's password; raises AccountProblem (same message for an
    unknown e-mail and a wrong password, so the form does not tell who has an account).
    A failure is committed before it is raised: the count behind the lock-out must stick."""
    now = now or _now()
    with writing(engine) as session:
        account = store.find_account(session, email)
        if account is None:
            passwords.verify_password(None, password)
            problem = AccountProblem("access.sign_in_failed")
        elif (locked := store.as_utc(account.locked_until)) and locked > now:
            problem = AccountProblem("access.locked", minutes=passwords.LOCK_MINUTES)
        elif not passwords.verify_password(account.password_hash, password):
            store.record_sign_in_failure(session, account, passwords.locked_until(
                account.failed_sign_ins + 1, now))
            problem = AccountProblem("access.sign_in_failed")
        else:
            rehash = (passwords.hash_password(password)
                      if passwords.needs_rehash(account.password_hash or "") else None)
            store.record_sign_in_success(session, account, rehash)
            return SignedIn(account.pk, _actor(session, account.pk, account.email))
    raise problem


def _actor(session: Session, account_pk: int, email: str) -> Actor:
    return Actor(ActorKind.ACCOUNT, email, grants=store.grants_of(session, account_pk))


def actor_for_account(engine: Engine, account_pk: int) -> Actor:
    """The actor of a signed-in session, with its grants as they are now."""
    with reading(engine) as session:
        account = store.get_account(session, account_pk)
        if account is None:
            return Actor.anonymous()
        return _actor(session, account.pk, account.email)


def actor_for_email(engine: Engine, email: str) -> Actor:
    """For OpenID Connect: the provider vouches for the e-mail; roles are ours."""
    with reading(engine) as session:
        account = store.find_account(session, email)
        if account is None:
            return Actor(ActorKind.ACCOUNT, store.normalise_email(email))
        return _actor(session, account.pk, account.email)


def add_account(engine: Engine, actor: Actor, email: str, display_name: str = "",
                password: str | None = None) -> None:
    """An admin adds a person; without a password the person signs in through the
    identity provider only."""
    _check_new_account(email, password)
    with writing(engine) as session:
        require(actor, Permission.ADMIN, None, {})
        if store.find_account(session, email):
            raise AccountProblem("access.account_exists")
        store.add_account(session, email=email, display_name=display_name, now=_now(),
                          password_hash=passwords.hash_password(password) if password else None)
        audit.record(session, actor=actor.label, action="account.create",
                     organisation_id=None, target=store.normalise_email(email))


def set_role(engine: Engine, actor: Actor, email: str, organisation_id: str, role: Role,
             *, granted: bool) -> bool:
    """Grant or take away one role; both are audited with before and after."""
    with writing(engine) as session:
        require(actor, Permission.ADMIN, None, {})
        account = store.find_account(session, email)
        if account is None:
            raise AccountProblem("access.no_such_account")
        organisation = EVERYWHERE if role is Role.ADMIN else organisation_id.strip()
        change = (store.add_grant if granted else store.remove_grant)(
            session, account.pk, organisation, role)
        if change:
            state = {"organisation": organisation, "role": role.value}
            audit.record(session, actor=actor.label,
                         action="role.grant" if granted else "role.revoke",
                         organisation_id=None if organisation == EVERYWHERE else organisation,
                         target=account.email, before=None if granted else state,
                         after=state if granted else None)
        return change


def unlock(engine: Engine, actor: Actor, email: str) -> None:
    with writing(engine) as session:
        require(actor, Permission.ADMIN, None, {})
        account = store.find_account(session, email)
        if account is not None:
            store.record_sign_in_success(session, account)
            audit.record(session, actor=actor.label, action="account.unlock",
                         organisation_id=None, target=account.email)


def accounts_table(engine: Engine, actor: Actor) -> list[dict]:
    """The admin's view of who holds which role (no passwords, no hashes)."""
    with reading(engine) as session:
        require(actor, Permission.ADMIN, None, {})
        grants: dict[str, list[str]] = {}
        for email, organisation, role in store.all_grants(session):
            grants.setdefault(email, []).append(f"{role} · {organisation}")
        return [{"email": row.email, "name": row.display_name,
                 "roles": ", ".join(grants.get(row.email, [])),
                 "locked": bool(row.locked_until and store.as_utc(row.locked_until) > _now())}
                for row in store.list_accounts(session)]


def organisation_parents(engine: Engine) -> dict[str, str | None]:
    with reading(engine) as session:
        return store.organisation_parents(session)
